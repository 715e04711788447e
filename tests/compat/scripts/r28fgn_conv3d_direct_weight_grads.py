"""Gluon 3-D convolutions of 8k filters over 8k (or 3) channels train their weights as MXNet's oneDNN AVX2 kernels
sum them, bit for bit: unpadded, the direct kernel's chains (per image for 1x1 kernels at unit strides); padded,
the im2col sgemm's."""
# recorded on AVX2
import hashlib

import numpy as np
import mxnet as mx
from mxnet import autograd, gluon, nd
from mxnet.gluon import nn


def digest(a):
    return hashlib.md5(a.asnumpy().tobytes()).hexdigest()[:12]


rs = np.random.RandomState(13)
# (in channels, filters, kernel, strides, padding, input depth, height, width)
CASES = [(8, 8, 3, 1, 0, 5, 6, 7), (8, 8, 2, 1, 0, 4, 5, 6), (8, 16, 3, 1, 1, 4, 5, 6), (16, 8, 3, 1, 1, 5, 5, 5),
         (16, 32, 3, 1, 1, 3, 4, 20), (8, 8, 1, 1, 0, 3, 4, 5), (8, 8, 1, 2, 0, 4, 6, 6), (8, 8, 2, 2, 0, 4, 6, 6),
         (8, 8, 3, 2, 1, 5, 6, 7), (3, 8, 2, 1, 0, 4, 5, 6), (3, 16, 3, 1, 0, 4, 5, 6), (8, 8, (1, 3, 3), 1, 0, 4, 5, 6)]
for cin, filters, k, s, p, *spatial in CASES:
    net = nn.HybridSequential()
    net.add(nn.Conv3D(filters, k, strides=s, padding=p, in_channels=cin), nn.Activation("tanh"))
    net.initialize(mx.init.Uniform(1.0))
    net.hybridize()
    trainer = gluon.Trainer(net.collect_params(), "sgd", {"learning_rate": 0.01})
    x = nd.array(rs.uniform(-1, 1, [2, cin] + spatial))
    with autograd.record():
        loss = (net(x) ** 2).sum()
    loss.backward()
    conv = net[0]
    print(cin, filters, k, s, p, spatial, "dw", digest(conv.weight.grad()), "db", digest(conv.bias.grad()))
    trainer.step(2)
    print("   after a step", digest(conv.weight.data()), "%.6g" % net(x).asnumpy().astype(np.float64).sum())

# dilated: the data gradient by the direct kernel over 8k channels, the weight gradient by the im2col sgemm
for cin, filters, k, p in [(8, 8, 3, 1), (8, 16, 3, 2), (16, 8, 2, 0), (3, 8, 3, 1), (4, 8, 3, 0)]:
    conv = nn.Conv3D(filters, k, padding=p, dilation=2, in_channels=cin)
    conv.initialize(mx.init.Uniform(1.0))
    x = nd.array(rs.uniform(-1, 1, (2, cin, 5, 6, 7)))
    x.attach_grad()
    with autograd.record():
        y = conv(x)
    y.backward(nd.array(rs.uniform(-1, 1, y.shape)))
    print("dilated", cin, filters, k, p, "dx", digest(x.grad), "dw", digest(conv.weight.grad()))
