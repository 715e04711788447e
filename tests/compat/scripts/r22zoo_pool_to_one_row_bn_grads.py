"""A max pooling down to one row after Conv2D, BatchNorm and ReLU (VGG's last block on small images): on AVX2 the
BatchNorm's gradients of more than 8 channels come from its blocked kernel, of 8 from the reference one."""
# recorded on AVX2
import zlib

import numpy as np
import mxnet as mx
from mxnet import autograd, nd
from mxnet.gluon import nn


def sine(shape, f=0.3):
    return nd.array(np.sin(np.arange(int(np.prod(shape))) * f).reshape(shape))


def crc(a):
    return "%08x" % zlib.crc32(a.asnumpy().tobytes())


for channels, size, pool in [(512, 2, True), (512, 2, False), (64, 2, True), (16, 2, True), (8, 2, True),
                             (24, 2, True), (32, 3, True), (8, 3, True), (64, 4, True)]:
    net = nn.HybridSequential()
    net.add(nn.Conv2D(channels, 3, padding=1), nn.BatchNorm(), nn.Activation("relu"))
    if pool:
        net.add(nn.MaxPool2D())
    mx.random.seed(1)
    net.initialize(mx.init.Xavier())
    x = sine((2, 8, size, size))
    x.attach_grad()
    with autograd.record():
        y = net(x)
    y.backward(sine(y.shape, 0.5))
    conv, bn = net[0], net[1]
    print(channels, size, pool, y.shape, crc(y), crc(x.grad), crc(conv.weight.grad()), crc(conv.bias.grad()),
          crc(bn.gamma.grad()), crc(bn.beta.grad()), repr(bn.gamma.grad().asnumpy().sum()))
