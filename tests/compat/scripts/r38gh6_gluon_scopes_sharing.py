"""Gluon naming under nested name_scopes and prefixes, params= sharing (grads, Trainer, dedup save/load), slicing and SymbolBlock outputs."""
import os
import tempfile

import mxnet as mx
import numpy as np
from mxnet import autograd, gluon, nd

nn = gluon.nn
mx.random.seed(0)
np.random.seed(0)
dd = tempfile.mkdtemp()


def show(name, fn):
    try:
        print(name, fn())
    except Exception as e:  # noqa: BLE001
        print(name, 'EXC', type(e).__name__, str(e).replace(dd, 'DIR').split('\n')[0][:160])


class M(gluon.HybridBlock):
    def __init__(self, **kw):
        super().__init__(**kw)
        with self.name_scope():
            self.a = nn.Dense(2)
            self.b = nn.HybridSequential()
            with self.b.name_scope():
                self.b.add(nn.Dense(2), nn.Conv2D(2, 1), nn.Dense(2, prefix='custom_'))
            self.c = nn.Dense(2, prefix='')
            self.p = self.params.get('extra', shape=(2,))
            self.k = self.params.get_constant('kk', [1, 2])

    def hybrid_forward(self, F, x, p, k):
        return x


for kw in [{}, dict(prefix='x_'), dict(prefix=''), dict(prefix='M_')]:
    show('names %s' % kw, lambda: (lambda m: (m.name, m.prefix, m.a.name, m.b.name, m.b[0].name, m.b[2].name,
                                              m.c.name, list(m.collect_params().keys())))(M(**kw)))
show('same prefix twice', lambda: [nn.Dense(1, prefix='q_').weight.name for _ in range(2)])


class Foo(gluon.Block):
    pass


class FooBar2(gluon.HybridBlock):
    pass


show('class counters', lambda: [Foo().name, Foo().name, FooBar2().name])
m = M()
print(repr(m))
print(repr(m.collect_params()))
print(repr(m.params))
with mx.name.Prefix('pre_'):
    show('mx.name.Prefix', lambda: (nn.Dense(2).name, mx.sym.var('v').name,
                                    mx.sym.FullyConnected(mx.sym.var('d'), num_hidden=2).name))

# params= sharing
d1 = nn.Dense(3, in_units=2, prefix='a_')
d2 = nn.Dense(3, in_units=2, params=d1.collect_params())
show('shared name', lambda: (d2.weight.name, d2.weight is d1.weight, d2.prefix))
d1.initialize(mx.init.One())
show('shared fwd', lambda: d2(nd.ones((1, 2))).asnumpy().tolist())
show('shared mismatch', lambda: nn.Dense(4, in_units=2, params=d1.collect_params()))
net = nn.HybridSequential()
with net.name_scope():
    a = nn.Dense(2, in_units=2)
    net.add(a)
    net.add(nn.Dense(2, in_units=2, params=a.params))
net.initialize(mx.init.One())
show('shared net params', lambda: list(net.collect_params().keys()))
with autograd.record():
    y = net(nd.ones((1, 2)))
y.backward()
show('shared grad', lambda: a.weight.grad().asnumpy().tolist())
gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.1}).step(1)
show('shared step', lambda: a.weight.data().asnumpy().tolist())
net.save_parameters(os.path.join(dd, 'p.params'))
net.save_parameters(os.path.join(dd, 'p2.params'), deduplicate=True)
show('saved keys', lambda: sorted(nd.load(os.path.join(dd, 'p.params')).keys()))
show('saved dedup keys', lambda: sorted(nd.load(os.path.join(dd, 'p2.params')).keys()))
net2 = nn.HybridSequential()
with net2.name_scope():
    net2.add(nn.Dense(2, in_units=2), nn.Dense(2, in_units=2))
show('dedup into unshared', lambda: net2.load_parameters(os.path.join(dd, 'p2.params')))
show('full into unshared', lambda: (net2.load_parameters(os.path.join(dd, 'p.params')),
                                    net2[1].weight.data().asnumpy().tolist()))

# slicing a HybridSequential keeps the children (and their names)
s = nn.HybridSequential()
s.add(nn.Dense(3), nn.Dense(4), nn.Dense(5))
s.initialize(mx.init.Constant(0.1))
print(repr(s[1:]))
show('slice type/prefix', lambda: (type(s[:2]).__name__, s[1:].prefix, len(s), repr(s[-1])))
show('slice fwd', lambda: s[1:](nd.ones((2, 3))).asnumpy().round(5).tolist())
show('slice params', lambda: list(s[1:].collect_params().keys()))
show('index oob', lambda: s[5])
show('str key', lambda: s['a'])

# SymbolBlock over several outputs of shared parameters; multi-output HybridLambda
x = mx.sym.var('data')
fc = nn.Dense(2, in_units=2, prefix='fc_')
fc.initialize(mx.init.One())
out = fc(x)
sb = gluon.SymbolBlock([out, out * 2], x, params=fc.collect_params())
show('sb outputs', lambda: [o.asnumpy().tolist() for o in sb(nd.ones((1, 2)))])
show('sb params', lambda: list(sb.collect_params().keys()))
lam = nn.HybridLambda(lambda F, v: F.split(v, num_outputs=2))
lam.hybridize()
show('lambda split', lambda: [o.asnumpy().tolist() for o in lam(nd.arange(8).reshape((2, 4)))])
