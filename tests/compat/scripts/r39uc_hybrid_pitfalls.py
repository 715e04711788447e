"""Hybridization pitfalls in user blocks (param.data() or NDArrays inside hybrid_forward, x.shape on symbols, constants, frozen grad_req, re-hybridizing, register_child, ParameterDict selection and get) behave as in MXNet."""
import mxnet as mx, numpy as np
from mxnet import nd, gluon, autograd
from mxnet.gluon import nn
mx.random.seed(48)
def tryit(lbl, f):
    try:
        r = f()
        if isinstance(r, nd.NDArray): r = r.asnumpy().round(5).tolist()
        print(lbl, 'ok', r)
    except Exception as e: print(lbl, type(e).__name__, '|', [l for l in str(e).split('\n') if l.strip()][-1][:250] if str(e).strip() else '')
class UsesData(nn.HybridBlock):
    def __init__(self):
        super(UsesData, self).__init__()
        with self.name_scope(): self.d = nn.Dense(2, in_units=2)
    def hybrid_forward(self, F, x):
        return self.d(x) + self.d.weight.data().sum()
u = UsesData(); u.initialize(mx.init.One())
tryit('param.data in fwd', lambda: u(nd.ones((1, 2))))
u.hybridize(); tryit('param.data hyb', lambda: u(nd.ones((1, 2))))
class Const(nn.HybridBlock):
    def __init__(self):
        super(Const, self).__init__()
        self.c = self.params.get_constant('c', nd.array([[1., 2.]]))
    def hybrid_forward(self, F, x, c): return F.broadcast_add(x, c)
c = Const(); c.initialize(); tryit('const', lambda: c(nd.ones((2, 2))))
c.hybridize(); tryit('const hyb', lambda: c(nd.ones((2, 2))))
x = nd.ones((1, 2)); x.attach_grad()
with autograd.record(): y = c(x).sum()
y.backward(); tryit('const grad', lambda: (x.grad, c.c.grad_req))
class MixND(nn.HybridBlock):
    def hybrid_forward(self, F, x): return x + nd.ones((1, 2))
m = MixND(); tryit('mix nd', lambda: m(nd.ones((1, 2))))
m.hybridize(); tryit('mix nd hyb', lambda: m(nd.ones((1, 2))))
class Shape(nn.HybridBlock):
    def hybrid_forward(self, F, x): return x.reshape((x.shape[0], -1))
s = Shape(); tryit('shape', lambda: s(nd.ones((2, 2, 2))).shape)
s.hybridize(); tryit('shape hyb', lambda: s(nd.ones((2, 2, 2))).shape)
class Frz(nn.HybridBlock):
    def __init__(self):
        super(Frz, self).__init__()
        with self.name_scope():
            self.a = nn.Dense(2, in_units=2); self.b = nn.Dense(1, in_units=2)
    def hybrid_forward(self, F, x): return self.b(self.a(x))
f = Frz(); f.initialize(mx.init.One())
f.a.collect_params().setattr('grad_req', 'null')
tr = gluon.Trainer(f.collect_params(), 'sgd', {'learning_rate': 0.1})
with autograd.record(): l = f(nd.ones((1, 2))).sum()
l.backward(); tr.step(1)
tryit('frozen', lambda: (f.a.weight.data().asnumpy().tolist(), f.b.weight.data().asnumpy().tolist()))
tryit('frozen grad', lambda: f.a.weight.grad())
f.hybridize(active=True, static_alloc=True); f(nd.ones((1, 2))); f.hybridize(active=False)
tryit('unhybridized', lambda: f(nd.ones((1, 2))))
f.hybridize(static_shape=True, static_alloc=True); tryit('rehybrid', lambda: f(nd.ones((3, 2))))
tryit('rehybrid shape change', lambda: f(nd.ones((4, 2))))
class RC(nn.Block):
    def __init__(self):
        super(RC, self).__init__()
        self.layers = [nn.Dense(2, in_units=2), nn.Dense(2, in_units=2)]
        for i, l in enumerate(self.layers): self.register_child(l, 'layer%d' % i)
    def forward(self, x):
        for l in self.layers: x = l(x)
        return x
r = RC(); r.initialize(mx.init.One()); tryit('register_child', lambda: (list(r._children.keys()), sorted(r.collect_params().keys()), r(nd.ones((1, 2))).asnumpy().tolist()))
tryit('select', lambda: sorted(r.collect_params('.*weight').keys()))
tryit('select list', lambda: sorted(r.collect_params(['dense0_weight']).keys()) if False else sorted(r.collect_params('dense0_.*|dense1_bias').keys()))
tryit('params update', lambda: (lambda pd: (pd.update(r.collect_params()), len(pd.keys())))(gluon.ParameterDict()))
tryit('params contains', lambda: ('dense0_weight' in r.collect_params(), r.collect_params().prefix))
tryit('params get', lambda: r.collect_params().get('dense0_weight').shape if False else r.layers[0].params.get('weight').name)
tryit('params get new', lambda: r.layers[0].params.get('extra', shape=(1,)).name)
tryit('params get mismatch', lambda: r.layers[0].params.get('weight', shape=(3, 3)))
tryit('differentiable False', lambda: gluon.Parameter('q', shape=(1,), differentiable=False).grad_req)
tryit('Parameter lr_mult', lambda: (lambda p: (p.lr_mult, p.wd_mult, p.init, p.dtype, p.stype))(gluon.Parameter('q', shape=(1,), lr_mult=2.0, init='ones')))
