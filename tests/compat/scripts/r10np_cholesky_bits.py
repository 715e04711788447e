"""np.linalg.cholesky of small symmetric positive definite matrices (orders 2 to 8, float32 and float64), bit for bit."""
import numpy as onp
import mxnet as mx
np = mx.np
mx.npx.set_np()

rng = onp.random.RandomState(5)
for n in range(2, 9):
    b = rng.randint(-3, 4, (n, n)).astype("float64")     # integers: the product is exact on any BLAS
    spd = b @ b.T + n * onp.eye(n)
    for dtype in ("float32", "float64"):
        low = np.linalg.cholesky(np.array(spd, dtype=dtype))
        print(n, dtype, [v.hex() for v in low.asnumpy().astype("float64").ravel().tolist()])
print(np.linalg.cholesky(np.array([[5., 2.], [2., 8.]])))
print(np.linalg.cholesky(np.array([[[4., 2., 1.], [2., 5., 3.], [1., 3., 6.]]]) / 7))
