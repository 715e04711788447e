"""Range keys as MXNet reads and writes them (its arange's positions): empty ranges refused by arange, writes into bool arrays, value shapes checked against all positions."""
import numpy as onp
import mxnet as mx
from _words import words


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", words(e))


def run(make, dtype, key, value):
    x = make(onp.arange(12).reshape(3, 4) % 5, dtype=dtype)
    if value is None:
        r = x[key]
        return r.shape, r.asnumpy().astype("float32").ravel().tolist()
    x[key] = value
    return x.asnumpy().astype("float32").ravel().tolist()


keys = [range(0), range(3, 1), range(1, 3, -1), range(2, 2), (0, range(3, 1)), (range(0), 0), range(1, 3),
        range(2, 0, -1), range(0, 3, 2), (range(1, 3), range(0, 2)), (0, range(1, 3)), (range(1, 3), 1),
        (slice(None), range(2)), (range(1, 3), slice(None)), (range(2), [0, 1]), (None, range(1, 3))]
for mode in ["nd", "np"]:
    if mode == "np":
        mx.npx.set_np()
    make = mx.nd.array if mode == "nd" else mx.np.array
    for dtype in ["float32", "bool", "int32"]:
        for key in keys:
            values = [None, 3, 2.5, make(onp.array([4.5, 5.5])), make(onp.array([[4.5], [5.5]])), make(onp.array([4.5])),
                      make(onp.ones((3, 4)))]
            for value in values:
                attempt(f"{mode} {dtype} [{key!r}] = {getattr(value, 'shape', value)}",
                        lambda: run(make, dtype, key, value))
