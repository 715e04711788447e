"""nd.tile broadcasts through (reps, size) pairs: when they fold into more than five kernel blocks it fails when read, as MXNet's."""
import numpy as np
import mxnet as mx
from mxnet import nd


def show(tag, f):
    try:
        r = f()
        print(tag, r.shape, r.asnumpy().sum())
    except Exception as e:
        print(tag, type(e).__name__)


x3, x4 = nd.array(np.arange(8).reshape((2, 2, 2))), nd.array(np.arange(16).reshape((2, 2, 2, 2)))
for x, reps in [(x3, (2, 3, 2)), (x3, (2, 1, 2)), (x3, (1, 3, 2)), (x3, (2, 2)), (x4, (2, 1, 2, 1)), (x4, (2, 3, 2, 1)),
                (x4, (1, 3, 1, 3)), (x4, (2, 3, 2, 2, 3)), (nd.ones((2, 3)), (2, 2, 2, 2, 2, 2)),
                (nd.ones((2, 3)), (2, 1, 2, 1, 2, 1)), (nd.ones((1, 1, 1)), (2, 3, 4)), (nd.ones((3,)), (2, 2, 2))]:
    show(f"tile {x.shape} {reps}", lambda: nd.tile(x, reps=reps))
