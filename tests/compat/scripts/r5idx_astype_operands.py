# astype makes an array of the type MXNet's empty() makes (None: float32; any byte order: the machine's),
# Cast converts to the type's name; a legacy NDArray's operators refuse what is not a number or an array,
# even when called by name (no reflected operator is tried).
import mxnet as mx
import numpy as np

a = mx.nd.array([[1.5, -2.5, 0], [3, 250, -1]])
for dtype in ["float32", "float64", "int32"]:
    x = a.astype(dtype)
    for target in [None, ">f4", "<f8", ">i4", np.dtype(">i8"), "=f2", "float", "int", bool]:
        y = x.astype(target)
        z = x.astype(target, copy=False)
        print(dtype, repr(target), np.dtype(y.dtype).name, y.asnumpy().tobytes().hex(), z is x)
        if target is not None:
            c = mx.nd.cast(x, dtype=target)
            print(" cast", np.dtype(c.dtype).name, c.asnumpy().tobytes().hex())
    for target in [np.uint16, "complex64", "S3"]:
        try:
            x.astype(target)
        except Exception as e:
            print(dtype, repr(target), "raises", type(e).__name__)

for name in ["__add__", "__sub__", "__mul__", "__truediv__", "__mod__", "__pow__", "__lt__", "__le__", "__gt__",
             "__ge__", "__eq__", "__ne__", "__radd__", "__rsub__", "__rmul__", "__rpow__"]:
    for other in [None, "x", [1, 2, 3], (1, 2, 3), {1: 2}]:
        try:
            r = getattr(a, name)(other)
            print(name, type(other).__name__, "->", r if r is NotImplemented else r.shape)
        except Exception as e:
            print(name, type(other).__name__, "raises", type(e).__name__)
