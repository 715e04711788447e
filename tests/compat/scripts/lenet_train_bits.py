# LeNet (two convolutions, max pooling, three dense layers) trained 4 SGD-momentum steps at batch 8, 8 (hybridized)
# and 4: the loss bits step by step (oneDNN orders of every float32 kernel on the way).
import numpy as np
import mxnet as mx
from mxnet import gluon, autograd, nd
from mxnet.gluon import nn
mx.random.seed(0)


def values(shape, salt):
    n = int(np.prod(shape))
    return ((np.arange(n) * (37 + salt) % 101 - 50) / np.float32(170)).astype(np.float32).reshape(shape)


for bs, hyb in ((8, False), (8, True), (4, False)):     # sizes every kernel of which is replayed exactly
    net = nn.HybridSequential()
    net.add(nn.Conv2D(6, 5, activation='relu'), nn.MaxPool2D(2, 2), nn.Conv2D(16, 5, activation='relu'),
            nn.MaxPool2D(2, 2), nn.Dense(120, activation='relu'), nn.Dense(84, activation='relu'), nn.Dense(10))
    net.initialize(mx.init.Xavier())
    if hyb:
        net.hybridize()
    tr = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.1, 'momentum': 0.9})
    lf = gluon.loss.SoftmaxCrossEntropyLoss()
    for step in range(4):
        x = nd.array(values((bs, 1, 28, 28), step))
        y = nd.array(np.arange(bs) % 10)
        with autograd.record():
            l = lf(net(x), y)
        l.backward()
        tr.step(bs)
        print(bs, step, l.mean().asnumpy().tobytes().hex(), float(l.mean().asscalar()))
