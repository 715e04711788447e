"""mx.np diff, ediff1d, cumsum, sort and argsort without NumPy shape semantics (a 0-d array has an unknown rank,
an empty one unknown sizes): what MXNet computes and where its shape checks fail."""
import mxnet as mx
from mxnet import np
from _words import words


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r.dtype, r.shape, r.tolist())
    except Exception as e:
        print(label, "->", words(e))


x = np.array([[3., 1., 2.], [1., 5., 1.]])
zero_d, empty, ints = np.array(3.), np.array([]), np.array([1, 2, 3], dtype="int32")
for n in [0, 1, 2, 3, 5, -1]:
    for axis in [-1, 0, 1, 2]:
        for name, a in [("x", x), ("0-d", zero_d), ("empty", empty), ("ints", ints)]:
            attempt(f"diff {name} n={n} axis={axis}", lambda: np.diff(a, n=n, axis=axis))
attempt("diff bools n=2", lambda: np.diff(np.array([True, True]), n=2))
for name, a in [("x", x), ("0-d", zero_d), ("empty", empty), ("one", np.array([1.]))]:
    for to_end in [None, 9, np.array([1., 2.]), [3], np.array(2.), np.array([], dtype="float32")]:
        for to_begin in [None, 1, np.array([7.]), [5, 6]]:
            attempt(f"ediff1d {name} to_end={to_end} to_begin={to_begin}",
                    lambda: np.ediff1d(a, to_end=to_end, to_begin=to_begin))
for name, a in [("x", x), ("0-d", zero_d), ("empty", empty)]:
    for axis in [None, 0, -1, 1, 5]:
        for dtype in [None, "float64"] + (["bool"] if axis is not None else []):   # (MXNet's axis="None" text varies)
            attempt(f"cumsum {name} axis={axis} dtype={dtype}", lambda: np.cumsum(a, axis=axis, dtype=dtype))
        attempt(f"sort {name} axis={axis}", lambda: np.sort(a, axis=axis))
        attempt(f"argsort {name} axis={axis}", lambda: np.argsort(a, axis=axis))
