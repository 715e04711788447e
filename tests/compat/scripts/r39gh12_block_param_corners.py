"""Gluon Block/Parameter corners from user reports: hooks around hybridized children, set_data on deferred parameters, per-context data, cast of grads, exported graph attributes."""
import json
import os
import tempfile

import mxnet as mx
import numpy as np
from mxnet import gluon, nd

mx.random.seed(1)
np.random.seed(1)


def t(name, f):
    try:
        r = f()
        if isinstance(r, nd.NDArray):
            print(name, r.shape, r.dtype.__name__, r.context, np.array2string(r.asnumpy().ravel()[:6], precision=6))
        else:
            print(name, r)
    except Exception as e:
        print(name, type(e).__name__, ':', str(e).split('\n')[0][:300])


# forward hooks: a hybridized parent stops its children's hooks; a pre-hook's return value is ignored
calls = []
net = gluon.nn.HybridSequential()
with net.name_scope():
    net.add(gluon.nn.Dense(3), gluon.nn.Dense(2))
net.initialize()
h1 = net.register_forward_pre_hook(lambda b, i: calls.append(('pre', b.name, [type(a).__name__ for a in i])))
h2 = net[0].register_forward_hook(lambda b, i, o: calls.append(('post', b.name, type(o).__name__)))
h3 = net.register_forward_hook(lambda b, i, o: calls.append(('post', b.name, type(o).__name__)))
x = nd.ones((2, 4))
for step in ('plain', 'hybrid1', 'hybrid2', 'detached', 'exited'):
    if step == 'hybrid1':
        net.hybridize()
    if step == 'detached':
        h2.detach()
        t('detach_twice', lambda: h2.detach())
    if step == 'exited':
        with h1:
            pass
    net(x)
    print(step, calls)
    calls.clear()
net2 = gluon.nn.Dense(2, in_units=2)
net2.initialize(mx.init.One())
net2.register_forward_pre_hook(lambda b, i: (i[0] * 0,))
t('pre_hook_return', lambda: net2(nd.ones((1, 2))))
names = []
net.apply(lambda b: names.append(b.name))
print('apply', names)

# set_data on a deferred parameter becomes its data once shapes are known
p = gluon.Parameter('w', shape=(0, 3), allow_deferred_init=True)
p.initialize(mx.init.One())
t('set_deferred', lambda: p.set_data(nd.ones((2, 3)) * 5))
t('after_set', lambda: p.data())
d = gluon.nn.Dense(2)
d.initialize(mx.init.One())
t('dense_set_deferred', lambda: d.weight.set_data(nd.ones((2, 4)) * 2))
t('dense_fwd', lambda: d(nd.ones((1, 4))))
d2 = gluon.nn.Dense(2)
d2.initialize(mx.init.One())
d2.cast('float64')
t('cast_deferred', lambda: d2(nd.ones((1, 4), dtype='float64')))
t('cast_deferred_g', lambda: d2.weight.grad())

# data() with no context reads the current one; cast reaches every context's grad
d3 = gluon.nn.Dense(2, in_units=3)
d3.initialize(ctx=[mx.cpu(0), mx.cpu(1)])
t('multi_ctx_data', lambda: d3.weight.data())
with mx.cpu(1):
    t('multi_ctx_cur', lambda: d3.weight.data())
with mx.cpu(2):
    t('multi_ctx_cur2', lambda: d3.weight.data())
t('multi_fwd1', lambda: d3(nd.ones((1, 3), ctx=mx.cpu(1))))
t('multi_fwd2', lambda: d3(nd.ones((1, 3), ctx=mx.cpu(2))))
d3.cast('float16')
t('cast_grads', lambda: [g.dtype.__name__ for g in d3.weight.list_grad()])
t('p_reduce', lambda: d3.weight._reduce())
t('cast_uninit', lambda: (lambda r: (r.cast('float16'), r.dtype))(gluon.Parameter('r', shape=(2,))))
r2 = gluon.Parameter('r2', shape=(0, 3), allow_deferred_init=True)
t('shape_set_partial', lambda: (setattr(r2, 'shape', (4, 3)), r2.shape))
t('shape_set_conflict', lambda: setattr(r2, 'shape', (4, 5)))
t('shape_set_rank', lambda: setattr(r2, 'shape', (4, 3, 1)))
r3 = gluon.Parameter('r3', shape=(2,), differentiable=False)
r3.initialize()
t('nondiff_grad', lambda: r3.grad())
t('nondiff_set', lambda: (setattr(r3, 'grad_req', 'write'), r3.grad_req))

# exported graphs: node attributes, a parameter-free block's empty params file, two inputs and outputs
tmp = tempfile.mkdtemp()
net4 = gluon.nn.HybridSequential(prefix='e_')
with net4.name_scope():
    net4.add(gluon.nn.Dense(3, activation='relu'), gluon.nn.Dropout(0.5), gluon.nn.Dense(2))
net4.initialize()
net4.hybridize()
net4(x)
t('export_ret', lambda: net4.export(os.path.join(tmp, 'a'), 3, remove_amp_cast=False))
js = json.load(open(os.path.join(tmp, 'a-symbol.json')))
t('nodes', lambda: [(n['op'], n['name']) for n in js['nodes']])
t('heads', lambda: (js['heads'], js['arg_nodes'], sorted(js['attrs'].keys())))
t('node_attrs', lambda: [n.get('attrs') for n in js['nodes'] if n['op'] != 'null'])
t('optimize_for', lambda: net4.optimize_for(x, backend=None))
net5 = gluon.nn.Dense(2, prefix='z_')
net5.initialize()
net5.hybridize()
net5(x)
net5.export(os.path.join(tmp, 'c'))
js5 = json.load(open(os.path.join(tmp, 'c-symbol.json')))
t('var_attrs', lambda: [(n['op'], n['name'], n.get('attrs')) for n in js5['nodes']])


class Two(gluon.HybridBlock):
    def hybrid_forward(self, F, a, b):
        return F.broadcast_mul(a, b), a + 1


tw = Two()
tw.hybridize()
tw(nd.ones((2, 2)), nd.ones((1, 2)))
tw.export(os.path.join(tmp, 't'))
jt = json.load(open(os.path.join(tmp, 't-symbol.json')))
t('nodes_two', lambda: ([(n['op'], n['name']) for n in jt['nodes']], jt['heads']))
t('params_two', lambda: nd.load(os.path.join(tmp, 't-0000.params')))
t('imports_two', lambda: gluon.SymbolBlock.imports(os.path.join(tmp, 't-symbol.json'), ['data0', 'data1'])(
    nd.ones((2, 2)), nd.ones((1, 2)))[1])
