"""d2l-zh (nd era) model construction: a Block subclass MLP, a hand-made Sequential over _children, FancyMLP with
a constant parameter (params.get_constant) and Python control flow, nesting, printing, and the exercises' mistakes."""
import warnings

import numpy as np

import mxnet as mx
from mxnet import nd
from mxnet.gluon import nn

np.random.seed(9)
mx.random.seed(9)
warnings.simplefilter('always')


class MLP(nn.Block):
    def __init__(self, **kwargs):
        super(MLP, self).__init__(**kwargs)
        self.hidden = nn.Dense(256, activation='relu')
        self.output = nn.Dense(10)

    def forward(self, x):
        return self.output(self.hidden(x))


X = nd.random.uniform(shape=(2, 20))
net = MLP()
print(net, net.name, net.prefix, net.hidden.name)
net.initialize()
print(net(X).asnumpy().round(5))
print(net.collect_params())


class MySequential(nn.Block):
    def __init__(self, **kwargs):
        super(MySequential, self).__init__(**kwargs)

    def add(self, block):
        self._children[block.name] = block

    def forward(self, x):
        for block in self._children.values():
            x = block(x)
        return x


net = MySequential()
net.add(nn.Dense(256, activation='relu'))
net.add(nn.Dense(10))
net.initialize()
print(net(X).asnumpy().round(5))
print(net, list(net._children.keys()))


class FancyMLP(nn.Block):
    def __init__(self, **kwargs):
        super(FancyMLP, self).__init__(**kwargs)
        self.rand_weight = self.params.get_constant('rand_weight', nd.random.uniform(shape=(20, 20)))
        self.dense = nn.Dense(20, activation='relu')

    def forward(self, x):
        x = self.dense(x)
        x = nd.relu(nd.dot(x, self.rand_weight.data()) + 1)
        x = self.dense(x)
        while x.norm().asscalar() > 1:
            x /= 2
        if x.norm().asscalar() < 0.8:
            x *= 10
        return x.sum()


net = FancyMLP()
net.initialize()
print(net(X).asnumpy().round(5))
print(net)
print(net.collect_params())
print(net.rand_weight, net.rand_weight.grad_req, net.rand_weight.lr_mult)
print(net.rand_weight.data()[0, :3])


class NestMLP(nn.Block):
    def __init__(self, **kwargs):
        super(NestMLP, self).__init__(**kwargs)
        self.net = nn.Sequential()
        self.net.add(nn.Dense(64, activation='relu'), nn.Dense(32, activation='relu'))
        self.dense = nn.Dense(16, activation='relu')

    def forward(self, x):
        return self.dense(self.net(x))


net = nn.Sequential()
net.add(NestMLP(), nn.Dense(20), FancyMLP())
net.initialize()
print(net(X).asnumpy().round(5))
print(net)
print(len(net), net[0].net[1], net[1:])
print(sorted(net.collect_params().keys()))


class NoSuper(nn.Block):
    def __init__(self, **kwargs):
        self.hidden = nn.Dense(4)


try:
    NoSuper()
except Exception as e:
    print(type(e).__name__, e)


class ListNest(nn.Block):
    def __init__(self, **kwargs):
        super(ListNest, self).__init__(**kwargs)
        self.net = [nn.Dense(64, activation='relu'), nn.Dense(32, activation='relu')]
        self.dense = nn.Dense(16, activation='relu')

    def forward(self, x):
        for layer in self.net:
            x = layer(x)
        return self.dense(x)


net = ListNest()
print(net)
print(sorted(net.collect_params().keys()))
net.initialize()
try:
    print(net(X).shape)
except Exception as e:
    print(type(e).__name__, str(e).splitlines()[0])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    net2 = ListNest()
    net2.initialize()
    net2.net[0].initialize()
    net2.net[1].initialize()
    print(net2(X).shape)
print([str(w.message).splitlines()[0] for w in caught])
