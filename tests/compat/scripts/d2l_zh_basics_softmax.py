"""d2l-zh (nd era) image classification data (vision transforms, transform_first, DataLoader) and softmax
regression from scratch and with Gluon (SoftmaxCrossEntropyLoss, Trainer), on synthetic Fashion-MNIST-like data."""
import random

import numpy as np

import mxnet as mx
from mxnet import gluon, init, nd
from mxnet.gluon import data as gdata, loss as gloss, nn

from _d2l_zh_basics_common import evaluate_accuracy, fashion_labels, load_data, synthetic_fashion, train_ch3

random.seed(4)
np.random.seed(4)
mx.random.seed(4)

mnist_train = synthetic_fashion(60, 0)
print(len(mnist_train))
feature, label = mnist_train[0]
print(type(feature).__name__, feature.shape, feature.dtype, type(label).__name__, label, label.dtype)
X, y = mnist_train[0:9]
print(type(X).__name__, X.shape, y, fashion_labels(y))
to_tensor = gdata.vision.transforms.ToTensor()
t = to_tensor(feature)
print(t.shape, t.dtype, t.max().asscalar(), t[0, 10, :5])
print(gdata.vision.transforms.Resize(14)(feature).shape)
print(gdata.vision.transforms.Compose([gdata.vision.transforms.Resize(8), to_tensor])(feature)[0, :2])
norm = gdata.vision.transforms.Normalize(0.5, 0.25)
print(norm(t)[0, 0, :3])
ds = mnist_train.transform_first(to_tensor)
print(type(ds).__name__, ds[1][0].shape, ds[1][1])
for workers in (0, 2):
    loader = gdata.DataLoader(ds, 16, shuffle=True, num_workers=workers)
    for Xb, yb in loader:
        print(workers, Xb.shape, Xb.dtype, yb.shape, yb.dtype, yb[:6], Xb.sum().asscalar())
        break
    print(len(loader), sum(b[1].shape[0] for b in loader))
print([b[0].shape[0] for b in gdata.DataLoader(ds, 16, last_batch='discard')])
print([b[0].shape[0] for b in gdata.DataLoader(ds, 16, last_batch='rollover')])

batch_size = 50
train_iter, test_iter = load_data(batch_size)

# from scratch
num_inputs, num_outputs = 784, 10
W = nd.random.normal(scale=0.01, shape=(num_inputs, num_outputs))
b = nd.zeros(num_outputs)
W.attach_grad()
b.attach_grad()
Xs = nd.array([[1, 2, 3], [4, 5, 6]])
print(Xs.sum(axis=0, keepdims=True), Xs.sum(axis=1, keepdims=True))


def softmax(X):
    X_exp = X.exp()
    partition = X_exp.sum(axis=1, keepdims=True)
    return X_exp / partition


X_prob = softmax(nd.random.normal(shape=(2, 5)))
print(X_prob, X_prob.sum(axis=1))


def net(X):
    return softmax(nd.dot(X.reshape((-1, num_inputs)), W) + b)


y_hat = nd.array([[0.1, 0.3, 0.6], [0.3, 0.2, 0.5]])
y = nd.array([0, 2], dtype='int32')
print(nd.pick(y_hat, y))


def cross_entropy(y_hat, y):
    return -nd.pick(y_hat, y).log()


def accuracy(y_hat, y):
    return (y_hat.argmax(axis=1) == y.astype('float32')).mean().asscalar()


print(accuracy(y_hat, y))
print(evaluate_accuracy(test_iter, net))
train_ch3(net, train_iter, test_iter, cross_entropy, 2, batch_size, [W, b], 0.1)
for Xb, yb in test_iter:
    break
print(fashion_labels(yb.asnumpy()[:5]), fashion_labels(net(Xb).argmax(axis=1).asnumpy()[:5]))

# with Gluon
net = nn.Sequential()
net.add(nn.Dense(10))
net.initialize(init.Normal(sigma=0.01))
loss = gloss.SoftmaxCrossEntropyLoss()
print(loss)
trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.1})
train_ch3(net, train_iter, test_iter, loss, 2, batch_size, None, None, trainer)
print(net[0].weight.data()[:2, :3].asnumpy().round(5), net[0].bias.data().asnumpy().round(5))
print(loss(nd.array([[1., 2., 3.], [1., 0., -1.]]), nd.array([2, 0])))
print(gloss.SoftmaxCrossEntropyLoss(sparse_label=False)(nd.array([[1., 2.]]), nd.array([[0.3, 0.7]])))
