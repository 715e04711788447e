"""float64 inverses (np.linalg.inv, nd.linalg.inverse, tensorinv) of orders 2-16 carry MXNet's getri bits: getf2 and the sweep summed as ddot/dgemv_n do."""
# recorded on AVX2
import numpy as onp
import mxnet as mx

mx.npx.set_np()
rs = onp.random.RandomState(8)
for n in (2, 3, 4, 5, 6, 9, 16):
    a = mx.np.array(rs.uniform(-3, 3, (3, n, n)), dtype="float64")
    print(n, mx.np.linalg.inv(a).asnumpy().tobytes().hex()[:400])
    print(n, mx.nd.linalg.inverse(a.as_nd_ndarray()).asnumpy().tobytes().hex()[-400:])
t = mx.np.array(rs.uniform(-3, 3, (4, 2, 2)), dtype="float64")
print(mx.np.linalg.tensorinv(t, ind=1).asnumpy().tobytes().hex())
a = mx.np.array(rs.uniform(-3, 3, (4, 4)), dtype="float32")
print(mx.np.linalg.inv(a).asnumpy().tobytes().hex())
