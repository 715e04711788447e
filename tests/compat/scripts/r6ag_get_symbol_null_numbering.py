# MXNet numbers an unrecorded input (null<n>) when an op first records it, sharing the counter with variables
# (var<n>): get_symbol names after recorded layers, plain and hybridized, depend on it
import mxnet as mx
from mxnet import autograd, nd
from mxnet.gluon import nn


def probe():
    x = nd.ones((1,))
    x.attach_grad()
    with autograd.record():
        y = x * 1
    return autograd.get_symbol(y).list_arguments()


print(probe())
for make in (lambda: nn.BatchNorm(), lambda: nn.LayerNorm(), lambda: nn.Dense(2)):
    for hybridize in (False, True):
        net = make()
        net.initialize()
        if hybridize:
            net.hybridize()
        data = nd.arange(12).reshape((2, 3, 2)) / 7
        with autograd.record():
            out = net(data)
            twice = net(data)
        print(type(net).__name__, hybridize, probe())
        with autograd.record():
            z = out * nd.ones(out.shape) + twice
        print(autograd.get_symbol(z).list_arguments()[-3:], probe())
        z.backward()
        with autograd.record():
            z = out * 2
        print(probe())
