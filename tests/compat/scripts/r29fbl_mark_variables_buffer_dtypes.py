"""autograd.mark_variables with a gradient buffer of the variable's shape but another dtype: backward refuses at the type check of the op reading the variable (sum_grad when read twice, the reader's backward node, softmax's own rule), else at the graph's shape check, in MXNet's words and source lines."""
# recorded on AVX2
import re

import mxnet as mx
from mxnet import autograd


def words(e):
    text = re.sub(r"\[\d\d:\d\d:\d\d\] ", "", str(e))
    return type(e).__name__ + ": " + " | ".join(line.strip() for line in text.split("\n") if line.strip())


W = mx.nd.array([[4, 5, 6]])
CASES = [("x * x", lambda x: x * x), ("x * 2", lambda x: x * 2), ("sin", mx.nd.sin), ("x + x", lambda x: x + x),
         ("relu", mx.nd.relu), ("sum", lambda x: x.sum()), ("x * w", lambda x: x * W), ("tanh", mx.nd.tanh),
         ("transpose", lambda x: x.T), ("FullyConnected", lambda x: mx.nd.FullyConnected(x, W, num_hidden=1, no_bias=True)),
         ("Activation", lambda x: mx.nd.Activation(x, act_type="tanh")), ("x + 1", lambda x: x + 1),
         ("x / 2", lambda x: x / 2), ("square", mx.nd.square), ("reshape", lambda x: x.reshape((3, 1))),
         ("slice", lambda x: x[:, 0:2]), ("softmax", mx.nd.softmax), ("log_softmax", mx.nd.log_softmax),
         ("sin + cos", lambda x: mx.nd.sin(x) + mx.nd.cos(x)), ("BlockGrad", mx.nd.BlockGrad),
         ("astype", lambda x: x.astype("float64"))]
for x_dtype, g_dtype in [("float32", "float16"), ("float16", "float32"), ("int32", "float32"), ("float64", "float32"),
                         ("float32", "int64"), ("uint8", "float32")]:
    for label, fn in CASES:
        if x_dtype in ("int32", "uint8") and label not in ("x * x", "x * 2", "x + x", "sum", "relu", "sin", "x + 1"):
            continue
        x = mx.nd.array([[1, 2, 3]], dtype=x_dtype)
        g = mx.nd.ones((1, 3), dtype=g_dtype)
        autograd.mark_variables([x], [g])
        try:
            with autograd.record():
                y = fn(x)
            y.backward()
            print(x_dtype, g_dtype, label, "->", g.dtype.__name__, g.asnumpy().tolist())
        except Exception as e:
            print(x_dtype, g_dtype, label, "->", words(e))
        try:
            mx.nd.waitall()
        except Exception as e:
            print("  waitall", words(e))

print("-- the variable itself as the head")
for x_dtype, g_dtype in [("float32", "float16"), ("int32", "float32"), ("float64", "int64")]:
    x = mx.nd.array([1, 2, 3], dtype=x_dtype)
    g = mx.nd.ones((3,), dtype=g_dtype)
    autograd.mark_variables([x], [g])
    for label, fn in [("x.T of a vector", lambda x: x.T), ("x", lambda x: x)]:
        with autograd.record():
            y = fn(x)
        try:
            y.backward()
            print(x_dtype, g_dtype, label, "->", g.asnumpy().tolist())
        except Exception as e:
            print(x_dtype, g_dtype, label, "->", words(e))
