"""Unary gradients of float16 and float64 inputs as MXNet computes them: for half, the derivative in float
rounded to half, times the head; for double, MXNet's float or double constants (radians, erfinv, log10)."""
import numpy as np
import mxnet as mx

rs = np.random.RandomState(0)
xv, hv = rs.uniform(0.1, 0.9, (16,)), rs.uniform(-1, 1, (16,))
HALF = ["abs", "arccos", "arccosh", "arcsin", "arcsinh", "arctan", "arctanh", "cbrt", "cos", "cosh", "degrees",
        "erfinv", "exp", "expm1", "gamma", "gammaln", "log", "log10", "log1p", "log2", "radians", "rcbrt",
        "reciprocal", "relu", "rsqrt", "sigmoid", "sin", "sinh", "softsign", "sqrt", "square", "tan", "tanh"]
DOUBLE = ["degrees", "radians", "log", "sqrt", "cbrt", "arcsin", "tan", "sin", "square"]
for dtype, names in (("float16", HALF), ("float64", DOUBLE)):
    for name in names:
        x = mx.nd.array(xv + (1.5 if name == "arccosh" else 0), dtype=dtype)
        x.attach_grad()
        with mx.autograd.record():
            y = getattr(mx.nd, name)(x)
        y.backward(mx.nd.array(hv, dtype=dtype))
        print(name, dtype, x.grad.asnumpy().tolist())
np_x = mx.np.array(xv, dtype="float16")
np_x.attach_grad()
with mx.autograd.record():
    np_y = mx.np.log2(np_x) + mx.np.arctan(np_x)
np_y.backward()
print("np log2 + arctan float16", np_x.grad.asnumpy().tolist())
