"""d2l-zh (nd era) linear regression from scratch (data_iter, linreg, squared_loss, sgd) and with Gluon
(ArrayDataset, DataLoader, Dense, init.Normal, L2Loss, Trainer)."""
import random

import numpy as np

import mxnet as mx
from mxnet import autograd, gluon, init, nd
from mxnet.gluon import data as gdata, loss as gloss, nn

random.seed(3)
np.random.seed(3)
mx.random.seed(3)

num_inputs, num_examples = 2, 200
true_w, true_b = [2, -3.4], 4.2
features = nd.random.normal(scale=1, shape=(num_examples, num_inputs))
labels = true_w[0] * features[:, 0] + true_w[1] * features[:, 1] + true_b
labels += nd.random.normal(scale=0.01, shape=labels.shape)
print(features[0], labels[0])


def data_iter(batch_size, features, labels):
    num_examples = len(features)
    indices = list(range(num_examples))
    random.shuffle(indices)
    for i in range(0, num_examples, batch_size):
        j = nd.array(indices[i: min(i + batch_size, num_examples)])
        yield features.take(j), labels.take(j)


def linreg(X, w, b):
    return nd.dot(X, w) + b


def squared_loss(y_hat, y):
    return (y_hat - y.reshape(y_hat.shape)) ** 2 / 2


def sgd(params, lr, batch_size):
    for param in params:
        param[:] = param - lr * param.grad / batch_size


batch_size = 10
for X, y in data_iter(batch_size, features, labels):
    print(X, y)
    break

w = nd.random.normal(scale=0.01, shape=(num_inputs, 1))
b = nd.zeros(shape=(1,))
w.attach_grad()
b.attach_grad()
lr, num_epochs = 0.03, 3
for epoch in range(num_epochs):
    for X, y in data_iter(batch_size, features, labels):
        with autograd.record():
            l = squared_loss(linreg(X, w, b), y)
        l.backward()
        sgd([w, b], lr, batch_size)
    train_l = squared_loss(linreg(features, w, b), labels)
    print('epoch %d, loss %f' % (epoch + 1, train_l.mean().asnumpy()))
print(true_w, w)
print(true_b, b)

# Gluon version
dataset = gdata.ArrayDataset(features, labels)
data_iter2 = gdata.DataLoader(dataset, batch_size, shuffle=True)
print(len(dataset), len(data_iter2), dataset[0])
for X, y in data_iter2:
    print(X, y)
    break
net = nn.Sequential()
net.add(nn.Dense(1))
print(net)
net.initialize(init.Normal(sigma=0.01))
loss = gloss.L2Loss()
print(loss)
trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.03})
print(trainer.learning_rate, type(trainer._optimizer).__name__)
for epoch in range(1, num_epochs + 1):
    for X, y in data_iter2:
        with autograd.record():
            l = loss(net(X), y)
        l.backward()
        trainer.step(batch_size)
    l = loss(net(features), labels)
    print('epoch %d, loss: %f' % (epoch, l.mean().asnumpy()))
dense = net[0]
print(true_w, dense.weight.data())
print(true_b, dense.bias.data())
print(dense.weight.grad().asnumpy().round(4))
print(dense.weight, dense.bias)
# the exercises: loss with mean reduction in step, trainer.set_learning_rate, Huber loss
trainer.set_learning_rate(0.01)
print(trainer.learning_rate)
with autograd.record():
    l = gloss.HuberLoss()(net(features[:4]), labels[:4])
l.backward()
trainer.step(4)
print(l, dense.bias.data())
print(gloss.L2Loss()(nd.array([[1.], [2.]]), nd.array([3., 5.])))
