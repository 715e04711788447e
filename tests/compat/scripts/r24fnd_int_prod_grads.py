"""prod's gradient for integer arrays: the quotient prod / x converted as C converts (0 / 0 is the type's
minimum) and multiplied by the head gradient in the integer type; an 'add' buffer keeps its integer type."""
# recorded on AVX2
import mxnet as mx
from mxnet import autograd

CASES = [([[0, 2], [3, 0]], 1, [1, -1]), ([[0, 0], [3, 4]], 1, [2, 1]), ([[0, 2, 5], [3, 1, 0]], None, [3]),
         ([[7, -2], [0, 0]], 0, [1, 0]), ([[1, 2], [3, 4]], 1, [1, 1]), ([[1, 2], [3, 4]], (0, 1), [2])]
for dtype in ("int32", "int64", "float32", "float64"):
    for req in ("write", "add"):
        for data, axis, head in CASES:
            x = mx.nd.array(data, dtype=dtype)
            x.attach_grad(grad_req=req)
            with autograd.record():
                y = mx.nd.prod(x, axis=axis)
                z = mx.nd.clip(y, 0, 100) if req == "add" else y
            z.backward(mx.nd.array(head, dtype=dtype))
            print(dtype, req, data, axis, y.asnumpy().tolist(), x.grad.dtype.__name__, x.grad.asnumpy().tolist())
