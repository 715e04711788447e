"""gather_nd's gradient with negative (and fractional) indices: MXNet's backward adds at the unwrapped flat offset of the truncated coordinates, under grad_req write and add, for float32/float16 data and several index dtypes."""
import mxnet as mx
import numpy as np

nd = mx.nd


def grad(shape, idx, req, dt, idt):
    x = nd.array(np.arange(np.prod(shape)).reshape(shape), dtype=dt)
    x.attach_grad(grad_req=req)
    x.grad[:] = 0.5
    with mx.autograd.record():
        y = nd.gather_nd(x, nd.array(idx, dtype=idt))
    y.backward(nd.array(np.arange(1, 1 + y.size).reshape(y.shape), dtype=dt))
    return y.asnumpy().ravel().tolist(), x.grad.asnumpy().ravel().tolist()


# every offset stays inside the array (MXNet writes an offset outside it out of bounds)
cases = [((4, 3), [[1, 2, 3], [-1, -2, 0]]), ((3, 3, 2), [[1, 2], [-1, -3]]), ((4, 3), [[1, 1, 2], [1.7, -1, -0.5]]),
         ((2, 3, 4), [[1], [-2], [3]]), ((3, 4), [[1, 1, 2, 2], [-1, 1, -4, 1]]), ((3, 2), [[2, 2], [-1, -2]])]
for shape, idx in cases:
    for req in ['write', 'add']:
        for dt, idt in [('float32', 'float32'), ('float32', 'int64'), ('float16', 'int32'), ('float64', 'float32')]:
            if idt != 'float32' and any(v != int(v) for row in idx for v in row):
                continue
            out, g = grad(shape, idx, req, dt, idt)
            print(shape, idx, req, dt, idt, out, g)
