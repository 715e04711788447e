"""Backward of contrib index_copy, boolean_mask, quadratic and of moments on bool (and int) inputs: the gradient
read raises the backward kernel's refusal (or the failed forward's, which moments' backward reads) where MXNet's does."""
import re

import numpy as np

import mxnet as mx
from mxnet import nd


def show(name, f):
    try:
        g = f()
        print(name, "->", g.dtype.__name__, g.asnumpy().ravel().tolist())
    except Exception as e:
        text = re.sub(r"\[\d\d:\d\d:\d\d\] ", "", str(e))
        print(name, "->", type(e).__name__, "|", text.replace("\n", " / "))


def backward(op, x):
    x.attach_grad()
    with mx.autograd.record():
        y = op(x)
        y = y[0] if isinstance(y, list) else y
    y.backward()
    return x.grad


OPS = {
    "index_copy": lambda x: nd.contrib.index_copy(x, nd.array([2, 0]), nd.ones((2, 2), dtype=x.dtype)),
    "boolean_mask": lambda x: nd.contrib.boolean_mask(x, nd.array([1, 0, 1])),
    "quadratic": lambda x: nd.contrib.quadratic(x, a=1, b=2, c=3),
    "moments mean": lambda x: nd.moments(x, axes=(0,)),
    "moments var": lambda x: nd.moments(x, axes=(1,), keepdims=True)[1],
}
for dtype in ["bool", "int32", "float32"]:
    for name, op in OPS.items():
        show(f"{name} {dtype}", lambda: backward(op, nd.array(np.arange(6).reshape(3, 2) % 4).astype(dtype)))
