"""mx.np boolean-mask reads and writes: the value checks in MXNet's order, vectors of the wrong length failing when read, pinned views."""
import numpy as onp
import mxnet as mx
from _words import words

mx.npx.set_np()
np = mx.np


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", words(e))


def read(x):
    try:
        return x.asnumpy().tolist()
    except Exception as e:
        return "read fails: " + words(e)


def written(mask, value, dtype="float32"):
    x = np.array(onp.arange(12).reshape(4, 3), dtype=dtype)
    x[mask(x)] = value
    return read(x)


MASKS = [("x > 4", lambda x: x > 4), ("x < 0", lambda x: x < 0), ("all", lambda x: np.array(onp.ones((4, 3), bool))),
         ("rows", lambda x: np.array([True, False, True, False])), ("rows 0", lambda x: np.array([False] * 4))]
VALUES = ["9", "2.5", "np.array([7.])", "np.array([1., 2., 3.])", "np.array([1., 2.])", "np.array(onp.arange(6.))",
          "np.array(onp.arange(7.))", "np.array([[1., 2., 3.]])", "np.ones((2, 3))", "np.array(5.)",
          "np.array([1, 2, 3], dtype='int32')", "np.ones((2, 3), dtype='float64')", "np.array(onp.arange(4.), dtype='float64')"]
for name, mask in MASKS:
    for text in VALUES:
        attempt(f"x[{name}] = {text}", lambda: written(mask, eval(text)))
for dtype in ["float32", "int32", "uint8", "bool"]:
    x = np.array(onp.arange(12).reshape(4, 3), dtype=dtype)
    attempt(f"{dtype} x[x > 4]", lambda: x[x > 4].asnumpy().tolist())
    attempt(f"{dtype} x[rows]", lambda: x[np.array([True, False, True, False])].shape)
for key in [1, slice(1, 3), (None, 0), [0, 2], (slice(None), 1)]:
    x = np.array(onp.arange(12.).reshape(4, 3), ctx=mx.cpu_pinned(0))
    r = x[key]
    x[...] = -1
    print(f"pinned x[{key!r}] ->", r.ctx, r.asnumpy().tolist())
