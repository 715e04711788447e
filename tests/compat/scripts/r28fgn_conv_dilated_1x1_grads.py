"""Strided 1x1 convolutions with a dilation (which moves nothing) over 8k channels train as MXNet's oneDNN kernels
sum them on AVX2: where the strides divide the input, the weight gradient is the undilated 1x1 kernel's."""
# recorded on AVX2
import hashlib

import numpy as np
import mxnet as mx
from mxnet import autograd, nd
from mxnet.gluon import nn


def digest(a):
    return hashlib.md5(a.asnumpy().tobytes()).hexdigest()[:12]


rs = np.random.RandomState(2)
# (dimensions, in channels, filters, strides, dilation, input size)
CASES = [(2, 8, 8, 2, 2, 16), (2, 16, 8, 2, 2, 16), (2, 32, 8, 2, 2, 16), (2, 8, 8, 2, 2, 15), (2, 16, 24, 3, 2, 16),
         (1, 8, 16, 2, 2, 7), (1, 8, 16, 2, 2, 8), (1, 16, 8, 3, 3, 20), (1, 16, 8, 3, 3, 21), (2, 8, 16, 2, 3, 9),
         (2, 32, 8, 2, 2, 33), (2, 32, 8, 2, 2, 32), (1, 3, 8, 2, 2, 9), (2, 8, 8, 1, 2, 9), (2, 8, 8, 1, 1, 9)]
for dims, cin, filters, s, d, n in CASES:
    layer = (nn.Conv1D if dims == 1 else nn.Conv2D)(filters, 1, strides=s, dilation=d, in_channels=cin)
    layer.initialize(mx.init.Uniform(1.0))
    x = nd.array(rs.uniform(-1, 1, (3, cin) + (n,) * dims))
    x.attach_grad()
    with autograd.record():
        y = layer(x)
    y.backward(nd.array(rs.uniform(-1, 1, y.shape)))
    print(dims, cin, filters, s, d, n, y.shape, digest(y), "dx", digest(x.grad), "dw", digest(layer.weight.grad()),
          "db", digest(layer.bias.grad()))
