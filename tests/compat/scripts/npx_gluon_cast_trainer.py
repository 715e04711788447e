"""Gluon under npx.set_np(): cast, grad_req changes, reset_ctx, Constant and a Trainer step keep mx.np arrays."""
import numpy as onp
import mxnet as mx
from mxnet import autograd, gluon, np, npx
from mxnet.gluon import nn
npx.set_np()
net = nn.Dense(2, in_units=3); net.initialize(mx.init.Constant(0.5))
net.cast('float64')
print(type(net.weight.data()).__name__, net.weight.data().dtype, type(net.weight.grad()).__name__, net.weight.grad().dtype)
out = net(np.ones((1, 3), dtype='float64'))
print(type(out).__name__, out.dtype, out.asnumpy().tolist())
p = net.collect_params()
print(p)
net.weight.grad_req = 'null'; print(net.weight.grad_req)
net.weight.grad_req = 'write'; print(type(net.weight.grad()).__name__)
net.collect_params().reset_ctx(mx.cpu(0)); print(type(net.weight.data()).__name__)
c = gluon.Constant('cc', np.array([1.0, 2.0])); c.initialize(); print(type(c.data()).__name__, c.data().dtype)
tr = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.1})
with autograd.record():
    l = net(np.ones((2, 3), dtype='float64')).sum()
l.backward(); tr.step(1)
print(net.weight.data().asnumpy().tolist())
print(tr.learning_rate, type(net.bias.data()).__name__)
