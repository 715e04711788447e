"""d2l-zh (nd era) multilayer perceptrons: activation functions and their gradients, an MLP from scratch and
with Gluon (Dense with activation='relu'), trained with the chapter's train_ch3 on synthetic image data."""
import random

import numpy as np

import mxnet as mx
from mxnet import autograd, gluon, init, nd
from mxnet.gluon import loss as gloss, nn

from _d2l_zh_basics_common import load_data, train_ch3

random.seed(5)
np.random.seed(5)
mx.random.seed(5)

x = nd.arange(-8.0, 8.0, 0.5)
x.attach_grad()
for name in ('relu', 'sigmoid', 'tanh'):
    with autograd.record():
        y = getattr(x, name)() if name != 'relu' else x.relu()
    y.backward()
    print(name, y.asnumpy().round(6).tolist())
    print(name, 'grad', x.grad.asnumpy().round(6).tolist())
print(nd.relu(nd.array([-1, 0, 1])), nd.sigmoid(nd.array([0])), nd.tanh(nd.array([0.5])))

batch_size = 50
train_iter, test_iter = load_data(batch_size)
num_inputs, num_outputs, num_hiddens = 784, 10, 64
W1 = nd.random.normal(scale=0.01, shape=(num_inputs, num_hiddens))
b1 = nd.zeros(num_hiddens)
W2 = nd.random.normal(scale=0.01, shape=(num_hiddens, num_outputs))
b2 = nd.zeros(num_outputs)
params = [W1, b1, W2, b2]
for param in params:
    param.attach_grad()


def relu(X):
    return nd.maximum(X, 0)


def net(X):
    X = X.reshape((-1, num_inputs))
    H = relu(nd.dot(X, W1) + b1)
    return nd.dot(H, W2) + b2


loss = gloss.SoftmaxCrossEntropyLoss()
train_ch3(net, train_iter, test_iter, loss, 2, batch_size, params, 0.5)

net = nn.Sequential()
net.add(nn.Dense(num_hiddens, activation='relu'), nn.Dense(10))
print(net)
net.initialize(init.Normal(sigma=0.01))
trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.5})
train_ch3(net, train_iter, test_iter, loss, 2, batch_size, None, None, trainer)
print(net[0], net[0].act, net[1].weight.shape)
for act in ('sigmoid', 'tanh', 'softrelu', 'softsign'):
    d = nn.Dense(3, activation=act, in_units=2)
    d.initialize(init.One())
    print(act, d(nd.array([[0.5, -1.0]])))
