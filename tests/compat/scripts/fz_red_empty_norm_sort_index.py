"""Reductions over empty axes, norms with inf, argsort/topk index dtypes, transpose/diag axis checks, and
getitem/setitem corners (a backwards first-axis slice, None in a set key, arrays into empty selections)."""
import numpy as np
import mxnet as mx

nd = mx.nd


def show(label, f):
    try:
        r = f()
        a = r.asnumpy()
        print(label, a.dtype, a.shape, a.ravel().tolist()[:12])
    except Exception as e:      # the class is what MXNet and its users see
        print(label, "error", type(e).__name__)


for op in ["sum", "mean", "prod", "nansum", "nanprod", "max"]:
    for shape, axis in [((0,), 0), ((2, 0, 3), 1), ((2, 0, 3), 0), ((3, 0), 1), ((3, 0), (0, 1)), ((0, 3), 0),
                        ((2, 3, 0), (1, 2)), ((2, 0, 1), 1), ((1, 0), 1)]:
        for keepdims in (False, True):
            show((op, shape, axis, keepdims),
                 lambda: getattr(nd, op)(nd.array(np.zeros(shape)), axis=axis, keepdims=keepdims))

inf, nan = np.inf, np.nan
for v in [[inf], [inf, 1], [1, inf], [inf, inf], [-inf, 1], [1, inf, 2], [inf, 0], [inf, -inf], [3, inf, 0, -inf],
          [inf, nan], [1e38, 1e38, 1]]:
    for dtype in ["float16", "float32", "float64"]:
        for ord_ in (1, 2):
            show(("norm", v, dtype, ord_), lambda: nd.norm(nd.array(v, dtype=dtype), ord=ord_))
x = nd.array([[inf, 1, 2], [3, -inf, 0], [1, 2, 3]])
for ord_ in (1, 2):
    for axis in (0, 1):
        show(("norm2d", ord_, axis), lambda: nd.norm(x, ord=ord_, axis=axis))

y = nd.array([3, 1, 2])
for dtype in ["int8", "bool", "int16", "uint8", "float16", "int32", "int64", "float64", None]:
    show(("argsort", dtype), lambda: nd.argsort(y, dtype=dtype))
    for ret_typ in ("indices", "value", "both", "mask"):
        show(("topk", dtype, ret_typ), lambda: nd.topk(y, k=2, ret_typ=ret_typ, dtype=dtype)[0]
             if ret_typ == "both" else nd.topk(y, k=2, ret_typ=ret_typ, dtype=dtype))

z = nd.array(np.arange(24).reshape(2, 3, 4))
for axes in [(-1, 0, 1), (2, 0, -2), (2, 0, 1), (0, 1, 3), ()]:
    show(("transpose", axes), lambda: nd.transpose(z, axes=axes))
for k, a1, a2 in [(0, 1, 2), (0, -1, 0), (1, 2, -3), (0, 0, -4), (0, 3, 0), (0, -2, -1)]:
    show(("diag3", k, a1, a2), lambda: nd.diag(z, k=k, axis1=a1, axis2=a2))
    show(("diag2", k, a1, a2), lambda: nd.diag(z[0], k=k, axis1=a1, axis2=a2))

for key in [slice(2, 1), slice(1, 0), slice(-1, 0, 1), slice(2, 1, 2), slice(5, 10), slice(0, 0), (slice(2, 1),),
            (slice(2, 1), 0), slice(1, 1, -1)]:
    show(("get", key), lambda: z[key])


def assign(key, value):
    def run():
        w = nd.array(np.arange(24).reshape(2, 3, 4))
        w[key] = value
        return w
    return run


for key in [(Ellipsis, None), None, (None,), (1, None, 2), (None, 1), (slice(None), None, slice(1, 3))]:
    for value in [7, nd.ones((4,)), nd.ones((3, 4)), nd.ones((1, 4)), nd.ones((2, 1, 3, 4)), nd.ones((1, 2, 3, 4)),
                  nd.ones((2, 3, 4, 1)), nd.ones((2,)), [[1, 2, 3, 4]]]:
        show(("set", key, getattr(value, "shape", value)), assign(key, value))
for key in [slice(5, 10), slice(0, 0), (slice(None), slice(2, 2)), (0, slice(5, 9)), (slice(None), slice(3, 2, -1)),
            slice(2, 1), (0, slice(2, 1))]:
    for value in [7, 2.5, np.float32(3), np.int64(3), nd.ones((1,)), np.ones(()), nd.ones((4,)), [1, 2, 3, 4]]:
        show(("set", key, getattr(value, "shape", value)), assign(key, value))

for shape in [(0,), (0, 3), (3, 0), (2, 0, 3)]:
    for k in [0, 1, -1, 2, 5]:
        show(("diag-empty", shape, k), lambda: nd.diag(nd.array(np.zeros(shape)), k=k))
