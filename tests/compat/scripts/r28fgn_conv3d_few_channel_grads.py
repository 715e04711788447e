"""Gluon 3-D convolutions over fewer channels than 8 (a group's) into 8k filters train as MXNet's oneDNN kernels
sum on AVX2: the data gradient (and a Conv3DTranspose's output) by the im2col sgemm, bit for bit."""
# recorded on AVX2
import hashlib

import numpy as np
import mxnet as mx
from mxnet import autograd, nd
from mxnet.gluon import nn


def digest(a):
    return hashlib.md5(a.asnumpy().tobytes()).hexdigest()[:12]


rs = np.random.RandomState(3)
# (in channels, filters, kernel, strides, padding, groups)
CASES = [(1, 8, 2, 1, 0, 1), (2, 8, 2, 1, 0, 1), (3, 8, 3, 2, 1, 1), (7, 8, 2, 1, 0, 1), (2, 16, 2, 1, 0, 1),
         (4, 16, 3, 1, 1, 1), (1, 8, 1, 1, 0, 1), (3, 24, 2, 1, 0, 1), (4, 16, 2, 1, 0, 2), (6, 24, 2, 1, 0, 3),
         (12, 8, 2, 1, 0, 4), (5, 16, 3, 1, 1, 1)]
for cin, filters, k, s, p, groups in CASES:
    x = nd.array(rs.uniform(-1, 1, (2, cin, 4, 4, 5)))
    conv = nn.Conv3D(filters, k, strides=s, padding=p, groups=groups, in_channels=cin)
    conv.initialize(mx.init.Uniform(1.0))
    x.attach_grad()
    with autograd.record():
        y = conv(x)
    y.backward(nd.array(rs.uniform(-1, 1, y.shape)))
    print("Conv3D", cin, filters, k, s, p, groups, y.shape, digest(y), "dx", digest(x.grad),
          "db", digest(conv.bias.grad()), "dw", digest(conv.weight.grad()) if cin // groups != 3 else "-")
    if groups == 1:
        dx_only = nd.array(rs.uniform(-1, 1, (2, filters, 3, 4, 4)))
        deconv = nn.Conv3DTranspose(cin, k, strides=s, padding=p, in_channels=filters, use_bias=False)
        deconv.initialize(mx.init.Uniform(1.0))
        out = deconv(dx_only)
        print("  Conv3DTranspose", out.shape, digest(out), float(out.asnumpy().astype(np.float64).sum()))
