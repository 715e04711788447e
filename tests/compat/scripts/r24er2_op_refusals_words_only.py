"""More refusals in MXNet's words alone (no advice line): Symbol.gradient, SoftmaxActivation, LeakyReLU's gamma,
quantize/dequantize/requantize types, Reshape's deprecated target_shape; the type of a module is Python's module."""
# recorded on AVX2
import re

import mxnet as mx
from mxnet import nd


def shown(e):
    """The exception's type and its whole message after the C++ frame MXNet names (times of day masked)."""
    text = re.sub(r'^Traceback \(most recent call last\):\n  File "[^"]*", line \d+\n(MXNetError: )?', "", str(e))
    return f"{type(e).__name__}: {re.sub(r'[0-9]{2}:[0-9]{2}:[0-9]{2}', 'hh:mm:ss', text)!r}"


def attempt(label, fn):
    try:
        out = fn()
        print(label, "->", out.asnumpy().tolist() if hasattr(out, "asnumpy") else out)
    except Exception as e:
        print(label, "raises", shown(e))


print([type(m).__name__ for m in (mx, mx.nd, mx.sym, mx.np, mx.gluon.nn, mx.io)])
x = mx.sym.var("x")
attempt("Symbol.gradient", lambda: (x * 2).gradient(["x"]))
for shape in [(2,), (2, 3)]:
    attempt(f"SoftmaxActivation channel {shape}", lambda: nd.SoftmaxActivation(nd.ones(shape), mode="channel"))
for dtype in ["float64", "float16"]:
    attempt(f"LeakyReLU prelu gamma {dtype}", lambda: nd.LeakyReLU(nd.ones((2, 3)), nd.ones((3,), dtype=dtype),
                                                                   act_type="prelu"))
for op, dtypes in [("quantize", ("float32", "float64", "float32")), ("quantize", ("int32", "float32", "float64")),
                   ("dequantize", ("int8", "float32", "float16")), ("requantize", ("int8", "float32", "float32")),
                   ("requantize", ("int32", "int32", "float32"))]:
    arrays = [nd.array(v, dtype=t) for v, t in zip(([[1, 2]], [-2], [2]), dtypes)]
    attempt(f"{op} {dtypes}", lambda: getattr(nd.contrib, op)(*arrays)[0])
for target in [(-1, 3), (2, -2), (-1, -1), (0, 3), (3, 0)]:
    attempt(f"Reshape target_shape={target}", lambda: nd.Reshape(nd.ones((2, 3)), target_shape=target).shape)
