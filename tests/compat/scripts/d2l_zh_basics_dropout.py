"""d2l-zh (nd era) dropout from scratch (uniform mask, autograd.is_training) and with Gluon nn.Dropout, plus the
numerical-stability section's pieces (sigmoid gradients, initializers Xavier/Normal/Uniform)."""
import random

import numpy as np

import mxnet as mx
from mxnet import autograd, gluon, init, nd
from mxnet.gluon import loss as gloss, nn

from _d2l_zh_basics_common import load_data, train_ch3

random.seed(7)
np.random.seed(7)
mx.random.seed(7)


def dropout(X, drop_prob):
    assert 0 <= drop_prob <= 1
    keep_prob = 1 - drop_prob
    if keep_prob == 0:
        return X.zeros_like()
    mask = nd.random.uniform(0, 1, X.shape) < keep_prob
    return mask * X / keep_prob


X = nd.arange(16).reshape((2, 8))
print(dropout(X, 0))
print(dropout(X, 0.5))
print(dropout(X, 1))

num_inputs, num_outputs, num_hiddens1, num_hiddens2 = 784, 10, 32, 32
W1 = nd.random.normal(scale=0.01, shape=(num_inputs, num_hiddens1))
b1 = nd.zeros(num_hiddens1)
W2 = nd.random.normal(scale=0.01, shape=(num_hiddens1, num_hiddens2))
b2 = nd.zeros(num_hiddens2)
W3 = nd.random.normal(scale=0.01, shape=(num_hiddens2, num_outputs))
b3 = nd.zeros(num_outputs)
params = [W1, b1, W2, b2, W3, b3]
for param in params:
    param.attach_grad()
drop_prob1, drop_prob2 = 0.2, 0.5


def net(X):
    X = X.reshape((-1, num_inputs))
    H1 = (nd.dot(X, W1) + b1).relu()
    if autograd.is_training():
        H1 = dropout(H1, drop_prob1)
    H2 = (nd.dot(H1, W2) + b2).relu()
    if autograd.is_training():
        H2 = dropout(H2, drop_prob2)
    return nd.dot(H2, W3) + b3


batch_size = 50
train_iter, test_iter = load_data(batch_size)
loss = gloss.SoftmaxCrossEntropyLoss()
train_ch3(net, train_iter, test_iter, loss, 2, batch_size, params, 0.5)

net = nn.Sequential()
net.add(nn.Dense(num_hiddens1, activation='relu'), nn.Dropout(drop_prob1),
        nn.Dense(num_hiddens2, activation='relu'), nn.Dropout(drop_prob2), nn.Dense(10))
print(net)
net.initialize(init.Normal(sigma=0.01))
trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.5})
train_ch3(net, train_iter, test_iter, loss, 2, batch_size, None, None, trainer)

drop = nn.Dropout(0.5)
x = nd.ones((2, 6))
print(drop(x))
with autograd.record():
    print(drop(x))
with autograd.train_mode():
    print(nd.Dropout(x, p=0.3))
print(nd.Dropout(x, p=0.3))
x.attach_grad()
with autograd.record():
    y = nd.Dropout(x, p=0.5, axes=(1,))
y.backward()
print(y, x.grad)

# numerical stability and initialization
x = nd.arange(-8.0, 8.0, 1.0)
x.attach_grad()
with autograd.record():
    y = x.sigmoid()
y.backward()
print(x.grad)
M = nd.random.normal(shape=(4, 4))
for _ in range(20):
    M = nd.dot(M, nd.random.normal(shape=(4, 4)))
print('%.4e' % M.abs().max().asscalar())
for ini in (init.Xavier(), init.Normal(), init.Uniform(), init.Xavier(rnd_type='gaussian', factor_type='in', magnitude=2),
            init.MSRAPrelu(), init.Zero(), init.One(), init.Constant(0.5)):
    d = nn.Dense(3, in_units=4)
    d.initialize(ini)
    print(ini.dumps(), d.weight.data().asnumpy().round(5).tolist())
