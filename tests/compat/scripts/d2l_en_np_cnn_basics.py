"""d2l-en convolutional networks (np era): cross-correlation from scratch, learning a kernel, padding/stride,
channels, pooling and LeNet with the layer-by-layer shape walk, hybridized training on tiny synthetic data."""
import numpy as onp

import mxnet as mx
from mxnet import autograd, gluon, init, np, npx
from mxnet.gluon import nn

npx.set_np()
mx.random.seed(9)
onp.random.seed(9)


def corr2d(X, K):
    h, w = K.shape
    Y = np.zeros((X.shape[0] - h + 1, X.shape[1] - w + 1))
    for i in range(Y.shape[0]):
        for j in range(Y.shape[1]):
            Y[i, j] = (X[i: i + h, j: j + w] * K).sum()
    return Y


X = np.array([[0.0, 1.0, 2.0], [3.0, 4.0, 5.0], [6.0, 7.0, 8.0]])
K = np.array([[0.0, 1.0], [2.0, 3.0]])
print(corr2d(X, K))


class Conv2D(nn.Block):
    def __init__(self, kernel_size, **kwargs):
        super().__init__(**kwargs)
        self.weight = self.params.get('weight', shape=kernel_size)
        self.bias = self.params.get('bias', shape=(1,))

    def forward(self, x):
        return corr2d(x, self.weight.data()) + self.bias.data()


X = np.ones((6, 8))
X[:, 2:6] = 0
print(X)
K = np.array([[1.0, -1.0]])
Y = corr2d(X, K)
print(Y)
print(corr2d(X.T, K))
c = Conv2D((1, 2))
c.initialize(init.Constant(0.5))
print(c(X[:2, :3]))

conv2d = nn.Conv2D(1, kernel_size=(1, 2), use_bias=False)
conv2d.initialize()
X = X.reshape(1, 1, 6, 8)
Y = Y.reshape(1, 1, 6, 7)
lr = 3e-2
for i in range(10):
    with autograd.record():
        Y_hat = conv2d(X)
        l = (Y_hat - Y) ** 2
    l.backward()
    conv2d.weight.data()[:] -= lr * conv2d.weight.grad()
    if (i + 1) % 2 == 0:
        print(f'epoch {i + 1}, loss {float(l.sum()):.3f}')
print(conv2d.weight.data().reshape((1, 2)).round(3) if hasattr(np.ndarray, 'round') else None)
print(conv2d)


def comp_conv2d(conv2d, X):
    conv2d.initialize()
    X = X.reshape((1, 1) + X.shape)
    Y = conv2d(X)
    return Y.reshape(Y.shape[2:])


X = np.random.uniform(size=(8, 8))
print(comp_conv2d(nn.Conv2D(1, kernel_size=3, padding=1), X).shape)
print(comp_conv2d(nn.Conv2D(1, kernel_size=(5, 3), padding=(2, 1)), X).shape)
print(comp_conv2d(nn.Conv2D(1, kernel_size=3, padding=1, strides=2), X).shape)
print(comp_conv2d(nn.Conv2D(1, kernel_size=(3, 5), padding=(0, 1), strides=(3, 4)), X).shape)


def corr2d_multi_in(X, K):
    return sum(corr2d(x, k) for x, k in zip(X, K))


X = np.array([[[0.0, 1.0, 2.0], [3.0, 4.0, 5.0], [6.0, 7.0, 8.0]],
              [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]]])
K = np.array([[[0.0, 1.0], [2.0, 3.0]], [[1.0, 2.0], [3.0, 4.0]]])
print(corr2d_multi_in(X, K))


def corr2d_multi_in_out(X, K):
    return np.stack([corr2d_multi_in(X, k) for k in K], 0)


K = np.stack((K, K + 1, K + 2), 0)
print(K.shape)
print(corr2d_multi_in_out(X, K))


def corr2d_multi_in_out_1x1(X, K):
    c_i, h, w = X.shape
    c_o = K.shape[0]
    X = X.reshape((c_i, h * w))
    K = K.reshape((c_o, c_i))
    Y = np.dot(K, X)
    return Y.reshape((c_o, h, w))


X = np.random.normal(0, 1, (3, 3, 3))
K = np.random.normal(0, 1, (2, 3, 1, 1))
Y1 = corr2d_multi_in_out_1x1(X, K)
Y2 = corr2d_multi_in_out(X, K)
print(float(np.abs(Y1 - Y2).sum()) < 1e-6)


def pool2d(X, pool_size, mode='max'):
    p_h, p_w = pool_size
    Y = np.zeros((X.shape[0] - p_h + 1, X.shape[1] - p_w + 1))
    for i in range(Y.shape[0]):
        for j in range(Y.shape[1]):
            if mode == 'max':
                Y[i, j] = X[i: i + p_h, j: j + p_w].max()
            elif mode == 'avg':
                Y[i, j] = X[i: i + p_h, j: j + p_w].mean()
    return Y


X = np.array([[0.0, 1.0, 2.0], [3.0, 4.0, 5.0], [6.0, 7.0, 8.0]])
print(pool2d(X, (2, 2)), pool2d(X, (2, 2), 'avg'))
X = np.arange(16, dtype=np.float32).reshape((1, 1, 4, 4))
print(X)
pool2d_ = nn.MaxPool2D(3)
print(pool2d_(X), pool2d_)
pool2d_ = nn.MaxPool2D(3, padding=1, strides=2)
print(pool2d_(X))
pool2d_ = nn.MaxPool2D((2, 3), padding=(0, 1), strides=(2, 3))
print(pool2d_(X))
X = np.concatenate((X, X + 1), 1)
print(X.shape)
pool2d_ = nn.MaxPool2D(3, padding=1, strides=2)
print(pool2d_(X))
print(nn.AvgPool2D(2)(X), nn.AvgPool2D(3, padding=1, strides=2, count_include_pad=False)(X)[0, 0])
print(nn.GlobalAvgPool2D()(X), nn.GlobalMaxPool2D()(X).shape, nn.Flatten()(X).shape)
print(npx.pooling(X, kernel=(2, 2), pool_type='max', stride=(2, 2)))

# LeNet
net = nn.Sequential()
net.add(nn.Conv2D(channels=6, kernel_size=5, padding=2, activation='sigmoid'),
        nn.AvgPool2D(pool_size=2, strides=2),
        nn.Conv2D(channels=16, kernel_size=5, activation='sigmoid'),
        nn.AvgPool2D(pool_size=2, strides=2),
        nn.Dense(120, activation='sigmoid'),
        nn.Dense(84, activation='sigmoid'),
        nn.Dense(10))
X = np.random.uniform(size=(1, 1, 28, 28))
net.initialize()
for layer in net:
    X = layer(X)
    print(layer.name, 'output shape:\t', X.shape)
print(net)

rng = onp.random.RandomState(9)
feats = np.array(rng.uniform(0, 1, size=(16, 1, 28, 28)).astype('float32'))
labs = np.array(rng.randint(0, 10, size=(16,)).astype('int32'))
train_iter = gluon.data.DataLoader(gluon.data.ArrayDataset(feats, labs), 8, shuffle=False)
net.initialize(force_reinit=True, ctx=mx.cpu(), init=init.Xavier())
net.hybridize()
trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.9})
loss = gluon.loss.SoftmaxCrossEntropyLoss()
device = mx.cpu()
for epoch in range(2):
    tot, acc, n = 0.0, 0.0, 0
    for X, y in train_iter:
        X, y = X.as_in_ctx(device), y.as_in_ctx(device)
        with autograd.record():
            y_hat = net(X)
            l = loss(y_hat, y)
        l.backward()
        trainer.step(X.shape[0])
        tot += float(l.sum())
        acc += float((y_hat.argmax(axis=1).astype(y.dtype) == y).sum())
        n += y.size
    print('epoch %d loss %.4f acc %.3f' % (epoch, tot / n, acc / n))
out = net(feats[:2])
print(type(out).__name__, out.shape, out.dtype, out.round(3) if hasattr(out, 'round') else out)
print(net[0].weight.shape, net[4].weight.shape, net[0].weight.data().ctx)
