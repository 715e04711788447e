"""An empty result is printed and listed without waiting for the operator that made it (MXNet copies nothing out of
it): unary math, sort and argsort of an empty bool array (no bool kernel) and cumsum of an empty array along an axis
it lacks list as empty, while wait_to_read raises the kernel's error."""
# recorded on AVX2
from mxnet import np, npx

from _words import words

npx.set_np()


def show(label, make):
    try:
        r = make()
        print(label, r.dtype, r.shape, r.tolist(), repr(r), str(r))
        r.wait_to_read()
        print(label, 'read')
    except Exception as e:  # noqa: BLE001
        print(label, words(e))


for fn in ['sign', 'exp', 'abs', 'negative', 'sqrt', 'floor', 'square', 'tanh', 'log1p', 'reciprocal', 'cbrt', 'rint',
           'fix', 'around', 'degrees', 'expm1', 'trunc', 'sin', 'sort', 'argsort', 'logical_not', 'isnan']:
    for sh in [(0,), (0, 1), (2,)]:
        show('%s %s' % (fn, sh), lambda: getattr(np, fn)(np.zeros(sh, dtype='bool')))
for sh in [(0,), (2, 0), (0, 3), (2,)]:
    for ax in [None, 0, -1, 1, -2]:
        show('cumsum %s %s' % (sh, ax), lambda: np.cumsum(np.ones(sh, dtype='int32'), axis=ax))
