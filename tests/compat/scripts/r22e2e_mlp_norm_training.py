# MLPs with seeded Dropout (plain, BatchNorm, LayerNorm) and small CNNs with BatchNorm, InstanceNorm, GroupNorm and
# LayerNorm over channels, trained three steps by sgd/momentum/adam/nag, imperative and hybridized: loss bits per
# step, digests of the predictions and of every parameter.
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


OPTS = (('sgd', {'learning_rate': 0.1}), ('sgd', {'learning_rate': 0.1, 'momentum': 0.9, 'wd': 1e-4}),
        ('adam', {'learning_rate': 0.01}), ('nag', {'learning_rate': 0.05, 'momentum': 0.9}))
LOSS = gluon.loss.SoftmaxCrossEntropyLoss()


def train(label, make, x, y, hybridize, opt, init=None):
    """Three Trainer steps: the loss bits after each, then digests of the predictions and every parameter."""
    mx.random.seed(0)
    net = make()
    net.initialize(init) if init is not None else net.initialize()
    if hybridize:
        net.hybridize()
    trainer = gluon.Trainer(net.collect_params(), *OPTS[opt])
    losses = []
    for step in range(3):
        with autograd.record():
            loss = LOSS(net(x), y)
        loss.backward()
        trainer.step(x.shape[0])
        losses.append(loss.mean().asnumpy().tobytes().hex())
    print(label, hybridize, OPTS[opt][0], *losses, 'predict', digest(net(x)))
    params = net.collect_params()
    print('   ', ' '.join(digest(params[k].data()) for k in sorted(params.keys())))


def mlp(norm):
    def make():
        net = nn.HybridSequential()
        net.add(nn.Dense(16, activation='relu'))
        if norm == 'bn':
            net.add(nn.BatchNorm())
        elif norm == 'ln':
            net.add(nn.LayerNorm())
        net.add(nn.Dropout(0.3), nn.Dense(8, activation='tanh'), nn.Dropout(0.2), nn.Dense(4))
        return net
    return make


def convnorm(norm):
    def make():
        net = nn.HybridSequential()
        net.add(nn.Conv2D(8, 3, padding=1))
        net.add({'bn': lambda: nn.BatchNorm(), 'in': lambda: nn.InstanceNorm(), 'gn': lambda: nn.GroupNorm(2),
                 'ln': lambda: nn.LayerNorm(axis=1)}[norm]())
        net.add(nn.Activation('relu'), nn.Conv2D(8, 3, padding=1), nn.GlobalAvgPool2D(), nn.Dense(4))
        return net
    return make



for bs in (2, 8):
    x = nd.array(values((bs, 12), bs) * 2)
    y = nd.array(np.arange(bs) % 4)
    for i, norm in enumerate(('none', 'bn', 'ln')):
        for hybridize in (False, True):
            train('mlp-%s batch %d' % (norm, bs), mlp(norm), x, y, hybridize, (i + hybridize + bs) % 4)
    x = nd.array(values((bs, 3, 8, 8), bs) * 3)
    for i, norm in enumerate(('bn', 'in', 'gn', 'ln')):
        for hybridize in (False, True):
            train('conv-%s batch %d' % (norm, bs), convnorm(norm), x, y, hybridize, (i + hybridize + bs) % 4)
