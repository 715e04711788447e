# Legacy NDArray reads by keys MXNet reads its own way: integer scalar types, bools, 0-d and boolean
# NDArrays, None among position entries, positions out of range (failing on read), 0-d arrays.
import mxnet as mx
import numpy as np

x = mx.nd.array(np.arange(24).reshape(2, 3, 4))


def show(label, make):
    try:
        y = make()
    except Exception as e:
        print(label, "raises", type(e).__name__)
        return
    try:
        print(label, y.shape, y.asnumpy().tolist())
    except Exception as e:
        print(label, y.shape, "read raises", type(e).__name__)


for name, key in [("uint8", np.uint8(1)), ("int8", np.int8(1)), ("int16 in tuple", (0, np.int16(1))),
                  ("int32", np.int32(1)), ("int64 tuple", (np.int64(1), 0)), ("True", True), ("(True,)", (True,)),
                  ("(0, True)", (0, True)), ("(0, 1, True)", (0, 1, True)), ("(0, True, 1)", (0, True, 1)),
                  ("(None, True)", (None, True)), ("0-d int NDArray", mx.nd.array(1)),
                  ("0-d int NDArray in tuple", (0, mx.nd.array([2]).reshape(()))),
                  ("0-d bool NDArray", (mx.nd.array(True, dtype='bool'), 1)),
                  ("bool mask", mx.nd.array([1, 0], dtype='bool')),
                  ("bool mask wrong size", mx.nd.array([1, 0, 1], dtype='bool')),
                  ("bool mask after None", (None, mx.nd.array([1, 0, 1], dtype='bool'))),
                  ("bool mask after Ellipsis", (Ellipsis, mx.nd.array([1, 0, 1, 0], dtype='bool'))),
                  ("list None", ([0, 1], None)), ("int list None", (0, [1, 2], None)),
                  ("list None slice", ([1, 0], None, slice(None), [0, 3])), ("slice int None list", (slice(None), 0, None, [1, 2])),
                  ("NDArray None", (mx.nd.array([0, 1]), None)), ("None list", (None, [0, 1])),
                  ("list Ellipsis None", ([0, 1], Ellipsis, None)),
                  ("positions out of range", [5]), ("negative out of range", mx.nd.array([-3])),
                  ("int out of range with list", ([0, 1], 7)), ("unbroadcastable", ([0, 1], [0, 1, 2])),
                  ("too many with unbroadcastable", ([0, 1], [0, 1, 2], 0, 0)),
                  ("float after list", ([0, 1], 1.5)), ("float before list", (1.5, [0, 1]))]:
    show(name, lambda: x[key])

z = mx.nd.array(np.arange(6).reshape(2, 3))
z.attach_grad()
with mx.autograd.record():
    y = z[[1, 1], None]
    w = z[slice(None), None, [0, 0, 2]]
    (y * mx.nd.array([[[1, 2, 3]], [[4, 5, 6]]]) + w.sum()).sum().backward()
print(y.shape, w.shape, z.grad.asnumpy().tolist())

s = mx.nd.array(5)
for key in [(), slice(None), Ellipsis, None, (Ellipsis, None), 0, True, (True,), [0], slice(1, None),
            np.array(True), mx.nd.array([0])]:
    show("0-d %r" % (key,), lambda: s[key])
