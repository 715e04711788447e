# Trainer: rescale_grad, batch sizes, states before a step, lr_mult/wd_mult, Parameter-level changes, optimizers by name
import os
import tempfile
import warnings
import mxnet as mx
from mxnet import autograd, nd, gluon
from mxnet.gluon import nn
import numpy as np

warnings.simplefilter('ignore')
x = nd.array([[1., 2.], [3., -1.]])


def make(prefix):
    net = nn.Dense(1, in_units=2, prefix=prefix)
    net.initialize(mx.init.Constant(0.5))
    return net


def run(net, tr, bs):
    with autograd.record():
        l = net(x).sum()
    l.backward()
    tr.step(bs)
    return np.round(net.weight.data().asnumpy(), 6).tolist(), np.round(net.bias.data().asnumpy(), 6).tolist()


n = make('r_')
t = gluon.Trainer(n.collect_params(), 'sgd', {'learning_rate': 0.1, 'rescale_grad': 0.5})
print(t._scale, t.optimizer.rescale_grad)
print(run(n, t, 2), t.optimizer.rescale_grad)
print(run(n, t, 4), t.optimizer.rescale_grad)
# lr_mult / wd_mult on Parameters
n = make('m_')
n.weight.lr_mult = 0.0
n.bias.wd_mult = 0.0
t = gluon.Trainer(n.collect_params(), 'sgd', {'learning_rate': 0.1, 'wd': 0.5})
print(run(n, t, 1))
n.weight.lr_mult = 2.0
print(run(n, t, 1))
# states before any step
d = tempfile.mkdtemp()
n = make('s_')
t = gluon.Trainer(n.collect_params(), 'adam', {'learning_rate': 0.1})
t.save_states(os.path.join(d, 'a'))
t.load_states(os.path.join(d, 'a'))
print(run(n, t, 1), t.optimizer.num_update)
try:
    t.load_states(os.path.join(d, 'missing'))
except Exception as e:
    print(type(e).__name__)
# optimizers by name through the Trainer
for name in ('sgd', 'nag', 'adam', 'rmsprop', 'adagrad', 'adadelta', 'ftml', 'signum', 'lamb', 'nadam', 'adamax',
             'ftrl', 'dcasgd', 'lars', 'lbsgd', 'sgld'):
    n = make('o_')
    t = gluon.Trainer(n.collect_params(), name, {'learning_rate': 0.05})
    if name == 'sgld':
        print(name, type(t.optimizer).__name__)
        continue
    r = [run(n, t, 2) for _ in range(2)][-1]
    print(name, type(t.optimizer).__name__, np.round(r[0], 4).tolist(), np.round(r[1], 4).tolist())
# trainer params attribute and zero_grad
n = make('z_')
t = gluon.Trainer(n.collect_params(), 'sgd')
print([p.name for p in t._params], t._contexts)
with autograd.record():
    l = n(x).sum()
l.backward()
print(n.weight.grad().asnumpy().tolist())
n.collect_params().zero_grad()
print(n.weight.grad().asnumpy().tolist())
# a parameter in two trainers
n = make('two_')
t1 = gluon.Trainer(n.collect_params(), 'sgd', {'learning_rate': 0.1})
try:
    t2 = gluon.Trainer(n.collect_params(), 'sgd', {'learning_rate': 0.1})
    print('second trainer ok')
    print(run(n, t2, 1))
    print(run(n, t1, 1))
except Exception as e:
    print(type(e).__name__, str(e)[:80])
# uninitialised parameter
p = gluon.Parameter('w', shape=(2,))
try:
    t = gluon.Trainer([p], 'sgd')
    print('created')
    t.step(1)
except Exception as e:
    print(type(e).__name__, str(e)[:70])
