"""mx.np unique on empty arrays, resize and tile to negative sizes, diag_indices_from, three-argument where,
around of half with out=, and sign of NaN: results and refusals in MXNet's order and words."""
import numpy as onp
import mxnet as mx
from mxnet import np, npx
from _words import words

npx.set_np()


def show(r):
    if isinstance(r, (tuple, list)):
        return [show(x) for x in r]
    return (str(r.dtype), r.shape, r.tolist())


def attempt(label, fn):
    try:
        print(label, "->", show(fn()))
    except Exception as e:
        print(label, "->", words(e))


for shape in [(0,), (0, 3), (2, 0)]:
    for axis in [None, 0, 1, -1, -2, 2, -3]:
        attempt(f"unique zeros{shape} axis={axis}", lambda: np.unique(np.zeros(shape), axis=axis))
        attempt(f"unique zeros{shape} axis={axis} counts", lambda: np.unique(np.zeros(shape), axis=axis,
                                                                               return_counts=True))
for a in [np.ones(3), np.array(2.), np.arange(6).reshape(2, 3)]:
    for shape in [-1, (2, -1), (-2,), (-1, -1), (4,), (0,), (2, 2), ()]:
        attempt(f"resize {a.shape} to {shape}", lambda: np.resize(a, shape))
    for reps in [-1, (2, -1), (-1, 2), (-2,), 0, (0, 2), 2]:
        attempt(f"tile {a.shape} reps={reps}", lambda: np.tile(a, reps))
for shape in [(3,), (), (2, 3), (2, 2, 3), (3, 3), (2, 2, 2), (0, 0)]:
    attempt(f"diag_indices_from {shape}", lambda: np.diag_indices_from(np.zeros(shape)))
cond = np.array([True, False, True])
for x, y in [(np.array([1, 2], dtype="int32"), np.array([1., 2.])), (np.array([1, 2, 3], dtype="int32"),
                                                                      np.array([1., 2., 3.])),
             (np.array([[1], [2]], dtype="int32"), np.array([1., 2.])), (np.array([1., 2., 3.]), np.array([5.]))]:
    attempt(f"where {x.shape} {x.dtype} / {y.shape} {y.dtype}", lambda: np.where(cond, x, y))
half = np.array([1.25, 2.5], dtype="float16")
for out in [np.zeros(9), np.zeros(2), np.zeros(2, dtype="float16"), np.zeros(9, dtype="int32")]:
    attempt(f"around half out {out.shape} {out.dtype}", lambda: np.around(half, out=out))
for dtype in ["float16", "float32", "float64"]:
    attempt(f"sign nan 0-d {dtype}", lambda: np.sign(np.array(onp.nan, dtype=dtype)))
    attempt(f"sign nan vector {dtype}", lambda: np.sign(np.array([onp.nan, -onp.inf, -0.], dtype=dtype)))
