# Float32 data gradients of strided 1x1 convolutions on AVX2 (a ResNet shortcut's): oneDNN's 1x1 kernel where the
# strides divide the input (filters in chains of 64), else the direct kernel (2-D, chains by the output's width)
# or the im2col sgemm (1-D).
# recorded on AVX2
import hashlib

import numpy as np
import mxnet as mx
from mxnet import nd, autograd


def rand(seed, shape):
    return nd.array(np.random.RandomState(seed).standard_normal(shape), dtype="float32")


def bits(a):
    a = a.asnumpy()
    return "%s %s %s" % (a.shape, hashlib.md5(a.tobytes()).hexdigest()[:12], [float(v).hex() for v in a.ravel()[:2]])


CASES = [  # batch, channels, filters, stride, spatial
    (4, 16, 24, 3, (6,)), (2, 32, 40, 3, (16, 9)), (2, 8, 16, 3, (9,)), (4, 32, 24, 2, (9,)), (2, 24, 64, 3, (9, 6)),
    (4, 24, 24, 3, (6, 6)), (4, 16, 40, 2, (6, 12)), (2, 8, 64, 3, (9, 16)), (1, 8, 40, 2, (16, 9)),
    (4, 32, 24, 3, (16, 12)), (2, 16, 24, 2, (9, 12)), (1, 32, 24, 3, (16, 16)), (4, 16, 8, 2, (8, 8)),
    (2, 40, 32, 3, (12,)), (4, 24, 8, 3, (16,)),
]
for i, (n, c, f, s, hw) in enumerate(CASES):
    x, w = rand(i, (n, c) + hw), rand(i + 50, (f, c) + (1,) * len(hw))
    x.attach_grad()
    with autograd.record():
        y = nd.Convolution(x, w, kernel=(1,) * len(hw), stride=(s,) * len(hw), num_filter=f, no_bias=True)
    y.backward(rand(i + 100, y.shape))
    print(i, "dx", bits(x.grad))
