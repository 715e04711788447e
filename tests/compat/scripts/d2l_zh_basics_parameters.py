"""d2l-zh (nd era) parameter management: access by index/name, data/grad, collect_params (with regex) printing,
initialize with force_reinit, built-in and custom Initializers, set_data, shared parameters, deferred
initialization messages, and custom layers (CenteredLayer, ParameterDict.get, MyDense)."""
import numpy as np

import mxnet as mx
from mxnet import autograd, gluon, init, nd
from mxnet.gluon import nn

np.random.seed(10)
mx.random.seed(10)

net = nn.Sequential()
net.add(nn.Dense(256, activation='relu'))
net.add(nn.Dense(10))
net.initialize()
X = nd.random.uniform(shape=(2, 20))
Y = net(X)
print(net[0].params, type(net[0].params).__name__)
print(net[0].params['dense0_weight'], net[0].weight)
print(net[0].params['dense0_weight'] is net[0].weight)
print(net[0].weight.data()[:2, :4])
print(net[0].weight.grad()[:2, :4])
print(net[1].bias.data())
with autograd.record():
    l = net(X).sum()
l.backward()
print(net[1].bias.grad(), net[0].weight.grad().abs().sum())
print(net.collect_params())
print(net.collect_params('.*weight'))
print(net.collect_params('dense0.*'))
print(list(net.collect_params().keys()), list(net.collect_params().values())[0])
for name, p in net.collect_params().items():
    print(name, p.shape, p.dtype, p.grad_req, p.lr_mult, p.wd_mult, p.init, p.list_ctx())
print(net[0].weight.name, net[0].weight.shape, net[0].weight.list_data()[0].shape, net[0].weight.row_sparse_data)

net.initialize(init=init.Normal(sigma=0.01), force_reinit=True)
print(net[0].weight.data()[0][:5])
net.initialize(init=init.Constant(1), force_reinit=True)
print(net[0].weight.data()[0][:5])
net[0].weight.initialize(init=init.Xavier(), force_reinit=True)
print(net[0].weight.data()[0][:5])
net.initialize()   # already initialized: a warning, nothing changes
print(net[0].weight.data()[0][:2])


class MyInit(init.Initializer):
    def _init_weight(self, name, data):
        print('Init', name, data.shape)
        data[:] = nd.random.uniform(low=-10, high=10, shape=data.shape)
        data *= data.abs() >= 5


net.initialize(MyInit(), force_reinit=True)
print(net[0].weight.data()[0][:6])
net[0].weight.set_data(net[0].weight.data() + 1)
print(net[0].weight.data()[0][:6])
net.collect_params().initialize(init.Uniform(scale=0.1), force_reinit=True)
print(net[1].weight.data()[0][:4], net[1].bias.data()[:3])
net.collect_params('.*bias').setattr('lr_mult', 0.5)
print([p.lr_mult for p in net.collect_params().values()])
net.collect_params().zero_grad()
print(net[0].weight.grad().sum())

net = nn.Sequential()
shared = nn.Dense(8, activation='relu')
net.add(nn.Dense(8, activation='relu'), shared, nn.Dense(8, activation='relu', params=shared.params), nn.Dense(10))
net.initialize()
X = nd.random.uniform(shape=(2, 20))
print(net(X).asnumpy().round(8))
print(net[1].weight.data()[0] == net[2].weight.data()[0])
print(net[1].weight is net[2].weight, net[2].weight.name, len(list(net.collect_params().keys())))
print(net.collect_params())
with autograd.record():
    l = net(X).sum()
l.backward()
print(net[1].weight.grad()[0].asnumpy().round(7))

# deferred initialization


class VerboseInit(init.Initializer):
    def _init_weight(self, name, data):
        print('Init', name, data.shape)


net = nn.Sequential()
net.add(nn.Dense(256, activation='relu'), nn.Dense(10))
net.initialize(init=VerboseInit())
print(net[0].weight)
try:
    net[0].weight.data()
except Exception as e:
    print(type(e).__name__, e)
X = nd.random.uniform(shape=(2, 20))
Y = net(X)
print(net[0].weight)
Y = net(X)
net.initialize(init=VerboseInit(), force_reinit=True)
net = nn.Sequential()
net.add(nn.Dense(256, in_units=20, activation='relu'))
net.add(nn.Dense(10, in_units=256))
net.initialize(init=VerboseInit())
uninit = nn.Dense(3)
try:
    uninit(X)
except Exception as e:
    print(type(e).__name__, e)
try:
    uninit.weight.data()
except Exception as e:
    print(type(e).__name__, e)

# custom layers


class CenteredLayer(nn.Block):
    def __init__(self, **kwargs):
        super(CenteredLayer, self).__init__(**kwargs)

    def forward(self, x):
        return x - x.mean()


layer = CenteredLayer()
print(layer(nd.array([1, 2, 3, 4, 5])))
net = nn.Sequential()
net.add(nn.Dense(16), CenteredLayer())
net.initialize()
y = net(nd.random.uniform(shape=(4, 8)))
print('%.4f' % abs(y.mean().asscalar()), abs(y.mean().asscalar()) < 1e-6)
params = gluon.ParameterDict()
params.get('param2', shape=(2, 3))
print(params)
print(params.get('param2') is params['param2'], params.prefix)
params2 = gluon.ParameterDict(prefix='block_')
params2.get('weight', shape=(2, 2), init=init.One())
params2.update(params)
print(params2)


class MyDense(nn.Block):
    def __init__(self, units, in_units, **kwargs):
        super(MyDense, self).__init__(**kwargs)
        self.weight = self.params.get('weight', shape=(in_units, units))
        self.bias = self.params.get('bias', shape=(units,))

    def forward(self, x):
        return nd.relu(nd.dot(x, self.weight.data()) + self.bias.data())


dense = MyDense(units=3, in_units=5)
print(dense.params)
print(dense)
dense.initialize()
print(dense(nd.random.uniform(shape=(2, 5))))
net = nn.Sequential()
net.add(MyDense(8, in_units=64), MyDense(1, in_units=8))
net.initialize()
print(net(nd.random.uniform(shape=(2, 64))))
print(net)
print(net.collect_params())
