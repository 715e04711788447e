import mxnet as mx
from mxnet import init, nd
from mxnet.gluon import nn
mx.random.seed(9)

def getnet():
    net = nn.Sequential()
    net.add(nn.Dense(256, activation='relu'))
    net.add(nn.Dense(10))
    return net

net = getnet()
print(net.collect_params())
try:
    net[0].weight.data()
except Exception as e:
    print(type(e).__name__, e)
net.initialize()
print(net.collect_params())
try:
    net[0].weight.data()
except Exception as e:
    print(type(e).__name__, e)
x = nd.random.uniform(shape=(2, 20))
y = net(x)
print(net.collect_params())

class PrintInit(init.Initializer):
    def _init_weight(self, name, data):
        print('Init', name, data.shape)

net = getnet()
net.initialize(init=PrintInit())
x = nd.random.uniform(shape=(2, 20))
y = net(x)
y = net(x)
print(net[1].bias.data())

class MyInit(init.Initializer):
    def _init_weight(self, name, data):
        print('Init', name, data.shape)
        data[:] = nd.random.uniform(low=-10, high=10, shape=data.shape)
        data *= data.abs() >= 5

net.initialize(init=MyInit(), force_reinit=True)
net = nn.Sequential()
net.add(nn.Dense(256, in_units=20, activation='relu'))
net.add(nn.Dense(10, in_units=256))
net.initialize(init=MyInit())
print(net)
net.initialize(init=init.Normal(sigma=0.01), force_reinit=True)
print(net[0].weight.data()[0])
net.initialize(init=init.Constant(1), force_reinit=True)
print(net[0].weight.data()[0])
net[0].weight.initialize(init=init.Xavier(), force_reinit=True)
net[1].initialize(init=init.Constant(42), force_reinit=True)
print(net[0].weight.data()[0])
print(net[0].bias.data()[0])
print(net[1].weight.data()[0,0])
print(net[1].bias.data()[0])
net.initialize(MyInit(), force_reinit=True)
print(net[0].weight.data()[0])
net[0].weight.data()[:] += 1
net[0].weight.data()[0,0] = 42
print(net[0].weight.data()[0])
for ini in [init.Orthogonal(), init.MSRAPrelu(), init.Xavier(rnd_type='gaussian', factor_type='out', magnitude=3), init.Normal(), init.Uniform(), init.Zero(), init.One()]:
    net[1].weight.initialize(init=ini, force_reinit=True)
    print(ini.dumps(), net[1].weight.data()[0, :3])

net = nn.Sequential()
shared = nn.Dense(8, activation='relu')
net.add(nn.Dense(8, activation='relu'),
        shared,
        nn.Dense(8, activation='relu', params=shared.params),
        nn.Dense(10))
net.initialize()
x = nd.random.uniform(shape=(2, 20))
net(x)
print(net[1].weight.data()[0] == net[2].weight.data()[0])
net[1].weight.data()[0,0] = 100
print(net[1].weight.data()[0] == net[2].weight.data()[0])
