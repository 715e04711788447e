"""Feature extraction with SymbolBlock, optional and nested HybridBlock inputs, child replacement, shared params, deferred shapes and load_parameters errors behave as in MXNet."""
# recorded on AVX2
import os
import tempfile
TMP = tempfile.mkdtemp()
import mxnet as mx, numpy as np
from mxnet import nd, gluon, autograd
from mxnet.gluon import nn
mx.random.seed(23); np.random.seed(23)
def tryit(f):
    try: r = f(); print('ok', r)
    except Exception as e: print(type(e).__name__, str(e).replace(TMP, '<tmp>').split('\n')[0][:300])
net = nn.HybridSequential(prefix='m_')
with net.name_scope():
    net.add(nn.Dense(4, activation='relu'), nn.Dense(3), nn.Dense(2))
net.initialize()
x = nd.random.uniform(shape=(2, 5))
print(net(x))
data = mx.sym.var('data'); sym = net(data); internals = sym.get_internals()
print(internals.list_outputs())
fe = gluon.SymbolBlock([internals['m_dense1_fwd_output'], internals['m_dense0_relu_fwd_output']], data, params=net.collect_params())
o = fe(x); print(type(o).__name__, [a.shape for a in o], o[0])
fe.hybridize(); print(fe(x)[1].sum())
class Two(nn.HybridBlock):
    def __init__(self, **kw):
        super(Two, self).__init__(**kw)
        self.d = nn.Dense(2)
    def hybrid_forward(self, F, a, b=None, scale=1.0):
        out = self.d(a)
        if b is not None: out = F.broadcast_add(out, b)
        return out * scale, F.zeros_like(out)
t = Two(); t.initialize()
tryit(lambda: [v.shape for v in t(x)])
tryit(lambda: t(x, nd.ones((1, 2)))[0].asnumpy())
t.hybridize()
tryit(lambda: t(x, nd.ones((1, 2)))[0].asnumpy())
tryit(lambda: t(x)[0].asnumpy())
tryit(lambda: t(x, nd.ones((1, 2)), 2.0)[0].asnumpy())
tryit(lambda: t(x, b=nd.ones((1, 2)))[0].asnumpy())
class Nest(nn.HybridBlock):
    def hybrid_forward(self, F, xs):
        return F.concat(*xs, dim=1)
n = Nest(); tryit(lambda: n([nd.ones((1, 2)), nd.zeros((1, 1))]).shape)
n.hybridize(); tryit(lambda: n([nd.ones((1, 2)), nd.zeros((1, 1))]).shape)
class Rep(nn.Block):
    def __init__(self):
        super(Rep, self).__init__()
        self.a = nn.Dense(2)
r = Rep()
tryit(lambda: setattr(r, 'a', nd.ones(2)))
tryit(lambda: setattr(r, 'a', nn.Dense(3)))
tryit(lambda: setattr(r, 'a', 5))
shared = nn.Dense(3, in_units=5); shared.initialize()
s2 = nn.Dense(3, in_units=5, params=shared.params)
print(s2.weight is shared.weight, s2.prefix, s2.name, list(s2.params.keys()))
p = gluon.Parameter('w', shape=(2, 2)); tryit(lambda: p.data())
tryit(lambda: p.set_data(nd.ones((2, 2))))
p.initialize(); p.set_data(nd.ones((2, 2)) * 3); print(p.data(), p.var(), p.var().attr('__shape__'))
p2 = gluon.Parameter('v', shape=(0, 3), allow_deferred_init=True); p2.initialize()
tryit(lambda: p2.data())
p2.shape = (4, 3); p2._finish_deferred_init(); print(p2.data().shape)
tryit(lambda: setattr(p2, 'shape', (5, 3)))
d = nn.Dense(3); d.initialize()
tryit(lambda: d.weight.data())
d(nd.ones((1, 7))); print(d.weight.shape)
tryit(lambda: d(nd.ones((1, 6))))
class Inf(nn.HybridBlock):
    def __init__(self):
        super(Inf, self).__init__()
        self.w = self.params.get('w', shape=(0, 0), allow_deferred_init=True)
    def infer_shape(self, x): self.w.shape = (x.shape[1], 2)
    def hybrid_forward(self, F, x, w): return F.dot(x, w)
i = Inf(); i.initialize(mx.init.One()); print(i(nd.ones((2, 3))))
net.save_parameters(os.path.join(TMP, 'b.params'))
n2 = nn.HybridSequential(prefix='m_')
with n2.name_scope(): n2.add(nn.Dense(4, activation='relu'), nn.Dense(3))
tryit(lambda: n2.load_parameters(os.path.join(TMP, 'b.params')))
tryit(lambda: n2.load_parameters(os.path.join(TMP, 'b.params'), ignore_extra=True))
n3 = nn.HybridSequential(prefix='m_')
with n3.name_scope(): n3.add(nn.Dense(4, activation='relu'), nn.Dense(3), nn.Dense(2), nn.Dense(1))
tryit(lambda: n3.load_parameters(os.path.join(TMP, 'b.params')))
tryit(lambda: n3.load_parameters(os.path.join(TMP, 'b.params'), allow_missing=True))
n4 = nn.HybridSequential(prefix='m_')
with n4.name_scope(): n4.add(nn.Dense(5, activation='relu'), nn.Dense(3), nn.Dense(2))
tryit(lambda: n4.load_parameters(os.path.join(TMP, 'b.params')))
net.collect_params().save(os.path.join(TMP, 'pd.params'), strip_prefix='m_'); print(sorted(nd.load(os.path.join(TMP, 'pd.params')).keys()))
tryit(lambda: net.collect_params().load(os.path.join(TMP, 'pd.params'), restore_prefix='m_'))
tryit(lambda: net.load_params(os.path.join(TMP, 'b.params')))
print(net[1:], net[-1], len(net))
