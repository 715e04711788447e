"""d2l-zh's earliest Gluon-basics chapter (name_scope era): prefixed parameter names, ParameterDict [] and get()
without the prefix, an Initializer subclass with _verbose and out=, set_data, deferred shapes in collect_params,
shared parameters through params= in Sequential and Block, gradients of a shared parameter, net.params vs
collect_params."""
import logging
import sys

import numpy as np

import mxnet as mx
from mxnet import autograd, gluon, init, nd
from mxnet.gluon import nn

np.random.seed(15)
mx.random.seed(15)
logging.basicConfig(stream=sys.stdout, level=logging.INFO, format='%(levelname)s %(message)s')


class MLP(nn.Block):
    def __init__(self, **kwargs):
        super(MLP, self).__init__(**kwargs)
        with self.name_scope():
            self.hidden = nn.Dense(4)
            self.output = nn.Dense(2)

    def forward(self, x):
        return self.output(nd.relu(self.hidden(x)))


x = nd.random.uniform(shape=(3, 5))
try:
    net = MLP()
    net(x)
except RuntimeError as err:
    print('RuntimeError:', err)
net.initialize()
print(net(x))
my_param = gluon.Parameter("good_param", shape=(2, 3))
my_param.initialize()
print('data: ', my_param.data(), '\ngrad: ', my_param.grad(), '\nname: ', my_param.name)
w = net.hidden.weight
b = net.hidden.bias
print('hidden layer name: ', net.hidden.name, '\nweight: ', w, '\nbias: ', b)
print('weight:', w.data(), '\nweight grad:', w.grad(), '\nbias:', b.data(), '\nbias grad:', b.grad())
params = net.collect_params()
print(params)
print(params['mlp0_dense0_bias'].data())
print(params.get('dense0_bias').data(), params.get('dense0_bias') is b)
print(net.params, net.hidden.params, net.prefix, net.hidden.prefix)
params.initialize(init=init.Normal(sigma=0.02), force_reinit=True)
print('hidden weight: ', net.hidden.weight.data(), '\nhidden bias: ', net.hidden.bias.data(),
      '\noutput weight: ', net.output.weight.data(), '\noutput bias: ', net.output.bias.data())
net.hidden.bias.initialize(init=init.One(), force_reinit=True)
print(net.hidden.bias.data())


class MyInit(init.Initializer):
    def __init__(self):
        super(MyInit, self).__init__()
        self._verbose = True

    def _init_weight(self, _, arr):
        nd.random.uniform(low=10, high=20, out=arr)


net = MLP()
net.initialize(MyInit())
net(x)
print(net.hidden.weight.data())
net = MLP()
net.initialize()
net(x)
print('output layer default weight:', net.output.weight.data())
w = net.output.weight
w.set_data(nd.ones(w.shape))
print('output layer modified weight:', net.output.weight.data())
net = MLP()
print(net.collect_params())
net.initialize()
print(net.collect_params())
print(x)
net(x)
print(net.collect_params())

net = nn.Sequential()
with net.name_scope():
    net.add(nn.Dense(4, activation='relu'))
    net.add(nn.Dense(4, activation='relu'))
    net.add(nn.Dense(4, activation='relu', params=net[1].params))
    net.add(nn.Dense(2))
net.initialize()
with autograd.record():
    y = net(x).sum()
y.backward()
print(net[1].weight.data())
print(net[2].weight.data(), net[1].weight is net[2].weight)
print(net[1].weight.grad(), net.collect_params())


class MLP_SHARE(nn.Block):
    def __init__(self, **kwargs):
        super(MLP_SHARE, self).__init__(**kwargs)
        with self.name_scope():
            self.hidden1 = nn.Dense(4, activation='relu')
            self.hidden2 = nn.Dense(4, activation='relu')
            self.hidden3 = nn.Dense(4, activation='relu', params=self.hidden2.params)
            self.output = nn.Dense(2)

    def forward(self, x):
        return self.output(self.hidden3(self.hidden2(self.hidden1(x))))


net = MLP_SHARE()
net.initialize()
net(x)
print(net.hidden2.weight.data())
print(net.hidden3.weight.data())
print(net, net.params, net.collect_params())
print(net.hidden3.params is net.hidden2.params, net.hidden3.name, net.hidden3.weight.name)

# custom layers with parameters made under name_scope, with their own default initializers


class CenteredLayer(nn.Block):
    def forward(self, x):
        return x - x.mean()


net = nn.Sequential()
with net.name_scope():
    net.add(nn.Dense(16))
    net.add(nn.Dense(10))
    net.add(CenteredLayer())
net.initialize()
y = net(nd.random.uniform(shape=(4, 8)))
print(abs(y.mean().asscalar()) < 1e-6, net)
params = gluon.ParameterDict(prefix="block1_")
params.get("param2", shape=(2, 3))
print(params)


class MyDense(nn.Block):
    def __init__(self, units, in_units, **kwargs):
        super(MyDense, self).__init__(**kwargs)
        with self.name_scope():
            self.weight = self.params.get('weight', shape=(in_units, units), init=init.One())
            self.bias = self.params.get('bias', shape=(units,), init=init.Constant(0.5))

    def forward(self, x):
        return nd.relu(nd.dot(x, self.weight.data()) + self.bias.data())


dense = MyDense(5, in_units=10, prefix='o_my_dense_')
print(dense.params, dense.name, dense.prefix)
dense.initialize()
print(dense(nd.random.uniform(shape=(2, 10))).asnumpy().round(5))
dense.initialize(init.Normal(), force_reinit=True)
print(dense.weight.data()[0], dense.bias.data())
net = nn.Sequential()
with net.name_scope():
    net.add(MyDense(3, in_units=4))
    net.add(MyDense(2, in_units=3))
net.initialize(init.Xavier())
print(net(nd.random.uniform(shape=(2, 4))).asnumpy().round(5), net.collect_params(), net)
print(type(dense.weight.init).__name__, type(dense.bias.init).__name__, type(net[0].weight.init).__name__)

# the deprecated save_params/load_params of that edition, across networks of different prefixes
import os
import tempfile
import warnings


def get_net():
    net = nn.Sequential()
    with net.name_scope():
        net.add(nn.Dense(10, activation="relu"))
        net.add(nn.Dense(2))
    return net


net = get_net()
net.initialize()
x = nd.random.uniform(shape=(2, 10))
print(net(x).asnumpy().round(5))
filename = os.path.join(tempfile.mkdtemp(), "mlp.params")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    net.save_params(filename)
    net2 = get_net()
    net2.load_params(filename, mx.cpu())
print([str(m.message) for m in caught], [m.category.__name__ for m in caught])
print((net2(x) == net(x)).min(), sorted(nd.load(filename)))
net3 = get_net()
net3.load_parameters(filename, mx.cpu())
print((net3(x) == net(x)).min())
net.save_parameters(filename)
print(sorted(nd.load(filename)))
net4 = get_net()
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    net4.load_params(filename, mx.cpu())
print((net4(x) == net(x)).min())
