"""np.random.multivariate_normal: the samples are mean + L^T z (L the Cholesky factor), summed in double."""
# recorded on AVX2
import mxnet as mx
from mxnet import np, npx
from _words import words

npx.set_np()
cov = np.array([[2.0, 0.3, 0.1], [0.3, 1.5, -0.4], [0.1, -0.4, 1.1]])
# (MXNet's fallback runs on worker threads with generators of their own: only the first draws repeat run to run)
x = np.random.multivariate_normal(np.array([0.5, -1.0, 2.0]), cov, size=(4,))
print(x.shape, x.dtype, repr(x.asnumpy().tolist()))
y = np.random.multivariate_normal(np.array([0.5, -1.0, 2.0], dtype="float64"), cov.astype("float64"), size=2)
print(y.shape, y.dtype, repr(y.asnumpy().tolist()))
bad = np.random.multivariate_normal(np.zeros(2), np.array([[1.0, 2.0], [2.0, 1.0]]))
print("made", bad.shape, bad.dtype)
try:
    print(bad)
except Exception as e:
    print(words(e))
