"""Convolution gradients whose im2col sgemm is too large for oneDNN's AVX2 no-copy kernel (VGG's 512-channel 3x3
layers on 2x2 maps, a data gradient over many positions) are summed as its packing kernel sums them."""
# recorded on AVX2
import zlib

import numpy as np
import mxnet as mx
from mxnet import autograd, nd


def sine(shape, f=0.3):
    return nd.array(np.sin(np.arange(int(np.prod(shape))) * f).reshape(shape))


def crc(a):
    return "%08x" % zlib.crc32(a.asnumpy().tobytes())


# (images, channels, filters, size, kernel)
for n, c, f, size, k in [(2, 512, 512, 2, 3), (1, 512, 512, 2, 3), (2, 256, 256, 2, 3), (2, 64, 10, 30, 3),
                         (1, 64, 12, 24, 3), (1, 600, 8, 24, 1), (2, 512, 528, 1, 3)]:
    x, w = sine((n, c, size, size)), sine((f, c, k, k), 0.7) * 0.01
    x.attach_grad()
    w.attach_grad()
    with autograd.record():
        y = nd.Convolution(x, w, no_bias=True, kernel=(k, k), pad=(k // 2, k // 2), num_filter=f)
    y.backward(sine(y.shape, 0.5))
    print((n, c, f, size, k), crc(y), crc(x.grad), crc(w.grad), repr(x.grad.asnumpy().sum()),
          repr(w.grad.asnumpy().sum()))
