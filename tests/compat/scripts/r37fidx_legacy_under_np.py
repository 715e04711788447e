"""Legacy NDArrays indexed under npx.set_np(): 0-d results but (1,) through ..., empty index arrays, boolean NDArrays (no nonzero), 0-d numpy keys refused by gather/scatter after the value is made."""
import numpy as onp
import mxnet as mx
from _words import words


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", words(e))


def read(shape, key):
    r = mx.nd.array(onp.arange(onp.prod(shape), dtype="float32").reshape(shape))[key]
    return type(r).__name__, r.shape, r.asnumpy().ravel().tolist()


def write(shape, key, value, dtype="float32"):
    a = mx.nd.array(onp.arange(onp.prod(shape)).reshape(shape), dtype=dtype)
    a[key] = value
    return a.asnumpy().ravel().tolist()


mx.npx.set_np()
for shape in [(5,), (3, 4), (2, 3, 4)]:
    for key in [0, -1, (Ellipsis, 0), (0, Ellipsis), (-1, Ellipsis, -1), (0, 0), (Ellipsis, 1, None), [], [[]],
                onp.array([], dtype="int64"), onp.array(1), onp.array(True), onp.array(False), mx.nd.array([], dtype="int64"),
                mx.nd.array(onp.ones(shape[:1], bool), dtype="bool"), mx.nd.array(onp.ones(shape[:1] + (7,), bool), dtype="bool")]:
        attempt(f"{shape} get {key!r}", lambda: read(shape, key))
    for key in [onp.array(True), onp.array(1), (onp.array(1), onp.array(0)), mx.nd.array(onp.ones(shape[:1], bool), dtype="bool")]:
        for value in [5, True, 2.5, "x", None, onp.array([9.0]), mx.nd.array(6.0), mx.nd.array([8.0]), [1, 2],
                      mx.nd.ones(shape[-1:]) * 2, mx.nd.ones((2, 1)), onp.ones((1,) + shape[1:])]:
            attempt(f"{shape} set {key!r} = {getattr(value, 'shape', value)!r}", lambda: write(shape, key, value))
for key in [(), slice(None), slice(1, None), slice(3, 1)]:
    for value in [5, True, -2.5, onp.float32(3.5), "x", None, onp.array([9.0]), mx.nd.array(6.0), mx.nd.array([8.0]), [1, 2],
                  mx.nd.array([1.5, 2.5]), onp.array([5, 6])]:
        for dtype in ["float32", "int32"]:
            attempt(f"() {dtype} set {key!r} = {getattr(value, 'shape', value)!r}", lambda: write((), key, value, dtype))
for key in [0, slice(1, 3), (slice(None), 0), [0, 1], (0, None, slice(1, 3))]:
    for value in [mx.nd.array(onp.zeros((0,))), onp.zeros((0,)), onp.zeros((0, 4))]:
        attempt(f"(2, 3, 4) set {key!r} = empty {value.shape}", lambda: write((2, 3, 4), key, value))
for key in [slice(3, 1, -1), slice(1, -1, 3), slice(-100, 100, -1), (slice(None), slice(5, 9))]:
    def empty_grad():
        x = mx.nd.array(onp.arange(24.).reshape(2, 3, 4))
        x.attach_grad()
        with mx.autograd.record():
            y = x[key]
        y.backward()
        return y.shape, x.grad.asnumpy().sum()
    attempt(f"grad of empty {key!r}", empty_grad)
for shape in [(5,), (3, 4)]:
    for key in [mx.np.array(1, dtype="int32"), (mx.np.array(1, dtype="int32"),), mx.np.array(9, dtype="int32"), mx.np.array(1.0),
                (1, mx.np.array(2, dtype="int32")), (1, mx.np.array(7, dtype="int32")), (mx.np.array(1, dtype="int32"), 9),
                (mx.np.array(1, dtype="int32"), Ellipsis, 2)]:
        attempt(f"{shape} get 0-d entries {key!r}", lambda: read(shape, key))
        attempt(f"{shape} set 0-d entries {key!r}", lambda: write(shape, key, -1))
