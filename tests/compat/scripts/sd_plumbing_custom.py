# Straight Dope: plumbing and custom layers (Block / Parameter / ParameterDict reprs, shape inference)
import mxnet as mx
import numpy as np
from mxnet import nd, autograd, gluon
from mxnet.gluon import nn, Block

mx.random.seed(1)
np.random.seed(1)
ctx = mx.cpu()


class MLP(Block):
    def __init__(self, **kwargs):
        super(MLP, self).__init__(**kwargs)
        with self.name_scope():
            self.dense0 = nn.Dense(8)
            self.dense1 = nn.Dense(4)
            self.dense2 = nn.Dense(3)

    def forward(self, x):
        x = nd.relu(self.dense0(x))
        x = nd.relu(self.dense1(x))
        return self.dense2(x)


data = nd.random_normal(shape=(2, 5))
net2 = MLP()
net2.initialize(ctx=ctx)
print(net2(data[0:1]))
print(net2)
print(net2.name, net2.prefix, net2.dense0.name)

net1 = gluon.nn.Sequential()
with net1.name_scope():
    net1.add(gluon.nn.Dense(8, activation="relu"))
    net1.add(gluon.nn.Dense(4, activation="relu"))
    net1.add(gluon.nn.Dense(3))
print(net1.collect_params())
net1.collect_params().initialize(mx.init.Xavier(magnitude=2.24), ctx=ctx)
print(net1.collect_params())
print(np.round(net1(data).asnumpy(), 6))   # rounded: dot's last bits follow the ISA
print(net1.collect_params())
print(net1)
print(net1[0], len(net1))

net3 = gluon.nn.Sequential()
with net3.name_scope():
    net3.add(gluon.nn.Dense(8, in_units=5, activation="relu"))
    net3.add(gluon.nn.Dense(3, in_units=8))
net3.collect_params().initialize(mx.init.Xavier(magnitude=2.24), ctx=ctx)
print(net3.collect_params())
p = net3[0].weight
print(p)
print(p.name, p.shape, p.dtype, p.grad_req, p.list_ctx())
print(p.data()[0])
print(p.grad()[0])
print(net3.collect_params().keys())
print(list(net3.collect_params('.*bias').keys()))


# custom layers
class CenteredLayer(Block):
    def __init__(self, **kwargs):
        super(CenteredLayer, self).__init__(**kwargs)

    def forward(self, x):
        return x - nd.mean(x)


net = CenteredLayer()
print(net(nd.array([1, 2, 3, 4, 5])))

net = nn.Sequential()
with net.name_scope():
    net.add(nn.Dense(4, in_units=5))
    net.add(nn.Dense(2, in_units=4))
    net.add(CenteredLayer())
net.collect_params().initialize(mx.init.Xavier(magnitude=2.24), ctx=ctx)
print(nd.mean(net(data)).asscalar() < 1e-6)
print(net)

my_param = gluon.Parameter("exciting_parameter_yay", grad_req='write', shape=(5, 5))
print(my_param)
my_param.initialize(mx.init.Xavier(magnitude=2.24), ctx=ctx)
print(my_param.data())
print(my_param.list_ctx())

pd = gluon.ParameterDict(prefix="block1_")
pd.get("exciting_parameter_yay", grad_req='write', shape=(5, 5))
print(pd)
print(pd["block1_exciting_parameter_yay"])


class MyDense(Block):
    def __init__(self, units, in_units=0, **kwargs):
        super(MyDense, self).__init__(**kwargs)
        with self.name_scope():
            self.units = units
            self._in_units = in_units
            self.weight = self.params.get('weight', init=mx.init.Xavier(magnitude=2.24),
                                          shape=(in_units, units))
            self.bias = self.params.get('bias', shape=(units,))

    def forward(self, x):
        with x.context:
            linear = nd.dot(x, self.weight.data()) + self.bias.data()
            activation = nd.relu(linear)
            return activation


dense = MyDense(3, in_units=5, prefix='o_my_dense_')
print(dense.params)
print(dense)
dense.collect_params().initialize(ctx=ctx)
# values through dot/FullyConnected are printed rounded: their last float32 bits depend on the CPU's ISA
print(np.round(dense(data).asnumpy(), 6))

net = gluon.nn.Sequential()
with net.name_scope():
    net.add(MyDense(4, in_units=5))
    net.add(MyDense(2, in_units=4))
net.collect_params().initialize(ctx=ctx)
print(net.collect_params())
loss = gluon.loss.SoftmaxCrossEntropyLoss()
trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': .1})
label = nd.array([0, 1])
with autograd.record():
    out = net(data)
    l = loss(out, label)
l.backward()
trainer.step(data.shape[0])
print(l)
print(net[0].weight.data())

# a block with no name_scope gets global-counter names
class NoScope(Block):
    def __init__(self, **kwargs):
        super(NoScope, self).__init__(**kwargs)
        self.d = nn.Dense(2)

    def forward(self, x):
        return self.d(x)

ns = NoScope()
print(ns.collect_params())
print(ns)
