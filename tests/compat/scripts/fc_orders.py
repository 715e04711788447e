# FullyConnected float32 in oneDNN's orders: 16 rows or more sum the units in blocks (384 while more than 768
# remain, then two halves), one output is a gemv along the rows, and the weight gradient's rows and the data
# gradient's outputs are summed in the same blocks; sha256 of the bits of the output and both gradients.
import hashlib

import numpy as np
import mxnet as mx


def values(shape, salt):
    n = int(np.prod(shape))
    return ((np.arange(n) * (37 + salt) % 101 - 50) / np.float32(17)).astype(np.float32).reshape(shape)


def digest(a):
    return hashlib.sha256(a.asnumpy().tobytes()).hexdigest()[:16]


for rows, units, outs in [(16, 784, 16), (20, 1000, 5), (32, 400, 8), (17, 385, 1), (64, 100, 1), (16, 9, 1),
                          (8, 784, 40), (500, 8, 4), (800, 4, 3), (1200, 3, 7), (48, 64, 64), (4, 20, 500),
                          (16, 16, 1000), (32, 8, 769), (3, 784, 100)]:
    x = mx.nd.array(values((rows, units), 0))
    w = mx.nd.array(values((outs, units), 1))
    b = mx.nd.array(values((outs,), 2))
    x.attach_grad()
    w.attach_grad()
    with mx.autograd.record():
        y = mx.nd.FullyConnected(x, w, b, num_hidden=outs)
    y.backward(mx.nd.array(values(y.shape, 3)))
    print((rows, units, outs), digest(y), digest(x.grad), digest(w.grad))
