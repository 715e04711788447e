"""nanprod (forward in float16, gradient in every float type) and moments' gradient in MXNet's order."""
import numpy as np
import mxnet as mx

rs = np.random.RandomState(0)
xv = rs.uniform(-1, 1, (3, 5, 7))
xv[0, 1, 2] = np.nan
for dtype in ("float16", "float32", "float64"):
    for kw in ({}, {"axis": 1}, {"axis": (0, 2)}, {"axis": -1, "keepdims": True}):
        x = mx.nd.array(xv, dtype=dtype)
        x.attach_grad()
        with mx.autograd.record():
            y = mx.nd.nanprod(x, **kw)
        y.backward(mx.nd.array(rs.uniform(-1, 1, y.shape), dtype=dtype))
        print("nanprod", dtype, kw, y.asnumpy().tolist(), x.grad.asnumpy().ravel()[::3].tolist())
    for kw in ({"axes": (1,)}, {"axes": (0, 2), "keepdims": True}):
        x = mx.nd.array(np.nan_to_num(xv), dtype=dtype)
        x.attach_grad()
        with mx.autograd.record():
            mean, var = mx.nd.moments(x, **kw)
            y = mean * 3 + var
        y.backward(mx.nd.array(rs.uniform(-1, 1, y.shape), dtype=dtype))
        print("moments", dtype, kw, x.grad.asnumpy().ravel()[::3].tolist())
