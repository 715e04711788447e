import mxnet as mx
from mxnet import init, nd
from mxnet.gluon import nn
mx.random.seed(3)
import numpy as _np
def show(a):
    """dot-product results differ in the last ulp between oneDNN ISAs: compare them rounded"""
    print(_np.round(a.asnumpy(), 5), a.shape, a.dtype)

net = nn.Sequential()
net.add(nn.Dense(256, activation='relu'))
net.add(nn.Dense(10))
net.initialize()
x = nd.random.uniform(shape=(2, 20))
show(net(x))
print(net[0].params)
print(net[1].params)
print(net[1].bias)
print(net[1].bias.data())
print(net[0].params['dense0_weight'])
print(net[0].params['dense0_weight'].data())
print(net[0].weight.grad())
print(net[0].collect_params())
print(net.collect_params())
print(net.collect_params()['dense1_bias'].data())
print(net.collect_params('.*weight'))
print(net.collect_params('dense0.*'))

def block1():
    net = nn.Sequential()
    net.add(nn.Dense(32, activation='relu'))
    net.add(nn.Dense(16, activation='relu'))
    return net

def block2():
    net = nn.Sequential()
    for i in range(4):
        net.add(block1())
    return net

rgnet = nn.Sequential()
rgnet.add(block2())
rgnet.add(nn.Dense(10))
rgnet.initialize()
show(rgnet(x))
print(rgnet)
print(rgnet.collect_params())
print(rgnet[0][1][0].bias.data())
import os, tempfile
d = tempfile.mkdtemp()
rgnet.save_parameters(os.path.join(d, 'model.params'))
rgnet.load_parameters(os.path.join(d, 'model.params'))
show(rgnet(x))

net.initialize(init=init.Normal(sigma=0.01), force_reinit=True)
print(net[0].weight.data()[0])
net.initialize(init=init.Constant(1), force_reinit=True)
print(net[0].weight.data()[0])
net[1].initialize(init=init.Constant(42), force_reinit=True)
net[0].weight.initialize(init=init.Xavier(), force_reinit=True)
print(net[1].weight.data()[0,0])
print(net[0].weight.data()[0])

class MyInit(init.Initializer):
    def _init_weight(self, name, data):
        print('Init', name, data.shape)
        data[:] = nd.random.uniform(low=-10, high=10, shape=data.shape)
        data *= data.abs() >= 5

net.initialize(MyInit(), force_reinit=True)
print(net[0].weight.data()[0])
net[0].weight.data()[:] += 1
net[0].weight.data()[0,0] = 42
print(net[0].weight.data()[0])

net = nn.Sequential()
shared = nn.Dense(8, activation='relu')
net.add(nn.Dense(8, activation='relu'),
        shared,
        nn.Dense(8, activation='relu', params=shared.params),
        nn.Dense(10))
net.initialize()
x = nd.random.uniform(shape=(2, 20))
show(net(x))
print(net[1].weight.data()[0] == net[2].weight.data()[0])
net[1].weight.data()[0,0] = 100
print(net[1].weight.data()[0] == net[2].weight.data()[0])
print(net.collect_params())
