"""mx.np rot90 with every plane and turn count (valid, past the last axis, negative, repeated), and nan_to_num
with its replacement numbers given as numbers, text, 0-d arrays or refused values."""
import numpy as onp
import mxnet as mx
from mxnet import np, npx
from _words import words

npx.set_np()


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r.dtype, r.shape, r.tolist())
    except Exception as e:
        print(label, "->", words(e))


x = np.arange(24).reshape(2, 3, 4)
for k in [0, 1, 2, 3, 4, -1, 5]:
    for axes in [(0, 1), (1, 0), (0, 2), (1, 2), (0, 0), (0, 3), (3, 0), (0, 5), (5, 5), (-4, -4), (-1, 0), (-4, 0), (0, -4), (0, 1, 2)]:
        attempt(f"rot90 k={k} axes={axes}", lambda: np.rot90(x, k, axes))
    attempt(f"rot90 vector k={k}", lambda: np.rot90(np.array([1., 2.]), k))
v = np.array([onp.nan, onp.inf, -onp.inf, 1.])
for name in ["nan", "posinf", "neginf"]:
    for value in [5, -1.5, "2", "1e3", "a", None, np.array(2.), np.array([2., 3.]), np.array(4, dtype="int32"), True,
                  onp.float32(0.5)]:
        attempt(f"nan_to_num {name}={value!r}", lambda: np.nan_to_num(v, **{name: value}))
attempt("nan_to_num float64 nan=0-d", lambda: np.nan_to_num(v.astype("float64"), nan=np.array(3.)))
attempt("nan_to_num copy=False posinf='9'", lambda: np.nan_to_num(v, copy=False, posinf="9"))
attempt("nan_to_num int array nan='a'", lambda: np.nan_to_num(np.array([1, 2], dtype="int32"), nan="a"))
