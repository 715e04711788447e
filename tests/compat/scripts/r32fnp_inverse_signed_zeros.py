"""np.linalg.inv/tensorinv of identities and triangular matrices: the signs of the zeros LAPACK's getri leaves (float32 and float64)."""
# recorded on AVX2
import numpy as onp
import mxnet as mx
from mxnet import np, npx
npx.set_np()

for dtype in ['float32', 'float64']:
    for n in range(2, 11):
        r = np.linalg.inv(np.eye(n, dtype=dtype)).asnumpy()
        print(dtype, n, [[int(v) for v in onp.signbit(row[:i])] for i, row in enumerate(r) if i])
print(np.linalg.inv(np.eye(4)))
print(np.linalg.tensorinv(np.eye(4).reshape(4, 2, 2), ind=1))
print(np.linalg.inv(np.array([[1., 2., 0.], [0., 1., 0.], [0., 0., 1.]])))
print(np.linalg.inv(np.diag(np.array([2., 3., 4., 5., 6.]))))
print(np.linalg.inv(np.stack([np.eye(5), np.eye(5) * 2])).asnumpy().ravel().tolist())
