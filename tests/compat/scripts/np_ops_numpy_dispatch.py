"""NumPy's own functions and ufuncs called on mx.np arrays, as MXNet 1.9.1 dispatches them: its own function
when it has one, else NumPy on the arrays' data with array results made mx.np arrays; out= given positionally;
mx.np.histogram's list."""
import numpy as onp
import mxnet as mx
from mxnet import np, npx

npx.set_np()
a = np.array([[1., 2., 3.], [4., 5., 6.]])
v = np.array([3., 1., 2.])
i = np.array([1, 2, 3], dtype='int32')


def show(r):
    if isinstance(r, (list, tuple)):
        return type(r).__name__ + '(' + ', '.join(show(x) for x in r) + ')'
    return '%s %s %r' % (type(r).__name__, getattr(r, 'dtype', ''), r.tolist() if hasattr(r, 'tolist') else r)


cases = ["onp.sin(v, v.copy())", "onp.floor_divide(i, 2)", "onp.logaddexp(i, 2)", "onp.fmod(v, 2)", "onp.true_divide(i, 2)",
         "onp.logical_and(v, v)", "onp.left_shift(i, 2)", "onp.frexp(v)", "onp.modf(v)", "onp.gcd(i, 2)",
         "onp.floor_divide(2.5, v)", "onp.maximum(2.5, v)", "onp.add(v, 1, out=np.zeros(3))", "onp.histogram(v)",
         "onp.histogram(v, bins=2)", "onp.median(a)", "onp.ptp(a)", "onp.cov(a)", "onp.linalg.qr(a)", "onp.linalg.svd(a)[1]",
         "onp.searchsorted(v, 2)", "onp.argwhere(a > 3)", "onp.lexsort((v, v))", "onp.max(a)", "onp.amin(a, axis=0)",
         "onp.round(a)", "onp.sum(a, axis=1)", "onp.unique(v)", "onp.where(v > 1)", "np.histogram(v, bins=2, range=(0, 4))",
         "np.histogram(v, bins=2)", "onp.float64(2.5) / v", "onp.float64(2.5) * i", "onp.float32(2.5) + v", "onp.int64(2) - i",
         "v // onp.float64(2.5)", "i // onp.float16(2)", "onp.float64(2.5) // i", "v / onp.float64(2.)", "i * onp.float32(2.)",
         "onp.bool_(True) * i", "np.unique(mx.nd.ones(2))", "np.split(mx.nd.ones(2), 2)", "np.take(v, mx.nd.ones(1))",
         "np.round(mx.nd.ones(2))", "np.histogram(mx.nd.ones(2), bins=2, range=(0, 3))",
         "[n for n in dir(np) if n.startswith('refuse')]"]
for e in cases:
    try:
        print(e, '->', show(eval(e)))
    except Exception as ex:  # noqa: BLE001
        print(e, '!!', type(ex).__name__)
v.attach_grad()
with mx.autograd.record():
    for e in ["onp.floor_divide(v, 2)", "onp.median(v)", "onp.sin(v)"]:
        try:
            print(e, '->', show(eval(e)))
        except Exception as ex:  # noqa: BLE001
            print(e, '!!', type(ex).__name__)
