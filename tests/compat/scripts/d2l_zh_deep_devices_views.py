"""d2l-zh computational-performance edges: hybridized blocks using Python-only features (asnumpy, if, +=,
item assignment) on symbols, the exported symbol JSON, parameters initialised on a list of cpu contexts
(errors, Trainer over devices, kvstore 'device'), and pooling of views (x.reshape, contiguous slices)."""
# recorded on AVX2
import os
import tempfile

import numpy as np

import mxnet as mx
from mxnet import autograd, gluon, init, nd
from mxnet.gluon import loss as gloss, nn, utils as gutils

mx.random.seed(10)
np.random.seed(10)


def get_net():
    net = nn.HybridSequential()
    net.add(nn.Dense(8, activation='relu'), nn.Dense(4, activation='relu'), nn.Dropout(0.1), nn.BatchNorm(),
            nn.Dense(2))
    net.initialize()
    return net


net = get_net()
net.hybridize()
net(nd.random.normal(shape=(1, 5)))
with tempfile.TemporaryDirectory() as d:
    net.export(os.path.join(d, 'my_mlp'))
    print(open(os.path.join(d, 'my_mlp-symbol.json')).read())
    print(sorted(os.listdir(d)), os.path.getsize(os.path.join(d, 'my_mlp-0000.params')))


class PythonOnly(nn.HybridBlock):
    def __init__(self, mode, **kwargs):
        super(PythonOnly, self).__init__(**kwargs)
        self.mode = mode
        self.dense = nn.Dense(2)

    def hybrid_forward(self, F, x):
        if self.mode == 'asnumpy':
            x.asnumpy()
        elif self.mode == 'if':
            if x.sum() > 0:
                x = x * 2
        elif self.mode == 'iadd':
            x += 1
        elif self.mode == 'setitem':
            x[:] = x + 1
        elif self.mode == 'shape':
            print(x.shape)
        elif self.mode == 'len':
            print(len(x))
        return self.dense(x)


for mode in ['asnumpy', 'if', 'iadd', 'setitem', 'shape', 'len']:
    blk = PythonOnly(mode)
    blk.initialize()
    print(mode, 'imperative', blk(nd.ones((2, 3))).shape)
    blk.hybridize()
    try:
        print(mode, blk(nd.ones((2, 3))).shape)
    except Exception as err:
        print(mode, type(err).__name__, str(err).splitlines()[0][:120])
net = nn.Sequential()
net.add(nn.Conv2D(4, 3, padding=1), nn.BatchNorm(), nn.Activation('relu'), nn.GlobalAvgPool2D(), nn.Dense(3))
ctx = [mx.cpu(1), mx.cpu(2)]
net.initialize(init=init.Normal(sigma=0.01), ctx=ctx)
x = nd.random.uniform(shape=(4, 1, 6, 6))
gx = gutils.split_and_load(x, ctx)
print([a.context for a in gx])
print(net(gx[0]).context, net(gx[1]).shape)
weight = net[0].params.get('weight')
print(weight)
try:
    weight.data()
except RuntimeError as err:
    print('err:', err)
try:
    net(x)
except Exception as err:
    print('wrong ctx:', type(err).__name__, str(err)[:200])
print(weight.data(ctx[0])[0].asnumpy().round(5))
print(weight.list_ctx(), len(weight.list_grad()))
trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.2})
y = nd.array([0, 1, 2, 1])
gy = gutils.split_and_load(y, ctx)
for step in range(3):
    with autograd.record():
        ls = [gloss.SoftmaxCrossEntropyLoss()(net(a), b) for a, b in zip(gx, gy)]
    for l in ls:
        l.backward()
    trainer.step(4)
    print(step, sum(l.sum().asscalar() for l in ls))
print(trainer._update_on_kvstore, type(trainer._kvstore).__name__)
print((weight.data(ctx[0]) - weight.data(ctx[1])).abs().sum().asscalar())
print([m.asnumpy().round(5) for m in net[1].running_mean.list_data()])
net.collect_params().reset_ctx(mx.cpu())
print(weight.list_ctx(), net(x).shape)
kv = mx.kv.create('device')
print(type(kv).__name__, kv.type, kv.rank, kv.num_workers)
kv.init(3, nd.ones((2, 3)))
kv.push(3, [nd.ones((2, 3), ctx=c) * (i + 1) for i, c in enumerate(ctx)])
out = [nd.zeros((2, 3), ctx=c) for c in ctx]
kv.pull(3, out=out)
print(out)


# pooling of views: MXNet runs its own kernel (divide, then sum) instead of oneDNN (sum, then divide)
def avg(v):
    return nd.Pooling(v, kernel=(3, 3), stride=(2, 2), pad=(1, 1), pool_type='avg').asnumpy().ravel().tolist()


x = nd.array(np.arange(32).reshape(1, 2, 4, 4))
for label, v in [('plain', x), ('arange view', nd.arange(16).reshape((1, 1, 4, 4))), ('[:, 1:2]', x[:, 1:2]),
                 ('[0:1, 0:1]', x[0:1, 0:1]), ('[0][None]', x[0][None]), ('[..., 0:4]', x[..., 0:4]),
                 ('[None]', nd.array(np.arange(16).reshape(1, 4, 4))[None]),
                 ('strided', nd.array(np.arange(64).reshape(4, 1, 4, 4))[1:4:2]),
                 ('back to storage shape', x.reshape((32,)).reshape((1, 2, 4, 4)))]:
    print(label, v.shape, avg(v)[:4])
net = nn.HybridSequential()
net.add(nn.AvgPool2D(3, strides=2, padding=1))
net.hybridize()
print(net(nd.arange(16).reshape((1, 1, 4, 4))), net(nd.array(np.arange(16).reshape(1, 1, 4, 4))))
pinned = nd.ones((1, 2, 3), ctx=mx.cpu_pinned())
print([str(v.context) for v in (pinned[:, 1:2], pinned[None], pinned[0, 1], pinned[:, :, 1:2], pinned[0, :, 1])])
