"""np.linalg.lstsq takes a 0-d mx.np array rcond as NumPy's (its fallback hands NumPy the array's data), as MXNet does."""
# recorded on AMD AVX2
import mxnet as mx
from mxnet import np, npx

npx.set_np()
a = np.array([[1., 2], [3, 4], [5, 7.]])
b = np.ones(3)
for r in [np.array(1), np.array(1e-3), np.array(1, dtype='int32'), None, 1e-15]:
    x = np.linalg.lstsq(a, b, rcond=r)
    print(repr(r), [v.round(5).tolist() if hasattr(v, 'tolist') else v for v in x])
