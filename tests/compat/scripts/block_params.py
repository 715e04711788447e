# Block: prefixes, name_scope, save/load_parameters options and errors, apply, cast, reprs, hooks
import os
import tempfile
import warnings
import mxnet as mx
from mxnet import autograd, nd, gluon
from mxnet.gluon import nn
import numpy as np

warnings.simplefilter('ignore')


class Model(gluon.Block):
    def __init__(self, **kwargs):
        super(Model, self).__init__(**kwargs)
        with self.name_scope():
            self.dense0 = nn.Dense(4, in_units=3)
            self.inner = nn.HybridSequential()
            with self.inner.name_scope():
                self.inner.add(nn.Dense(2, in_units=4), nn.Dense(2, in_units=2, use_bias=False))
        self.outside = nn.Dense(1, in_units=2)

    def forward(self, x):
        return self.outside(self.inner(self.dense0(x)))


m = Model()
print(m.prefix, m.name, m.dense0.prefix, m.inner.prefix, m.inner[0].prefix, m.outside.prefix)
print(list(m.collect_params().keys()))
print(list(m.collect_params('.*weight').keys()))
print(list(m.collect_params('model0_dense0_.*|.*bias').keys()))
print(list(m._children.keys()))
print(m)
m2 = Model(prefix='foo_')
print(m2.prefix, m2.dense0.prefix, m2.inner[1].name)
b = gluon.Block(prefix='')
print(repr(b.prefix), repr(b.name))
with mx.name.Prefix('outer_'):
    d = nn.Dense(3)
print(d.prefix)
seq = nn.Sequential(prefix='s_')
with seq.name_scope():
    seq.add(nn.Dense(2), nn.Dense(2))
seq.add(nn.Dense(2))
print([c.prefix for c in seq])
shared = nn.Dense(2, in_units=2, params=seq[0].collect_params())
print(shared.prefix, list(shared.collect_params().keys()))

m.initialize(mx.init.Constant(0.5))
x = nd.ones((2, 3))
print(m(x).asnumpy().tolist())
d = tempfile.mkdtemp()
f = os.path.join(d, 'm.params')
m.save_parameters(f)
print(sorted(nd.load(f).keys()))
m3 = Model()
m3.load_parameters(f)
print(m3(x).asnumpy().tolist())
print(m3.dense0.weight.data().context, m3.dense0.weight.dtype)


class Smaller(gluon.Block):
    def __init__(self, **kwargs):
        super(Smaller, self).__init__(**kwargs)
        with self.name_scope():
            self.dense0 = nn.Dense(4, in_units=3)
            self.extra = nn.Dense(5, in_units=3)

    def forward(self, x):
        return self.dense0(x)


s = Smaller()
for kw in ({}, {'allow_missing': True}, {'ignore_extra': True}, {'allow_missing': True, 'ignore_extra': True}):
    try:
        s.load_parameters(f, **kw)
        print(kw, 'ok', s.dense0.weight.data().asnumpy()[0].tolist())
        try:
            s.extra.weight.data()
        except Exception as e:
            print('  extra', type(e).__name__)
    except Exception as e:
        print(kw, type(e).__name__, str(e)[:300].replace(d, 'D'))
try:
    m3.load_parameters(os.path.join(d, 'nonexistent.params'))
except Exception as e:
    print(type(e).__name__)

# cast_dtype
m16 = Model()
m16.cast('float16')
m16.initialize()
try:
    m16.load_parameters(f)
    print('loaded', m16.dense0.weight.dtype, m16.dense0.weight.data().dtype)
except Exception as e:
    print(type(e).__name__, str(e)[:300])
m16.load_parameters(f, cast_dtype=True)
print(m16.dense0.weight.dtype, m16.dense0.weight.data().dtype)
m16.load_parameters(f, cast_dtype=True, dtype_source='saved')
print(m16.dense0.weight.dtype, m16.dense0.weight.data().dtype)
try:
    m16.load_parameters(f, cast_dtype=True, dtype_source='foo')
except Exception as e:
    print(type(e).__name__)
# save_params / load_params (deprecated)
try:
    m.save_params(os.path.join(d, 'old.params'))
except Exception as e:
    print(type(e).__name__, e)
m.inner.save_params(os.path.join(d, 'old.params'))
print(sorted(nd.load(os.path.join(d, 'old.params')).keys()))
m4 = Model()
m4.initialize()
m4.inner.load_params(os.path.join(d, 'old.params'))
print(m4.inner(nd.ones((1, 4))).asnumpy().tolist())
m4.inner.load_parameters(os.path.join(d, 'old.params'))
print(m4.inner(nd.ones((1, 4))).asnumpy().tolist())
try:
    m4.load_parameters(os.path.join(d, 'old.params'))
except Exception as e:
    print(type(e).__name__, str(e)[:60].replace(d, 'D'))
# collect_params().save / load
m.collect_params().save(os.path.join(d, 'pd.params'))
print(sorted(nd.load(os.path.join(d, 'pd.params')).keys())[:2])
try:
    m4.load_parameters(os.path.join(d, 'pd.params'))
except Exception as e:
    print(type(e).__name__, str(e)[:60].replace(d, 'D'))

# apply / cast
names = []
m.apply(lambda blk: names.append(blk.name))
print(names)
print(m.apply(lambda blk: None) is m)
m.cast('float64')
print(m.dense0.weight.dtype, m.dense0.weight.data().dtype, m(x.astype('float64')).dtype)
m.cast('float32')
print(m(x).asnumpy().tolist())

# hooks
calls = []
h1 = m.dense0.register_forward_pre_hook(lambda blk, inp: calls.append(('pre', blk.name, type(inp).__name__, len(inp))))
h2 = m.dense0.register_forward_hook(lambda blk, inp, out: calls.append(('post', blk.name, out.shape)))
m(x)
print(calls)
h1.detach()
m(x)
print(calls)
h2.detach()
m(x)
print(len(calls))
with m.outside.register_forward_hook(lambda blk, i, o: calls.append('ctx')):
    m(x)
m(x)
print(calls[-1], len(calls))
print(type(h1).__name__)
