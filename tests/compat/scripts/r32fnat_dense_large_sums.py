"""Dense layers on AVX-512 beyond 2^18 multiply-adds sum as oneDNN's gemm does (chains of units in its blocks, gradients in rows' blocks): FullyConnected outputs and gradients, and a small CNN trained three SGD steps."""
import hashlib
import numpy as np
import mxnet as mx
from mxnet import autograd, gluon, nd
from mxnet.gluon import nn


def h(a):
    return hashlib.md5(a.asnumpy().tobytes()).hexdigest()[:8]


rs = np.random.RandomState(0)
for n, k, u in [(16, 512, 64), (32, 128, 128), (32, 512, 128), (64, 128, 64), (64, 512, 10), (128, 800, 100),
                (64, 1000, 33)]:
    x = nd.array(rs.rand(n, k)); w = nd.array(rs.randn(u, k) * 0.1); b = nd.array(rs.randn(u))
    for a in (x, w, b):
        a.attach_grad()
    with autograd.record():
        y = nd.FullyConnected(x, w, b, num_hidden=u)
    y.backward(nd.array(rs.randn(n, u)))
    print(n, k, u, h(y), h(x.grad), h(w.grad), h(b.grad))

mx.random.seed(0)
net = nn.HybridSequential()
net.add(nn.Conv2D(16, 3, padding=1, activation="relu"), nn.MaxPool2D(2),
        nn.Conv2D(32, 3, padding=1, activation="relu"), nn.MaxPool2D(2),
        nn.Flatten(), nn.Dense(64, activation="relu"), nn.Dense(10))
net.initialize(mx.init.Xavier())
x = nd.array(rs.rand(64, 1, 8, 8)); y = nd.array(rs.randint(0, 10, 64))
loss = gluon.loss.SoftmaxCrossEntropyLoss()
trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.1})
for step in range(3):
    with autograd.record():
        l = loss(net(x), y)
    l.backward()
    trainer.step(64)
    print(step, h(l), [h(p.data()) for k, p in sorted(net.collect_params().items())])
