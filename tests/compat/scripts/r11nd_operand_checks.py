"""Binary operators check shapes before dtypes, name bool 'unknown' in type checks, and refuse // << & with numpy scalars."""
import warnings

import mxnet as mx
import numpy as np

warnings.simplefilter("ignore")
nd = mx.nd
a, i4, d3 = nd.ones((2, 3)), nd.ones((4,), dtype="int32"), nd.ones((3,), dtype="float64")
flags = nd.array([1, 0], dtype="bool")


def words(text):
    found = [w for w in ("could not be broadcast", "expected [2,3], got [3]", "expected float32, got int32",
                         "expected unknown, got float32", "expected float32, got unknown",
                         "Provided = unknown, inferred type = int64") if w in text]
    return found


def show(name, f):
    try:
        r = f()
        print(name, r.dtype.__name__, r.asnumpy().tolist())
    except mx.base.MXNetError as e:
        print(name, "MXNetError", words(str(e)))
    except TypeError as e:
        print(name, "TypeError", str(e))


def inplace(x, y):
    def run():
        z = x.copy()
        z += y
        return z
    return run


def ipow(x, y):
    def run():
        z = x
        z **= y
        return z
    return run


show("broadcast_add shapes and dtypes", lambda: nd.broadcast_add(a, i4))
show("elemwise_add shapes and dtypes", lambda: nd.elemwise_add(a, d3))
show("a + i4", lambda: a + i4)
show("maximum", lambda: nd.maximum(a, i4))
show("a == i4", lambda: a == i4)
show("a **= i4", ipow(a, i4))
show("a += i4", inplace(a, i4))
show("bool + float32", lambda: flags + nd.ones((2,)))
show("float32 < bool", lambda: nd.ones((2,)) < flags)
show("bool += float32", inplace(flags, nd.ones((2,))))
show("bool += 2", inplace(flags, 2))
show("bool += True", inplace(flags, True))
x = nd.array([1., 2.])
show("x // np.int32(3)", lambda: x // np.int32(3))
show("np.int32(3) // x", lambda: np.int32(3) // x)
show("x // np.float16(1.5)", lambda: x // np.float16(1.5))
show("np.float64(2.5) // x", lambda: np.float64(2.5) // x)
show("x << np.int64(1)", lambda: x << np.int64(1))
show("np.uint8(1) >> x", lambda: np.uint8(1) >> x)
show("x & np.bool_(True)", lambda: x & np.bool_(True))
show("np.bool_(True) | x", lambda: np.bool_(True) | x)
show("x ^ np.uint8(3)", lambda: x ^ np.uint8(3))
show("divmod(x, np.int32(2))", lambda: divmod(x, np.int32(2)))
show("divmod(np.int32(2), x)", lambda: divmod(np.int32(2), x))
show("x // 2", lambda: x // 2)
show("x // np.complex64(1)", lambda: x // np.complex64(1))
show("x // np.array([1., 2.])", lambda: x // np.array([1., 2.]))
show("np.array([3]) & x", lambda: np.array([3]) & x)
show("x << np.array([True, False])", lambda: x << np.array([True, False]))
show("divmod(np.array([1., 2.]), x)", lambda: divmod(np.array([1., 2.]), x))
