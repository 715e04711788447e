"""mx.np element reads: one element is a 0-d view, a 0-d array key indexes as an integer, numpy integers other than int32/int64 are refused."""
import numpy as onp
import mxnet as mx
from _words import words

mx.npx.set_np()
np = mx.np


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", words(e))


def viewed(x, key):
    r = x[key]
    before = r.asnumpy().tolist()
    x[...] = -7
    return r.shape, before, r.asnumpy().tolist()


for key in [0, -1, onp.int64(2), onp.int32(1), (3,), np.array(4), np.array(2.0)]:
    attempt(f"vector[{key!r}]", lambda: viewed(np.arange(5.), key))
for key in [1, (1, 2), np.array(1), (np.array(1, dtype="int64"), slice(None)), (slice(None), np.array(0))]:
    attempt(f"matrix[{key!r}]", lambda: viewed(np.arange(6.).reshape(2, 3), key))
for key in [onp.int8(1), onp.uint8(1), onp.int16(0), onp.uint32(0), onp.uint64(1), (0, onp.uint16(1)),
            (slice(None), onp.int8(1)), ([0, 1], onp.int8(0)), ([0], 1.5), (0, [0], onp.int8(1))]:
    attempt(f"read {key!r}", lambda: np.zeros((2, 3))[key].shape)

    def write():
        x = np.zeros((2, 3))
        x[key] = 1
        return x.asnumpy().tolist()
    attempt(f"write {key!r}", write)
x = np.arange(5.)
x.attach_grad()
with mx.autograd.record():
    y = x[2] * 3 + x[onp.int64(4)] + x[np.array(1)]
y.backward()
print("grad ->", x.grad.asnumpy().tolist())
