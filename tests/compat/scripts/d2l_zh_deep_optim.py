"""d2l-zh optimization: gd/sgd/minibatch sgd from scratch and with Trainer, momentum, adagrad, rmsprop, adadelta,
adam (scratch state updates and gluon Trainer), on synthetic airfoil-like data."""

import numpy as np

import mxnet as mx
from mxnet import autograd, gluon, init, nd
from mxnet.gluon import data as gdata, loss as gloss, nn

mx.random.seed(6)
np.random.seed(6)


# 1-d / 2-d gradient descent traces
def gd(eta):
    x, results = 10, [10]
    for i in range(10):
        x -= eta * 2 * x
        results.append(x)
    print('epoch 10, x:', x)
    return results


gd(0.2)
gd(1.1)


def train_2d(trainer):
    x1, x2, s1, s2 = -5, -2, 0, 0
    results = [(x1, x2)]
    for i in range(20):
        x1, x2, s1, s2 = trainer(x1, x2, s1, s2)
        results.append((x1, x2))
    print('epoch %d, x1 %f, x2 %f' % (i + 1, x1, x2))
    return results


def f_2d(x1, x2):
    return x1 ** 2 + 2 * x2 ** 2


eta = 0.1


def gd_2d(x1, x2, s1, s2):
    return (x1 - eta * 2 * x1, x2 - eta * 4 * x2, 0, 0)


def sgd_2d(x1, x2, s1, s2):
    return (x1 - eta * (2 * x1 + np.random.normal(0.1)), x2 - eta * (4 * x2 + np.random.normal(0.1)), 0, 0)


train_2d(gd_2d)
train_2d(sgd_2d)

# synthetic "airfoil": 1500 x 5 features standardised, 1 target
raw = np.random.uniform(0, 10, size=(100, 6)).astype(np.float32)
raw = (raw - raw.mean(axis=0)) / raw.std(axis=0)
features, labels = nd.array(raw[:, :-1]), nd.array(raw[:, -1])
print(features.shape, labels.shape, features[:2])


def linreg(X, w, b):
    return nd.dot(X, w) + b


def squared_loss(y_hat, y):
    return (y_hat - y.reshape(y_hat.shape)) ** 2 / 2


def train_ch7(trainer_fn, states, hyperparams, features, labels, batch_size=10, num_epochs=2):
    net, loss = linreg, squared_loss
    w = nd.random.normal(scale=0.01, shape=(features.shape[1], 1))
    b = nd.zeros(1)
    w.attach_grad()
    b.attach_grad()

    def eval_loss():
        return loss(net(features, w, b), labels).mean().asscalar()

    ls = [eval_loss()]
    data_iter = gdata.DataLoader(gdata.ArrayDataset(features, labels), batch_size, shuffle=True)
    for _ in range(num_epochs):
        for batch_i, (X, y) in enumerate(data_iter):
            with autograd.record():
                l = loss(net(X, w, b), y).mean()
            l.backward()
            trainer_fn([w, b], states, hyperparams)
            if (batch_i + 1) * batch_size % 20 == 0:
                ls.append(eval_loss())
    print('loss: %f' % ls[-1], ['%.5f' % v for v in ls])
    print(w.asnumpy().round(5).ravel(), b.asnumpy().round(5))


def sgd(params, states, hyperparams):
    for p in params:
        p[:] -= hyperparams['lr'] * p.grad


def init_momentum_states():
    v_w = nd.zeros((features.shape[1], 1))
    v_b = nd.zeros(1)
    return (v_w, v_b)


def sgd_momentum(params, states, hyperparams):
    for p, v in zip(params, states):
        v[:] = hyperparams['momentum'] * v + hyperparams['lr'] * p.grad
        p[:] -= v


def init_adagrad_states():
    return (nd.zeros((features.shape[1], 1)), nd.zeros(1))


def adagrad(params, states, hyperparams):
    eps = 1e-6
    for p, s in zip(params, states):
        s[:] += p.grad.square()
        p[:] -= hyperparams['lr'] * p.grad / (s + eps).sqrt()


def rmsprop(params, states, hyperparams):
    gamma, eps = hyperparams['gamma'], 1e-6
    for p, s in zip(params, states):
        s[:] = gamma * s + (1 - gamma) * p.grad.square()
        p[:] -= hyperparams['lr'] * p.grad / (s + eps).sqrt()


def init_adadelta_states():
    s_w, s_b = nd.zeros((features.shape[1], 1)), nd.zeros(1)
    delta_w, delta_b = nd.zeros((features.shape[1], 1)), nd.zeros(1)
    return ((s_w, delta_w), (s_b, delta_b))


def adadelta(params, states, hyperparams):
    rho, eps = hyperparams['rho'], 1e-5
    for p, (s, delta) in zip(params, states):
        s[:] = rho * s + (1 - rho) * p.grad.square()
        g = ((delta + eps).sqrt() / (s + eps).sqrt()) * p.grad
        p[:] -= g
        delta[:] = rho * delta + (1 - rho) * g * g


def init_adam_states():
    v_w, v_b = nd.zeros((features.shape[1], 1)), nd.zeros(1)
    s_w, s_b = nd.zeros((features.shape[1], 1)), nd.zeros(1)
    return ((v_w, s_w), (v_b, s_b))


def adam(params, states, hyperparams):
    beta1, beta2, eps = 0.9, 0.999, 1e-6
    for p, (v, s) in zip(params, states):
        v[:] = beta1 * v + (1 - beta1) * p.grad
        s[:] = beta2 * s + (1 - beta2) * p.grad.square()
        v_bias_corr = v / (1 - beta1 ** hyperparams['t'])
        s_bias_corr = s / (1 - beta2 ** hyperparams['t'])
        p[:] -= hyperparams['lr'] * v_bias_corr / (s_bias_corr.sqrt() + eps)
    hyperparams['t'] += 1


train_ch7(sgd, None, {'lr': 1}, features, labels, 100, 3)
train_ch7(sgd, None, {'lr': 0.005}, features[:40], labels[:40], 1, 1)
train_ch7(sgd, None, {'lr': 0.05}, features, labels, 10)
train_ch7(sgd_momentum, init_momentum_states(), {'lr': 0.02, 'momentum': 0.5}, features, labels)
train_ch7(adagrad, init_adagrad_states(), {'lr': 0.1}, features, labels)
train_ch7(rmsprop, init_adagrad_states(), {'lr': 0.01, 'gamma': 0.9}, features, labels)
train_ch7(adadelta, init_adadelta_states(), {'rho': 0.9999}, features, labels)
train_ch7(adam, init_adam_states(), {'lr': 0.01, 't': 1}, features, labels)


def train_gluon_ch7(trainer_name, trainer_hyperparams, features, labels, batch_size=10, num_epochs=2):
    net = nn.Sequential()
    net.add(nn.Dense(1))
    net.initialize(init.Normal(sigma=0.01))
    loss = gloss.L2Loss()

    def eval_loss():
        return loss(net(features), labels).mean().asscalar()

    ls = [eval_loss()]
    data_iter = gdata.DataLoader(gdata.ArrayDataset(features, labels), batch_size, shuffle=True)
    trainer = gluon.Trainer(net.collect_params(), trainer_name, trainer_hyperparams)
    print(type(trainer._optimizer).__name__, trainer.learning_rate, trainer._optimizer.wd,
          sorted(k for k in vars(trainer._optimizer) if not k.startswith('_'))[:6])
    for _ in range(num_epochs):
        for batch_i, (X, y) in enumerate(data_iter):
            with autograd.record():
                l = loss(net(X), y)
            l.backward()
            trainer.step(batch_size)
            if (batch_i + 1) * batch_size % 20 == 0:
                ls.append(eval_loss())
    print('loss: %f' % ls[-1], ['%.5f' % v for v in ls])
    print(net[0].weight.data().asnumpy().round(5), net[0].bias.data().asnumpy().round(5))
    return trainer


train_gluon_ch7('sgd', {'learning_rate': 0.05}, features, labels, 10)
train_gluon_ch7('sgd', {'learning_rate': 0.004, 'momentum': 0.9}, features, labels)
train_gluon_ch7('adagrad', {'learning_rate': 0.1}, features, labels)
train_gluon_ch7('rmsprop', {'learning_rate': 0.01, 'gamma1': 0.9}, features, labels)
train_gluon_ch7('rmsprop', {'learning_rate': 0.01, 'gamma1': 0.9, 'centered': True, 'gamma2': 0.8}, features, labels)
train_gluon_ch7('adadelta', {'rho': 0.9999}, features, labels)
train_gluon_ch7('adam', {'learning_rate': 0.01}, features, labels)
train_gluon_ch7('nag', {'learning_rate': 0.01, 'momentum': 0.9}, features, labels)
t = train_gluon_ch7('sgd', {'learning_rate': 0.05, 'wd': 0.01}, features, labels)
t.set_learning_rate(0.002)
print(t.learning_rate, t.optimizer.learning_rate)
t = train_gluon_ch7(mx.optimizer.Adam(learning_rate=0.02, beta1=0.8), None, features, labels)
print(t.optimizer.beta1, t.optimizer.beta2, t.optimizer.epsilon, t.optimizer.num_update)
t = train_gluon_ch7('sgd', {'learning_rate': 0.05, 'lr_scheduler': mx.lr_scheduler.FactorScheduler(5, 0.5)},
                    features, labels)
print(t.learning_rate)
