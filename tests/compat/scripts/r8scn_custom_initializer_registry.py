# Custom initializers: a registered Initializer subclass, Mixed patterns, string aliases, dumps, symbol-level init
import json
import mxnet as mx
from mxnet import gluon, nd
from mxnet.gluon import nn


@mx.init.register
class Ramp(mx.init.Initializer):
    def __init__(self, scale=1.0):
        super(Ramp, self).__init__(scale=scale)
        self.scale = scale

    def _init_weight(self, name, arr):
        arr[:] = nd.arange(arr.size).reshape(arr.shape) * self.scale / arr.size

    def _init_bias(self, name, arr):
        arr[:] = -self.scale


print(Ramp(0.5).dumps())
print(mx.init.create('ramp', scale=2.0).dumps(), type(mx.init.create('ramp')).__name__)
net = nn.HybridSequential(prefix='m_')
with net.name_scope():
    net.add(nn.Dense(3, in_units=2), nn.Dense(2, in_units=3, weight_initializer='ramp'))
net.initialize(Ramp(0.3))
for name, p in sorted(net.collect_params().items()):
    print(name, p.init, p.data().asnumpy().tolist())
mixed = mx.init.Mixed(['.*bias', '.*'], [mx.init.Constant(0.25), Ramp(1.0)])
try:
    net.initialize(mixed, force_reinit=True)   # Mixed is no Initializer: Gluon cannot take it
except AssertionError as e:
    print('AssertionError', e)
p = gluon.Parameter('solo', shape=(2, 2), init='ones')
p.initialize()
print(p.data().asnumpy().tolist(), mx.init.One().dumps(), json.loads(mx.init.Uniform(0.1).dumps()))

data = mx.sym.var('data')
w = mx.sym.var('fc_weight', init=Ramp(0.1))
fc = mx.sym.FullyConnected(data, weight=w, num_hidden=2, name='fc')
print(w.attr('__init__'))
mod = mx.mod.Module(fc, label_names=None)
mod.bind(data_shapes=[('data', (1, 3))])
mod.init_params(mx.init.Constant(0.5))
args, _ = mod.get_params()
print(args['fc_weight'].asnumpy().tolist(), args['fc_bias'].asnumpy().tolist())
mod.init_params(mixed, force_init=True)
args, _ = mod.get_params()
print(args['fc_weight'].asnumpy().tolist(), args['fc_bias'].asnumpy().tolist())
desc = mx.init.InitDesc('fc_weight', attrs={'__init__': Ramp(0.2).dumps()})
arr = nd.zeros((2, 2))
mx.init.Zero()(desc, arr)
print(desc, desc.attrs, arr.asnumpy().tolist())
loaded = mx.init.Load({'arg:fc_weight': nd.ones((2, 3))}, default_init=mx.init.Constant(7))
w2, b2 = nd.zeros((2, 3)), nd.zeros((2,))
loaded(mx.init.InitDesc('fc_weight'), w2)
loaded(mx.init.InitDesc('fc_bias'), b2)
print(w2.asnumpy().tolist(), b2.asnumpy().tolist())
