"""Legacy shape inference reads a zero size as unknown: an empty out= array (or an empty operand of x op= y)
passes inference where its known sizes fit, then fails the output check; elsewhere MXNet's words print the
unknown size as -1, an out= shape filled from the inferred one up to the size that differs."""
import numpy as np
import mxnet as mx
from _words import words

# recorded on AVX2
x, row, vec = mx.nd.ones((2, 3)), mx.nd.ones((1, 3)), mx.nd.ones((3,))
CALLS = {
    "negative": lambda o: mx.nd.negative(x, out=o), "relu": lambda o: mx.nd.relu(x, out=o),
    "elemwise_add": lambda o: mx.nd.elemwise_add(x, x, out=o),
    "broadcast_add": lambda o: mx.nd.broadcast_add(x, row, out=o),
    "broadcast_mul vec": lambda o: mx.nd.broadcast_mul(vec, vec, out=o), "clip": lambda o: mx.nd.clip(x, 0, 1, out=o),
    "sum": lambda o: mx.nd.sum(x, axis=0, out=o), "dot": lambda o: mx.nd.dot(x, x.T, out=o),
    "transpose": lambda o: mx.nd.transpose(x, out=o), "reshape": lambda o: mx.nd.reshape(x, (3, 2), out=o),
    "_plus_scalar": lambda o: mx.nd._internal._plus_scalar(x, scalar=1, out=o),
    "concat": lambda o: mx.nd.concat(x, x, dim=0, out=o), "softmax": lambda o: mx.nd.softmax(x, out=o),
    "FullyConnected": lambda o: mx.nd.FullyConnected(x, mx.nd.ones((2, 3)), no_bias=True, num_hidden=2, out=o),
    "cast": lambda o: mx.nd.cast(x, dtype="float32", out=o), "slice_axis": lambda o: mx.nd.slice_axis(
        x, axis=1, begin=0, end=2, out=o), "broadcast_to": lambda o: mx.nd.broadcast_to(row, shape=(2, 3), out=o),
    "elemwise_mul int32": lambda o: mx.nd.elemwise_mul(x, x.astype("int32"), out=o),
    "broadcast_add int32": lambda o: mx.nd.broadcast_add(x, row.astype("int32"), out=o),
    "copyto": lambda o: x.copyto(o),
}
OUTS = [(0, 3), (0,), (2, 0), (0, 4), (0, 3, 1), (0, 0), (1, 0), (2, 4), (3, 3)]
for name, call in CALLS.items():
    for shape in OUTS:
        out = mx.nd.array(np.zeros(shape))
        try:
            call(out)
            print(name, shape, "->", out.shape)
        except mx.base.MXNetError as e:
            print(name, shape, "->", words(e))

SHAPES = [(0,), (0, 3), (2, 0), (0, 1), (1, 0), (3, 2), (2, 3), (1, 3), (0, 2, 1)]
for s1 in SHAPES:
    for s2 in SHAPES:
        if np.prod(s1) and np.prod(s2):
            continue
        for op in ["__iadd__", "__imul__", "__add__", "__ge__"]:
            for dtype in ["float32", "int32"]:
                a, b = mx.nd.array(np.zeros(s1)), mx.nd.array(np.zeros(s2), dtype=dtype)
                try:
                    print(s1, s2, op, dtype, "->", getattr(a, op)(b).shape)
                except mx.base.MXNetError as e:
                    print(s1, s2, op, dtype, "->", words(e))
