"""Conv2D -> BatchNorm -> [ReLU] -> a pooling down to one row (global average/max, a full or 2x2 window) over 8 to 48
channels of 2x2 to 8x8 images: on AVX2 the pooling's data gradient reaches BatchNorm's backward in the layout that
picks its kernel (the reference one where the positions are at least the channels less 8), and a small MobileNet
(depthwise blocks ending in a global pool) trains to MXNet's bits."""
# recorded on AVX2
import zlib

import numpy as np
import mxnet as mx
from mxnet import autograd, gluon, nd
from mxnet.gluon import nn


def values(shape, salt):
    n = int(np.prod(shape))
    return ((np.arange(n) * (37 + salt) % 101 - 50) / np.float32(170)).astype(np.float32).reshape(shape)


def crc(a):
    return "%08x" % zlib.crc32(a.asnumpy().tobytes())


POOLS = {'gap': lambda s: nn.GlobalAvgPool2D(), 'gmp': lambda s: nn.GlobalMaxPool2D(),
         'avg-full': lambda s: nn.AvgPool2D(s), 'max2': lambda s: nn.MaxPool2D(2)}
for channels, size in ((8, 2), (16, 2), (16, 3), (16, 4), (24, 3), (24, 4), (32, 4), (32, 5), (40, 5), (40, 6),
                       (48, 6), (48, 8)):
    for i, (pool, make) in enumerate(POOLS.items()):
        if pool == 'max2' and size > 3:
            continue
        relu = (i + size) % 2 == 0
        net = nn.HybridSequential()
        net.add(nn.Conv2D(channels, 3 if i % 2 else 1, padding=i % 2, use_bias=i < 2), nn.BatchNorm())
        if relu:
            net.add(nn.Activation('relu'))
        net.add(make(size))
        mx.random.seed(0)
        net.initialize()
        batch = 1 + i % 3
        x = nd.array(values((batch, 8, size, size), batch) * 3)
        x.attach_grad()
        with autograd.record():
            y = net(x)
        y.backward(nd.array(values(y.shape, 5)))
        conv, bn = net[0], net[1]
        print(channels, size, pool, relu, batch, crc(y), crc(x.grad), crc(conv.weight.grad()), crc(bn.gamma.grad()),
              crc(bn.beta.grad()), repr(float(bn.gamma.grad().asnumpy().sum())))


def mobilenet():
    net = nn.HybridSequential()
    net.add(nn.Conv2D(8, 3, padding=1, use_bias=False), nn.BatchNorm(), nn.Activation('relu'))
    for cin, cout, s in ((8, 16, 1), (16, 16, 2)):
        net.add(nn.Conv2D(cin, 3, s, 1, groups=cin, use_bias=False), nn.BatchNorm(), nn.Activation('relu'),
                nn.Conv2D(cout, 1, use_bias=False), nn.BatchNorm(), nn.Activation('relu'))
    net.add(nn.GlobalAvgPool2D(), nn.Flatten(), nn.Dense(10))
    return net


RUNS = ((2, False, 'sgd', {'learning_rate': 0.1}), (4, True, 'adam', {'learning_rate': 0.01}))
for batch, hybridize, opt, args in RUNS:
    mx.random.seed(0)
    net = mobilenet()
    net.initialize()
    if hybridize:
        net.hybridize()
    trainer = gluon.Trainer(net.collect_params(), opt, args)
    x, y = nd.array(values((batch, 3, 8, 8), batch) * 3), nd.array(np.arange(batch) % 10)
    losses = []
    for step in range(3):
        with autograd.record():
            loss = gluon.loss.SoftmaxCrossEntropyLoss()(net(x), y)
        loss.backward()
        trainer.step(batch)
        losses.append(loss.mean().asnumpy().tobytes().hex())
    params = net.collect_params()
    print('mobilenet', batch, hybridize, opt, *losses, crc(net(x)))
    print('   ', ' '.join(crc(params[k].data()) for k in sorted(params.keys())))
