# hooks on hybridized nets, keyword calls, hybridize on plain Blocks, repeated hybridize, cast of a hybridized net
import warnings
import mxnet as mx
from mxnet import autograd, nd, gluon
from mxnet.gluon import nn
import numpy as np

warnings.simplefilter('ignore')
calls = []
net = nn.HybridSequential(prefix='n_')
with net.name_scope():
    net.add(nn.Dense(2, in_units=2), nn.Dense(1, in_units=2))
net.initialize(mx.init.One())
net[0].register_forward_hook(lambda b, i, o: calls.append(('child', b.name)))
net.register_forward_hook(lambda b, i, o: calls.append(('top', b.name, type(o).__name__)))
net.register_forward_pre_hook(lambda b, i: calls.append(('pre', b.name, len(i))))
x = nd.ones((1, 2))
net(x)
print(calls)
calls.clear()
net.hybridize()
net(x)
print(calls)
calls.clear()
net(x)
print(calls)
try:
    net(x=x)
except Exception as e:
    print(type(e).__name__)
try:
    net(x, x)
except Exception as e:
    print(type(e).__name__)


class Plain(gluon.Block):
    def __init__(self):
        super(Plain, self).__init__(prefix='p_')
        with self.name_scope():
            self.h = nn.Dense(2, in_units=2)

    def forward(self, x):
        return self.h(x) * 2


p = Plain()
p.initialize(mx.init.One())
p.hybridize()
print(p.h._active, p(x).asnumpy().tolist())
p.hybridize(False)
print(p.h._active)
# hybridize twice, clear=False
net.hybridize(static_alloc=True)
print(net(x).asnumpy().tolist())
net.hybridize(clear=False)
print(net(x).asnumpy().tolist())
# cast a hybridized net
net.cast('float64')
print(net(x.astype('float64')).dtype)
# forward with a numpy array
try:
    net(np.ones((1, 2)))
except Exception as e:
    print(type(e).__name__)
try:
    gluon.Block()(x)
except Exception as e:
    print(type(e).__name__)
try:
    gluon.HybridBlock()(x)
except Exception as e:
    print(type(e).__name__)
# grads in hybridized mode, train mode flag inside
class Flag(gluon.HybridBlock):
    def hybrid_forward(self, F, x):
        return F.Dropout(x, p=0.5) if False else x * (2 if autograd.is_training() else 3)


f = Flag()
print(f(x).asnumpy().tolist())
with autograd.record():
    print(f(x).asnumpy().tolist())
f.hybridize()
print(f(x).asnumpy().tolist())
with autograd.record():
    print(f(x).asnumpy().tolist())
with autograd.train_mode():
    print(f(x).asnumpy().tolist())
# optimize_for
o = nn.Dense(2, in_units=2, prefix='o_')
o.initialize(mx.init.One())
for b in (None, 'MKLDNN'):
    try:
        r = o.optimize_for(nd.ones((1, 2)), backend=b)
        print(b, r, o(nd.ones((1, 2))).asnumpy().tolist(), o._active)
    except Exception as e:
        print(b, type(e).__name__, e)
