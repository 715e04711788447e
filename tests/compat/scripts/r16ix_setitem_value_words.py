"""Setitem values MXNet refuses or reshapes: whole-array numpy values, new axes of length other than 1, shapeless values of another dtype, bool arrays."""
import numpy as onp
import mxnet as mx
from _words import words


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", words(e))


def written(make, shape, key, value, dtype="float32"):
    x = make(onp.zeros(shape), dtype=dtype)
    x[key] = value
    return x.asnumpy().tolist()


nd = mx.nd
for value in [nd.array(5.), nd.array(onp.zeros((0,))), nd.array(onp.zeros((0, 3))), nd.array(5, dtype="int32")]:
    for key in [slice(None), 0, (slice(None), 0), [0, 1]]:
        attempt(f"nd int32 [{key!r}] = {value.dtype.__name__}{value.shape}",
                lambda: written(nd.array, (2, 3), key, value, "int32"))
for key in [None, (None,), (None, 0), (Ellipsis, None)]:
    for shape in [(2, 2, 3), (1, 2, 3), (1, 3, 3), (3,)]:
        attempt(f"nd [{key!r}] = zeros{shape}", lambda: written(nd.array, (2, 3), key, nd.ones(shape)))
mx.npx.set_np()
np = mx.np
for key in [slice(None), Ellipsis, (), (Ellipsis, None), (None, Ellipsis, None), None]:
    for shape in [(0,), (2, 0), (4,), (2, 2), (1, 2, 3), (2, 1, 3), (2, 3, 1), (3, 1)]:
        attempt(f"np [{key!r}] = numpy{shape}",
                lambda: written(np.array, (2, 3), key, onp.arange(int(onp.prod(shape))).reshape(shape) + 0.5, "int32"))
for key in [None, (None,)]:
    for shape in [(2, 2, 3), (1, 2, 3)]:
        attempt(f"np [{key!r}] = ones{shape}", lambda: written(np.array, (2, 3), key, np.ones(shape)))
for key in [slice(0, 0), slice(1, 1), (0, slice(2, 2))]:
    for value in [[1, 2, 3], [1, 2], onp.zeros((0,)), np.ones((1, 3)), 1 + 2j, "5"]:
        attempt(f"np bool [{key!r}] = {value!r}", lambda: written(np.array, (2, 3), key, value, "bool"))
x = np.array([[0, 1, 1], [1, 0, 1]], dtype="bool")
x[1:] = [1, 0, 1]
attempt("np bool partial write read", lambda: x.asnumpy())
