"""Errors users met in MXNet issues, printed whole (repr of the message, so a trailing newline shows): np.around
of float16 (function, method, out=), mx.np.dot of a 0-d array without NumPy shape semantics."""
import numpy as onp

import mxnet as mx


def show(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:      # pylint: disable=broad-except
        print(label, type(e).__name__, repr(str(e)))


np = mx.np
half = np.array([0.5, 1.5, 2.5], dtype="float16")
show("dot 0-d legacy", lambda: np.dot(np.array(2.), np.array(onp.ones((2, 3), "float32"))))
show("dot 0-d both legacy", lambda: np.dot(np.array(2.), np.array(3.)))
mx.npx.set_np()
show("around f16", lambda: np.around(half))
show("round f16", lambda: np.round(half, 1))
show("method round f16", lambda: half.round())
show("around f16 out", lambda: np.around(half, out=np.zeros(3, dtype="float16")))
show("around f32", lambda: np.around(half.astype("float32")))
show("dot 0-d", lambda: np.dot(np.array(2.), np.ones((2, 3))))
