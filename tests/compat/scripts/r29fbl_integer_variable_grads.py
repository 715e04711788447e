"""Integer and half variables through common ops: gradient dtypes and values (uint8 division's C promotion), and the refusals of float-only backward kernels with their own source lines (nd/np dot, softmax), a failed forward keeping its own error."""
# recorded on AVX2
import re

import mxnet as mx
from mxnet import autograd


def words(e):
    text = re.sub(r"\[\d\d:\d\d:\d\d\] ", "", str(e))
    lines = [line.strip() for line in text.split("\n") if line.strip() and "Traceback" not in line]
    return type(e).__name__ + ": " + " | ".join(lines)[:300]


def cases(F, front):
    npx = mx.nd if front == "nd" else mx.npx
    return [("x*x", lambda x: x * x), ("x*2", lambda x: x * 2), ("x/(x+1)", lambda x: x / (x + 1)),
            ("sum", lambda x: x.sum()), ("mean", lambda x: x.mean()), ("sin", F.sin), ("sqrt", F.sqrt),
            ("dot", lambda x: F.dot(x, x.T)), ("max", lambda x: x.max()), ("relu", npx.relu),
            ("softmax", npx.softmax), ("log_softmax", npx.log_softmax), ("tanh", F.tanh), ("x**2", lambda x: x ** 2),
            ("clip", lambda x: F.clip(x, 1, 2)), ("take", lambda x: F.take(x, F.array([0, 1]))),
            ("square", F.square), ("sign", F.sign), ("floor", F.floor)]


for front in ["nd", "np"]:
    F = mx.nd if front == "nd" else mx.np
    for dtype in ["int32", "int64", "int8", "uint8", "float16", "float64"]:
        for label, fn in cases(F, front):
            if dtype == "float16" and label == "dot" and front == "np":
                continue
            x = F.array([[1, 2, 3], [2, 1, 3]], dtype=dtype)
            x.attach_grad()
            try:
                with autograd.record():
                    y = fn(x)
                y.backward()
                print(front, dtype, label, "->", y.dtype.__name__ if front == "nd" else y.dtype, x.grad.asnumpy().tolist())
            except Exception as e:
                print(front, dtype, label, "->", words(e))
            try:
                mx.nd.waitall()
            except Exception as e:
                print("  waitall", words(e))
