"""d2l-en builders' guide / deep-learning computation (np era): custom blocks, parameter access, initialisation,
sharing, deferred initialisation, custom layers, file I/O and devices."""
import os
import tempfile

import numpy as onp

import mxnet as mx
from mxnet import autograd, gluon, init, np, npx
from mxnet.gluon import nn

npx.set_np()
mx.random.seed(8)
onp.random.seed(8)

net = nn.Sequential()
net.add(nn.Dense(256, activation='relu'))
net.add(nn.Dense(10))
net.initialize()
X = np.random.uniform(size=(2, 20))
print(net(X).shape, net(X)[0, :3].round(5))


class MLP(nn.Block):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.hidden = nn.Dense(256, activation='relu')
        self.out = nn.Dense(10)

    def forward(self, X):
        return self.out(self.hidden(X))


net = MLP()
net.initialize()
print(net(X).shape, net)


class MySequential(nn.Block):
    def add(self, block):
        self._children[block.name] = block

    def forward(self, X):
        for block in self._children.values():
            X = block(X)
        return X


net = MySequential()
net.add(nn.Dense(256, activation='relu'))
net.add(nn.Dense(10))
net.initialize()
print(net(X).shape, list(net._children.keys()))


class FixedHiddenMLP(nn.Block):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.rand_weight = self.params.get_constant('rand_weight', np.random.uniform(size=(20, 20)))
        self.dense = nn.Dense(20, activation='relu')

    def forward(self, X):
        X = self.dense(X)
        X = npx.relu(np.dot(X, self.rand_weight.data()) + 1)
        X = self.dense(X)
        while np.abs(X).sum() > 1:
            X /= 2
        return X.sum()


net = FixedHiddenMLP()
net.initialize()
print('%.5f' % float(net(X)), net(X).shape, sorted(net.collect_params().keys()))


class NestMLP(nn.Block):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.net = nn.Sequential()
        self.net.add(nn.Dense(64, activation='relu'), nn.Dense(32, activation='relu'))
        self.dense = nn.Dense(16, activation='relu')

    def forward(self, X):
        return self.dense(self.net(X))


chimera = nn.Sequential()
chimera.add(NestMLP(), nn.Dense(20), FixedHiddenMLP())
chimera.initialize()
print('%.5f' % float(chimera(X)))
print(chimera)

# parameter management
net = nn.Sequential()
net.add(nn.Dense(8, activation='relu'))
net.add(nn.Dense(1))
net.initialize()
X = np.random.uniform(size=(2, 4))
print(net(X))
print(net[1].params)
print(type(net[1].bias).__name__, net[1].bias, net[1].bias.data())
print(net[1].weight.grad())
print(net[0].collect_params())
print(net.collect_params())
print(net.collect_params()['dense6_bias'].data() if 'dense6_bias' in net.collect_params() else
      sorted(net.collect_params().keys()))
print(net[0].weight.name, net[0].weight.shape, net[0].weight.dtype, net[0].weight.grad_req, net[0].weight.lr_mult)
print(list(net.collect_params().values())[0].name)


def block1():
    net = nn.Sequential()
    net.add(nn.Dense(32, activation='relu'))
    net.add(nn.Dense(16, activation='relu'))
    return net


def block2():
    net = nn.Sequential()
    for _ in range(4):
        net.add(block1())
    return net


rgnet = nn.Sequential()
rgnet.add(block2())
rgnet.add(nn.Dense(10))
rgnet.initialize()
print(rgnet(X).shape)
print(rgnet)
print(rgnet[0][1][0].bias.data())

net.initialize(init=init.Normal(sigma=0.01), force_reinit=True)
print(net[0].weight.data()[0])
net.initialize(init=init.Constant(1), force_reinit=True)
print(net[0].weight.data()[0])
net[0].weight.initialize(init=init.Xavier(), force_reinit=True)
net[1].initialize(init=init.Constant(42), force_reinit=True)
print(net[0].weight.data()[0])
print(net[1].weight.data())


class MyInit(init.Initializer):
    def _init_weight(self, name, data):
        print('Init', name, data.shape)
        data[:] = np.random.uniform(-10, 10, data.shape)
        data *= np.abs(data) >= 5


net.initialize(MyInit(), force_reinit=True)
print(net[0].weight.data()[:2])
net[0].weight.data()[:] += 1
net[0].weight.data()[0, 0] = 42
print(net[0].weight.data()[0])
net[0].weight.set_data(np.ones((8, 4)))
print(net[0].weight.data()[0], net[0].weight.list_data()[0].shape)

net = nn.Sequential()
shared = nn.Dense(8, activation='relu')
net.add(nn.Dense(8, activation='relu'), shared, nn.Dense(8, activation='relu', params=shared.params), nn.Dense(10))
net.initialize()
X = np.random.uniform(size=(2, 20))
net(X)
print(net[1].weight.data()[0] == net[2].weight.data()[0])
net[1].weight.data()[0, 0] = 100
print(net[1].weight.data()[0] == net[2].weight.data()[0])
print(sorted(net.collect_params().keys()))

# deferred initialisation
net = nn.Sequential()
net.add(nn.Dense(256, activation='relu'))
net.add(nn.Dense(10))
print(net.collect_params)
print(net.collect_params())
net.initialize()
print(net.collect_params())
try:
    net[0].weight.data()
except Exception as e:
    print(type(e).__name__)
net(np.random.uniform(size=(2, 20)))
print(net.collect_params())


class MyInit2(init.Initializer):
    def _init_weight(self, name, data):
        print('Init', name, data.shape)


net = nn.Sequential()
net.add(nn.Dense(4, in_units=3), nn.Dense(2))
net.initialize(init=MyInit2())
print('before first call')
net(np.ones((1, 3)))
net.initialize(init=MyInit2(), force_reinit=True)


# custom layers
class CenteredLayer(nn.Block):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)

    def forward(self, X):
        return X - X.mean()


layer = CenteredLayer()
print(layer(np.array([1, 2, 3, 4, 5])))
net = nn.Sequential()
net.add(nn.Dense(128), CenteredLayer())
net.initialize()
Y = net(np.random.uniform(size=(4, 8)))
print('%.3f' % abs(float(Y.mean())) if abs(float(Y.mean())) > 1e-6 else 'centered')
params = gluon.ParameterDict()
params.get('param2', shape=(2, 3))
print(params)


class MyDense(nn.Block):
    def __init__(self, units, in_units, **kwargs):
        super().__init__(**kwargs)
        self.weight = self.params.get('weight', shape=(in_units, units))
        self.bias = self.params.get('bias', shape=(units,))

    def forward(self, x):
        linear = np.dot(x, self.weight.data(ctx=x.ctx)) + self.bias.data(ctx=x.ctx)
        return npx.relu(linear)


dense = MyDense(units=3, in_units=5)
print(dense.params)
dense.initialize()
print(dense(np.random.uniform(size=(2, 5))))
net = nn.Sequential()
net.add(MyDense(8, in_units=64), MyDense(1, in_units=8))
net.initialize()
print(net(np.random.uniform(size=(2, 64))))


class HybridCentered(nn.HybridBlock):
    def hybrid_forward(self, F, x):
        return x - x.mean()


hc = HybridCentered()
hc.hybridize()
print(hc(np.array([1.0, 2.0, 6.0])), hc(np.array([1.0, 2.0, 6.0])))

# file I/O
tmp = tempfile.mkdtemp()
x = np.arange(4)
npx.save(os.path.join(tmp, 'x-file'), x)
x2 = npx.load(os.path.join(tmp, 'x-file'))
print(x2, type(x2).__name__, type(x2[0]).__name__ if isinstance(x2, list) else '')
y = np.zeros(4)
npx.save(os.path.join(tmp, 'x-files'), [x, y])
x2, y2 = npx.load(os.path.join(tmp, 'x-files'))
print((x2, y2))
mydict = {'x': x, 'y': y}
npx.save(os.path.join(tmp, 'mydict'), mydict)
mydict2 = npx.load(os.path.join(tmp, 'mydict'))
print(mydict2, sorted(mydict2), type(mydict2['x']).__name__)


class MLP2(nn.Block):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.hidden = nn.Dense(256, activation='relu')
        self.output = nn.Dense(10)

    def forward(self, x):
        return self.output(self.hidden(x))


net = MLP2()
net.initialize()
X = np.random.uniform(size=(2, 20))
Y = net(X)
net.save_parameters(os.path.join(tmp, 'mlp.params'))
clone = MLP2()
clone.load_parameters(os.path.join(tmp, 'mlp.params'))
Y_clone = clone(X)
print(Y_clone == Y)
loaded = npx.load(os.path.join(tmp, 'mlp.params'))
print(sorted(loaded), {k: v.shape for k, v in loaded.items()}, type(loaded['hidden.weight']).__name__)
loaded_nd = mx.nd.load(os.path.join(tmp, 'mlp.params'))
print(type(loaded_nd['hidden.weight']).__name__)
try:
    net.collect_params().save(os.path.join(tmp, 'pd.params'))
except TypeError:
    print('ParameterDict.save under np: TypeError')
try:
    bad = nn.Dense(3)
    bad.load_parameters(os.path.join(tmp, 'mlp.params'))
except Exception as e:
    print(type(e).__name__)
for f in os.listdir(tmp):
    os.remove(os.path.join(tmp, f))
os.rmdir(tmp)

# devices
print(npx.cpu(), npx.gpu(), npx.gpu(1), npx.num_gpus(), mx.context.num_gpus())
x = np.array([1, 2, 3])
print(x.ctx, x.context, x.device if hasattr(x, 'device') else 'no device attr')
print(x.copyto(mx.cpu()), x.as_in_ctx(mx.cpu()) is x, x.as_in_context(mx.cpu()) is x)
Z = x.copyto(npx.cpu())
print(Z is x, Z.ctx)
net = nn.Sequential()
net.add(nn.Dense(1))
net.initialize(ctx=npx.cpu())
print(net(np.ones((2, 3))), net[0].weight.data().ctx, net[0].weight.list_ctx())
print(mx.current_context(), npx.current_context() if hasattr(npx, 'current_context') else '')
