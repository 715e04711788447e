# gluon.Trainer over two contexts: kvstore local/device, update_on_kvstore, states, contexts mismatch
import os
import tempfile
import warnings
import mxnet as mx
from mxnet import autograd, nd, gluon
from mxnet.gluon import nn
import numpy as np

warnings.simplefilter('ignore')
ctxs = [mx.cpu(0), mx.cpu(1)]
xs = [nd.array([[1., 2.]], ctx=ctxs[0]), nd.array([[3., -1.]], ctx=ctxs[1])]
ys = [nd.array([[1.]], ctx=ctxs[0]), nd.array([[0.]], ctx=ctxs[1])]
loss_fn = gluon.loss.L2Loss()


def make(prefix):
    net = nn.Dense(1, in_units=2, prefix=prefix)
    net.initialize(mx.init.Constant(0.5), ctx=ctxs)
    return net


def step(net, tr, **kw):
    with autograd.record():
        ls = [loss_fn(net(x), y) for x, y in zip(xs, ys)]
    autograd.backward(ls)
    tr.step(2, **kw)
    return [np.round(net.weight.data(c).asnumpy(), 5).tolist() for c in ctxs]


for kv, uok in (('local', None), ('device', None), ('local', False), ('device', True), (None, None)):
    net = make('a_')
    tr = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.1, 'momentum': 0.9}, kvstore=kv,
                       update_on_kvstore=uok)
    print(kv, uok, step(net, tr), step(net, tr))
    print('  ', type(tr._kvstore).__name__, tr._update_on_kvstore, tr._distributed)
    d = tempfile.mkdtemp()
    f = os.path.join(d, 's')
    tr.save_states(f)
    tr.load_states(f)
    print('  ', step(net, tr), tr.optimizer.num_update)
    if tr._kvstore is not None and not tr._update_on_kvstore:
        with autograd.record():
            ls = [loss_fn(net(x), y) for x, y in zip(xs, ys)]
        autograd.backward(ls)
        tr.allreduce_grads()
        print('  grads', [net.weight.grad(c).asnumpy().tolist() for c in ctxs])
        tr.update(2)
        print('  ', [np.round(net.weight.data(c).asnumpy(), 5).tolist() for c in ctxs])

# different contexts for parameters
a = gluon.Parameter('a', shape=(2,))
a.initialize(ctx=ctxs)
b = gluon.Parameter('b', shape=(2,))
b.initialize(ctx=mx.cpu(0))
try:
    gluon.Trainer([a, b], 'sgd')
except Exception as e:
    print(type(e).__name__, e)

# deferred initialisation and Trainer
net = nn.Dense(2, prefix='def_')
net.initialize()
tr = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.5})
x = nd.ones((1, 3))
with autograd.record():
    l = net(x).sum()
l.backward()
tr.step(1)
print(net.weight.data().shape, np.round(net.bias.data().asnumpy(), 5).tolist())
# grad stype and ignore_stale_grad on one context only
net = make('c_')
tr = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.1})
with autograd.record():
    l = loss_fn(net(xs[0]), ys[0])
l.backward()
try:
    tr.step(1)
except Exception as e:
    print(type(e).__name__, str(e)[:90])
tr.step(1, ignore_stale_grad=True)
print([np.round(net.weight.data(c).asnumpy(), 5).tolist() for c in ctxs])
