"""d2l-en modern CNNs (np era) at toy widths on tiny inputs: AlexNet, VGG, NiN, GoogLeNet, batch normalization
(from scratch and nn.BatchNorm), ResNet and DenseNet blocks, shape walks, hybridized training steps."""
import numpy as onp

import mxnet as mx
from mxnet import autograd, gluon, init, np, npx
from mxnet.gluon import nn

npx.set_np()
mx.random.seed(10)
onp.random.seed(10)


def walk(net, shape):
    X = np.random.uniform(size=shape)
    for layer in net:
        X = layer(X)
        print(layer.name, 'output shape:\t', X.shape)


def train_steps(net, shape, steps=2, lr=0.05):
    rng = onp.random.RandomState(10)
    X = np.array(rng.uniform(0, 1, size=shape).astype('float32'))
    y = np.array(rng.randint(0, 10, size=(shape[0],)).astype('int32'))
    net.initialize(force_reinit=True, init=init.Xavier())
    net.hybridize()
    trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': lr})
    loss = gluon.loss.SoftmaxCrossEntropyLoss()
    for _ in range(steps):
        with autograd.record():
            l = loss(net(X), y)
        l.backward()
        trainer.step(shape[0])
    print('loss %.3f' % float(l.mean()), 'out', net(X).shape)


# AlexNet (toy widths)
net = nn.HybridSequential()
net.add(nn.Conv2D(8, kernel_size=11, strides=4, activation='relu'),
        nn.MaxPool2D(pool_size=3, strides=2),
        nn.Conv2D(16, kernel_size=5, padding=2, activation='relu'),
        nn.MaxPool2D(pool_size=3, strides=2),
        nn.Conv2D(16, kernel_size=3, padding=1, activation='relu'),
        nn.Conv2D(16, kernel_size=3, padding=1, activation='relu'),
        nn.Conv2D(8, kernel_size=3, padding=1, activation='relu'),
        nn.MaxPool2D(pool_size=3, strides=2),
        nn.Dense(32, activation='relu'), nn.Dropout(0.5),
        nn.Dense(32, activation='relu'), nn.Dropout(0.5),
        nn.Dense(10))
net.initialize()
walk(net, (1, 1, 67, 67))
print(net)
train_steps(net, (2, 1, 67, 67))


# VGG
def vgg_block(num_convs, num_channels):
    blk = nn.HybridSequential()
    for _ in range(num_convs):
        blk.add(nn.Conv2D(num_channels, kernel_size=3, padding=1, activation='relu'))
    blk.add(nn.MaxPool2D(pool_size=2, strides=2))
    return blk


def vgg(conv_arch):
    net = nn.HybridSequential()
    for (num_convs, num_channels) in conv_arch:
        net.add(vgg_block(num_convs, num_channels))
    net.add(nn.Dense(32, activation='relu'), nn.Dropout(0.5),
            nn.Dense(32, activation='relu'), nn.Dropout(0.5),
            nn.Dense(10))
    return net


net = vgg(((1, 4), (1, 8), (2, 8)))
net.initialize()
walk(net, (1, 1, 16, 16))
train_steps(net, (2, 1, 16, 16))


# NiN
def nin_block(num_channels, kernel_size, strides, padding):
    blk = nn.HybridSequential()
    blk.add(nn.Conv2D(num_channels, kernel_size, strides, padding, activation='relu'),
            nn.Conv2D(num_channels, kernel_size=1, activation='relu'),
            nn.Conv2D(num_channels, kernel_size=1, activation='relu'))
    return blk


net = nn.HybridSequential()
net.add(nin_block(8, kernel_size=5, strides=2, padding=0),
        nn.MaxPool2D(pool_size=3, strides=2),
        nin_block(10, kernel_size=3, strides=1, padding=1),
        nn.Dropout(0.5),
        nn.GlobalAvgPool2D(),
        nn.Flatten())
net.initialize()
walk(net, (1, 1, 23, 23))
train_steps(net, (2, 1, 23, 23))


# GoogLeNet
class Inception(nn.HybridBlock):
    def __init__(self, c1, c2, c3, c4, **kwargs):
        super().__init__(**kwargs)
        self.p1_1 = nn.Conv2D(c1, kernel_size=1, activation='relu')
        self.p2_1 = nn.Conv2D(c2[0], kernel_size=1, activation='relu')
        self.p2_2 = nn.Conv2D(c2[1], kernel_size=3, padding=1, activation='relu')
        self.p3_1 = nn.Conv2D(c3[0], kernel_size=1, activation='relu')
        self.p3_2 = nn.Conv2D(c3[1], kernel_size=5, padding=2, activation='relu')
        self.p4_1 = nn.MaxPool2D(pool_size=3, strides=1, padding=1)
        self.p4_2 = nn.Conv2D(c4, kernel_size=1, activation='relu')

    def hybrid_forward(self, F, x):
        p1 = self.p1_1(x)
        p2 = self.p2_2(self.p2_1(x))
        p3 = self.p3_2(self.p3_1(x))
        p4 = self.p4_2(self.p4_1(x))
        return F.np.concatenate((p1, p2, p3, p4), axis=1)


class InceptionEager(Inception):
    def forward(self, x):
        return np.concatenate((self.p1_1(x), self.p2_2(self.p2_1(x)), self.p3_2(self.p3_1(x)),
                               self.p4_2(self.p4_1(x))), axis=1)


b1 = nn.HybridSequential()
b1.add(nn.Conv2D(8, kernel_size=7, strides=2, padding=3, activation='relu'),
       nn.MaxPool2D(pool_size=3, strides=2, padding=1))
b2 = nn.HybridSequential()
b2.add(Inception(2, (2, 4), (1, 2), 2), Inception(4, (4, 4), (2, 2), 2),
       nn.MaxPool2D(pool_size=3, strides=2, padding=1))
b3 = nn.HybridSequential()
b3.add(Inception(4, (2, 4), (1, 2), 2), nn.GlobalAvgPool2D())
net = nn.HybridSequential()
net.add(b1, b2, b3, nn.Dense(10))
net.initialize()
walk(net, (1, 1, 24, 24))
print(b2[0])
print(sorted(b2[0].collect_params().keys())[:3])
train_steps(net, (2, 1, 24, 24))
eager = InceptionEager(1, (1, 2), (1, 1), 1)
eager.initialize()
print(eager(np.ones((1, 2, 3, 3))).shape)


# batch normalization from scratch
def batch_norm(X, gamma, beta, moving_mean, moving_var, eps, momentum):
    if not autograd.is_training():
        X_hat = (X - moving_mean) / np.sqrt(moving_var + eps)
    else:
        assert len(X.shape) in (2, 4)
        if len(X.shape) == 2:
            mean = X.mean(axis=0)
            var = ((X - mean) ** 2).mean(axis=0)
        else:
            mean = X.mean(axis=(0, 2, 3), keepdims=True)
            var = ((X - mean) ** 2).mean(axis=(0, 2, 3), keepdims=True)
        X_hat = (X - mean) / np.sqrt(var + eps)
        moving_mean = momentum * moving_mean + (1.0 - momentum) * mean
        moving_var = momentum * moving_var + (1.0 - momentum) * var
    Y = gamma * X_hat + beta
    return Y, moving_mean, moving_var


class BatchNorm(nn.Block):
    def __init__(self, num_features, num_dims, **kwargs):
        super().__init__(**kwargs)
        shape = (1, num_features) if num_dims == 2 else (1, num_features, 1, 1)
        self.gamma = self.params.get('gamma', shape=shape, init=init.One())
        self.beta = self.params.get('beta', shape=shape, init=init.Zero())
        self.moving_mean = np.zeros(shape)
        self.moving_var = np.ones(shape)

    def forward(self, X):
        if self.moving_mean.ctx != X.ctx:
            self.moving_mean = self.moving_mean.copyto(X.ctx)
            self.moving_var = self.moving_var.copyto(X.ctx)
        Y, self.moving_mean, self.moving_var = batch_norm(
            X, self.gamma.data(), self.beta.data(), self.moving_mean, self.moving_var, eps=1e-12, momentum=0.9)
        return Y


net = nn.Sequential()
net.add(nn.Conv2D(4, kernel_size=5), BatchNorm(4, num_dims=4), nn.Activation('sigmoid'),
        nn.MaxPool2D(pool_size=2, strides=2),
        nn.Dense(12), BatchNorm(12, num_dims=2), nn.Activation('sigmoid'),
        nn.Dense(10))
net.initialize()
rng = onp.random.RandomState(11)
X = np.array(rng.uniform(0, 1, size=(4, 1, 12, 12)).astype('float32'))
y = np.array(rng.randint(0, 10, size=(4,)).astype('int32'))
trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 1.0})
loss = gluon.loss.SoftmaxCrossEntropyLoss()
for _ in range(3):
    with autograd.record():
        l = loss(net(X), y)
    l.backward()
    trainer.step(4)
print('bn scratch loss %.4f' % float(l.mean()))
print(net[1].gamma.data().reshape(-1,).round(4), net[1].beta.data().reshape(-1,).round(4))
print(net[1].moving_mean.reshape(-1).round(4), net[5].moving_var.shape)
print(net(X).round(3)[0])

net = nn.HybridSequential()
net.add(nn.Conv2D(4, kernel_size=5), nn.BatchNorm(), nn.Activation('sigmoid'),
        nn.MaxPool2D(pool_size=2, strides=2),
        nn.Dense(12), nn.BatchNorm(), nn.Activation('sigmoid'),
        nn.Dense(10))
net.initialize()
net.hybridize()
trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 1.0})
for _ in range(3):
    with autograd.record():
        l = loss(net(X), y)
    l.backward()
    trainer.step(4)
print('bn concise loss %.4f' % float(l.mean()))
print(net[1])
print(net[1].gamma.data().round(4), net[1].running_mean.data().round(4), net[1].running_var.data().round(4))
print(net[5].params)
print(net(X).round(3)[0])


# ResNet
class Residual(nn.HybridBlock):
    def __init__(self, num_channels, use_1x1conv=False, strides=1, **kwargs):
        super().__init__(**kwargs)
        self.conv1 = nn.Conv2D(num_channels, kernel_size=3, padding=1, strides=strides)
        self.conv2 = nn.Conv2D(num_channels, kernel_size=3, padding=1)
        if use_1x1conv:
            self.conv3 = nn.Conv2D(num_channels, kernel_size=1, strides=strides)
        else:
            self.conv3 = None
        self.bn1 = nn.BatchNorm()
        self.bn2 = nn.BatchNorm()

    def hybrid_forward(self, F, X):
        Y = F.npx.relu(self.bn1(self.conv1(X)))
        Y = self.bn2(self.conv2(Y))
        if self.conv3:
            X = self.conv3(X)
        return F.npx.relu(Y + X)


blk = Residual(3)
blk.initialize()
X = np.random.uniform(size=(4, 3, 6, 6))
print(blk(X).shape)
blk = Residual(6, use_1x1conv=True, strides=2)
blk.initialize()
print(blk(X).shape)
print(blk)


def resnet_block(num_channels, num_residuals, first_block=False):
    blk = nn.HybridSequential()
    for i in range(num_residuals):
        if i == 0 and not first_block:
            blk.add(Residual(num_channels, use_1x1conv=True, strides=2))
        else:
            blk.add(Residual(num_channels))
    return blk


net = nn.HybridSequential()
net.add(nn.Conv2D(4, kernel_size=7, strides=2, padding=3), nn.BatchNorm(), nn.Activation('relu'),
        nn.MaxPool2D(pool_size=3, strides=2, padding=1))
net.add(resnet_block(4, 2, first_block=True), resnet_block(8, 2))
net.add(nn.GlobalAvgPool2D(), nn.Dense(10))
net.initialize()
walk(net, (1, 1, 24, 24))
train_steps(net, (2, 1, 24, 24))
print(len(list(net.collect_params().keys())), sorted(net.collect_params().keys())[:4])


# DenseNet
def conv_block(num_channels):
    blk = nn.HybridSequential()
    blk.add(nn.BatchNorm(), nn.Activation('relu'), nn.Conv2D(num_channels, kernel_size=3, padding=1))
    return blk


class DenseBlock(nn.HybridBlock):
    def __init__(self, num_convs, num_channels, **kwargs):
        super().__init__(**kwargs)
        self.net = nn.HybridSequential()
        for _ in range(num_convs):
            self.net.add(conv_block(num_channels))

    def hybrid_forward(self, F, X):
        for blk in self.net:
            Y = blk(X)
            X = F.np.concatenate((X, Y), axis=1)
        return X


blk = DenseBlock(2, 5)
blk.initialize()
X = np.random.uniform(size=(4, 3, 8, 8))
Y = blk(X)
print(Y.shape)


def transition_block(num_channels):
    blk = nn.HybridSequential()
    blk.add(nn.BatchNorm(), nn.Activation('relu'), nn.Conv2D(num_channels, kernel_size=1),
            nn.AvgPool2D(pool_size=2, strides=2))
    return blk


blk = transition_block(5)
blk.initialize()
print(blk(Y).shape)
net = nn.HybridSequential()
net.add(nn.Conv2D(8, kernel_size=3, padding=1), nn.BatchNorm(), nn.Activation('relu'),
        nn.MaxPool2D(pool_size=3, strides=2, padding=1))
num_channels, growth_rate = 8, 4
for i, num_convs in enumerate([2, 2]):
    net.add(DenseBlock(num_convs, growth_rate))
    num_channels += num_convs * growth_rate
    if i != 1:
        num_channels //= 2
        net.add(transition_block(num_channels))
net.add(nn.BatchNorm(), nn.Activation('relu'), nn.GlobalAvgPool2D(), nn.Dense(10))
net.initialize()
walk(net, (1, 1, 16, 16))
train_steps(net, (2, 1, 16, 16))
print(net[4])
