"""What amp logs: 'Using AMP' once, and a warning each time a symbolic loss output is built (sym or a hybridized
block), while the nd loss outputs scale their gradients silently."""
import logging
import sys

import mxnet as mx
from mxnet import autograd, gluon, nd
from mxnet.contrib import amp
from _words import words

logging.basicConfig(level=logging.DEBUG, format='LOG %(levelname)s %(name)s %(message)s', stream=sys.stdout)
try:
    amp.init(target_dtype='int8')
except Exception as e:
    print(words(e))
amp.init()
amp.init()
x = mx.sym.var('x')
for name in ('SoftmaxOutput', 'LinearRegressionOutput', 'MAERegressionOutput', 'LogisticRegressionOutput',
             'make_loss', 'MakeLoss', 'SVMOutput', 'BlockGrad'):
    print(name, getattr(mx.sym, name)(x).name, getattr(mx.sym, name).__name__)
print(mx.sym.SoftmaxOutput(x, name='out', grad_scale=3.0).list_arguments())


class Regress(gluon.HybridBlock):
    def hybrid_forward(self, F, x, y):
        return F.LinearRegressionOutput(x, y, grad_scale=2.0)


block = Regress()
data, label = nd.array([[1., 2.]]), nd.array([[0., 1.]])
data.attach_grad()
for hybrid in (False, True):
    if hybrid:
        block.hybridize()
    for step in range(2):
        print('hybrid', hybrid, 'step', step)
        with autograd.record():
            out = block(data, label)
        out.backward()
        print(out.asnumpy().tolist(), data.grad.asnumpy().tolist())
with autograd.record():
    out = nd.SoftmaxOutput(data, nd.array([1]))
out.backward()
print(data.grad.asnumpy().round(2).tolist())
