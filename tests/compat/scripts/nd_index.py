# NDArray __getitem__/__setitem__ with every index kind.
import numpy as np
import mxnet as mx
from mxnet import nd


def get(tag, x, key):
    try:
        r = x[key]
        print(tag, type(r).__name__, r.shape, r.dtype.__name__, r.asnumpy().tolist())
    except Exception as e:
        print(tag, "error", type(e).__name__)


x = nd.arange(24).reshape((2, 3, 4))
keys = [0, -1, 1, (0, 1), (1, 2, 3), (-1, -1, -1), slice(None), slice(1, None), slice(None, None, 2),
        slice(None, None, -1), slice(2, 0, -1), (slice(None), 1), (0, slice(None, None, -2)),
        (Ellipsis, 1), (0, Ellipsis), (Ellipsis,), (None,), (0, None), (None, 0, None, 1),
        (slice(None), None, 2), [0, 1], [1, 1, 0], [[0, 1], [1, 0]], ([0, 1], [1, 2]),
        (0, [0, 2]), (slice(None), [0, 2], slice(1, 3)), ([0, 1], slice(None), [1, 2]),
        np.array([1, 0]), (np.array([1, 0]), np.array([0, 2])), 2, (0, 3), (0, 0, 4), (0, 1, 2, 3),
        slice(5, 10), (slice(0, 0),), (1, slice(-2, None), -1), (0, np.int64(1))]
for i, k in enumerate(keys):
    get(("get", i), x, k)
get("nd_idx", x, nd.array([1, 0]))
get("nd_idx_int", x, nd.array([1, 0], dtype="int32"))
get("nd_idx_2d", x, nd.array([[1], [0]]))
get("nd_tuple", x, (nd.array([1, 0]), nd.array([0, 2])))
get("nd_mixed", x, (1, nd.array([0, 2])))
get("nd_slice_nd", x, (slice(None), nd.array([0, 2]), 1))
get("bool_np", x, np.array([True, False]))
get("bool_nd", x, nd.array([1, 0], dtype="bool") if hasattr(np, "bool_") else 0)
get("float", x, 1.0)
get("str", x, "a")
y = nd.array([5, 6, 7])
get("1d_int", y, 1)
get("1d_neg", y, -3)
print(y[1].asscalar(), type(y[1].asscalar()).__name__)
z = nd.array(3.5)
print(z.shape, z)
get("0d", z, ())

def sett(tag, key, val, dtype="float32"):
    a = nd.arange(24, dtype=dtype).reshape((2, 3, 4))
    try:
        a[key] = val
        print(tag, a.dtype.__name__, a.asnumpy().tolist())
    except Exception as e:
        print(tag, "error", type(e).__name__)


sett("s_int", 0, 1)
sett("s_all", slice(None), 7)
sett("s_ell", Ellipsis, 3)
sett("s_tuple", (1, 2), nd.array([9, 8, 7, 6]))
sett("s_elem", (1, 2, 3), -5)
sett("s_step", (slice(None), slice(None, None, 2)), 0)
sett("s_negstep", (0, slice(None, None, -1), 0), nd.array([1, 2, 3]))
sett("s_bcast", (slice(None), 1), nd.array([1, 2, 3, 4]))
sett("s_np", 1, np.ones((3, 4)))
sett("s_list", [0, 1], 4)
sett("s_adv", ([0, 1], [1, 2]), nd.array([[1, 1, 1, 1], [2, 2, 2, 2]]))
sett("s_ndidx", nd.array([1]), 2)
sett("s_none", (None, 0), 1)
sett("s_float_into_int", (0, 0, 0), 2.7, "int32")
sett("s_nd_into_int", 0, nd.ones((3, 4)) * 1.9, "int32")
sett("s_bad_shape", 0, nd.ones((2, 2)))
sett("s_oob", 5, 1)
sett("s_list_val", (0, 0), [1, 2, 3, 4])
sett("s_uint8", (0, 0), 300, "uint8")
sett("s_f16", (0, 0), 1.0001, "float16")
a = nd.zeros((3,))
b = a[1:]
b[:] = 5
print("view", a.asnumpy().tolist())
c = a[1]
c[:] = 9
print("view_int", a.asnumpy().tolist())
m = nd.zeros((3, 2))
r = m[1]
r += 1
print("view_iadd", m.asnumpy().tolist())
for row in nd.arange(6).reshape((3, 2)):
    print("iter", row.asnumpy().tolist())
print(len(nd.zeros((4, 2))))
