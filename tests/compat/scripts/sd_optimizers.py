# Straight Dope: optimization algorithms from scratch and the same ones through gluon.Trainer
import math
import mxnet as mx
import numpy as np
from mxnet import nd, autograd, gluon

mx.random.seed(6)
np.random.seed(6)
num_inputs, num_examples = 2, 20
true_w = [2, -3.4]
true_b = 4.2
X = nd.random_normal(scale=1, shape=(num_examples, num_inputs))
y = true_w[0] * X[:, 0] + true_w[1] * X[:, 1] + true_b
y += .01 * nd.random_normal(scale=1, shape=y.shape)
dataset = gluon.data.ArrayDataset(X, y)

def sgd(params, lr, batch_size):
    for param in params:
        param[:] = param - lr * param.grad / batch_size

def sgd_momentum(params, vs, lr, mom, batch_size):
    for param, v in zip(params, vs):
        v[:] = mom * v + lr * param.grad / batch_size
        param[:] = param - v

def adagrad(params, sqrs, lr, batch_size):
    eps_stable = 1e-7
    for param, sqr in zip(params, sqrs):
        g = param.grad / batch_size
        sqr[:] += nd.square(g)
        div = lr * g / nd.sqrt(sqr + eps_stable)
        param[:] -= div

def rmsprop(params, sqrs, lr, gamma, batch_size):
    eps_stable = 1e-8
    for param, sqr in zip(params, sqrs):
        g = param.grad / batch_size
        sqr[:] = gamma * sqr + (1. - gamma) * nd.square(g)
        div = lr * g / nd.sqrt(sqr + eps_stable)
        param[:] -= div

def adadelta(params, sqrs, deltas, rho, batch_size):
    eps_stable = 1e-5
    for param, sqr, delta in zip(params, sqrs, deltas):
        g = param.grad / batch_size
        sqr[:] = rho * sqr + (1. - rho) * nd.square(g)
        cur_delta = nd.sqrt(delta + eps_stable) / nd.sqrt(sqr + eps_stable) * g
        delta[:] = rho * delta + (1. - rho) * cur_delta * cur_delta
        param[:] -= cur_delta

def adam(params, vs, sqrs, lr, batch_size, t):
    beta1, beta2, eps_stable = 0.9, 0.999, 1e-8
    for param, v, sqr in zip(params, vs, sqrs):
        g = param.grad / batch_size
        v[:] = beta1 * v + (1. - beta1) * g
        sqr[:] = beta2 * sqr + (1. - beta2) * nd.square(g)
        v_bias_corr = v / (1. - beta1 ** t)
        sqr_bias_corr = sqr / (1. - beta2 ** t)
        div = lr * v_bias_corr / (nd.sqrt(sqr_bias_corr) + eps_stable)
        param[:] = param - div

def net(X, w, b):
    return nd.dot(X, w) + b

def square_loss(yhat, y):
    return (yhat - y.reshape(yhat.shape)) ** 2 / 2

def init_params():
    w = nd.random_normal(scale=1, shape=(num_inputs, 1))
    b = nd.zeros(shape=(1,))
    params = [w, b]
    for param in params:
        param.attach_grad()
    return params

def zeros_like_all(params):
    return [nd.zeros(p.shape) for p in params]

def train(name, batch_size=5, epochs=1):
    params = init_params()
    w, b = params
    s1, s2 = zeros_like_all(params), zeros_like_all(params)
    data_iter = gluon.data.DataLoader(dataset, batch_size, shuffle=True)
    t = 0
    for epoch in range(epochs):
        for batch_i, (data, label) in enumerate(data_iter):
            with autograd.record():
                output = net(data, w, b)
                loss = square_loss(output, label)
            loss.backward()
            t += 1
            if name == 'sgd':
                sgd([w, b], 0.2, batch_size)
            elif name == 'momentum':
                sgd_momentum([w, b], s1, 0.2, 0.9, batch_size)
            elif name == 'adagrad':
                adagrad([w, b], s1, 0.5, batch_size)
            elif name == 'rmsprop':
                rmsprop([w, b], s1, 0.03, 0.9, batch_size)
            elif name == 'adadelta':
                adadelta([w, b], s1, s2, 0.9999, batch_size)
            elif name == 'adam':
                adam([w, b], s1, s2, 0.1, batch_size, t)
    total_loss = np.mean(square_loss(net(X, w, b), y).asnumpy())
    print(name, 'w:', np.reshape(w.asnumpy(), (1, -1)), 'b:', b.asscalar(), 'loss: %.6e' % total_loss)

for name in ['sgd', 'momentum', 'adagrad', 'rmsprop', 'adadelta', 'adam']:
    train(name)

# gluon versions
for name, kw in [('sgd', {'learning_rate': 0.2}), ('sgd', {'learning_rate': 0.2, 'momentum': 0.9}),
                 ('adagrad', {'learning_rate': 0.5}), ('rmsprop', {'learning_rate': 0.03, 'gamma1': 0.9}),
                 ('rmsprop', {'learning_rate': 0.03, 'gamma1': 0.9, 'centered': True}),
                 ('adadelta', {'rho': 0.9999}), ('adam', {'learning_rate': 0.1}),
                 ('nag', {'learning_rate': 0.1, 'momentum': 0.9}), ('ftrl', {'learning_rate': 0.1}),
                 ('adamax', {'learning_rate': 0.1}), ('nadam', {'learning_rate': 0.1}),
                 ('signum', {'learning_rate': 0.01}), ('ftml', {'learning_rate': 0.1}), ('lamb', {'learning_rate': 0.1})]:
    mnet = gluon.nn.Sequential()
    mnet.add(gluon.nn.Dense(1))
    mnet.initialize(mx.init.Normal(sigma=1), force_reinit=True)
    square = gluon.loss.L2Loss()
    trainer = gluon.Trainer(mnet.collect_params(), name, kw)
    data_iter = gluon.data.DataLoader(dataset, 5, shuffle=True)
    for data, label in data_iter:
        with autograd.record():
            loss = square(mnet(data), label)
        loss.backward()
        trainer.step(5)
    # values through dot/FullyConnected are printed rounded: their last float32 bits depend on the CPU's ISA
    print(name, kw, np.round(mnet[0].weight.data().asnumpy(), 5), np.round(mnet[0].bias.data().asnumpy(), 5),
          '%.5e' % square(mnet(X), y).mean().asscalar())
    print(type(trainer._optimizer).__name__, trainer.learning_rate)
trainer.set_learning_rate(0.01)
print(trainer.learning_rate)

# lr decay as in the chapter, and a scheduler
sched = mx.lr_scheduler.FactorScheduler(step=2, factor=0.5)
opt = mx.optimizer.create('sgd', learning_rate=0.1, lr_scheduler=sched, momentum=0.9)
print(type(opt).__name__, opt.learning_rate, [sched(i) for i in range(6)])
print(mx.optimizer.Optimizer.opt_registry.keys() and sorted(k for k in mx.optimizer.Optimizer.opt_registry.keys())[:5])
