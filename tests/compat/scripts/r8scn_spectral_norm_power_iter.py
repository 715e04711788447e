# Spectral normalisation of a Dense weight: a grad_req='null' vector refined by power iteration in forward
import mxnet as mx
from mxnet import gluon, nd, autograd
from mxnet.gluon import nn


class SNDense(nn.HybridBlock):
    def __init__(self, units, in_units, iterations=1, **kwargs):
        super(SNDense, self).__init__(**kwargs)
        self.iterations, self.units = iterations, units
        with self.name_scope():
            self.weight = self.params.get('weight', shape=(units, in_units), init=mx.init.Normal(0.5))
            self.bias = self.params.get('bias', shape=(units,), init=mx.init.Zero())
            self.u = self.params.get('u', shape=(1, units), init=mx.init.Normal(1.0), grad_req='null',
                                     differentiable=False)

    def hybrid_forward(self, F, x, weight, bias, u):
        for _ in range(self.iterations):
            v = F.L2Normalization(F.dot(u, weight))
            u = F.L2Normalization(F.dot(v, weight, transpose_b=True))
        sigma = F.sum(F.dot(u, weight) * v)
        if isinstance(u, nd.NDArray) and not autograd.is_recording():
            self.u.set_data(u)
        w = F.broadcast_div(weight, sigma)
        return F.FullyConnected(x, w, bias, num_hidden=self.units)


mx.random.seed(37)
layer = SNDense(3, 4, prefix='sn_')
layer.initialize()
print(sorted(layer.collect_params().keys()), layer.u.grad_req)
x = nd.random.normal(shape=(5, 4))
for i in range(4):
    y = layer(x)
    w = layer.weight.data()
    u = layer.u.data()
    v = nd.L2Normalization(nd.dot(u, w))
    print(i, repr(nd.sum(nd.dot(u, w) * v).asscalar()), u.asnumpy().tolist())
trainer = gluon.Trainer(layer.collect_params(), 'sgd', {'learning_rate': 0.1})
with autograd.record():
    loss = (layer(x) ** 2).sum()
loss.backward()
trainer.step(5)
print(repr(loss.asscalar()), layer.weight.grad().asnumpy().tolist())
print(layer.bias.data().asnumpy().tolist())
try:
    layer.u.grad()
except RuntimeError as e:
    print('RuntimeError', str(e)[:70])
print(nd.L2Normalization(nd.array([[3.0, 4.0], [0.0, 0.0]]), eps=1e-10).asnumpy().tolist())
