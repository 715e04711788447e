# HybridBlock: hybridize, shapes, None inputs, nested inputs/outputs, export/imports, SymbolBlock
import os
import tempfile
import warnings
import mxnet as mx
from mxnet import autograd, nd, gluon
from mxnet.gluon import nn
import numpy as np

warnings.simplefilter('ignore')


class Net(gluon.HybridBlock):
    def __init__(self, **kwargs):
        super(Net, self).__init__(**kwargs)
        with self.name_scope():
            self.dense = nn.Dense(3, in_units=4)
            self.w = self.params.get('scale', shape=(1,), init=mx.init.Constant(2.0))

    def hybrid_forward(self, F, x, y=None, w=None):
        print('  trace', F.__name__.split('.')[-1], type(x).__name__, None if y is None else type(y).__name__)
        out = self.dense(x)
        out = F.broadcast_mul(out, w)
        if y is not None:
            out = F.broadcast_add(out, y)
        return out


net = Net(prefix='net_')
net.initialize(mx.init.Xavier())
for p in net.collect_params().values():
    p.set_data(nd.arange(p.data().size).reshape(p.shape) / 10 + 0.5)
print(net.collect_params().keys())
x = nd.arange(8).reshape((2, 4))
print(np.round(net(x).asnumpy(), 4).tolist())
net.hybridize()
print(np.round(net(x).asnumpy(), 4).tolist())
print(np.round(net(x).asnumpy(), 4).tolist())
print(np.round(net(nd.ones((5, 4))).asnumpy(), 4).tolist())
print(np.round(net(x, nd.ones((2, 3))).asnumpy(), 4).tolist() if False else 'skip')
try:
    net(x, nd.ones((2, 3)))
except Exception as e:
    print(type(e).__name__, e)
print(np.round(net(x, None).asnumpy(), 4).tolist())
net.hybridize(active=False)
print(np.round(net(x, nd.ones((2, 3))).asnumpy(), 4).tolist())
net.hybridize()
print(np.round(net(x, nd.ones((2, 3))).asnumpy(), 4).tolist())
print(np.round(net(x, nd.ones((1, 3))).asnumpy(), 4).tolist())
try:
    net(x)
except Exception as e:
    print(type(e).__name__, e)
try:
    net(x, 3)
except Exception as e:
    print(type(e).__name__, e)
try:
    net(x, mx.sym.var('y'))
except Exception as e:
    print(type(e).__name__)
# symbol
s = net(mx.sym.var('data'))
print(s.list_arguments(), s.list_outputs())
s = net(mx.sym.var('data'), mx.sym.var('extra'))
print(s.list_arguments(), s.list_outputs())
# gradients through a hybridized net
x.attach_grad()
with autograd.record():
    out = net(x, nd.ones((2, 3)))
out.backward()
print(np.round(x.grad.asnumpy(), 4).tolist())
print(np.round(net.dense.weight.grad().asnumpy(), 4).tolist(), net.w.grad().asnumpy().tolist())

# export / imports
d = tempfile.mkdtemp()
net2 = Net(prefix='net_')
net2.initialize()
try:
    net2.export(os.path.join(d, 'noforward'))
except Exception as e:
    print(type(e).__name__, e)
net.hybridize()
net(x)
ret = net.export(os.path.join(d, 'model'), epoch=7)
print(type(ret).__name__ if ret is not None else ret)
print(sorted(os.listdir(d)))
sb = gluon.SymbolBlock.imports(os.path.join(d, 'model-symbol.json'), ['data'], os.path.join(d, 'model-0007.params'))
print(sorted(sb.collect_params().keys()))
print(np.round(sb(x).asnumpy(), 4).tolist())
print(sb.name, sb.prefix)
print(type(sb).__name__)
loaded = nd.load(os.path.join(d, 'model-0007.params'))
print(sorted(loaded.keys()))
sb2 = gluon.SymbolBlock.imports(os.path.join(d, 'model-symbol.json'), 'data')
print([p.shape for p in sb2.collect_params().values()])
try:
    sb2(x)
except Exception as e:
    print(type(e).__name__)
sb2.collect_params().initialize()
print(sb2(x).shape)

# SymbolBlock from symbols
data = mx.sym.var('data')
fc = mx.sym.FullyConnected(data, num_hidden=2, name='fc1')
act = mx.sym.Activation(fc, act_type='relu', name='relu1')
blk = gluon.SymbolBlock(act, data)
print(sorted(blk.collect_params().keys()), blk.collect_params()['fc1_weight'].shape)
blk.initialize(mx.init.One())
print(blk(nd.ones((3, 5))).asnumpy().tolist())
print(blk.collect_params()['fc1_weight'].shape)
blk.hybridize()
print(blk(nd.ones((3, 5))).asnumpy().tolist())
blk3 = gluon.SymbolBlock([fc, act], data)
blk3.initialize(mx.init.One())
out = blk3(nd.ones((1, 5)))
print(type(out).__name__, len(out), [o.shape for o in out])
internals = act.get_internals()
print(internals.list_outputs())
feat = gluon.SymbolBlock(internals['fc1_output'], data, params=blk.collect_params())
print(feat(nd.ones((1, 5))).asnumpy().tolist())


# nested inputs and outputs
class Multi(gluon.HybridBlock):
    def hybrid_forward(self, F, xs, y):
        a, b = xs
        return [a + y, (a * b, b - y)]


m = Multi()
args = ([nd.ones((2,)), nd.ones((2,)) * 3], nd.ones((2,)) * 2)
r = m(*args)
print(type(r).__name__, type(r[1]).__name__, [r[0].asnumpy().tolist(), r[1][0].asnumpy().tolist()])
m.hybridize()
r = m(*args)
print(type(r).__name__, type(r[1]).__name__, [r[0].asnumpy().tolist(), r[1][0].asnumpy().tolist(), r[1][1].asnumpy().tolist()])
try:
    m([nd.ones((2,))], nd.ones((2,)))
except Exception as e:
    print(type(e).__name__, e)


class Single(gluon.HybridBlock):
    def hybrid_forward(self, F, x):
        return [x * 2]


sg = Single()
print(type(sg(nd.ones(2))).__name__)
sg.hybridize()
print(type(sg(nd.ones(2))).__name__)


class Tup(gluon.HybridBlock):
    def hybrid_forward(self, F, x):
        return x * 2, x + 1


t = Tup()
print(type(t(nd.ones(2))).__name__)
t.hybridize()
print(type(t(nd.ones(2))).__name__)
