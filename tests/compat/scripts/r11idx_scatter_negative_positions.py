"""Writes through index arrays take negative positions unwrapped, as flat offsets that move back a row, as MXNet's scatter does."""
import numpy as np
import mxnet as mx
from mxnet import nd


def put(tag, shape, key, value, dtype="float32"):
    x = nd.array(np.arange(int(np.prod(shape))).reshape(shape), dtype=dtype)
    x[key] = value
    print(tag, x.asnumpy().tolist())


put("row 1 column -1", (4, 2), ([1], [-1]), 100)
put("rows 1 2 columns -1 -2", (4, 2), ([1, 2], [-1, -2]), nd.array([7, 8]))
put("rows 1 1 1 then -3", (2, 3, 4), (nd.array([1, 1, 1]), -3), -129, "int8")
put("row 1 column -2", (3, 4), ([1], [-2]), 9)
put("row 2 column -4", (3, 4), ([2], [-4]), 9)
