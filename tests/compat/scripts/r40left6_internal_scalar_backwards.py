"""mx.nd._internal / mx.sym._internal hold the backward operators of the scalar arithmetic operators
(_backward_mul_scalar, _backward_power_scalar, ...): called on (output gradient[, the array their kernel reads]) with
the scalar they give MXNet's gradients in each dtype; a missing input and a shape mismatch are refused in MXNet's words."""
import inspect

import mxnet as mx
import numpy as np

np.random.seed(0)
NAMES = ["mul", "div", "rdiv", "power", "rpower", "maximum", "minimum", "mod", "rmod", "hypot"]
for dtype in ["float32", "float64", "float16"]:
    x = mx.nd.array(np.random.uniform(-3, 3, (5,)).round(2), dtype=dtype)
    dy = mx.nd.array(np.random.uniform(-2, 2, (5,)).round(2), dtype=dtype)
    for name in NAMES:
        f = getattr(mx.nd._internal, f"_backward_{name}_scalar")
        args = (dy,) if name in ("mul", "div") else (dy, x)
        for scalar in (2.5, 3):
            try:
                r = f(*args, scalar=scalar)
                print(dtype, name, scalar, r.dtype.__name__, r.asnumpy().tolist())
            except mx.base.MXNetError as e:
                print(dtype, name, scalar, "MXNetError", str(e).split("\n")[-1][:150])
print(inspect.signature(mx.nd._internal._backward_mul_scalar), inspect.signature(mx.nd._internal._backward_rdiv_scalar))
s = mx.sym._internal._backward_power_scalar(mx.sym.var("g"), mx.sym.var("x"), scalar=2)
print(s.list_arguments(), s.infer_shape(g=(2, 3), x=(2, 3)))
for call in [lambda: mx.nd._internal._backward_rdiv_scalar(mx.nd.ones(2), scalar=2),
             lambda: mx.nd._internal._backward_hypot_scalar(mx.nd.ones(2), mx.nd.ones(3), scalar=2)]:
    try:
        call()
    except mx.base.MXNetError as e:
        print("MXNetError", str(e).split("\n")[-1])
