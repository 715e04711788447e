# Float32 weight gradients of 1x1 convolutions over 8k channels on AVX2: oneDNN's 1x1 kernel sums each image's
# positions in chains of 128 while 192 or more remain, the rest in one chain (144, 160, 180 positions: one).
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
    (2, 8, 16, 1, (16, 9)), (1, 24, 40, 1, (12, 12)), (1, 32, 16, 1, (9, 20)), (2, 24, 8, 1, (8, 20)),
    (1, 8, 40, 1, (9, 16)), (1, 16, 8, 1, (16, 12)), (2, 16, 16, 1, (16, 16)), (1, 8, 8, 1, (16, 20)),
    (1, 8, 16, 1, (11, 19)), (2, 16, 24, 2, (24, 24)), (1, 8, 8, 1, (8, 16)), (1, 16, 8, 1, (200,)),
]
for i, (n, c, f, s, hw) in enumerate(CASES):
    x, w = rand(i, (n, c) + hw), rand(i + 50, (f, c) + (1,) * len(hw))
    w.attach_grad()
    with autograd.record():
        y = nd.Convolution(x, w, kernel=(1,) * len(hw), stride=(s,) * len(hw), num_filter=f, no_bias=True)
    y.backward(rand(i + 100, y.shape))
    print(i, "dw", bits(w.grad))
