"""Perplexity updated with lists and with bare NDArrays (iterated row by row) over every axis, and pick of 1-D data
along each axis: shape inference takes any axis, the kernel refuses one past the data's rank when it runs."""
import re

import numpy as np
import mxnet as mx
from mxnet import autograd, nd


def words(e):
    """The exception's type and MXNet's check message without the C++ trace around it."""
    lines = [line for line in str(e).splitlines() if line.strip()]
    pick = [line for line in lines if "Check failed" in line or line.startswith("MXNetError: ")] or lines or [""]
    text = pick[-1] if lines and "Traceback" in lines[0] else pick[0]
    text = text.split("] ", 1)[-1] if text.startswith("[") else text
    while text.startswith("MXNetError: "):
        text = text[len("MXNetError: "):]
    text = re.sub(r"\[\d\d:\d\d:\d\d\] \S+:\d+: ", "", text)
    return f"{type(e).__name__}: {text}"


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r.asnumpy().tolist() if hasattr(r, "asnumpy") else r)
    except Exception as e:  # noqa: BLE001
        print(label, "->", words(e))


p = nd.array(np.array([[0.1, 0.2, 0.3, 0.4], [0.25, 0.25, 0.25, 0.25], [0.7, 0.1, 0.1, 0.1]]))
labels = nd.array([3, 1, 0])
for axis in (-3, -2, -1, 0, 1, 2, 3):
    for form in ("list", "bare"):
        for ignore in (None, 1):
            metric = mx.metric.Perplexity(ignore_label=ignore, axis=axis)
            args = ([labels], [p]) if form == "list" else (labels, p)
            attempt(f"perplexity axis={axis} {form} ignore={ignore}", lambda: (metric.update(*args), metric.get())[1])
x = nd.array([0.1, 0.2, 0.3, 0.4])
for axis in (-2, -1, 0, 1, 2):
    attempt(f"infer_shape pick 1-D axis={axis}",
            lambda: mx.sym.pick(mx.sym.var("a"), mx.sym.var("b"), axis=axis).infer_shape(a=(4,), b=(1,)))
    attempt(f"pick 1-D axis={axis}", lambda: nd.pick(x, nd.array([2]), axis=axis))
    attempt(f"pick 1-D axis={axis} keepdims", lambda: nd.pick(x, nd.array([2]), axis=axis, keepdims=True))
    attempt(f"pick 1-D axis={axis} shape", lambda: nd.pick(x, nd.array([2]), axis=axis).shape)
    x.attach_grad()

    def recorded():
        with autograd.record():
            out = nd.pick(x, nd.array([2]), axis=axis)
        out.backward()
        return x.grad
    attempt(f"pick 1-D axis={axis} gradient", recorded)
