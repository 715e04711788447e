# Legacy NDArray writes: numbers go to MXNet's fill kernels as text parsed as a double, values that are not
# arrays are made arrays (TypeError otherwise), leading length-1 axes of a value are dropped, None entries of
# a key drop the value's axes where a read would put them, bool arrays refuse a partial array copy (on read),
# 0-d arrays take only () and slices as keys.
import mxnet as mx
import numpy as np


def show(label, dtype, key, value, shape=(3, 4)):
    x = mx.nd.array(np.arange(int(np.prod(shape))).reshape(shape) % 5, dtype=dtype)
    try:
        x[key] = value
    except Exception as e:
        print(label, dtype, "raises", type(e).__name__)
        return
    try:
        print(label, dtype, x.asnumpy().tobytes().hex())
    except Exception as e:
        print(label, dtype, "read raises", type(e).__name__)
        print(label, dtype, "then", x.asnumpy().tolist())


for dtype in ["float32", "int32", "int64", "float16", "bool"]:
    for label, value in [("2**64", 2 ** 64), ("2**64+5", 2 ** 64 + 5), ("2**62+1", 2 ** 62 + 1),
                         ("np.int64(2**40)", np.int64(2 ** 40)), ("np.float16(65504)", np.float16(65504)),
                         ("-nan", float("-nan")), ("np.bool_", np.bool_(True)), ("True", True),
                         ("np.float32(0.1)", np.float32(0.1))]:
        for key in [slice(None), 1, (slice(None), 0), [0, 2]]:
            show("%s into %r" % (label, key), dtype, key, value)
    for label, value in [("None", None), ("str", "a"), ("dict", {1: 2}), ("nested list", [[1, 2, 3, 4]]),
                         ("range", range(4)), ("leading ones", np.ones((1, 1, 4))), ("NDArray leading ones",
                         mx.nd.ones((1, 1, 4))), ("too wide", np.ones((2, 4))), ("list None", [None, 1, 2, 3])]:
        for key in [0, slice(0, 0), (0, 0), slice(None), [1]]:
            show("%s into %r" % (label, key), dtype, key, value)

for key, value in [((mx.nd.array([0, 1]), None), mx.nd.ones((2, 1, 4))), ((mx.nd.array([0, 1]), None), np.ones((2, 4))),
                   ((0, [1, 3], None), [[1], [2], [3]]), ((0, [1, 3], None), [[7, 8]]), ((None, [2]), [[5, 6, 7, 8]]),
                   (np.uint8(1), 3), ((0, mx.nd.array(1)), 3), (mx.nd.array([1, 0, 1], dtype='bool'), 3),
                   ((True,), 9), ((0, True), 9), (([0, 1], 1.5), 2), ((1.5, [0, 1]), 2)]:
    show("key %r" % (key,), "float32", key, value)

for value in [3, np.float32(2.5), np.int64(7), np.array(2.5), np.array([[2.5]]), mx.nd.array([2]), [4], None]:
    for key in [(), slice(None), slice(1, 2), Ellipsis, None, 0, (0,)]:
        show("0-d %r = %r" % (key, value), "float32", key, value, shape=())
