"""Gradients of unary operators on integer data under head gradients other than one: MXNet converts the
derivative to the integer type before multiplying (cos(1) -> 0)."""
import numpy as np

import mxnet as mx
from mxnet import autograd, nd

CASES = {"tile(sin)": lambda x: nd.tile(nd.sin(x), (2, 1)), "repeat(cos)": lambda x: nd.repeat(nd.cos(x), 2, axis=1),
         "sqrt(x*x+1)": lambda x: nd.sqrt(x * x + 1), "x*sin(x)": lambda x: nd.broadcast_mul(x, nd.sin(x)),
         "concat(exp)": lambda x: nd.concat(nd.exp(x), nd.exp(x), dim=1), "tanh*3": lambda x: nd.tanh(x) * 3,
         "log(x+2)*2": lambda x: nd.log(x + 2) * 2, "sigmoid": nd.sigmoid, "arctan": nd.arctan}
for dtype in ("int32", "int64", "int8"):
    for name, f in CASES.items():
        x = nd.array(np.array([[0, 1, 2], [3, -1, -2]]), dtype=dtype)
        x.attach_grad()
        with autograd.record():
            y = f(x)
        y.backward(nd.ones(y.shape, dtype=y.dtype) * 3)
        print(dtype, name, y.dtype.__name__, x.grad.asnumpy().tolist())
