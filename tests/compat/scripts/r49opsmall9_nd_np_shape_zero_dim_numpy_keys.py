"""Legacy NDArray indexing under NumPy shapes reads 0-d numpy integer and bool arrays as an mx.np array does: beside an integer one position of one axis, else 0-d positions, refused by gather_nd (scatter_nd) only when they read every axis but trailing full slices."""
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


mx.npx.set_np(shape=True, array=False)
yes, one, zero = onp.array(True), onp.array(1), onp.array(0)
grid = mx.nd.array(onp.arange(12, dtype="float32").reshape(4, 3))
cube = mx.nd.array(onp.arange(24, dtype="float32").reshape(2, 3, 4))
cases = []
for v in [yes, one]:
    cases += [(grid, k) for k in [v, (v,), (v, slice(None)), (slice(None), v), (v, slice(1, 3)), (None, v), (v, None),
                                  (Ellipsis, v), (v, Ellipsis), (v, v), (v, slice(3, 1)), (v, 0), (0, v), (v, [0, 1])]]
cases += [(cube, k) for k in [(one, slice(None), slice(1, 3)), (zero, 0), (zero, 0, slice(None)), (slice(1, 3), one),
                              (slice(None), one, slice(None)), (yes, slice(None), yes), (zero, one, slice(None)),
                              (zero, one, slice(0, 2)), (None, slice(None), one), (Ellipsis, one, slice(None)),
                              (zero, slice(None, None, -1)), (zero, None, slice(1, 2)), (True, one, slice(1, 3))]]
for array, key in cases:
    print(array.shape, repr(key))
    attempt("read", lambda: (array[key].shape, float(array[key].asnumpy().sum())))
    attempt("write", lambda: write(array, key, 5))
    attempt("write (3,)", lambda: write(array, key, mx.nd.ones((3,))))
    attempt("write (2,)", lambda: write(array, key, mx.nd.ones((2,))))
