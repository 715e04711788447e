"""Unary math of an empty bool array runs no kernel: the empty bool result reads fine (a non-empty one fails, MXNet
having no bool kernel); sort and argsort of an empty bool array likewise, and cumsum of an empty array along any
axis, which is then not checked."""
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
for sh in [(0,), (2, 0), (0, 3), (2,)]:
    for ax in [None, 0, -1, 1, -2]:
        try:
            r = np.cumsum(np.ones(sh, dtype='int32'), axis=ax)
            print('cumsum', sh, ax, r.dtype, r.shape, r.tolist())
        except Exception as e:  # noqa: BLE001
            print('cumsum', sh, ax, words(e))
