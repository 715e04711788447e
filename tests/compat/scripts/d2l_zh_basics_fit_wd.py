"""d2l-zh (nd era) underfitting/overfitting with polynomial features and weight decay from scratch (L2 penalty)
and with Gluon (wd in the Trainer's optimizer params, per-parameter wd_mult, collect_params by regex)."""
import random

import numpy as np

import mxnet as mx
from mxnet import autograd, gluon, init, nd
from mxnet.gluon import data as gdata, loss as gloss, nn

random.seed(6)
np.random.seed(6)
mx.random.seed(6)

n_train, n_test, true_w, true_b = 40, 40, [1.2, -3.4, 5.6], 5
features = nd.random.normal(shape=(n_train + n_test, 1))
poly_features = nd.concat(features, nd.power(features, 2), nd.power(features, 3))
labels = (true_w[0] * poly_features[:, 0] + true_w[1] * poly_features[:, 1]
          + true_w[2] * poly_features[:, 2] + true_b)
labels += nd.random.normal(scale=0.1, shape=labels.shape)
print(features[:2], poly_features[:2], labels[:2])

num_epochs, loss = 8, gloss.L2Loss()


def fit_and_report(train_features, test_features, train_labels, test_labels):
    net = nn.Sequential()
    net.add(nn.Dense(1))
    net.initialize()
    batch_size = min(10, train_labels.shape[0])
    train_iter = gdata.DataLoader(gdata.ArrayDataset(train_features, train_labels), batch_size, shuffle=True)
    trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.01})
    train_ls, test_ls = [], []
    for _ in range(num_epochs):
        for X, y in train_iter:
            with autograd.record():
                l = loss(net(X), y)
            l.backward()
            trainer.step(batch_size)
        train_ls.append(loss(net(train_features), train_labels).mean().asscalar())
        test_ls.append(loss(net(test_features), test_labels).mean().asscalar())
    print('final epoch: train loss %.5f, test loss %.5f' % (train_ls[-1], test_ls[-1]))
    print('weight:', net[0].weight.data().asnumpy().round(4), '\nbias:', net[0].bias.data().asnumpy().round(4))


fit_and_report(poly_features[:n_train, :], poly_features[n_train:, :], labels[:n_train], labels[n_train:])
fit_and_report(features[:n_train, :], features[n_train:, :], labels[:n_train], labels[n_train:])
fit_and_report(poly_features[0:2, :], poly_features[n_train:, :], labels[0:2], labels[n_train:])

# weight decay
n_train, n_test, num_inputs = 20, 100, 60
true_w, true_b = nd.ones((num_inputs, 1)) * 0.01, 0.05
features = nd.random.normal(shape=(n_train + n_test, num_inputs))
labels = nd.dot(features, true_w) + true_b
labels += nd.random.normal(scale=0.01, shape=labels.shape)
train_features, test_features = features[:n_train, :], features[n_train:, :]
train_labels, test_labels = labels[:n_train], labels[n_train:]


def init_params():
    w = nd.random.normal(scale=1, shape=(num_inputs, 1))
    b = nd.zeros(shape=(1,))
    w.attach_grad()
    b.attach_grad()
    return [w, b]


def l2_penalty(w):
    return (w ** 2).sum() / 2


def linreg(X, w, b):
    return nd.dot(X, w) + b


def squared_loss(y_hat, y):
    return (y_hat - y.reshape(y_hat.shape)) ** 2 / 2


def sgd(params, lr, batch_size):
    for p in params:
        p[:] = p - lr * p.grad / batch_size


batch_size, num_epochs, lr = 1, 2, 0.003
train_iter = gdata.DataLoader(gdata.ArrayDataset(train_features, train_labels), batch_size, shuffle=True)


def fit_scratch(lambd):
    w, b = init_params()
    for _ in range(num_epochs):
        for X, y in train_iter:
            with autograd.record():
                l = squared_loss(linreg(X, w, b), y) + lambd * l2_penalty(w)
            l.backward()
            sgd([w, b], lr, batch_size)
    print('scratch lambda', lambd, 'train %.5f' % squared_loss(linreg(train_features, w, b), train_labels).mean().asscalar(),
          'test %.5f' % squared_loss(linreg(test_features, w, b), test_labels).mean().asscalar(),
          'L2 norm of w: %.5f' % w.norm().asscalar())


fit_scratch(0)
fit_scratch(3)


def fit_gluon(wd, use_wd_mult=False):
    net = nn.Sequential()
    net.add(nn.Dense(1))
    net.initialize(init.Normal(sigma=1))
    if use_wd_mult:
        net.collect_params('.*bias').setattr('wd_mult', 0)
        trainers = [gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': lr, 'wd': wd})]
    else:
        trainers = [gluon.Trainer(net.collect_params('.*weight'), 'sgd', {'learning_rate': lr, 'wd': wd}),
                    gluon.Trainer(net.collect_params('.*bias'), 'sgd', {'learning_rate': lr})]
    print(list(trainers[0]._params[i].name for i in range(len(trainers[0]._params))))
    for _ in range(num_epochs):
        for X, y in train_iter:
            with autograd.record():
                l = loss(net(X), y)
            l.backward()
            for t in trainers:
                t.step(batch_size)
    print('gluon wd', wd, use_wd_mult, 'train %.5f' % loss(net(train_features), train_labels).mean().asscalar(),
          'test %.5f' % loss(net(test_features), test_labels).mean().asscalar(),
          'L2 norm of w: %.5f' % net[0].weight.data().norm().asscalar(), net[0].bias.data().asnumpy().round(5))
    print(net[0].weight.wd_mult, net[0].bias.wd_mult, net[0].weight.lr_mult)



fit_gluon(3)
fit_gluon(3, use_wd_mult=True)
print(nn.Dense(1, prefix='d_').collect_params('.*weight'))
