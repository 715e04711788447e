"""Conv3DTranspose layers backpropagate to their input as MXNet's oneDNN AVX2 kernels sum it (the forward 3-D
convolution of the output gradient), bit for bit; one filter a group over 8k channels fails as MXNet's reorder
does; 1x1x1 Conv3D data gradients over 8k channels chain 64 filters."""
# recorded on AVX2
import hashlib

import numpy as np
import mxnet as mx
from _words import words
from mxnet import autograd, nd
from mxnet.gluon import nn


def digest(a):
    return hashlib.md5(a.asnumpy().tobytes()).hexdigest()[:12]


rs = np.random.RandomState(17)
# (output channels, input channels, kernel, strides, padding, groups)
CASES = [(2, 16, 2, 1, 0, 2), (4, 16, 2, 1, 0, 2), (6, 24, 2, 1, 0, 3), (4, 8, 2, 1, 0, 4), (2, 8, 2, 1, 0, 1),
         (5, 16, 3, 1, 1, 1), (1, 8, 2, 2, 0, 1), (6, 8, 2, 1, 0, 2), (12, 8, 2, 1, 0, 4), (8, 8, 2, 1, 0, 1),
         (16, 8, 3, 1, 1, 1), (8, 16, 2, 2, 0, 1), (8, 8, 3, 1, 1, 2)]
for cout, cin, k, s, p, groups in CASES:
    layer = nn.Conv3DTranspose(cout, k, strides=s, padding=p, groups=groups, in_channels=cin, use_bias=False)
    layer.initialize(mx.init.Uniform(1.0))
    x = nd.array(rs.uniform(-1, 1, (2, cin, 4, 4, 5)))
    x.attach_grad()
    with autograd.record():
        y = layer(x)
    y.backward(nd.array(rs.uniform(-1, 1, y.shape)))
    try:
        shown = digest(x.grad)
    except mx.base.MXNetError as e:
        shown = words(e)
    print(cout, cin, k, s, p, groups, y.shape, digest(y), "dx", shown)

for filters in (8, 16, 24, 72):
    conv = nn.Conv3D(filters, 1, in_channels=8)
    conv.initialize(mx.init.Uniform(1.0))
    x = nd.array(rs.uniform(-1, 1, (2, 8, 3, 4, 5)))
    x.attach_grad()
    with autograd.record():
        y = conv(x)
    y.backward(nd.array(rs.uniform(-1, 1, y.shape)))
    print("1x1x1", filters, "dx", digest(x.grad))
