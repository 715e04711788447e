"""npx.pick with a 0-d index names the output shape (1,) for 1-D data at any axis and refuses an out-of-range axis of N-D data by its axis check, and the gradient of npx.gather_nd gathering slices of no elements checks no position, as MXNet does."""
import numpy as onp
import mxnet as mx
from mxnet import np, npx, autograd
npx.set_np()


for shape in [(3,), (0,), (2, 3)]:
    for axis in [1, -2, 0, 2, -3]:
        for keepdims in (True, False):
            try:
                npx.pick(np.ones(shape), np.array(1.0), axis=axis, keepdims=keepdims)
            except mx.base.MXNetError as e:
                print(shape, axis, keepdims, ' | '.join(str(e).strip().splitlines()))

for dshape, idx in [((2, 0), [[0, 1]]), ((2, 0), [[5, -1]]), ((3, 0, 2), [[5, -1]]), ((0, 0), [[0, 0]]),
                    ((0, 0), [[5, -1]])]:
    x = np.zeros(dshape, dtype='float32')
    i = np.array(onp.array(idx, dtype='int32'), dtype='int32')
    x.attach_grad()
    with autograd.record():
        y = npx.gather_nd(x, i)
    y.backward()
    print(dshape, idx, y.shape, x.grad.shape, x.grad.dtype)
