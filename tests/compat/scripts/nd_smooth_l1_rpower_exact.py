"""smooth_l1 (forward and gradient, all three regions) and scalar ** array gradients as MXNet's kernels
round them, in float16, float32 and float64."""
import numpy as np
import mxnet as mx

rs = np.random.RandomState(1)
xv, hv = rs.uniform(-3, 3, (24,)), rs.uniform(-1, 1, (24,))
for sigma in (0.7, 1.3, 1.0):
    for dtype in ("float16", "float32", "float64"):
        x = mx.nd.array(xv, dtype=dtype)
        x.attach_grad()
        with mx.autograd.record():
            y = mx.nd.smooth_l1(x, scalar=sigma)
        y.backward(mx.nd.array(hv, dtype=dtype))
        print("smooth_l1", sigma, dtype, y.asnumpy().tolist(), x.grad.asnumpy().tolist())
for dtype in ("float32", "float64"):
    x = mx.nd.array(xv / 3, dtype=dtype)
    x.attach_grad()
    with mx.autograd.record():
        y = 0.7 ** x + mx.nd.power(x, 2.5) * 0
    y.backward(mx.nd.array(hv, dtype=dtype))
    print("rpower", dtype, y.asnumpy().tolist(), x.grad.asnumpy().tolist())
