"""A tuple key of 0-d numpy arrays beside slices that select nothing fails at the slices' position ranges first, for legacy NDArrays and mx.np arrays, reading and writing, as MXNet's advanced indexing turns each such slice into an arange."""
import numpy as onp

import mxnet as mx


def last_line(error):
    lines = [line for line in str(error).split("\n") if line.strip()]
    return lines[-1]


def attempt(label, action):
    try:
        print(label, action())
    except mx.base.MXNetError as e:
        print(label, "MXNetError", last_line(e))


def write(array, key):
    target = array.copy()
    target[key] = 5
    return float(target.asnumpy().sum())


zero = onp.array(0)
keys = [(zero, slice(-2, 0)), (zero, slice(None, 0)), (slice(3, 1), zero), (zero, slice(2, 0, -1)),
        (zero, slice(1, 3)), ([0], slice(-2, 0))]
for mode in ["nd", "np"]:
    if mode == "np":
        mx.npx.set_np()
    lib = mx.np if mode == "np" else mx.nd
    grid = lib.array(onp.arange(12, dtype="float32").reshape(4, 3))
    for key in keys:
        print(mode, key)
        attempt("read", lambda: grid[key].shape)
        attempt("write", lambda: write(grid, key))
