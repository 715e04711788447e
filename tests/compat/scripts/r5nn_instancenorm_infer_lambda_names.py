"""InstanceNorm's deferred shape inference runs through its graph (bad ranks and axes print the arguments and
raise ValueError); Lambda layers show an operator alias by the name they were given."""
import mxnet as mx
from mxnet import nd
from mxnet.gluon import nn

for shape in ((6,), (2, 6), (2, 6, 4), (2, 0, 4), (2, 6, 4, 3, 2)):
    for axis in (1, 2, -1, 0, 5, -4):
        for hybrid in (False, True):
            net = nn.InstanceNorm(axis=axis)
            net.initialize()
            if hybrid:
                net.hybridize()
            try:
                y = net(nd.ones(shape))
                y.wait_to_read()
                print(shape, axis, hybrid, y.shape, net.gamma.shape)
            except Exception as e:
                print(shape, axis, hybrid, type(e).__name__)
for name in ('flatten', 'Flatten', 'swapaxes', 'SwapAxis', 'cast', 'concat', 'pad', 'crop', 'split', 'sum_axis',
             'broadcast_plus', 'Reshape', 'tanh'):
    print(repr(nn.Lambda(name)))
print(repr(nn.Lambda(lambda x: x)), repr(nn.HybridLambda('flatten')))
print(nn.Lambda('flatten')(nd.ones((2, 3, 4))).shape)
