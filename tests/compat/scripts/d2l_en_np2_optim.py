"""d2l-en (np era) optimization chapter: gradient descent on scalar functions, SGD with noise, minibatch
training from scratch with momentum/adagrad/rmsprop/adadelta/adam states, the same through Gluon's Trainer,
and the learning-rate schedulers (factor, multi-factor, cosine with warmup)."""
import math
import os
import tempfile

import numpy as onp

import mxnet as mx
from mxnet import autograd, gluon, init, lr_scheduler, np, npx
from mxnet.gluon import nn

npx.set_np()
mx.random.seed(2)
onp.random.seed(2)


def r(a, n=5):
    return onp.round(a.asnumpy().astype("float64"), n).tolist()


# one-dimensional gradient descent with np scalars
f = lambda x: x * np.cosh(0.1 * x)
f_grad = lambda x: np.cosh(0.1 * x) + 0.1 * x * np.sinh(0.1 * x)
x = 10.0
results = [x]
for _ in range(5):
    x -= 0.2 * f_grad(x)
    results.append(float(x))
print("gd", type(x).__name__, ["%.5f" % v for v in results])
c = np.array(0.15 * np.pi)
g = lambda x: x * np.cos(c * x)
print("cos", g(np.array(2.0)), np.arange(-10, 10, 4.0), c.dtype, np.pi)
print("meshgrid", [a.shape for a in np.meshgrid(np.arange(-2, 1, 1.0), np.arange(-1, 1, 1.0))])

# 2-D SGD with noise
def f_2d_grad(x1, x2):
    return 2 * x1, 4 * x2


x1, x2 = -5.0, -2.0
for t in range(4):
    g1, g2 = f_2d_grad(x1, x2)
    g1 += np.random.normal(0.0, 1, (1,))
    g2 += np.random.normal(0.0, 1, (1,))
    eta_t = 0.1 * math.exp(-0.1 * t)
    x1, x2 = x1 - eta_t * g1, x2 - eta_t * g2
    print("sgd2d", t, type(x1).__name__, x1.shape, r(x1), r(x2))

# synthetic airfoil-shaped data written to a csv and read back
path = os.path.join(tempfile.mkdtemp(), "air.dat")
raw = onp.random.RandomState(0).uniform(0, 10, size=(60, 6))
onp.savetxt(path, raw, delimiter=",", fmt="%.4f")
data = np.array(onp.genfromtxt(path, dtype=onp.float32, delimiter=","))
data = (data - data.mean(axis=0)) / data.std(axis=0)
print("data", data.shape, data.dtype, r(data[0], 4), r(data.std(axis=0)[:2], 4))
features, labels = data[:48, :-1], data[:48, -1]
dataset = gluon.data.ArrayDataset(features, labels)
loader = gluon.data.DataLoader(dataset, 16, shuffle=False)


def linreg(X, w, b):
    return np.dot(X, w) + b


def squared_loss(y_hat, y):
    return (y_hat - y.reshape(y_hat.shape)) ** 2 / 2


def sgd(params, states, hp):
    for p in params:
        p[:] -= hp["lr"] * p.grad


def sgd_momentum(params, states, hp):
    for p, v in zip(params, states):
        v[:] = hp["momentum"] * v + p.grad
        p[:] -= hp["lr"] * v


def adagrad(params, states, hp):
    eps = 1e-6
    for p, s in zip(params, states):
        s[:] += np.square(p.grad)
        p[:] -= hp["lr"] * p.grad / np.sqrt(s + eps)


def rmsprop(params, states, hp):
    gamma, eps = hp["gamma"], 1e-6
    for p, s in zip(params, states):
        s[:] = gamma * s + (1 - gamma) * np.square(p.grad)
        p[:] -= hp["lr"] * p.grad / np.sqrt(s + eps)


def adadelta(params, states, hp):
    rho, eps = hp["rho"], 1e-5
    for p, (s, delta) in zip(params, states):
        s[:] = rho * s + (1 - rho) * np.square(p.grad)
        g = (np.sqrt(delta + eps) / np.sqrt(s + eps)) * p.grad
        p[:] -= g
        delta[:] = rho * delta + (1 - rho) * g * g


def adam(params, states, hp):
    beta1, beta2, eps = 0.9, 0.999, 1e-6
    for p, (v, s) in zip(params, states):
        v[:] = beta1 * v + (1 - beta1) * p.grad
        s[:] = beta2 * s + (1 - beta2) * np.square(p.grad)
        v_bias_corr = v / (1 - beta1 ** hp["t"])
        s_bias_corr = s / (1 - beta2 ** hp["t"])
        p[:] -= hp["lr"] * v_bias_corr / (np.sqrt(s_bias_corr) + eps)
    hp["t"] += 1


def train_scratch(name, trainer_fn, make_states, hp):
    mx.random.seed(4)
    w = np.random.normal(scale=0.01, size=(5, 1))
    b = np.zeros(1)
    w.attach_grad()
    b.attach_grad()
    states = make_states(w, b)
    for X, y in loader:
        with autograd.record():
            l = squared_loss(linreg(X, w, b), y).mean()
        l.backward()
        trainer_fn([w, b], states, hp)
    full = squared_loss(linreg(features, w, b), labels).mean()
    print("scratch", name, "%.5f" % float(full), r(w.reshape(-1), 4), r(b, 4))


zeros2 = lambda w, b: (np.zeros((5, 1)), np.zeros(1))
train_scratch("sgd", sgd, lambda w, b: None, {"lr": 0.05})
train_scratch("momentum", sgd_momentum, zeros2, {"lr": 0.02, "momentum": 0.5})
train_scratch("adagrad", adagrad, zeros2, {"lr": 0.1})
train_scratch("rmsprop", rmsprop, zeros2, {"lr": 0.01, "gamma": 0.9})
train_scratch("adadelta", adadelta, lambda w, b: ((np.zeros((5, 1)), np.zeros((5, 1))), (np.zeros(1), np.zeros(1))),
              {"rho": 0.9})
train_scratch("adam", adam, lambda w, b: ((np.zeros((5, 1)), np.zeros((5, 1))), (np.zeros(1), np.zeros(1))),
              {"lr": 0.01, "t": 1})


def train_concise(tr_name, hp):
    mx.random.seed(4)
    net = nn.Sequential()
    net.add(nn.Dense(1))
    net.initialize(init.Normal(sigma=0.01))
    trainer = gluon.Trainer(net.collect_params(), tr_name, hp)
    loss = gluon.loss.L2Loss()
    for X, y in loader:
        with autograd.record():
            l = loss(net(X), y)
        l.backward()
        trainer.step(X.shape[0])
    full = loss(net(features), labels).mean()
    print("concise", tr_name, sorted(hp.items()), "%.5f" % float(full), r(net[0].weight.data(), 4),
          trainer.learning_rate, trainer.optimizer.num_update)


train_concise("sgd", {"learning_rate": 0.05})
train_concise("sgd", {"learning_rate": 0.005, "momentum": 0.9})
train_concise("adagrad", {"learning_rate": 0.1})
train_concise("rmsprop", {"learning_rate": 0.01, "gamma1": 0.9})
train_concise("adadelta", {"rho": 0.9})
train_concise("adam", {"learning_rate": 0.01})
train_concise("nag", {"learning_rate": 0.01, "momentum": 0.9})

# learning-rate schedulers
net = nn.Sequential()
net.add(nn.Dense(1))
net.initialize()
trainer = gluon.Trainer(net.collect_params(), "sgd", {"learning_rate": 0.1})
trainer.set_learning_rate(0.05)
print("set lr", trainer.learning_rate)


class SquareRootScheduler:
    def __init__(self, lr=0.1):
        self.lr = lr

    def __call__(self, num_update):
        return self.lr * pow(num_update + 1.0, -0.5)


print("sqrt", ["%.5f" % SquareRootScheduler(0.1)(t) for t in range(4)])
sched = lr_scheduler.FactorScheduler(step=2, factor=0.9, stop_factor_lr=1e-2, base_lr=2.0)
print("factor", [round(sched(t), 6) for t in range(0, 50, 5)])
sched = lr_scheduler.MultiFactorScheduler(step=[15, 30], factor=0.5, base_lr=0.5)
print("multi", [sched(t) for t in range(0, 40, 4)])
sched = lr_scheduler.CosineScheduler(max_update=20, base_lr=0.3, final_lr=0.01)
print("cosine", [round(sched(t), 6) for t in range(0, 30, 3)])
sched = lr_scheduler.CosineScheduler(20, warmup_steps=5, base_lr=0.3, final_lr=0.01)
print("warmup", [round(sched(t), 6) for t in range(0, 30, 2)])
print("attrs", sched.base_lr, sched.max_update, sched.warmup_steps, sched.warmup_begin_lr, sched.warmup_mode)
sched = lr_scheduler.FactorScheduler(step=3, factor=0.5, base_lr=0.4)
trainer = gluon.Trainer(net.collect_params(), "sgd", {"lr_scheduler": sched})
X = np.ones((4, 3))
lrs = []
for i in range(7):
    with autograd.record():
        l = net(X).sum()
    l.backward()
    trainer.step(4)
    lrs.append(trainer.learning_rate)
print("trainer sched", lrs, trainer.optimizer.lr_scheduler is sched)
sched2 = lr_scheduler.MultiFactorScheduler(step=[2, 4], factor=0.1, base_lr=1.0, warmup_steps=2)
print("multi warm", [round(sched2(t), 6) for t in range(7)])
for bad in [lambda: lr_scheduler.FactorScheduler(step=0), lambda: lr_scheduler.FactorScheduler(step=2, factor=1.5),
            lambda: lr_scheduler.MultiFactorScheduler(step=[3, 2]), lambda: lr_scheduler.CosineScheduler(0)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
