"""mx.np index arrays (of at least one axis) in a key: MXNet moves each to the indexed array's device by the
deprecated as_in_context, twice, so reads, writes and recorded reads warn (0-d arrays, numpy arrays, lists don't)."""
# recorded on AVX2
import warnings

import numpy as np
import mxnet as mx
from _words import words

mx.npx.set_np()
A = mx.np.array
KEYS = ["A([0, 1], dtype='int32')", "(A([0, 1], dtype='int32'),)", "(A([0, 1], dtype='int32'), 0)",
        "(A([0, 1], dtype='int32'), A([1, 0], dtype='int64'))", "(slice(None), A([1, 0], dtype='int64'))",
        "A([True, False, True])", "(A([True, False, True]), 0)", "A(1, dtype='int32')", "(A(1, dtype='int32'), 0)",
        "(A(1, dtype='int32'), A([0, 1], dtype='int32'))", "np.array([0, 1])", "[0, 1]", "(A([0, 1], dtype='int32'), None)",
        "(A([0, 1], dtype='int32'), [1, 0])", "(A([[0], [1]], dtype='int32'), A([0, 1], dtype='int32'), 0)",
        "(A([0, 1], dtype='int32'), 0, 0, 0)", "(A([0, 1], dtype='int32'), A([0, 1, 1], dtype='int32'))"]


def run(text, op):
    x = A(np.arange(24.).reshape(3, 2, 4))
    if op == "read":
        return x[eval(text)].shape
    if op == "write":
        x[eval(text)] = 1
        return float(x.sum())
    x.attach_grad()
    with mx.autograd.record():
        y = x[eval(text)]
    y.backward()
    return float(x.grad.sum())


for text in KEYS:
    for op in ["read", "write", "grad"]:
        if op == "write" and not text.startswith("("):
            continue        # (a lone array key's write also meets numpy's own deprecation of np.bool)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                out = run(text, op)
            except Exception as e:
                out = words(e)
        print(text, op, "->", out, [f"{w.category.__name__}: {w.message}" for w in caught])
