"""d2l-en linear regression (np era): synthetic data, scratch model with attach_grad/sgd, concise Gluon version."""
import random

import numpy as onp

import mxnet as mx
from mxnet import autograd, gluon, init, np, npx
from mxnet.gluon import nn

npx.set_np()
mx.random.seed(3)
onp.random.seed(3)
random.seed(3)


def synthetic_data(w, b, num_examples):
    X = np.random.normal(0, 1, (num_examples, len(w)))
    y = np.dot(X, w) + b
    y += np.random.normal(0, 0.01, y.shape)
    return X, y.reshape((-1, 1))


true_w = np.array([2, -3.4])
true_b = 4.2
features, labels = synthetic_data(true_w, true_b, 100)
print('features:', features[0], '\nlabel:', labels[0])
print(features.shape, labels.shape, features[:, 1].asnumpy().shape)


def data_iter(batch_size, features, labels):
    num_examples = len(features)
    indices = list(range(num_examples))
    random.shuffle(indices)
    for i in range(0, num_examples, batch_size):
        batch_indices = np.array(indices[i: min(i + batch_size, num_examples)])
        yield features[batch_indices], labels[batch_indices]


batch_size = 10
for X, y in data_iter(batch_size, features, labels):
    print(X.shape, y.shape, X.dtype, batch_indices_dtype if False else y[:2])
    break

w = np.random.normal(0, 0.01, (2, 1))
b = np.zeros(1)
w.attach_grad()
b.attach_grad()


def linreg(X, w, b):
    return np.dot(X, w) + b


def squared_loss(y_hat, y):
    return (y_hat - y.reshape(y_hat.shape)) ** 2 / 2


def sgd(params, lr, batch_size):
    for param in params:
        param[:] = param - lr * param.grad / batch_size


lr, num_epochs = 0.03, 3
for epoch in range(num_epochs):
    for X, y in data_iter(batch_size, features, labels):
        with autograd.record():
            l = squared_loss(linreg(X, w, b), y)
        l.backward()
        sgd([w, b], lr, batch_size)
    train_l = squared_loss(linreg(features, w, b), labels)
    print(f'epoch {epoch + 1}, loss {float(train_l.mean()):f}')
print(f'error in estimating w: {true_w - w.reshape(true_w.shape)}')
print(f'error in estimating b: {true_b - b}')

# concise
def load_array(data_arrays, batch_size, is_train=True):
    dataset = gluon.data.ArrayDataset(*data_arrays)
    return gluon.data.DataLoader(dataset, batch_size, shuffle=is_train)


data_iter2 = load_array((features, labels), batch_size)
X, y = next(iter(data_iter2))
print(type(X).__name__, X.shape, y.shape, len(data_iter2))
ds = gluon.data.ArrayDataset(features, labels)
print(len(ds), type(ds[0][0]).__name__, ds[0][1])

net = nn.Sequential()
net.add(nn.Dense(1))
net.initialize(init.Normal(sigma=0.01))
print(net)
print(net[0].weight)
loss = gluon.loss.L2Loss()
print(loss)
trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.03})
num_epochs = 3
for epoch in range(num_epochs):
    for X, y in load_array((features, labels), batch_size, is_train=False):
        with autograd.record():
            l = loss(net(X), y)
        l.backward()
        trainer.step(batch_size)
    l = loss(net(features), labels)
    print(f'epoch {epoch + 1}, loss {l.mean().asnumpy():.4f}')
w = net[0].weight.data()
print(f'error in estimating w {(true_w - w.reshape(true_w.shape)).round(4)}')
b = net[0].bias.data()
print(f'error in estimating b {(true_b - b).round(4)}')
print(net[0].weight.grad().round(3), net[0].bias.grad().shape)
print(net[0].weight, net[0].bias.data().dtype)
for lossfn in (gluon.loss.HuberLoss(), gluon.loss.L1Loss()):
    try:
        print(lossfn(net(features[:3]), labels[:3]).round(4))
    except TypeError as e:
        print(type(lossfn).__name__, 'TypeError')
trainer.set_learning_rate(0.1)
print(trainer.learning_rate)
print(type(l).__name__, l.shape, l.dtype)
