"""moveaxis and expand_dims axes checked in MXNet's order and words; resize and where argument names."""
import numpy as onp
import mxnet as mx
from mxnet import np, npx
from _words import words

npx.set_np()


def show(label, fn):
    try:
        r = fn()
        print(label, "->", r.shape if isinstance(r, np.ndarray) else r)
    except Exception as e:
        print(label, "->", words(e))


x = np.ones((2, 3, 4))
for src, dst in [(0, 1), ((0, 1), (1, -5)), ((0, 5), (1, -5)), ((0, 1), (-4, -5)), ((0, 0), (-4, 2)),
                 ((0, 0), (5, 1)), ((0, 1), (5, 5)), ((0, 1), (-4, -4)), ((0, 1), (-4, 5)), ((0, 1), (2, 2)),
                 ((0, 1), (-1, -3)), (0, -4), (0, 3), ((0, 1), (1,))]:
    show(f"moveaxis {src} -> {dst}", lambda: np.moveaxis(x, src, dst))
for shape in [(), (2,), (2, 3)]:
    for axis in [-4, -3, -2, -1, 0, 1, 2, 3]:
        show(f"expand_dims {shape} axis {axis}", lambda: np.expand_dims(np.ones(shape), axis))
for a in [2, onp.int64(2), True, [1, 2], np.ones(2)]:
    show(f"resize {a!r}", lambda: np.resize(a, 3))
show("resize a=2 by keyword", lambda: np.resize(a=2, new_shape=3))
for c in [[0, 1, 2], 2, [1.0, 2.0], None]:
    show(f"where({c!r})", lambda: np.where(c))
    show(f"where({c!r}, 1, 2)", lambda: np.where(c, 1, 2))
