"""mx.np arrays read and written by key in expressions: values of every kind, masks, and the order of the checks."""
import numpy as onp
import mxnet as mx
from mxnet import np, npx
from _words import words

npx.set_np()


def show(r):
    return f"{r.dtype} {r.shape} {r.tolist()}" if isinstance(r, np.ndarray) else f"{type(r).__name__} {r}"


def attempt(label, fn):
    try:
        print(label, "->", show(fn()))
    except Exception as e:
        print(label, "->", words(e))


def made(dt):
    return np.array((onp.arange(12) % 7).reshape(3, 4).astype(dt), dtype=dt)


KEYS = [1, -1, 3, (1, 2), (slice(None), 1), (Ellipsis, 0), None, slice(1, None, 2), [0, 2], [True, False, True],
        1.5, "a", (), np.array([0, 2]), np.array([True, False, True]), np.array(1), onp.array([0, 1]), (0, -5),
        mx.nd.array([0]), True, (None, 1, None), np.array([], dtype="int64")]
VALUES = [5, 2.7, True, [9, 8, 7, 6], onp.full((4,), 3.5), np.array(1.5, dtype="float64"), np.arange(4),
          mx.nd.ones((4,)), None, "x"]
for dt in ["float32", "int32", "bool"]:
    for key in KEYS:
        attempt(f"{dt}[{key!r}] + 1", lambda: made(dt)[key] + 1)
        for value in VALUES:
            def written():
                a = made(dt)
                a[key] = value
                return a
            attempt(f"{dt}[{key!r}] = {value!r}", written)
for shape, value_shape in [((3, 4), (5, 4)), ((2, 3, 4), (5, 6, 4)), ((2, 3, 4), (7, 3, 4))]:
    def masked():
        a = np.zeros(shape)
        a[True] = np.ones(value_shape)
        return a
    attempt(f"zeros{shape}[True] = ones{value_shape}", masked)
