"""0-d numpy arrays as the only positions of a legacy key: MXNet broadcasts them to their shape (), which legacy
shapes read as unknown, so reads, writes and gradients fail; beside an integer or an index array they are read."""
# recorded on AVX2
import itertools

import numpy as np
import mxnet as mx
from _words import words

ENTRIES = ["np.array(1)", "np.array(0, dtype='int32')", "0", "slice(None)", "slice(0, 2)", "None", "Ellipsis", "[0, 1]",
           "mx.nd.array([1, 0])"]


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", words(e))


def read(key):
    r = mx.nd.arange(24).reshape(2, 3, 4)[key]
    return r.shape, r.asnumpy().ravel().astype(int).tolist()


def write(key, value):
    x = mx.nd.arange(24).reshape(2, 3, 4)
    x[key] = value
    return x.asnumpy().ravel().astype(int).tolist()


def grad(key):
    x = mx.nd.arange(24).reshape(2, 3, 4)
    x.attach_grad()
    with mx.autograd.record():
        y = x[key] * 2
    y.backward()
    return x.grad.asnumpy().ravel().astype(int).tolist()


for n in (1, 2, 3):
    for parts in itertools.product(ENTRIES, repeat=n):
        if not any(p.startswith("np.array") for p in parts) or parts.count("Ellipsis") > 1:
            continue
        if n == 3 and sum(p.startswith("np.array") for p in parts) < 2 and "None" not in parts:
            continue
        text = "(" + ", ".join(parts) + ("," if n == 1 else "") + ")"
        key = eval(text)
        attempt(f"x[{text}]", lambda: read(key))
        attempt(f"x[{text}] = -1", lambda: write(key, -1))
        attempt(f"x[{text}] = nd -1", lambda: write(key, mx.nd.array([-1])))
        if n < 3:
            attempt(f"grad x[{text}]", lambda: grad(key))
