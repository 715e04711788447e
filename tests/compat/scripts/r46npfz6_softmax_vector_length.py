"""npx.softmax of a vector with use_length takes its one length (shape (1,)) along the vector on either axis, result and gradient keeping the vector's shape, as MXNet does."""
import mxnet as mx
import numpy as onp

mx.npx.set_np()
np = mx.np

for n, length in ((3, 2), (4, 1), (4, 4), (5, 0)):
    for axis in (-1, 0):
        x = np.array(onp.arange(n) / 4.0, dtype="float32")
        x.attach_grad()
        with mx.autograd.record():
            y = mx.npx.softmax(x, length=np.array([length], dtype="int32"), use_length=True, axis=axis)
            z = (y * np.arange(n, dtype="float32")).sum()
        z.backward()
        print(n, length, axis, y.shape, y.asnumpy().tolist(), x.grad.asnumpy().tolist())
for length in ((2,), (2, 3)):
    x = np.ones((2, 3), dtype="float32")
    print((2, 3), length, mx.npx.softmax(x, length=np.array(length, dtype="int32"), use_length=True, axis=-1).shape
          if len(length) == 2 else mx.npx.softmax(x, length=np.array([2, 3], dtype="int32"), use_length=True).tolist())
