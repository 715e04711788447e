"""d2l-zh (nd era) reading and writing: nd.save/nd.load of an array, a list and a dict (file bytes included),
Block.save_parameters/load_parameters, and the GPU chapter's context handling run on mx.cpu() only."""
import hashlib
import os
import tempfile
import warnings

import numpy as np

import mxnet as mx
from mxnet import gluon, init, nd
from mxnet.gluon import nn

np.random.seed(11)
mx.random.seed(11)
warnings.simplefilter('ignore')
tmp = tempfile.mkdtemp()


def path(name):
    return os.path.join(tmp, name)


def digest(name):
    with open(path(name), 'rb') as f:
        data = f.read()
    return len(data), hashlib.md5(data).hexdigest()


x = nd.ones(3)
nd.save(path('x'), x)
x2 = nd.load(path('x'))
print(x2, type(x2).__name__, digest('x'))
y = nd.zeros(4)
nd.save(path('xy'), [x, y])
x2, y2 = nd.load(path('xy'))
print(x2, y2, digest('xy'))
mydict = {'x': x, 'y': y}
nd.save(path('mydict'), mydict)
mydict2 = nd.load(path('mydict'))
print(mydict2, sorted(mydict2), digest('mydict'))
nd.save(path('mixed'), {'i': nd.arange(3, dtype='int32'), 'h': nd.ones((2, 2), dtype='float16'),
                        'd': nd.array([1.5], dtype='float64'), 'u': nd.array([7], dtype='uint8')})
print(nd.load(path('mixed')), digest('mixed'))
nd.save(path('empty'), [])
print(nd.load(path('empty')), digest('empty'))
try:
    nd.save(path('bad'), [x, 3])
except Exception as e:
    print(type(e).__name__)
try:
    nd.load(path('missing'))
except Exception as e:
    print(type(e).__name__)


class MLP(nn.Block):
    def __init__(self, **kwargs):
        super(MLP, self).__init__(**kwargs)
        self.hidden = nn.Dense(256, activation='relu')
        self.output = nn.Dense(10)

    def forward(self, x):
        return self.output(self.hidden(x))


net = MLP()
net.initialize()
X = nd.random.uniform(shape=(2, 20))
Y = net(X)
filename = path('mlp.params')
net.save_parameters(filename)
print(digest('mlp.params'))
net2 = MLP()
net2.load_parameters(filename)
Y2 = net2(X)
print((Y2 == Y).min(), sorted(nd.load(filename).keys()))
net3 = MLP()
net3.load_parameters(filename, ctx=mx.cpu())
print((net3(X) == Y).sum())
net.collect_params().save(path('mlp.pd'))
print(sorted(nd.load(path('mlp.pd')).keys()), digest('mlp.pd'))
try:
    net.save_params(path('old.params'))   # MXNet 1.9.1's deprecated name fails on a Block whose children lack its prefix
except Exception as e:
    print(type(e).__name__, e)
with net.name_scope():
    pass
scoped = nn.Sequential(prefix='scoped_')
with scoped.name_scope():
    scoped.add(nn.Dense(4, in_units=3))
scoped.initialize()
scoped.save_params(path('old.params'))
print(sorted(nd.load(path('old.params')).keys()), digest('old.params'))
scoped2 = nn.Sequential(prefix='other_')
with scoped2.name_scope():
    scoped2.add(nn.Dense(4, in_units=3))
scoped2.load_params(path('old.params'))
print((scoped2[0].weight.data() == scoped[0].weight.data()).min())
try:
    net5 = nn.Dense(10)
    net5.load_parameters(filename)
except Exception as e:
    print(type(e).__name__, str(e).replace(tmp, 'TMP')[:200])
seq = nn.Sequential()
seq.add(nn.Dense(3, in_units=2), nn.Dense(1, in_units=3))
seq.initialize(init.One())
seq.save_parameters(path('seq.params'))
print(sorted(nd.load(path('seq.params')).keys()), digest('seq.params'))

# contexts: cpu only
print(mx.cpu(), mx.gpu(), mx.gpu(1), mx.cpu(1), repr(mx.cpu()))
print(mx.context.num_gpus(), mx.current_context())
x = nd.array([1, 2, 3])
print(x.context, x.ctx, x.context == mx.cpu(), x.context.device_type, x.context.device_id)
a = nd.array([1, 2, 3], ctx=mx.cpu())
print(a)
B = nd.random.uniform(shape=(2, 3), ctx=mx.cpu(0))
print(B)
z = x.copyto(mx.cpu())
print(z, z is x)
print(x.as_in_context(mx.cpu()) is x, x.copyto(mx.cpu(1)).context)
print((z + 2).exp() * a)


def try_gpu():
    try:
        ctx = mx.gpu()
        _ = nd.zeros((1,), ctx=ctx)
    except mx.base.MXNetError:
        ctx = mx.cpu()
    return ctx


print(try_gpu())
net = nn.Sequential()
net.add(nn.Dense(1))
net.initialize(ctx=mx.cpu())
print(net(a.reshape((1, 3))))
print(net[0].weight.data(), net[0].weight.list_ctx(), net[0].weight.data(mx.cpu()).context)
with mx.Context(mx.cpu(0)):
    print(nd.ones((1,)).context)
