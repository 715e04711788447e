"""Indexing empty arrays (only MXNet's fast paths work where a later axis is empty; writes are no-ops),
float scalars written into integer arrays (the C cast: nan and overflow wrap), arrays into empty selections."""
import numpy as np
import mxnet as mx


def show(label, f):
    try:
        r = f()
        print(label, r.dtype.__name__, r.shape, r.asnumpy().ravel().tolist()[:8])
    except Exception as e:      # the class is what MXNet's users see
        print(label, "error", type(e).__name__)


for shape in [(0,), (2, 0), (0, 3), (2, 3, 0), (2, 0, 3)]:
    for key in [None, (None, 0), (slice(None), None), 0, -1, (0, 0), slice(None), slice(0, 1), [0], (slice(None), [0]),
                (Ellipsis, None), np.array([0]), (0, slice(None)), 5, [5], (slice(None), slice(None)), (0,), (Ellipsis,),
                slice(None, None, -1), slice(None, None, 2), (Ellipsis, 0), (slice(0, 1), 0)]:
        show(("get", shape, key), lambda: mx.nd.array(np.zeros(shape))[key])

        def write(value):
            def run():
                x = mx.nd.array(np.zeros(shape))
                x[key] = value
                return x
            return run
        show(("set", shape, key), write(4))
        show(("set-array", shape, key), write(mx.nd.ones((3,))))

for dtype in ["int8", "uint8", "int32", "int64"]:
    for value in [float("nan"), float("inf"), float("-inf"), 1e20, -1e20, 3e9, 70000.0, 2.7, -2.7, np.float32("nan"),
                  np.float64("inf")]:
        for key in [slice(None), 0, (0, 1), (slice(None), 1), [0]]:
            def fill():
                x = mx.nd.zeros((2, 3), dtype=dtype)
                x[key] = value
                return x
            show((dtype, value, key), fill)

for key in [slice(5, 10), (0, slice(5, 9)), (slice(None), slice(2, 2))]:
    for value in [mx.nd.ones((4,)), mx.nd.ones((2,)), mx.nd.ones((3, 4)), np.ones(4), [1, 2], 2.5, float("nan")]:
        def put():
            x = mx.nd.array(np.arange(24).reshape(2, 3, 4), dtype="int32")
            x[key] = value
            return x
        show(("empty-target", key, getattr(value, "shape", value)), put)

for shape in [(3,), (0,), (1,), (2, 3)]:
    x = mx.nd.array(np.arange(int(np.prod(shape)), dtype="float32").reshape(shape))
    print("T", shape, x.T is x, x.T.shape)

# Python bools and 0-d numpy arrays in keys
for key in [True, False, (0, True), (True, 0), (1, False), (True, slice(None)), np.bool_(True), np.array(1),
            (np.array(1), 0), np.array([True, False])]:
    show(("get", key), lambda: mx.nd.array(np.arange(6).reshape(2, 3))[key])
    for value in [9, mx.nd.array([7, 8, 9])]:
        def put_bool():
            x = mx.nd.array(np.arange(6).reshape(2, 3))
            x[key] = value
            return x
        show(("set", key, getattr(value, "shape", value)), put_bool)
