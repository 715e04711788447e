"""det and slogdet of small matrices carry the bits of MXNet's getrf factors and log-sum (and the sign of a singular one)."""
import numpy as onp
import mxnet as mx

rs = onp.random.RandomState(3)
for n in (1, 2, 3, 4, 5):
    for dt in ("float32", "float64"):
        a = mx.nd.array(rs.randn(2, n, n), dtype=dt)
        sign, logdet = mx.nd.linalg.slogdet(a)
        print(n, dt, mx.nd.linalg.det(a).asnumpy().tolist(), sign.asnumpy().tolist(), logdet.asnumpy().tolist())
singular = mx.nd.array([[[1, 2], [2, 4]], [[0, 1], [0, 3]]])
print(mx.nd.linalg.det(singular))
print(mx.nd.linalg.slogdet(singular))
