"""Natively, a Dense of more than 100 outputs over 16-199 rows and 385-1199 units sums its units in oneDNN's copy-based
sgemm blocks (384 a block from 768 units on), forward and in training; fewer rows up to 2^24 multiply-adds."""
import hashlib

import numpy as np

import mxnet as mx
from mxnet import autograd, gluon, nd
from mxnet.gluon import nn


def h(a):
    return hashlib.md5(a.asnumpy().tobytes()).hexdigest()[:12]


rs = np.random.RandomState(0)
for rows, units, outs in ((64, 800, 500), (16, 1024, 101), (64, 800, 100), (64, 500, 500), (199, 800, 500),
                          (64, 1300, 500), (200, 1024, 1300), (8, 800, 500), (15, 800, 1300), (2, 1300, 500)):
    x = nd.array(rs.rand(rows, units).astype(np.float32))
    w = nd.array((rs.randn(outs, units) * 0.05).astype(np.float32))
    print((rows, units, outs), h(nd.FullyConnected(x, w, no_bias=True, num_hidden=outs)))

mx.random.seed(0)
net = nn.Sequential()
net.add(nn.Dense(500, activation="relu"), nn.Dense(10))
net.initialize(mx.init.Xavier())
trainer = gluon.Trainer(net.collect_params(), "sgd", {"learning_rate": 0.1})
loss_fn = gluon.loss.SoftmaxCrossEntropyLoss()
x = nd.array(rs.rand(64, 800).astype(np.float32))
y = nd.array(rs.randint(0, 10, 64))
for step in range(3):
    with autograd.record():
        loss = loss_fn(net(x), y)
    loss.backward()
    trainer.step(64)
    print(step, loss.asnumpy()[:3].tolist(), [h(p.data()) for p in net.collect_params().values()])
