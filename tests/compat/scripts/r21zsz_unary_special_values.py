"""Unary operators on nan, infinities, -0.0, denormals and float16's max, in float16/32/64, forward bits and gradients."""
import numpy as np
import mxnet as mx
from mxnet import nd, autograd
from _words import words

SPECIAL = [float("nan"), float("inf"), float("-inf"), -0.0, 0.0, 1e-45, 1e-40, 65504.0, -65504.0, 1.0, -1.5, 0.5]
OPS = ["abs", "ceil", "floor", "fix", "rint", "round", "trunc", "sign", "negative", "relu", "sigmoid", "softsign",
       "square", "sqrt", "rsqrt", "reciprocal", "exp", "expm1", "log", "log1p", "tanh", "erf", "gamma", "gammaln",
       "degrees", "logical_not", "cbrt", "arctan", "sinh"]
for dtype in ["float16", "float32", "float64"]:
    print("--", dtype)
    for op in OPS:
        x = nd.array(SPECIAL, dtype=dtype)
        print(op, getattr(nd, op)(x).asnumpy().tobytes().hex())
for op in ["abs", "sign", "relu", "sigmoid", "sqrt", "log", "square", "reciprocal", "tanh", "softsign", "round"]:
    x = nd.array(SPECIAL)
    x.attach_grad()
    with autograd.record():
        y = getattr(nd, op)(x)
    y.backward()
    print("grad", op, x.grad.asnumpy().tobytes().hex())
for op in ["abs", "exp", "sqrt", "relu"]:
    for shape in [(0,), (0, 3), (2, 0, 4)]:
        try:
            print("legacy empty", op, shape, getattr(nd, op)(nd.array(np.zeros(shape))).shape)
        except Exception as e:
            print("legacy empty", op, shape, words(e).splitlines()[0])
