"""Depthwise convolutions trained on AVX-512 as oneDNN's depthwise kernels sum them: the forward from the bias over the kernel offsets in turn, gradients as AVX2's depthwise kernel (any channel count, strides, dilation, 1x1)."""
import hashlib
import numpy as np
import mxnet as mx
from mxnet import autograd, gluon, nd
from mxnet.gluon import nn


def h(a):
    return hashlib.md5(a.asnumpy().tobytes()).hexdigest()[:8]


i = 0
for c in (8, 16, 32, 24, 4, 12, 40, 3):
    for n, s, k, st, p, dl in [(2, 7, 3, 1, 1, 1), (2, 8, 3, 2, 1, 1), (2, 6, 1, 1, 0, 1), (2, 9, 3, 1, 2, 2),
                               (1, 16, 5, 1, 2, 1)]:
        i += 1
        rs = np.random.RandomState(i)
        x = nd.array(rs.randn(n, c, s, s)); w = nd.array(rs.randn(c, 1, k, k) * 0.2); b = nd.array(rs.randn(c))
        for a in (x, w, b):
            a.attach_grad()
        with autograd.record():
            y = nd.Convolution(x, w, b, kernel=(k, k), stride=(st, st), pad=(p, p), dilate=(dl, dl), num_filter=c,
                               num_group=c)
        y.backward(nd.array(rs.randn(*y.shape)))
        print((c, n, s, k, st, p, dl), h(y), h(x.grad), h(w.grad), h(b.grad))

# a MobileNet-like block, two SGD steps
mx.random.seed(3)
net = nn.HybridSequential()
net.add(nn.Conv2D(16, 3, padding=1), nn.BatchNorm(), nn.Activation('relu'),
        nn.Conv2D(16, 3, padding=1, groups=16), nn.BatchNorm(), nn.Activation('relu'),
        nn.Conv2D(32, 1), nn.BatchNorm(), nn.Activation('relu'), nn.GlobalAvgPool2D(), nn.Dense(10))
net.initialize(mx.init.Xavier())
x = nd.random.normal(shape=(8, 3, 16, 16)); y = nd.array(np.arange(8) % 10)
loss = gluon.loss.SoftmaxCrossEntropyLoss()
trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.1, 'momentum': 0.9})
for step in range(2):
    with autograd.record():
        l = loss(net(x), y)
    l.backward()
    trainer.step(8)
    print(step, h(l), sorted((k, h(p.data())) for k, p in net.collect_params().items())[:6])
