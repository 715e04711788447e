# Block: attribute rules, children of HybridBlock, deferred init through hybridized graphs, export of multi-io nets
import os
import tempfile
import warnings
import mxnet as mx
from mxnet import autograd, nd, gluon
from mxnet.gluon import nn
import numpy as np

warnings.simplefilter('ignore')


class B(gluon.Block):
    def __init__(self):
        super(B, self).__init__()
        self.d = nn.Dense(2)
        self.p = gluon.Parameter('pp', shape=(1,))

    def forward(self, x):
        return self.d(x)


b = B()
print(list(b._children.keys()), list(b._reg_params.keys()), list(b.collect_params().keys()))
for bad in (nd.ones(1), 3, nn.Dense(3)):
    try:
        b.d = bad
        print('set', type(bad).__name__)
    except Exception as e:
        print(type(e).__name__, str(e)[:40])
try:
    b.p = gluon.Parameter('other', shape=(1,))
except Exception as e:
    print(type(e).__name__, str(e)[:80])
b.lst = [nn.Dense(1), nn.Dense(2)]
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    b.collect_params()
    print([str(x.message)[:60] for x in w])


class H(gluon.HybridBlock):
    def hybrid_forward(self, F, x):
        return x


h = H()
try:
    h.child = B()
except Exception as e:
    print(type(e).__name__, str(e)[:60])
try:
    h.register_child(nn.Dense(2))
    print(list(h._children.keys()))
except Exception as e:
    print(type(e).__name__)
s = nn.Sequential()
s.add(nn.Dense(2), H())
s.hybridize()
print(s[1]._active, s[0]._active)
print(len(s), type(s[0:1]).__name__, len(s[0:1]))


# deferred init through a hybridized graph
class Deferred(gluon.HybridBlock):
    def __init__(self, **kw):
        super(Deferred, self).__init__(**kw)
        with self.name_scope():
            self.c = nn.Conv2D(3, 3)
            self.d = nn.Dense(4)

    def hybrid_forward(self, F, x):
        return self.d(F.relu(self.c(x)))


net = Deferred(prefix='df_')
net.initialize(mx.init.Constant(0.1))
print([p.shape for p in net.collect_params().values()])
net.hybridize()
out = net(nd.ones((2, 2, 5, 5)))
print(out.shape, [p.shape for p in net.collect_params().values()], np.round(out.asnumpy()[0], 4).tolist())
try:
    net(nd.ones((2, 3, 5, 5)))
except Exception as e:
    print(type(e).__name__)
net2 = Deferred(prefix='df2_')
net2.initialize()
try:
    net2.infer_shape(nd.ones((1, 2, 6, 6)))
    print([p.shape for p in net2.collect_params().values()])
except Exception as e:
    print(type(e).__name__, e)


# multi-input multi-output export and import
class TwoIO(gluon.HybridBlock):
    def __init__(self, **kw):
        super(TwoIO, self).__init__(**kw)
        with self.name_scope():
            self.fc = nn.Dense(2, in_units=3)

    def hybrid_forward(self, F, a, b):
        y = self.fc(a)
        return y + b, F.sum(y, axis=1)


t = TwoIO(prefix='tio_')
t.initialize(mx.init.One())
t.hybridize()
a, bb = nd.ones((2, 3)), nd.ones((2, 2))
o1, o2 = t(a, bb)
print(o1.asnumpy().tolist(), o2.asnumpy().tolist())
d = tempfile.mkdtemp()
t.export(os.path.join(d, 'tio'))
print(sorted(os.listdir(d)))
sym = mx.sym.load(os.path.join(d, 'tio-symbol.json'))
print(sym.list_arguments(), sym.list_outputs())
sb = gluon.SymbolBlock.imports(os.path.join(d, 'tio-symbol.json'), ['data0', 'data1'], os.path.join(d, 'tio-0000.params'))
r = sb(a, bb)
print(type(r).__name__, [x.asnumpy().tolist() for x in r])
try:
    gluon.SymbolBlock.imports(os.path.join(d, 'tio-symbol.json'), ['data0'], os.path.join(d, 'tio-0000.params'))
    print('imported with one input')
except Exception as e:
    print(type(e).__name__)
try:
    gluon.SymbolBlock.imports(os.path.join(d, 'tio-symbol.json'), ['x', 'y'], os.path.join(d, 'tio-0000.params'))
except Exception as e:
    print(type(e).__name__)
sb2 = gluon.SymbolBlock.imports(os.path.join(d, 'tio-symbol.json'), ['data0', 'data1'],
                                os.path.join(d, 'tio-0000.params'), ctx=mx.cpu(1))
print(sb2.collect_params()['tio_dense0_weight'].list_ctx())
# gradient through a SymbolBlock
a.attach_grad()
bb.attach_grad()
with autograd.record():
    r = sb(a, bb)
    l = r[0].sum() + r[1].sum()
l.backward()
print(a.grad.asnumpy().tolist(), sb.collect_params()['tio_dense0_weight'].grad().asnumpy().tolist())
# save_parameters / load_parameters on a SymbolBlock
sb.save_parameters(os.path.join(d, 'sb.params'))
loaded = nd.load(os.path.join(d, 'sb.params'))
print(type(loaded).__name__, sorted(loaded.keys()) if isinstance(loaded, dict) else len(loaded))
try:
    sb.load_parameters(os.path.join(d, 'sb.params'))
except Exception as e:
    print(type(e).__name__)
print(sb(a, bb)[1].asnumpy().tolist())
print(sb)
print(gluon.SymbolBlock(mx.sym.var('x') * 2, mx.sym.var('x')))
print(list(gluon.SymbolBlock(mx.sym.FullyConnected(mx.sym.var('x'), num_hidden=2, name='fc'), mx.sym.var('x'))._reg_params))
try:
    gluon.SymbolBlock(mx.sym.var('x') * 2, mx.sym.var('x') + 1)
except Exception as e:
    print(type(e).__name__)
