"""mx.np indexing by a key holding a tuple of positions turns the key's slices into position ranges first, so a slice that selects nothing fails there (reading and writing) as for a list entry."""
import numpy as onp

import mxnet as mx
from mxnet import np, npx

npx.set_np()


def attempt(label, action):
    try:
        print(label, action())
    except mx.base.MXNetError as e:
        print(label, "MXNetError", [line for line in str(e).split("\n") if line.strip()][-1])


def write(array, key):
    target = array.copy()
    target[key] = 5
    return target.sum().item()


block = np.array(onp.arange(32, dtype="float32").reshape(4, 2, 4))
for key in [(slice(-5, None, -1), None, (0,)), (slice(3, 1), (0, 1)), ((0, 1), slice(2, 2)),
            ((1,), slice(0, 2), (3, 2)), (slice(None), (1,), slice(1, 3)), (slice(3, 1), [0, 1])]:
    print(key)
    attempt("read", lambda: block[key].shape)
    attempt("write", lambda: write(block, key))
