"""Convolutions trained on AVX-512 at CIFAR-like sizes (over 4M multiply-adds, over 1024 positions per weight) sum in oneDNN's order: outputs and every gradient bit for bit."""
import hashlib
import numpy as np
import mxnet as mx
from mxnet import autograd, gluon, nd
from mxnet.gluon import nn


def h(a):
    return hashlib.md5(a.asnumpy().tobytes()).hexdigest()[:8]


for i, (c, f, n, s, k, st, p) in enumerate([(16, 32, 3, 20, 3, 1, 0), (32, 16, 3, 20, 3, 1, 0), (32, 32, 3, 20, 3, 1, 0),
                                             (16, 16, 2, 24, 3, 1, 1), (3, 32, 4, 16, 3, 1, 1), (32, 64, 2, 16, 3, 2, 1)]):
    rs = np.random.RandomState(i)
    x = nd.array(rs.randn(n, c, s, s)); w = nd.array(rs.randn(f, c, k, k) * 0.2); b = nd.array(rs.randn(f))
    for a in (x, w, b):
        a.attach_grad()
    with autograd.record():
        y = nd.Convolution(x, w, b, kernel=(k, k), stride=(st, st), pad=(p, p), num_filter=f)
    y.backward(nd.array(rs.randn(*y.shape)))
    print((c, f, n, s, k, st, p), h(y), h(x.grad), h(w.grad), h(b.grad))

mx.random.seed(1)
net = nn.HybridSequential()
net.add(nn.Conv2D(32, 3, padding=1), nn.BatchNorm(), nn.Activation('relu'), nn.MaxPool2D(2),
        nn.Conv2D(64, 3, padding=1), nn.BatchNorm(), nn.Activation('relu'), nn.MaxPool2D(2),
        nn.Conv2D(64, 1), nn.GlobalAvgPool2D(), nn.Dense(10))
net.initialize(mx.init.Xavier())
x = nd.random.normal(shape=(16, 3, 32, 32)); y = nd.array(np.arange(16) % 10)
loss = gluon.loss.SoftmaxCrossEntropyLoss()
trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.1})
for step in range(2):
    with autograd.record():
        l = loss(net(x), y)
    l.backward()
    print(step, l.asnumpy().tolist()[:4], h(l))
    for k, p in sorted(net.collect_params().items()):
        if p.grad_req != 'null':
            print(' ', k, h(p.grad()))
    trainer.step(16)
