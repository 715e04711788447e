"""mx.np.linalg det/slogdet (and nd.linalg.slogdet) carry MXNet's getrf bits: strided dots and column updates summed as the dtype's dot and gemv_n kernels do."""
# recorded on AVX2
import numpy as onp
import mxnet as mx

mx.npx.set_np()
rs = onp.random.RandomState(5)
for n, dtypes in ((3, ("float32", "float64")), (5, ("float32", "float64")), (6, ("float32", "float64")),
                  (7, ("float32", "float64")), (10, ("float64",)), (13, ("float64",))):
    for dt in dtypes:
        a = mx.np.array(rs.uniform(-3, 3, (4, n, n)), dtype=dt)
        sign, logdet = mx.np.linalg.slogdet(a)
        print(n, dt, sign.asnumpy().tolist(), logdet.asnumpy().tobytes().hex())
        print(mx.np.linalg.det(a).asnumpy().tobytes().hex())
        print(mx.nd.linalg.slogdet(a.as_nd_ndarray())[1].asnumpy().tobytes().hex())
for n in (2, 3):
    a = mx.np.array(rs.uniform(-3, 3, (3, n, n)), dtype="float64")
    print(n, mx.np.linalg.inv(a).asnumpy().tobytes().hex())
