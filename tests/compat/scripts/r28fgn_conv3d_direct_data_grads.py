"""Gluon 3-D convolutions of 8k filters over 8k channels give the data gradient (and Conv3DTranspose layers the
output) MXNet's oneDNN AVX2 direct kernel sums at unit strides, its im2col sgemm at larger ones, bit for bit."""
# recorded on AVX2
import hashlib

import numpy as np
import mxnet as mx
from mxnet import autograd, nd
from mxnet.gluon import nn


def digest(a):
    return hashlib.md5(a.asnumpy().tobytes()).hexdigest()[:12]


rs = np.random.RandomState(11)
# (in channels, filters, kernel, strides, padding, input depth, height, width)
CASES = [(8, 8, 3, 1, 1, 4, 5, 6), (8, 16, 3, 1, 1, 4, 5, 6), (16, 8, 3, 1, 1, 5, 5, 5), (8, 8, 2, 1, 0, 4, 5, 6),
         (16, 32, 3, 1, 1, 3, 4, 20), (8, 8, 1, 1, 0, 3, 4, 5), (8, 24, 3, 1, 1, 3, 4, 45), (32, 8, 3, 1, 1, 3, 4, 5),
         (8, 16, 3, 1, 2, 4, 5, 6), (8, 8, (1, 3, 3), 1, 0, 4, 5, 6), (8, 8, (3, 1, 1), 1, 0, 5, 2, 3),
         (8, 8, 3, 2, 1, 5, 6, 7), (8, 8, 2, 2, 0, 4, 6, 6), (8, 8, 1, 2, 0, 4, 6, 6)]
for cin, filters, k, s, p, *spatial in CASES:
    x = nd.array(rs.uniform(-1, 1, [2, cin] + spatial))
    conv = nn.Conv3D(filters, k, strides=s, padding=p, in_channels=cin)
    conv.initialize(mx.init.Uniform(1.0))
    x.attach_grad()
    with autograd.record():
        y = conv(x)
    y.backward(nd.array(rs.uniform(-1, 1, y.shape)))
    deconv = nn.Conv3DTranspose(cin, k, strides=s, padding=p, in_channels=filters, use_bias=False)
    deconv.initialize(mx.init.Uniform(1.0))
    out = deconv(nd.array(rs.uniform(-1, 1, [2, filters] + spatial)))
    print(cin, filters, k, s, p, spatial, "y", digest(y), "dx", digest(x.grad), "| transpose", out.shape, digest(out))

# grouped: each group of 8k channels and filters apart
for cin, filters, groups in [(16, 16, 2), (16, 32, 2), (24, 24, 3), (32, 16, 2)]:
    x = nd.array(rs.uniform(-1, 1, (2, cin, 4, 5, 6)))
    conv = nn.Conv3D(filters, 3, padding=1, groups=groups, in_channels=cin)
    conv.initialize(mx.init.Uniform(1.0))
    x.attach_grad()
    with autograd.record():
        y = conv(x)
    y.backward(nd.array(rs.uniform(-1, 1, y.shape)))
    deconv = nn.Conv3DTranspose(cin, 3, padding=1, groups=groups, in_channels=filters, use_bias=False)
    deconv.initialize(mx.init.Uniform(1.0))
    out = deconv(nd.array(rs.uniform(-1, 1, (2, filters, 4, 5, 6))))
    print("groups", groups, cin, filters, "y", digest(y), "dx", digest(x.grad), "| transpose", digest(out))
