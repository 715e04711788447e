"""npx.pick of a bool array over an empty axis fails when read (no bool kernel), and of a 0-d array with keepdims fails in its shape function reading the kept axis, as MXNet does."""
import mxnet as mx

mx.npx.set_np()
np = mx.np


def last_line(e):
    return [line for line in str(e).split("\n") if line.strip()][-1]


for dtype in ("bool", "float32"):
    for kw in ({"axis": 0, "keepdims": True}, {"axis": -1, "keepdims": True}, {"keepdims": True}, {"axis": 0}):
        for index in (np.array(0, dtype="int64"), np.array([0], dtype="int64")):
            try:
                r = mx.npx.pick(np.ones((), dtype=dtype), index, **kw)
                print(dtype, kw, index.shape, r.shape)
            except mx.base.MXNetError as e:
                print(dtype, kw, index.shape, last_line(e))
for shape, index, kw in (((0, 3), [1, 2, 0], {"axis": 0}), ((2, 0), [0, 1], {"mode": "wrap"}), ((2, 0), [0, 1], {}),
                         ((2, 0), [0, 1], {"keepdims": True}), ((2, 3), [0, 2], {})):
    r = mx.npx.pick(np.ones(shape, dtype=bool), np.array(index, dtype="int64"), **kw)
    print(shape, kw, r.dtype, r.shape)
    try:
        print(r)
    except mx.base.MXNetError as e:
        print(shape, kw, last_line(e))
