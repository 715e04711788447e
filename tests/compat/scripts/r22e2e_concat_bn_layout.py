"""Convolution outputs of 2 to 24 filters concatenated along the channels and normalised by BatchNorm (a DenseNet or
Inception join) on 2x2 to 8x8 images: on AVX2 the concat comes blocked only where its channels fill whole 8-channel
blocks, which decides BatchNorm's sums forward and backward."""
# recorded on AVX2
import zlib

import numpy as np
import mxnet as mx
from mxnet import autograd, nd
from mxnet.gluon import nn


def crc(a):
    return "%08x" % zlib.crc32(a.asnumpy().tobytes())


for filters in ((8, 4), (4, 8), (16, 4), (8, 12), (8, 8, 4), (16, 8), (24, 4), (8, 2), (16, 6), (8, 8)):
    for size in (2, 4, 8):
        mx.random.seed(0)
        convs = [nn.Conv2D(c, 3, padding=1) for c in filters]
        bn = nn.BatchNorm()
        for block in convs + [bn]:
            block.initialize()
        x = nd.array(np.sin(np.arange(2 * 3 * size * size)).reshape(2, 3, size, size))
        x.attach_grad()
        with autograd.record():
            out = bn(nd.concat(*[c(x) for c in convs], dim=1))
        out.backward(nd.array(np.cos(np.arange(out.size)).reshape(out.shape)))
        print(filters, size, crc(out), crc(x.grad), crc(bn.gamma.grad()), crc(convs[0].weight.grad()),
              repr(float(out.sum().asscalar())))
