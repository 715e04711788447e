"""mx.np indexing reads a 0-d numpy integer array in a tuple key as 0-d positions (an integer beside it as one position), and refuses a key of such arrays alone through its gather and scatter checks."""
import numpy as onp

import mxnet as mx
from mxnet import np, npx

npx.set_np()


def last_line(error):
    lines = [line for line in str(error).split("\n") if line.strip()]
    return lines[-1]


def read(array, key):
    try:
        picked = array[key]
        print("read", picked.shape, picked.sum().item())
    except mx.base.MXNetError as e:
        print("read MXNetError", last_line(e))


def write(array, key, value):
    target = array.copy()
    try:
        target[key] = value
        print("write", target.sum().item())
    except mx.base.MXNetError as e:
        print("write MXNetError", last_line(e))


cube = np.arange(24, dtype="float32").reshape(2, 3, 4)
one, two = onp.array(1), onp.array(2)
keys = [(one,), (one, slice(None)), (one, None), (one, two), (one, slice(1, 3)),
        (slice(None), two), (Ellipsis, two), (slice(None), two, slice(None)), (None, slice(None), one),
        (one, 0), (0, two), (one, [0, 2]), (slice(None), one, 1)]
for key in keys:
    print(key)
    read(cube, key)
    write(cube, key, 5.0)
    write(cube, key, np.ones((4,)))
    write(cube, key, np.ones((5, 7)))
