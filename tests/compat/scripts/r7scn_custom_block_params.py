# Custom layers with their own Parameters (self.params.get), a custom Initializer, Mixed init, and repr/summary
import numpy as np
import mxnet as mx
from mxnet import gluon, nd, autograd
from mxnet.gluon import nn


@mx.init.register
class Ramp(mx.init.Initializer):
    def __init__(self, scale=1.0):
        super(Ramp, self).__init__(scale=scale)
        self.scale = scale

    def _init_weight(self, name, arr):
        arr[:] = nd.arange(arr.size).reshape(arr.shape) * self.scale

    def _init_bias(self, name, arr):
        arr[:] = -1.0


class ScaledDense(gluon.HybridBlock):
    def __init__(self, units, in_units, **kwargs):
        super(ScaledDense, self).__init__(**kwargs)
        with self.name_scope():
            self.weight = self.params.get('weight', shape=(units, in_units))
            self.bias = self.params.get('bias', shape=(units,))
            self.scale = self.params.get('scale', shape=(1,), init=mx.init.Constant(2.0), lr_mult=0.5)
            self.const = self.params.get_constant('offset', nd.array([0.25]))

    def hybrid_forward(self, F, x, weight, bias, scale, const):
        y = F.FullyConnected(x, weight, bias, num_hidden=weight.shape[0] if F is nd else 3)
        return F.broadcast_add(F.broadcast_mul(y, scale), const)


layer = ScaledDense(3, 2, prefix='sd_')
try:
    layer.initialize(mx.init.Mixed(['.*weight', '.*'], [Ramp(0.1), mx.init.Constant(0.5)]))
except AssertionError as e:
    print('Mixed is not an Initializer:', e)
layer.initialize(Ramp(0.1), force_reinit=True)
for name, p in sorted(layer.collect_params().items()):
    print(name, p.shape, p.grad_req, p.lr_mult, p.data().asnumpy().tolist())
x = nd.array([[1.0, 2.0], [-1.0, 0.5]])
with autograd.record():
    y = layer(x)
y.backward()
print(y.asnumpy().tolist())
print(layer.scale.grad().asnumpy().tolist(), layer.weight.grad().asnumpy().tolist())
layer2 = ScaledDense(3, 2, prefix='sd2_')
layer2.initialize('ramp')
print(layer2.weight.data().asnumpy().tolist(), layer2.bias.data().asnumpy().tolist())
layer2.hybridize()
print(layer2(x).asnumpy().tolist())
tr = gluon.Trainer(layer.collect_params(), 'sgd', {'learning_rate': 0.1})
tr.step(2)
print(layer.scale.data().asnumpy().tolist(), layer.bias.data().asnumpy().tolist())
print(mx.init.create('ramp', scale=2.0).dumps())
net = nn.HybridSequential()
net.add(nn.Dense(4, in_units=2, activation='relu'), nn.Dropout(0.3), nn.Dense(1, in_units=4))
print(net)
net.initialize(Ramp(0.05))
net.summary(x)
