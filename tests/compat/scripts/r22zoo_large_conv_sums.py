"""3x3 convolutions of VGG's later layers on a batch of two (some 75M multiply-adds) sum their outputs and
gradients in oneDNN's AVX2 direct kernel's order, as MXNet does."""
# recorded on AVX2
import zlib

import numpy as np
import mxnet as mx
from mxnet import autograd, nd


def sine(shape, f=0.3):
    return nd.array(np.sin(np.arange(int(np.prod(shape))) * f).reshape(shape))


def crc(a):
    return "%08x" % zlib.crc32(a.asnumpy().tobytes())


for n, c, f, size in [(2, 256, 256, 8), (2, 512, 512, 4), (2, 64, 64, 32)]:
    x, w = sine((n, c, size, size)), sine((f, c, 3, 3), 0.7) * 0.01
    x.attach_grad()
    w.attach_grad()
    with autograd.record():
        y = nd.Convolution(x, w, no_bias=True, kernel=(3, 3), pad=(1, 1), num_filter=f)
    y.backward(sine(y.shape, 0.5))
    print((n, c, f, size), repr(y.asnumpy().sum()), repr(x.grad.asnumpy().sum()), repr(w.grad.asnumpy().sum()),
          crc(y), crc(x.grad), crc(w.grad))
