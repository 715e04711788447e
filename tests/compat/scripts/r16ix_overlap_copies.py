"""A view of an array copied into the same array: legacy NDArray writes element by element, mx.np reads the view first."""
import numpy as np
import mxnet as mx

WRITES = [
    ("x[1:4] = x[0:3]", lambda x: x.__setitem__(slice(1, 4), x[0:3])),
    ("x[0:3] = x[1:4]", lambda x: x.__setitem__(slice(0, 3), x[1:4])),
    ("x[::-1] = x", lambda x: x.__setitem__(slice(None, None, -1), x)),
    ("x[:] = x[::-1]", lambda x: x.__setitem__(slice(None), x[::-1])),
    ("x[::2] = x[:3]", lambda x: x.__setitem__(slice(None, None, 2), x[:3])),
    ("x[4:0:-1] = x[0:4]", lambda x: x.__setitem__(slice(4, 0, -1), x[0:4])),
    ("x[1:4] = x[0:3] * 1", lambda x: x.__setitem__(slice(1, 4), x[0:3] * 1)),
    ("x[[0, 1]] = x[[1, 0]]", lambda x: x.__setitem__([0, 1], x[[1, 0]])),
]

for name, make in [("nd", mx.nd.array), ("np", None)]:
    if make is None:
        mx.npx.set_np()
        make = mx.np.array
    for dtype in ["float32", "int32"]:
        for text, write in WRITES:
            x = make(np.arange(6), dtype=dtype)
            write(x)
            print(name, dtype, text, "->", x.asnumpy().tolist())
        for text in ["rows", "one row"]:
            x = make(np.arange(12).reshape(4, 3), dtype=dtype)
            if text == "rows":
                x[1:] = x[:-1]
            else:
                x[1:3] = x[0]
            print(name, dtype, text, "->", x.asnumpy().tolist())
    x = make(np.arange(2000), dtype="float32")
    x[1:] = x[:-1]
    print(name, "long shift sum ->", float(x.asnumpy().sum()))
