"""Pooling's data gradient into a grad_req='add' buffer: MXNet's own kernel (float64, sum and lp pooling) adds each window's share into the buffer in turn; oneDNN's gradient (float32 max and avg) is added once."""
# recorded on AVX2
import hashlib

import numpy as np

import mxnet as mx


def bits(a):
    return hashlib.md5(a.asnumpy().tobytes()).hexdigest()[:12]


rs = np.random.RandomState(5)
# (shape, kernel, stride, pad, pool type, convention, p_value, dtype)
CASES = [((2, 8, 8, 8), 3, 1, 0, "sum", "valid", None, "float32"), ((2, 3, 7, 7), 3, 2, 0, "sum", "full", None, "float32"),
         ((2, 4, 9), 3, 1, 1, "sum", "valid", None, "float32"), ((1, 4, 4, 4, 4), 2, 1, 1, "sum", "valid", None, "float32"),
         ((2, 8, 6, 6), 3, 1, 1, "lp", "valid", 2, "float32"), ((2, 3, 7), 2, 1, 0, "lp", "full", 1, "float32"),
         ((2, 8, 6, 6), 3, 1, 0, "max", "valid", None, "float64"), ((2, 3, 6, 6), 2, 1, 1, "avg", "full", None, "float64"),
         ((2, 4, 5, 5, 5), 3, 1, 1, "sum", "full", None, "float64"), ((2, 8, 6, 6), 3, 1, 1, "max", "valid", None, "float32"),
         ((2, 8, 6, 6), 3, 1, 1, "avg", "valid", None, "float32")]
for shape, k, s, p, kind, convention, p_value, dtype in CASES:
    dims = len(shape) - 2
    x = mx.nd.array(rs.uniform(-1, 1, shape), dtype=dtype)
    x.attach_grad(grad_req="add")
    kwargs = dict(kernel=(k,) * dims, stride=(s,) * dims, pad=(p,) * dims, pool_type=kind,
                  pooling_convention=convention)
    if p_value is not None:
        kwargs["p_value"] = p_value
    for _ in range(3):
        with mx.autograd.record():
            y = mx.nd.Pooling(x, **kwargs)
        y.backward(mx.nd.array(rs.uniform(-1, 1, y.shape), dtype=dtype))
    print(shape, k, s, p, kind, convention, dtype, y.shape, bits(y), bits(x.grad))
