"""Inception blocks (branches of 4, 8, 4 and 4 channels joined: 20, not whole 8-channel blocks) and a DenseNet block
(8 + 4 + 4 channels) ahead of BatchNorm, trained three steps by NAG and Adam from several seeds, imperative and
hybridized: loss bits per step and digests of every parameter (the join's layout on AVX2 decides BatchNorm's sums)."""
# recorded on AVX2
import hashlib

import numpy as np
import mxnet as mx
from mxnet import gluon, autograd, nd
from mxnet.gluon import nn


def values(shape, salt):
    n = int(np.prod(shape))
    return ((np.arange(n) * (37 + salt) % 101 - 50) / np.float32(170)).astype(np.float32).reshape(shape)


def digest(a):
    return hashlib.md5(a.asnumpy().tobytes()).hexdigest()[:8]


class Inception(nn.HybridBlock):
    def __init__(self, c1, c2, c3, c4, **kw):
        super().__init__(**kw)
        self.p1_1 = nn.Conv2D(c1, 1, activation='relu')
        self.p2_1 = nn.Conv2D(c2[0], 1, activation='relu')
        self.p2_2 = nn.Conv2D(c2[1], 3, padding=1, activation='relu')
        self.p3_1 = nn.Conv2D(c3[0], 1, activation='relu')
        self.p3_2 = nn.Conv2D(c3[1], 5, padding=2, activation='relu')
        self.p4_1 = nn.MaxPool2D(3, 1, 1)
        self.p4_2 = nn.Conv2D(c4, 1, activation='relu')

    def hybrid_forward(self, F, x):
        p1 = self.p1_1(x)
        p2 = self.p2_2(self.p2_1(x))
        p3 = self.p3_2(self.p3_1(x))
        p4 = self.p4_2(self.p4_1(x))
        return F.concat(p1, p2, p3, p4, dim=1)


def googlenet():
    net = nn.HybridSequential()
    net.add(nn.Conv2D(8, 3, padding=1, activation='relu'), nn.MaxPool2D(3, 2, 1),
            Inception(4, (4, 8), (2, 4), 4), Inception(8, (8, 8), (2, 4), 4), nn.GlobalAvgPool2D(), nn.Dense(10))
    return net



def conv_block(c):
    b = nn.HybridSequential()
    b.add(nn.BatchNorm(), nn.Activation('relu'), nn.Conv2D(c, 3, padding=1))
    return b


class DenseBlock(nn.HybridBlock):
    def __init__(self, n, c, **kw):
        super().__init__(**kw)
        self.net = nn.HybridSequential()
        for _ in range(n):
            self.net.add(conv_block(c))

    def hybrid_forward(self, F, x):
        for blk in self.net:
            y = blk(x)
            x = F.concat(x, y, dim=1)
        return x



def dense_net():
    net = nn.HybridSequential()
    net.add(nn.Conv2D(8, 3, padding=1), nn.BatchNorm(), nn.Activation('relu'), DenseBlock(2, 4),
            nn.BatchNorm(), nn.Activation('relu'), nn.GlobalAvgPool2D(), nn.Dense(10))
    return net


OPTS = (('nag', {'learning_rate': 0.05, 'momentum': 0.9}), ('adam', {'learning_rate': 0.01}))
loss_fn = gluon.loss.SoftmaxCrossEntropyLoss()
for name, make in (('inception', googlenet), ('densenet', dense_net)):
    for seed in range(4):
        hybridize, (opt, args) = seed % 2 == 1, OPTS[seed // 2]
        batch = 4 if seed < 2 else 2
        x, y = nd.array(values((batch, 3, 8, 8), batch) * 3), nd.array(np.arange(batch) % 10)
        mx.random.seed(seed)
        net = make()
        net.initialize()
        if hybridize:
            net.hybridize()
        trainer = gluon.Trainer(net.collect_params(), opt, args)
        losses = []
        for step in range(3):
            with autograd.record():
                loss = loss_fn(net(x), y)
            loss.backward()
            trainer.step(batch)
            losses.append(loss.mean().asnumpy().tobytes().hex())
        params = net.collect_params()
        print(name, seed, hybridize, batch, opt, *losses, digest(net(x)))
        print('   ', ' '.join(digest(params[k].data()) for k in sorted(params.keys())))
