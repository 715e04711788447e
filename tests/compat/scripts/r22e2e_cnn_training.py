# d2l-style image classifiers (LeNet, VGG, NiN, an Inception block, ResNet blocks of d2l and of the model zoo,
# v1 and v2) trained three steps on fixed 8x8-12x12 images by SGD, momentum SGD, Adam and NAG, imperative and
# hybridized: the loss bits after every step and a digest of the predictions and of every parameter.
# recorded on AVX2
import hashlib

import numpy as np
import mxnet as mx
from mxnet import gluon, autograd, nd
from mxnet.gluon import nn
from mxnet.gluon.model_zoo.vision import resnet as R


def values(shape, salt):
    n = int(np.prod(shape))
    return ((np.arange(n) * (37 + salt) % 101 - 50) / np.float32(170)).astype(np.float32).reshape(shape)


def digest(a):
    return hashlib.md5(a.asnumpy().tobytes()).hexdigest()[:8]


def lenet():
    net = nn.HybridSequential()
    net.add(nn.Conv2D(6, 3, padding=1, activation='sigmoid'), nn.AvgPool2D(2, 2),
            nn.Conv2D(16, 3, activation='sigmoid'), nn.AvgPool2D(2, 2),
            nn.Dense(32, activation='sigmoid'), nn.Dense(16, activation='sigmoid'), nn.Dense(10))
    return net


def vgg():
    net = nn.HybridSequential()
    for n, c in ((1, 8), (2, 16)):
        for _ in range(n):
            net.add(nn.Conv2D(c, 3, padding=1, activation='relu'))
        net.add(nn.MaxPool2D(2, 2))
    net.add(nn.Dense(32, activation='relu'), nn.Dropout(0.5), nn.Dense(10))
    return net


def nin_block(c, k, s, p):
    b = nn.HybridSequential()
    b.add(nn.Conv2D(c, k, s, p, activation='relu'), nn.Conv2D(c, 1, activation='relu'),
          nn.Conv2D(c, 1, activation='relu'))
    return b


def nin():
    net = nn.HybridSequential()
    net.add(nin_block(8, 3, 1, 1), nn.MaxPool2D(3, 2), nin_block(16, 3, 1, 1), nn.MaxPool2D(3, 2),
            nn.Dropout(0.5), nin_block(10, 3, 1, 1), nn.GlobalAvgPool2D(), nn.Flatten())
    return net


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


class Residual(nn.HybridBlock):
    def __init__(self, c, use_1x1=False, strides=1, **kw):
        super().__init__(**kw)
        self.conv1 = nn.Conv2D(c, 3, padding=1, strides=strides)
        self.conv2 = nn.Conv2D(c, 3, padding=1)
        self.conv3 = nn.Conv2D(c, 1, strides=strides) if use_1x1 else None
        self.bn1 = nn.BatchNorm()
        self.bn2 = nn.BatchNorm()

    def hybrid_forward(self, F, x):
        Y = F.relu(self.bn1(self.conv1(x)))
        Y = self.bn2(self.conv2(Y))
        if self.conv3:
            x = self.conv3(x)
        return F.relu(Y + x)


def d2l_resnet():
    net = nn.HybridSequential()
    net.add(nn.Conv2D(8, 3, padding=1), nn.BatchNorm(), nn.Activation('relu'), nn.MaxPool2D(3, 2, 1),
            Residual(8), Residual(16, True, 2), nn.GlobalAvgPool2D(), nn.Dense(10))
    return net


def zoo_block(block, c, ch_in):
    def make():
        net = nn.HybridSequential()
        net.add(nn.Conv2D(ch_in, 3, padding=1, use_bias=False), block(c, 2, True, in_channels=ch_in),
                block(c, 1, False, in_channels=c), nn.GlobalAvgPool2D(), nn.Dense(10))
        return net
    return make


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


def densenet():
    net = nn.HybridSequential()
    net.add(nn.Conv2D(8, 3, padding=1), nn.BatchNorm(), nn.Activation('relu'), DenseBlock(2, 4),
            nn.BatchNorm(), nn.Activation('relu'), nn.Conv2D(8, 1), nn.AvgPool2D(2, 2), DenseBlock(2, 4),
            nn.BatchNorm(), nn.Activation('relu'), nn.GlobalAvgPool2D(), nn.Dense(10))
    return net


MODELS = (('lenet', lenet, 1, 12), ('vgg', vgg, 3, 8), ('nin', nin, 3, 16), ('inception', googlenet, 3, 8),
          ('d2l-resnet', d2l_resnet, 3, 8), ('basic-v1', zoo_block(R.BasicBlockV1, 8, 4), 3, 8),
          ('basic-v2', zoo_block(R.BasicBlockV2, 8, 4), 3, 8),
          ('bottleneck-v2', zoo_block(R.BottleneckV2, 16, 8), 3, 8))
OPTS = (('sgd', {'learning_rate': 0.1}), ('sgd', {'learning_rate': 0.1, 'momentum': 0.9, 'wd': 1e-4}),
        ('adam', {'learning_rate': 0.01}), ('nag', {'learning_rate': 0.05, 'momentum': 0.9}))
loss_fn = gluon.loss.SoftmaxCrossEntropyLoss()
for i, (name, make, channels, size) in enumerate(MODELS):
    for j, (hybridize, (opt, args)) in enumerate(((False, OPTS[i % 4]), (True, OPTS[(i + 1) % 4]))):
        batch = 2 + 2 * ((i + j) % 2)
        x = nd.array(values((batch, channels, size, size), batch) * 3)
        y = nd.array(np.arange(batch) % 10)
        mx.random.seed(0)
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
        print(name, hybridize, batch, opt, *losses, 'predict', digest(net(x)))
        params = net.collect_params()
        print('   ', ' '.join(digest(params[k].data()) for k in sorted(params.keys())))
