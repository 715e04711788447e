"""d2l-zh CNN basics: corr2d with autograd learning a kernel, padding/stride, multi channels, 1x1 as dense, pooling."""
import numpy as np

import mxnet as mx
from mxnet import autograd, nd
from mxnet.gluon import nn

mx.random.seed(1)
np.random.seed(1)


def corr2d(X, K):
    h, w = K.shape
    Y = nd.zeros((X.shape[0] - h + 1, X.shape[1] - w + 1))
    for i in range(Y.shape[0]):
        for j in range(Y.shape[1]):
            Y[i, j] = (X[i: i + h, j: j + w] * K).sum()
    return Y


X = nd.array([[0, 1, 2], [3, 4, 5], [6, 7, 8]])
K = nd.array([[0, 1], [2, 3]])
print(corr2d(X, K))


class Conv2DScratch(nn.Block):
    def __init__(self, kernel_size, **kwargs):
        super(Conv2DScratch, self).__init__(**kwargs)
        self.weight = self.params.get('weight', shape=kernel_size)
        self.bias = self.params.get('bias', shape=(1,))

    def forward(self, x):
        return corr2d(x, self.weight.data()) + self.bias.data()


blk = Conv2DScratch((1, 2))
blk.initialize()
print(blk)
print(blk.collect_params())

X = nd.ones((6, 8))
X[:, 2:6] = 0
print(X)
K = nd.array([[1, -1]])
Y = corr2d(X, K)
print(Y)
print(corr2d(X.T, K))

# learn the kernel with a Conv2D layer and manual updates
conv2d = nn.Conv2D(1, kernel_size=(1, 2))
conv2d.initialize()
print(conv2d.weight)
X4 = X.reshape((1, 1, 6, 8))
Y4 = Y.reshape((1, 1, 6, 7))
for i in range(10):
    with autograd.record():
        Y_hat = conv2d(X4)
        l = (Y_hat - Y4) ** 2
    l.backward()
    conv2d.weight.data()[:] -= 3e-2 * conv2d.weight.grad()
    if (i + 1) % 2 == 0:
        print('batch %d, loss %.3f' % (i + 1, l.sum().asscalar()))
print(conv2d.weight.data().reshape((1, 2)).asnumpy().round(4))
print(conv2d.bias.data())

# scratch conv block with autograd (gradient of the weight through corr2d)
blk = Conv2DScratch((1, 2))
blk.initialize(mx.init.Constant(0.5))
try:
    with autograd.record():
        out = blk(X)
except mx.base.MXNetError as err:
    print('in-place under record:', type(err).__name__)


# padding and stride
def comp_conv2d(conv2d, X):
    conv2d.initialize()
    X = X.reshape((1, 1) + X.shape)
    Y = conv2d(X)
    return Y.reshape(Y.shape[2:])


X = nd.random.uniform(shape=(8, 8))
for layer in [nn.Conv2D(1, kernel_size=3, padding=1), nn.Conv2D(1, kernel_size=(5, 3), padding=(2, 1)),
              nn.Conv2D(1, kernel_size=3, padding=1, strides=2),
              nn.Conv2D(1, kernel_size=(3, 5), padding=(0, 1), strides=(3, 4))]:
    print(layer, comp_conv2d(layer, X).shape)
    print(layer)


# multiple input / output channels
def corr2d_multi_in(X, K):
    return nd.add_n(*[corr2d(x, k) for x, k in zip(X, K)])


X = nd.array([[[0, 1, 2], [3, 4, 5], [6, 7, 8]], [[1, 2, 3], [4, 5, 6], [7, 8, 9]]])
K = nd.array([[[0, 1], [2, 3]], [[1, 2], [3, 4]]])
print(corr2d_multi_in(X, K))


def corr2d_multi_in_out(X, K):
    return nd.stack(*[corr2d_multi_in(X, k) for k in K])


K = nd.stack(K, K + 1, K + 2)
print(K.shape)
print(corr2d_multi_in_out(X, K))


def corr2d_multi_in_out_1x1(X, K):
    c_i, h, w = X.shape
    c_o = K.shape[0]
    X = X.reshape((c_i, h * w))
    K = K.reshape((c_o, c_i))
    Y = nd.dot(K, X)
    return Y.reshape((c_o, h, w))


X = nd.random.uniform(shape=(3, 3, 3))
K = nd.random.uniform(shape=(2, 3, 1, 1))
Y1 = corr2d_multi_in_out_1x1(X, K)
Y2 = corr2d_multi_in_out(X, K)
print((Y1 - Y2).norm().asscalar() < 1e-6)
print(Y1.asnumpy().round(5))

# 1x1 Conv2D layer equals Dense on the channels
conv = nn.Conv2D(2, kernel_size=1, in_channels=3)
conv.initialize(mx.init.Xavier())
dense = nn.Dense(2, in_units=3, flatten=False)
dense.initialize()
dense.weight.set_data(conv.weight.data().reshape((2, 3)))
dense.bias.set_data(conv.bias.data())
Xb = X.expand_dims(0)
out_conv = conv(Xb)
out_dense = dense(Xb.transpose((0, 2, 3, 1))).transpose((0, 3, 1, 2))
print(out_conv.shape, out_dense.shape, np.abs((out_conv - out_dense).asnumpy()).max() < 1e-5)


# pooling
def pool2d(X, pool_size, mode='max'):
    p_h, p_w = pool_size
    Y = nd.zeros((X.shape[0] - p_h + 1, X.shape[1] - p_w + 1))
    for i in range(Y.shape[0]):
        for j in range(Y.shape[1]):
            if mode == 'max':
                Y[i, j] = X[i: i + p_h, j: j + p_w].max()
            elif mode == 'avg':
                Y[i, j] = X[i: i + p_h, j: j + p_w].mean()
    return Y


X = nd.array([[0, 1, 2], [3, 4, 5], [6, 7, 8]])
print(pool2d(X, (2, 2)))
print(pool2d(X, (2, 2), 'avg'))

X = nd.arange(16).reshape((1, 1, 4, 4))
print(X)
for pool in [nn.MaxPool2D(3), nn.MaxPool2D(3, padding=1, strides=2),
             nn.MaxPool2D((2, 3), padding=(1, 2), strides=(2, 3)), nn.AvgPool2D(2),
             nn.AvgPool2D(3, padding=1, strides=2), nn.AvgPool2D(3, padding=1, strides=2, count_include_pad=False),
             nn.MaxPool2D(3, strides=2, ceil_mode=True), nn.GlobalAvgPool2D(), nn.GlobalMaxPool2D()]:
    print(pool)
    print(pool(X))
X = nd.concat(X, X + 1, dim=1)
print(X)
print(nn.MaxPool2D(3, padding=1, strides=2)(X))
x = nd.arange(12).reshape((1, 2, 6))
print(nn.MaxPool1D(2)(x), nn.AvgPool1D(3, strides=2, padding=1)(x))
x3 = nd.arange(16).reshape((1, 1, 2, 2, 4))
print(nn.MaxPool3D(2)(x3), nn.GlobalAvgPool3D()(x3))
# gradient through pooling
X = nd.array([[[[1, 5, 2], [4, 3, 6], [0, 8, 7]]]])
X.attach_grad()
with autograd.record():
    y = nn.MaxPool2D(2, strides=1)(X).sum() + nn.AvgPool2D(2, strides=1)(X).sum()
y.backward()
print(X.grad)
