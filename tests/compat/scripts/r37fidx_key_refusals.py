"""Index keys MXNet refuses, in its order and words: ragged or text lists, entry types before their count on np reads, empty legacy arrays' gathers, 0-d masks of empty arrays, 0-d numpy array write keys."""
import numpy as onp
import mxnet as mx
from _words import words


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", words(e))


def full(label, fn):
    """The whole message (shape inference failures list the shapes on later lines)."""
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, repr(str(e).split("MXNetError: ")[-1]))


def written(make, shape, key, value):
    x = make(onp.arange(onp.prod(shape), dtype="float32").reshape(shape))
    x[key] = value
    return x.asnumpy().tolist()


ragged = [[[0, 1], [0]], [[0], 1], [0, [1]], [0, None], [0, "a"], ([[0, 1], [0]], 0), (0, [[0, 1], [0]])]
for key in ragged:
    attempt(f"nd get {key!r}", lambda: mx.nd.zeros((3, 4))[key].shape)
    attempt(f"nd set {key!r}", lambda: written(mx.nd.array, (3, 4), key, 1))
for shape in [(0,), (2, 0, 3), (3, 4, 0), (2, 3, 0, 2), (0, 3)]:
    for key in [[0], [[0, 1], [1, 0]], (slice(None), [0, 1]), (slice(1, None), [0, 1]), ([0, 1], None, 0),
                (slice(None, None, -1), [[0], [1]], slice(None)), (None, [0], None, [1]), ([1], Ellipsis),
                (0, slice(None), [0, 1])]:
        full(f"nd {shape} get {key!r}", lambda: mx.nd.array(onp.zeros(shape))[key].shape)

mx.npx.set_np()
for key in ragged:
    attempt(f"np get {key!r}", lambda: mx.np.zeros((3, 4))[key].shape)
    attempt(f"np set {key!r}", lambda: written(mx.np.array, (3, 4), key, 1))
for key in [(0, 0, 1.0), (1.0, 0, 0), (0, 0, "a"), (0, 0, onp.float32(1)), (0, 0, onp.int8(1)), (0, 0, onp.uint8(1)),
            (0, 0, None, 1.0), (0, 0, {}), (0, 0, [0]), (0, [0], onp.int8(1)), (0, 0, 0, 0), (5, 1.0)]:
    attempt(f"np get {key!r}", lambda: mx.np.zeros((3, 4))[key].shape)
    attempt(f"np set {key!r}", lambda: written(mx.np.array, (3, 4), key, 1))
for shape in [(0,), (3, 0), (2, 0, 3), (5,), (3, 4)]:
    for mask in [onp.array(True), onp.array(False), mx.np.array(True, dtype=bool), mx.np.array(False, dtype=bool)]:
        attempt(f"np {shape} get {type(mask).__name__} {bool(mask)}", lambda: mx.np.zeros(shape)[mask].shape)
for shape in [(3,), (3, 4), (2, 3, 4)]:
    for key in [onp.array(True), onp.array(False), onp.array(1), onp.array(-1, dtype="int8")]:
        for value in [5, 2.5, None, mx.np.array(5.0), mx.np.ones(shape[-1:]) * 2, mx.np.ones((1,) + shape[1:]),
                      mx.np.ones((3, 4)), [1, 2], "x"]:
            attempt(f"np {shape} set {key!r} = {getattr(value, 'shape', value)!r}",
                    lambda: written(mx.np.array, shape, key, value))
