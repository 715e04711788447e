"""Grouped float32 convolutions with 4k or 8k channels and filters a group sum their data gradient in oneDNN's blocks of 4 or 8 filters (each its own chain) and leave it blocked by 8k per group for a batch norm before them, as MXNet does."""
import hashlib

import mxnet as mx
from mxnet import autograd, gluon, nd
from mxnet.gluon import nn


def digest(a):
    return hashlib.md5(a.asnumpy().tobytes()).hexdigest()[:12] + ' ' + repr(float(a.asnumpy().sum()))


for C, F, g, N, H, k, s, d, p in [(8, 16, 2, 2, 8, 3, 1, 1, 0), (8, 8, 2, 2, 9, 3, 2, 1, 1), (12, 24, 3, 2, 10, 3, 1, 2, 0),
                                  (16, 32, 2, 2, 8, 3, 1, 1, 1), (24, 16, 2, 2, 8, 3, 1, 1, 1), (16, 64, 2, 1, 8, 3, 1, 1, 0),
                                  (8, 16, 2, 2, 12, 3, 1, 1, 4), (16, 32, 2, 2, 8, 3, 2, 2, 0), (8, 6, 2, 2, 8, 3, 1, 1, 0)]:
    for norm_first in (False, True):
        mx.random.seed(4)
        x = nd.random.normal(shape=(N, C, H, H))
        gamma, beta = nd.random.uniform(shape=(C,)), nd.random.uniform(shape=(C,))
        w = nd.random.normal(shape=(F, C // g, k, k))
        for a in (x, gamma, beta, w):
            a.attach_grad()
        with autograd.record():
            y = nd.BatchNorm(x, gamma, beta, nd.zeros(C), nd.ones(C)) if norm_first else x
            z = nd.Convolution(y, w, kernel=(k, k), stride=(s, s), dilate=(d, d), pad=(p, p), num_filter=F,
                               num_group=g, no_bias=True)
        z.backward(nd.random.normal(shape=z.shape))
        print((C, F, g, N, H, k, s, d, p), norm_first, 'data', digest(x.grad), 'gamma', digest(gamma.grad) if norm_first else '')

mx.random.seed(42)
net = nn.HybridSequential()
net.add(nn.Conv2D(8, 3, padding=1, activation='relu'), nn.BatchNorm(), nn.MaxPool2D(2),
        nn.Conv2D(16, 3, groups=2, dilation=2), nn.GlobalAvgPool2D(), nn.Dense(3))
net.initialize(mx.init.Xavier())
trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.1, 'momentum': 0.9})
loss = gluon.loss.SoftmaxCrossEntropyLoss()
x = nd.random.normal(shape=(4, 3, 12, 12))
label = nd.array([0, 2, 1, 1])
for step in range(3):
    with autograd.record():
        value = loss(net(x), label)
    value.backward()
    trainer.step(4)
    print('step', step, repr(float(value.mean().asscalar())))
for name, param in net.collect_params().items():
    print(name, digest(param.data()))
