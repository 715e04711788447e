# Trainer on float16 parameters: multi_precision, states, cast after creating the trainer
import os
import tempfile
import warnings
import mxnet as mx
from mxnet import autograd, nd, gluon
from mxnet.gluon import nn
import numpy as np

warnings.simplefilter('ignore')


class Lin(gluon.HybridBlock):
    def __init__(self, **kw):
        super(Lin, self).__init__(**kw)
        with self.name_scope():
            self.weight = self.params.get('weight', shape=(1, 2))
            self.bias = self.params.get('bias', shape=(1,))

    def hybrid_forward(self, F, x, weight, bias):
        return F.broadcast_add(F.sum(F.broadcast_mul(x, weight), axis=1, keepdims=True), bias)


x = nd.array([[1., 2.], [3., -1.]], dtype='float16')
for name, kw in (('sgd', {'momentum': 0.9}), ('adam', {}), ('sgd', {}), ('nag', {'momentum': 0.5}), ('lamb', {}),
                 ('rmsprop', {}), ('adagrad', {})):
    for mp in (False, True):
        net = Lin(prefix='h_')
        net.initialize(mx.init.Constant(0.5))
        net.cast('float16')
        opts = dict(kw, learning_rate=0.1, multi_precision=mp)
        t = gluon.Trainer(net.collect_params(), name, opts)
        try:
            for _ in range(3):
                with autograd.record():
                    l = net(x).sum()
                l.backward()
                t.step(2)
            st = t._updaters[0].states[0]
            kind = type(st).__name__
            if isinstance(st, tuple):
                kind += str([type(s).__name__ if not hasattr(s, 'dtype') else str(s.dtype) for s in st])
            print(name, kw, mp, net.weight.data().dtype, net.weight.data().asnumpy().tolist(), kind)
        except Exception as e:
            print(name, kw, mp, type(e).__name__)
# save/load states of a multi-precision trainer
net = Lin(prefix='s_')
net.initialize(mx.init.Constant(0.5))
net.cast('float16')
t = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.1, 'momentum': 0.9, 'multi_precision': True})
with autograd.record():
    l = net(x).sum()
l.backward()
t.step(2)
f = os.path.join(tempfile.mkdtemp(), 'st')
t.save_states(f)
t.load_states(f)
st = t._updaters[0].states[0]
print(type(st).__name__, [s.dtype for s in st], st[1].asnumpy().tolist())
with autograd.record():
    l = net(x).sum()
l.backward()
t.step(2)
print(net.weight.data().asnumpy().tolist())
