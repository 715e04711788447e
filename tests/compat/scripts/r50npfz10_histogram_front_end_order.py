"""np.histogram makes its front end's checks (normed, weights, density, string or array-like bins, bins=None showing its arguments, a number of bins without a range) before its operator refuses a legacy array, as MXNet does."""
# recorded on AMD AVX2
import mxnet as mx
from mxnet import np, npx
npx.set_np()
L = mx.nd.array([[1., 5, 3], [4, 2, 6]])
a = L.as_np_ndarray()
for x in [L, a]:
    for kw in [dict(), dict(weights=a), dict(density=True), dict(normed=True), dict(bins='auto'), dict(bins=[1, 2]), dict(bins=None), dict(bins=mx.nd.array([0., 1, 2])), dict(bins=np.array([0., 1, 2])), dict(bins=3, range=(0, 6)), dict(bins=None, range=(0, 1))]:
        try:
            r = np.histogram(x, **kw)
            print(type(x).__name__, kw.keys(), [v.tolist() for v in r])
        except Exception as e:
            print(type(x).__name__, list(kw.keys()), type(e).__name__, str(e).strip().splitlines()[-1][:100])
