# Block.summary, register_op_hook on hybridized nets, reprs, hybridize flags, warnings as errors
import warnings
import mxnet as mx
from mxnet import autograd, nd, gluon
from mxnet.gluon import nn
import numpy as np


class Net(gluon.HybridBlock):
    def __init__(self, **kwargs):
        super(Net, self).__init__(**kwargs)
        with self.name_scope():
            self.conv = nn.Conv2D(2, 3, in_channels=1)
            self.bn = nn.BatchNorm()
            self.fc = nn.Dense(3)
            self.fc2 = nn.Dense(3, in_units=3, params=self.fc.collect_params() if False else None)

    def hybrid_forward(self, F, x):
        return self.fc2(self.fc(self.bn(self.conv(x))))


net = Net()
net.initialize(mx.init.Constant(0.1))
x = nd.ones((2, 1, 5, 5))
net.summary(x)
seq = nn.HybridSequential()
d = nn.Dense(4, in_units=4)
seq.add(d, nn.Activation('relu'), d)
seq.initialize()
seq.summary(nd.ones((1, 4)))
net.hybridize()
try:
    net.summary(x)
except Exception as e:
    print(type(e).__name__, e)
print(net)


class TwoIn(gluon.HybridBlock):
    def hybrid_forward(self, F, a, b):
        return a + b, a * b


ti = TwoIn()
ti.summary(nd.ones((2, 2)), nd.ones((2, 2)))

# op hooks
seen = []


def hook(name, opr_name, arr):
    seen.append((name, opr_name))


net2 = nn.HybridSequential(prefix='h_')
with net2.name_scope():
    net2.add(nn.Dense(3, in_units=2, activation='relu'), nn.Dense(1, in_units=3))
net2.initialize(mx.init.One())
net2.hybridize()
net2.register_op_hook(hook)
net2(nd.ones((4, 2)))
for s in seen:
    print(s)
seen.clear()
net2.register_op_hook(hook, monitor_all=True)
net2(nd.ones((4, 2)))
for s in seen:
    print(s)
seen.clear()
net3 = nn.HybridSequential(prefix='k_')
with net3.name_scope():
    net3.add(nn.Dense(3, in_units=2))
net3.initialize()
net3.register_op_hook(hook)
net3(nd.ones((4, 2)))
print(len(seen))

# reprs
print(nn.HybridSequential())
print(gluon.Block())
print(gluon.HybridBlock())
b = gluon.nn.HybridSequential()
b.add(nn.Dense(2), nn.Dropout(0.5))
b.hybridize(static_alloc=True, static_shape=True)
print(b)
b.initialize()
print(b(nd.ones((1, 3))).shape)
print(repr(gluon.loss.L2Loss()))

# hybridize with hooks warns
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    dd = nn.Dense(2)
    dd.register_forward_hook(lambda *a: None)
    dd.hybridize()
    print([str(x.message)[:60] for x in w])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    dd = nn.Dense(2)
    dd.hybridize()
    dd.initialize()
    dd.register_forward_hook(lambda *a: print('hook called'))
    dd(nd.ones((1, 2)))
    print(len(w))


# forward with unused input
class Unused(gluon.HybridBlock):
    def hybrid_forward(self, F, a, b):
        return a * 2


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    u = Unused()
    u.hybridize()
    print(u(nd.ones(2), nd.ones(2)).asnumpy().tolist())
    print([str(x.message) for x in w])


class UnusedParam(gluon.HybridBlock):
    def __init__(self):
        super(UnusedParam, self).__init__(prefix='up_')
        self.p = self.params.get('p', shape=(2,))

    def hybrid_forward(self, F, a, p):
        return a * 2


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    u = UnusedParam()
    u.initialize()
    u.hybridize()
    print(u(nd.ones(2)).asnumpy().tolist())
    print([str(x.message) for x in w])
