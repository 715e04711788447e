"""Legacy NDArray indexing reads a 0-d numpy bool array in a tuple key as the 0-d integer array it equals: beside integers or lists one position of one axis, and with only slices, None or Ellipsis beside it refused by broadcast_to's shape () inference, reading and writing."""
import numpy as onp

import mxnet as mx


def last_line(error):
    lines = [line for line in str(error).split("\n") if line.strip()]
    return lines[-1]


def attempt(label, action):
    try:
        print(label, action())
    except (mx.base.MXNetError, ValueError, IndexError) as e:
        print(label, type(e).__name__, last_line(e))


def write(array, key, value):
    target = array.copy()
    target[key] = value
    return float(target.asnumpy().sum())


yes, no, one = onp.array(True), onp.array(False), onp.array(1)
keys = [yes, no, (yes,), (no,), (yes, slice(None)), (slice(None), yes), (yes, no), (yes, one), (one, yes),
        (Ellipsis, yes), (None, yes), (yes, None), (yes, slice(1, 3)), (yes, slice(3, 1)),
        (yes, 0), (0, yes), (no, 0), (yes, [0, 1]), (no, [0, 1]), (yes, onp.array([0, 1])),
        (onp.array([0, 1]), yes), (yes, 1, 1)]
grid = mx.nd.array(onp.arange(12, dtype="float32").reshape(4, 3))
for key in keys:
    print(repr(key))
    attempt("read", lambda: grid[key].asnumpy().tolist())
    attempt("write", lambda: write(grid, key, 5))
    attempt("write bool", lambda: write(grid, key, True))
    attempt("write (3,)", lambda: write(grid, key, mx.nd.ones((3,))))
    attempt("write (2,)", lambda: write(grid, key, mx.nd.ones((2,))))
    attempt("write (1, 1)", lambda: write(grid, key, mx.nd.ones((1, 1))))
cube = mx.nd.array(onp.arange(24, dtype="float32").reshape(2, 3, 4))
for key in [(yes, 1), (yes, slice(None), 1), (yes, 1, slice(None)), (no, 2, 0), (yes, -1, 1)]:
    print(repr(key))
    attempt("read", lambda: cube[key].asnumpy().tolist())
    attempt("write", lambda: write(cube, key, 5))
m = mx.nd.array(onp.arange(6, dtype="float32").reshape(2, 3))
m.attach_grad()
with mx.autograd.record():
    y = m[(yes, [0, 2])] * 2
y.backward()
print(y.asnumpy().tolist(), m.grad.asnumpy().tolist())
