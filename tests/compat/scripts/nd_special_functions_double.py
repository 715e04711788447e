"""erfinv (Cephes' ndtri in double), erf's gradient (float16: the square in half; float64: 2 / sqrtf(pi) first)
and digamma-based gradients of gamma/gammaln (float64: MXNet's kernel takes logf) as MXNet computes them."""
import numpy as np
import mxnet as mx

rs = np.random.RandomState(3)
for name, lo, hi in (("erfinv", -0.999, 0.999), ("erf", -4, 4), ("gamma", 0.1, 8), ("gammaln", 0.1, 30)):
    for dtype in ("float16", "float32", "float64"):
        x = mx.nd.array(rs.uniform(lo, hi, (40,)), dtype=dtype)
        x.attach_grad()
        with mx.autograd.record():
            y = getattr(mx.nd, name)(x)
        y.backward(mx.nd.array(rs.uniform(-1, 1, (40,)), dtype=dtype))
        print(name, dtype, y.asnumpy().tolist(), x.grad.asnumpy().tolist())
print(mx.nd.erfinv(mx.nd.array([-1, 1, 1.5, -2, 0, -0.0, 1e-9, -0.9999, 0.5], dtype="float64")).asnumpy().tolist())
