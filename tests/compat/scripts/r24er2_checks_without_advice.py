"""Checks of InstanceNorm and multi_lars refuse in MXNet's words alone (no line of advice after them)."""
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
        print(label, "->", out.asnumpy().round(4).tolist())
    except Exception as e:
        print(label, "raises", shown(e))


for dtype in ["float16", "float64", "int32", "uint8", "int64", "int8"]:
    x = nd.ones((2, 3, 4))
    attempt(f"instance_norm data {dtype}", lambda: nd.InstanceNorm(x.astype(dtype), nd.ones(3, dtype=dtype),
                                                                   nd.zeros(3, dtype=dtype)))
    attempt(f"instance_norm gamma {dtype}", lambda: nd.InstanceNorm(x, nd.ones(3, dtype=dtype), nd.zeros(3)))
    attempt(f"instance_norm beta {dtype}", lambda: nd.InstanceNorm(x, nd.ones(3), nd.zeros(3, dtype=dtype)))
    attempt(f"multi_lars {dtype}", lambda: nd.multi_lars(*[nd.ones((2,), dtype=dtype)] * 4, eta=1.0, eps=0.0))
for i, shape in enumerate([(3,), (1,), (2, 1)]):
    arrays = [nd.ones((2,))] * 4
    arrays[1 + i] = nd.ones(shape)
    attempt(f"multi_lars input {1 + i} shape {shape}", lambda: nd.multi_lars(*arrays, eta=1.0, eps=0.0))
