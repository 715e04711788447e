"""Elementwise operators on corner inputs: integer and float mod, integer division, float kernels on integers,
signed zeros, numpy scalars as operands, smooth_l1's scalar, hard_sigmoid's dtype check."""
import numpy as np
import mxnet as mx

nd = mx.nd


def show(label, fn):
    try:
        r = fn()
        print(label, r.dtype.__name__, r.asnumpy().tolist())
    except Exception as e:      # MXNet's errors are raised lazily: asnumpy() is inside the try
        print(label, "error", type(e).__name__)


i8 = nd.array([-128, 127, -7, 7, 0, -1], dtype="int8")
i32 = nd.array([-2**31, 2**31 - 1, -7, 7, 0, 3], dtype="int32")
i64 = nd.array([2**40 + 1, 2**53 + 1, -2**62 - 1, 7, -7, 3], dtype="int64")
u8 = nd.array([0, 1, 3, 200, 255, 128], dtype="uint8")
f16 = nd.array([0.0, -0.0, -np.inf, 2.5, -1.5, np.nan], dtype="float16")
f32 = nd.array([0.5, -0.7, -0.0, 3.0, -3.5, 1e-30], dtype="float32")
f64 = nd.array([0.5, -0.7, -0.0, 3.0, -3.5, 1e-300], dtype="float64")

for s in (7, -3, 300):
    show(f"int8 % {s}", lambda: i8 % s)
show("int32 % -200", lambda: i32 % -200)
show("int64 % 10", lambda: i64 % 10)
show("int8 mod arrays", lambda: nd.broadcast_mod(i8, nd.array([7, -3, 5, -5, 3, 2], dtype="int8")))
for x in (f16, f32, f64):
    show(f"{x.dtype.__name__} % -1", lambda: x % -1)
    show(f"{x.dtype.__name__} % 0.1", lambda: x % 0.1)
    show(f"2.5 % {x.dtype.__name__}", lambda: 2.5 % x)
show("float32 %= 1e-40", lambda: nd.array([0.5, -0.7, 3.0], dtype="float32").__imod__(1e-40))
show("float32 % np.float64(0.1)", lambda: f32 % np.float64(0.1))
show("int64 / 3", lambda: i64 / 3)
show("int64 / int64", lambda: nd.broadcast_div(i64, nd.array([3, 3, 3, 3, 3, 3], dtype="int64")))
show("1e9 / int32", lambda: 1e9 / nd.array([3, 7, -9], dtype="int32"))
show("2**31-1 / int64", lambda: (2**31 - 1) / nd.array([3, 7, -9], dtype="int64"))
show("np.int64(3) / float32", lambda: np.int64(3) / f32)
show("float32 ** np.float64(0.1)", lambda: f32 ** np.float64(0.1))
show("np.float64(2) ** float64", lambda: np.float64(2) ** f64)
show("float16 ** 0.5", lambda: f16 ** 0.5)
for op in ("square", "degrees", "radians", "abs", "floor", "sigmoid", "erfinv"):
    for x in (i8, i32, i64, u8):
        show(f"{op} {x.dtype.__name__}", lambda: getattr(nd, op)(x))
show("hypot int32", lambda: nd.broadcast_hypot(i32, i32))
show("hypot int64", lambda: nd._internal._hypot_scalar(i64, scalar=2))
show("relu float16", lambda: nd.relu(f16))
for s in (0, -0.0):
    show(f"maximum({s}, x)", lambda: nd.maximum(s, f32))
    show(f"minimum({s}, x)", lambda: nd.minimum(s, f64))
    show(f"maximum(x, {s})", lambda: nd.maximum(f16, s))
show("maximum arrays float16", lambda: nd.broadcast_maximum(f16, nd.array([-0.0, 0.0, 1, 2, 3, 4], dtype="float16")))
for s in (0.5, float("nan"), 1e40):
    show(f"logical_and(int8, {s})", lambda: nd.logical_and(i8, s))
    show(f"logical_xor(int64, {s})", lambda: nd.logical_xor(i64, s))
for s in (0.5, 1.0, 300, float("nan")):
    for x in (i32, u8):
        show(f"smooth_l1 {x.dtype.__name__} {s}", lambda: nd.smooth_l1(x, scalar=s))
for s in (1e40, 1e-46, np.float64(0.1)):
    for x in (f16, f32, f64):
        show(f"smooth_l1 {x.dtype.__name__} {s}", lambda: nd.smooth_l1(x, scalar=s))
show("hard_sigmoid int32", lambda: nd.hard_sigmoid(i32))
b = nd.array([True, False, True], dtype="bool")
for op in ("abs", "sign", "sqrt", "relu", "floor", "logical_not", "zeros_like", "identity"):
    show(f"{op} bool", lambda: getattr(nd, op)(b))
show("clip bool", lambda: nd.clip(b, 0, 1))
show("smooth_l1 bool", lambda: nd.smooth_l1(b, scalar=1.0))
for bounds in ((1e39, 2e39), (-1e39, -1e38), (-3.5e38, 0), (-3.4e38, 3.4e38)):
    show(f"clip by position {bounds}", lambda: nd.clip(f32, *bounds))
