"""d2l-zh classic CNNs on small inputs: LeNet, AlexNet, VGG, NiN, GoogLeNet; shapes per layer, a few training steps."""
import numpy as np

import mxnet as mx
from mxnet import autograd, gluon, init, nd
from mxnet.gluon import loss as gloss, nn

mx.random.seed(2)
np.random.seed(2)


def show_shapes(net, X):
    for layer in net:
        X = layer(X)
        print(layer.name, 'output shape:\t', X.shape)
    return X


def evaluate_accuracy(data_iter, net, ctx=mx.cpu()):
    acc_sum, n = nd.array([0], ctx=ctx), 0
    for X, y in data_iter:
        X, y = X.as_in_context(ctx), y.as_in_context(ctx).astype('float32')
        acc_sum += (net(X).argmax(axis=1) == y).sum()
        n += y.size
    return acc_sum.asscalar() / n


def train(net, train_iter, test_iter, batch_size, trainer, ctx, num_epochs):
    loss = gloss.SoftmaxCrossEntropyLoss()
    for epoch in range(num_epochs):
        train_l_sum, train_acc_sum, n = 0.0, 0.0, 0
        for X, y in train_iter:
            X, y = X.as_in_context(ctx), y.as_in_context(ctx)
            with autograd.record():
                y_hat = net(X)
                l = loss(y_hat, y).sum()
            l.backward()
            trainer.step(batch_size)
            y = y.astype('float32')
            train_l_sum += l.asscalar()
            train_acc_sum += (y_hat.argmax(axis=1) == y).sum().asscalar()
            n += y.size
        test_acc = evaluate_accuracy(test_iter, net, ctx)
        print('epoch %d, loss %.3f, train acc %.3f, test acc %.3f'
              % (epoch + 1, train_l_sum / n, train_acc_sum / n, test_acc))


def synthetic_iters(size, n=16, batch_size=8):
    X = nd.random.uniform(shape=(n, 1, size, size))
    y = nd.array(np.random.randint(0, 10, n))
    ds = gluon.data.ArrayDataset(X, y)
    return (gluon.data.DataLoader(ds, batch_size, shuffle=True), gluon.data.DataLoader(ds, batch_size, shuffle=False))


ctx = mx.cpu()
print(ctx, mx.context.num_gpus())
try:
    nd.zeros((1,), ctx=mx.gpu(0))
except mx.base.MXNetError as err:
    print('no gpu:', type(err).__name__)

# LeNet
net = nn.Sequential()
net.add(nn.Conv2D(channels=6, kernel_size=5, activation='sigmoid'),
        nn.MaxPool2D(pool_size=2, strides=2),
        nn.Conv2D(channels=16, kernel_size=5, activation='sigmoid'),
        nn.MaxPool2D(pool_size=2, strides=2),
        nn.Dense(120, activation='sigmoid'),
        nn.Dense(84, activation='sigmoid'),
        nn.Dense(10))
X = nd.random.uniform(shape=(1, 1, 28, 28))
net.initialize()
show_shapes(net, X)
print(net)
net.initialize(force_reinit=True, ctx=ctx, init=init.Xavier())
trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.9})
train_iter, test_iter = synthetic_iters(28)
train(net, train_iter, test_iter, 8, trainer, ctx, 2)

# AlexNet (channels shrunk, input 64x64)
net = nn.Sequential()
net.add(nn.Conv2D(12, kernel_size=11, strides=4, activation='relu'),
        nn.MaxPool2D(pool_size=3, strides=2),
        nn.Conv2D(32, kernel_size=5, padding=2, activation='relu'),
        nn.MaxPool2D(pool_size=3, strides=2),
        nn.Conv2D(48, kernel_size=3, padding=1, activation='relu'),
        nn.Conv2D(48, kernel_size=3, padding=1, activation='relu'),
        nn.Conv2D(32, kernel_size=3, padding=1, activation='relu'),
        nn.MaxPool2D(pool_size=3, strides=2),
        nn.Dense(64, activation="relu"), nn.Dropout(0.5),
        nn.Dense(64, activation="relu"), nn.Dropout(0.5),
        nn.Dense(10))
X = nd.random.uniform(shape=(1, 1, 96, 96))
net.initialize()
show_shapes(net, X)
print(net)
print(net(X).asnumpy().round(4))


# VGG
def vgg_block(num_convs, num_channels):
    blk = nn.Sequential()
    for _ in range(num_convs):
        blk.add(nn.Conv2D(num_channels, kernel_size=3, padding=1, activation='relu'))
    blk.add(nn.MaxPool2D(pool_size=2, strides=2))
    return blk


def vgg(conv_arch):
    net = nn.Sequential()
    for (num_convs, num_channels) in conv_arch:
        net.add(vgg_block(num_convs, num_channels))
    net.add(nn.Dense(32, activation='relu'), nn.Dropout(0.5),
            nn.Dense(32, activation='relu'), nn.Dropout(0.5),
            nn.Dense(10))
    return net


conv_arch = ((1, 4), (1, 8), (2, 8), (2, 16), (2, 16))
net = vgg(conv_arch)
net.initialize()
X = nd.random.uniform(shape=(1, 1, 32, 32))
show_shapes(net, X)
print(net[0])
print(net[0][0].weight, net[0][0].bias.data())
print(net.collect_params('.*block.*weight'))
net.initialize(init.Xavier(), force_reinit=True)
trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.05})
train_iter, test_iter = synthetic_iters(32)
train(net, train_iter, test_iter, 8, trainer, ctx, 1)


# NiN
def nin_block(num_channels, kernel_size, strides, padding):
    blk = nn.Sequential()
    blk.add(nn.Conv2D(num_channels, kernel_size, strides, padding, activation='relu'),
            nn.Conv2D(num_channels, kernel_size=1, activation='relu'),
            nn.Conv2D(num_channels, kernel_size=1, activation='relu'))
    return blk


net = nn.Sequential()
net.add(nin_block(8, kernel_size=11, strides=4, padding=0),
        nn.MaxPool2D(pool_size=3, strides=2),
        nin_block(16, kernel_size=5, strides=1, padding=2),
        nn.MaxPool2D(pool_size=3, strides=2),
        nin_block(16, kernel_size=3, strides=1, padding=1),
        nn.MaxPool2D(pool_size=3, strides=2), nn.Dropout(0.5),
        nin_block(10, kernel_size=3, strides=1, padding=1),
        nn.GlobalAvgPool2D(),
        nn.Flatten())
X = nd.random.uniform(shape=(1, 1, 96, 96))
net.initialize()
show_shapes(net, X)
print(net)
print(net(X).asnumpy().round(5))


# GoogLeNet
class Inception(nn.Block):
    def __init__(self, c1, c2, c3, c4, **kwargs):
        super(Inception, self).__init__(**kwargs)
        self.p1_1 = nn.Conv2D(c1, kernel_size=1, activation='relu')
        self.p2_1 = nn.Conv2D(c2[0], kernel_size=1, activation='relu')
        self.p2_2 = nn.Conv2D(c2[1], kernel_size=3, padding=1, activation='relu')
        self.p3_1 = nn.Conv2D(c3[0], kernel_size=1, activation='relu')
        self.p3_2 = nn.Conv2D(c3[1], kernel_size=5, padding=2, activation='relu')
        self.p4_1 = nn.MaxPool2D(pool_size=3, strides=1, padding=1)
        self.p4_2 = nn.Conv2D(c4, kernel_size=1, activation='relu')

    def forward(self, x):
        p1 = self.p1_1(x)
        p2 = self.p2_2(self.p2_1(x))
        p3 = self.p3_2(self.p3_1(x))
        p4 = self.p4_2(self.p4_1(x))
        return nd.concat(p1, p2, p3, p4, dim=1)


b1 = nn.Sequential()
b1.add(nn.Conv2D(8, kernel_size=7, strides=2, padding=3, activation='relu'),
       nn.MaxPool2D(pool_size=3, strides=2, padding=1))
b2 = nn.Sequential()
b2.add(nn.Conv2D(8, kernel_size=1, activation='relu'),
       nn.Conv2D(16, kernel_size=3, padding=1, activation='relu'),
       nn.MaxPool2D(pool_size=3, strides=2, padding=1))
b3 = nn.Sequential()
b3.add(Inception(4, (4, 8), (2, 4), 4),
       Inception(8, (8, 12), (4, 8), 4),
       nn.MaxPool2D(pool_size=3, strides=2, padding=1))
b5 = nn.Sequential()
b5.add(Inception(8, (8, 16), (4, 8), 8),
       nn.GlobalAvgPool2D())
net = nn.Sequential()
net.add(b1, b2, b3, b5, nn.Dense(10))
X = nd.random.uniform(shape=(1, 1, 64, 64))
net.initialize()
show_shapes(net, X)
print(net[2][0])
print(net[2][0].collect_params())
print(net(X).asnumpy().round(5))
net.initialize(init.Xavier(), force_reinit=True)
trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.1})
train_iter, test_iter = synthetic_iters(32)
train(net, train_iter, test_iter, 8, trainer, ctx, 1)
