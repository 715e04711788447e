"""On an array whose earlier kernel failed, a whole-array numpy assignment waits for it and raises at once while in-place operators (+=, -=, *=, /=, %=) are skipped and raise at the first read, keeping the data, as MXNet does."""
import operator

import mxnet as mx
import numpy as np

nd = mx.nd


def show(label, f):
    try:
        r = f()
        print(label, r.asnumpy().tolist() if isinstance(r, nd.NDArray) else r)
    except mx.base.MXNetError as e:
        print(label, "MXNetError", str(e).splitlines()[-1])


def failed(shape=(2,)):
    x = nd.zeros(shape) + 2
    x[:] = nd.random.normal(0, -1, shape=shape)
    return x


keys = [("[:]", slice(None)), ("[...]", Ellipsis), ("[:, :]", (slice(None), slice(None))), ("[0] of 1 row", 0),
        ("[True]", True), ("[::-1]", slice(None, None, -1)), ("[0:1]", slice(0, 1)), ("[[0]]", [0])]
for label, key in keys:
    for value in (np.ones(2), np.array([3, 4], dtype=np.int64), np.float32(5), [6, 7], nd.ones(2)):
        x = failed((1, 2) if label == "[0] of 1 row" else (2, 2))

        def assign():
            x[key] = value
        show(f"x{label} = {type(value).__name__}", assign)
        show("  first read", lambda: x)
        show("  second read", lambda: x)

for name in ("iadd", "isub", "imul", "itruediv", "imod"):
    for other in (3, nd.ones(2) * 3, np.float32(3)):
        x = failed()
        updated = getattr(operator, name)(x, other)
        show(f"{name} {type(other).__name__} first read", lambda: x)
        show("  second read", lambda: x)
        show("  same array", lambda: updated is x)

x = failed()
view = x[0:1]
view += 5
show("view += first read", lambda: view)
show("  base", lambda: x)
