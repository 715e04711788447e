"""Unary math of an empty bool array runs no kernel: the empty bool result reads fine (a non-empty one fails, MXNet
having no bool kernel); sort and argsort of an empty bool array likewise."""
# recorded on AVX2
from mxnet import np, npx

from _words import words

npx.set_np()
for fn in ['sign', 'exp', 'abs', 'negative', 'sqrt', 'floor', 'square', 'tanh', 'log1p', 'reciprocal', 'cbrt', 'rint',
           'fix', 'around', 'degrees', 'expm1', 'trunc', 'sin', 'sort', 'argsort', 'logical_not', 'isnan']:
    for sh in [(0,), (0, 1), (2,)]:
        try:
            r = getattr(np, fn)(np.zeros(sh, dtype='bool'))
            print(fn, sh, r.dtype, r.shape, r.tolist())
        except Exception as e:  # noqa: BLE001
            print(fn, sh, words(e))
