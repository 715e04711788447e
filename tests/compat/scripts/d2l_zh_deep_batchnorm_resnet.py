"""d2l-zh batch norm from scratch and with gluon (moving statistics under autograd.is_training), ResNet, DenseNet."""
import numpy as np

import mxnet as mx
from mxnet import autograd, gluon, init, nd
from mxnet.gluon import loss as gloss, nn

mx.random.seed(3)
np.random.seed(3)


def batch_norm(X, gamma, beta, moving_mean, moving_var, eps, momentum):
    if not autograd.is_training():
        X_hat = (X - moving_mean) / nd.sqrt(moving_var + eps)
    else:
        assert len(X.shape) in (2, 4)
        if len(X.shape) == 2:
            mean = X.mean(axis=0)
            var = ((X - mean) ** 2).mean(axis=0)
        else:
            mean = X.mean(axis=(0, 2, 3), keepdims=True)
            var = ((X - mean) ** 2).mean(axis=(0, 2, 3), keepdims=True)
        X_hat = (X - mean) / nd.sqrt(var + eps)
        moving_mean = momentum * moving_mean + (1.0 - momentum) * mean
        moving_var = momentum * moving_var + (1.0 - momentum) * var
    Y = gamma * X_hat + beta
    return Y, moving_mean, moving_var


class BatchNorm(nn.Block):
    def __init__(self, num_features, num_dims, **kwargs):
        super(BatchNorm, self).__init__(**kwargs)
        shape = (1, num_features) if num_dims == 2 else (1, num_features, 1, 1)
        self.gamma = self.params.get('gamma', shape=shape, init=init.One())
        self.beta = self.params.get('beta', shape=shape, init=init.Zero())
        self.moving_mean = nd.zeros(shape)
        self.moving_var = nd.zeros(shape)

    def forward(self, X):
        if self.moving_mean.context != X.context:
            self.moving_mean = self.moving_mean.copyto(X.context)
            self.moving_var = self.moving_var.copyto(X.context)
        Y, self.moving_mean, self.moving_var = batch_norm(
            X, self.gamma.data(), self.beta.data(), self.moving_mean, self.moving_var, eps=1e-5, momentum=0.9)
        return Y


def lenet(bn_layer):
    net = nn.Sequential()
    net.add(nn.Conv2D(4, kernel_size=5), bn_layer(4), nn.Activation('sigmoid'),
            nn.MaxPool2D(pool_size=2, strides=2),
            nn.Conv2D(8, kernel_size=5), bn_layer(8), nn.Activation('sigmoid'),
            nn.MaxPool2D(pool_size=2, strides=2),
            nn.Dense(24), bn_layer(24, 2), nn.Activation('sigmoid'),
            nn.Dense(10))
    return net


X = nd.random.uniform(shape=(8, 1, 20, 20))
y = nd.array(np.random.randint(0, 10, 8))
loss = gloss.SoftmaxCrossEntropyLoss()
for name, bn_layer in [('scratch', lambda c, d=4: BatchNorm(c, num_dims=d)), ('gluon', lambda c, d=4: nn.BatchNorm())]:
    net = lenet(bn_layer)
    net.initialize(init.Xavier())
    trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 1.0})
    for step in range(3):
        with autograd.record():
            print(name, 'is_training', autograd.is_training(), autograd.is_recording())
            l = loss(net(X), y).sum()
        l.backward()
        trainer.step(8)
        print(name, 'step', step, 'loss %.4f' % l.asscalar())
    bn = net[1]
    if name == 'scratch':
        print(bn.gamma.data().reshape((-1,)).asnumpy().round(4), bn.beta.data().reshape((-1,)).asnumpy().round(4))
        print(bn.moving_mean.reshape((-1,)).asnumpy().round(4), bn.moving_var.reshape((-1,)).asnumpy().round(4))
    else:
        print(bn)
        print(bn.collect_params())
        print(bn.gamma.data().reshape((-1,)).asnumpy().round(4), bn.beta.data().reshape((-1,)).asnumpy().round(4))
        print(bn.running_mean.data().asnumpy().round(4), bn.running_var.data().asnumpy().round(4))
    print(name, 'predict', net(X).argmax(axis=1))
    with autograd.train_mode():
        print(name, 'train_mode', autograd.is_training(), net(X)[:2].asnumpy().round(2))
    with autograd.record(train_mode=False):
        print(name, 'record predict mode', autograd.is_training(), net(X)[:2].asnumpy().round(2))

bn = nn.BatchNorm(in_channels=3, momentum=0.5, epsilon=1e-3, center=False)
bn.initialize()
print(bn, bn.params.keys() if hasattr(bn.params, 'keys') else None)
x = nd.arange(24).reshape((2, 3, 2, 2))
with autograd.record():
    out = bn(x)
print(out.asnumpy().round(4), bn.running_mean.data(), bn.running_var.data())
print(bn(x).asnumpy().round(4))
bn1 = nn.BatchNorm(axis=1, in_channels=4)
bn1.initialize()
x = nd.random.normal(shape=(5, 4))
with autograd.record():
    y1 = bn1(x)
y1.backward()
print(y1.asnumpy().round(4), bn1.gamma.grad(), bn1.running_var.data().asnumpy().round(5))


# ResNet
class Residual(nn.Block):
    def __init__(self, num_channels, use_1x1conv=False, strides=1, **kwargs):
        super(Residual, self).__init__(**kwargs)
        self.conv1 = nn.Conv2D(num_channels, kernel_size=3, padding=1, strides=strides)
        self.conv2 = nn.Conv2D(num_channels, kernel_size=3, padding=1)
        if use_1x1conv:
            self.conv3 = nn.Conv2D(num_channels, kernel_size=1, strides=strides)
        else:
            self.conv3 = None
        self.bn1 = nn.BatchNorm()
        self.bn2 = nn.BatchNorm()

    def forward(self, X):
        Y = nd.relu(self.bn1(self.conv1(X)))
        Y = self.bn2(self.conv2(Y))
        if self.conv3:
            X = self.conv3(X)
        return nd.relu(Y + X)


blk = Residual(3)
blk.initialize()
X = nd.random.uniform(shape=(4, 3, 6, 6))
print(blk(X).shape)
blk = Residual(6, use_1x1conv=True, strides=2)
blk.initialize()
print(blk(X).shape)
print(blk)

net = nn.Sequential()
net.add(nn.Conv2D(8, kernel_size=7, strides=2, padding=3), nn.BatchNorm(), nn.Activation('relu'),
        nn.MaxPool2D(pool_size=3, strides=2, padding=1))


def resnet_block(num_channels, num_residuals, first_block=False):
    blk = nn.Sequential()
    for i in range(num_residuals):
        if i == 0 and not first_block:
            blk.add(Residual(num_channels, use_1x1conv=True, strides=2))
        else:
            blk.add(Residual(num_channels))
    return blk


net.add(resnet_block(8, 2, first_block=True), resnet_block(16, 2), resnet_block(32, 2))
net.add(nn.GlobalAvgPool2D(), nn.Dense(10))
X = nd.random.uniform(shape=(2, 1, 32, 32))
net.initialize()
for layer in net:
    X = layer(X)
    print(layer.name, 'output shape:\t', X.shape)
Xt = nd.random.uniform(shape=(4, 1, 24, 24))
yt = nd.array([1, 2, 3, 4])
net.initialize(init.Xavier(), force_reinit=True)
trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.05})
for step in range(2):
    with autograd.record():
        l = loss(net(Xt), yt)
    l.backward()
    trainer.step(4)
    print('resnet step', step, l.asnumpy().round(3))
print(net[1].running_mean.data().asnumpy().round(4))


# DenseNet
def conv_block(num_channels):
    blk = nn.Sequential()
    blk.add(nn.BatchNorm(), nn.Activation('relu'), nn.Conv2D(num_channels, kernel_size=3, padding=1))
    return blk


class DenseBlock(nn.Block):
    def __init__(self, num_convs, num_channels, **kwargs):
        super(DenseBlock, self).__init__(**kwargs)
        self.net = nn.Sequential()
        for _ in range(num_convs):
            self.net.add(conv_block(num_channels))

    def forward(self, X):
        for blk in self.net:
            Y = blk(X)
            X = nd.concat(X, Y, dim=1)
        return X


blk = DenseBlock(2, 10)
blk.initialize()
X = nd.random.uniform(shape=(4, 3, 8, 8))
Y = blk(X)
print(Y.shape)


def transition_block(num_channels):
    blk = nn.Sequential()
    blk.add(nn.BatchNorm(), nn.Activation('relu'), nn.Conv2D(num_channels, kernel_size=1),
            nn.AvgPool2D(pool_size=2, strides=2))
    return blk


blk = transition_block(10)
blk.initialize()
print(blk(Y).shape)

net = nn.Sequential()
net.add(nn.Conv2D(16, kernel_size=7, strides=2, padding=3), nn.BatchNorm(), nn.Activation('relu'),
        nn.MaxPool2D(pool_size=3, strides=2, padding=1))
num_channels, growth_rate = 16, 8
num_convs_in_dense_blocks = [2, 2]
for i, num_convs in enumerate(num_convs_in_dense_blocks):
    net.add(DenseBlock(num_convs, growth_rate))
    num_channels += num_convs * growth_rate
    if i != len(num_convs_in_dense_blocks) - 1:
        num_channels //= 2
        net.add(transition_block(num_channels))
net.add(nn.BatchNorm(), nn.Activation('relu'), nn.GlobalAvgPool2D(), nn.Dense(10))
net.initialize(init.Xavier())
X = nd.random.uniform(shape=(2, 1, 32, 32))
for layer in net:
    X = layer(X)
    print(layer.name, 'output shape:\t', X.shape)
trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.1})
Xd = nd.random.uniform(shape=(4, 1, 32, 32))
with autograd.record():
    l = loss(net(Xd), yt)
l.backward()
trainer.step(4)
print('densenet', l.asnumpy().round(3), net(Xd).asnumpy().round(3))
