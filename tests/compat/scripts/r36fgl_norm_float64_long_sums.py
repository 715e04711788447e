"""float64 GroupNorm and LayerNorm whose sums run over more than 16384 terms: outputs and gradients carry MXNet's Kahan-compensated sums to the last bit."""
import hashlib

import mxnet as mx
import numpy as np
from mxnet import autograd, nd
from mxnet.gluon import nn


def digest(a):
    a = a.asnumpy()
    return '%s %.17g' % (hashlib.md5(a.tobytes()).hexdigest()[:8], float(a.astype(np.float64).sum()))


for groups, shape in [(1, (1, 64, 28, 14)), (1, (2, 64, 28, 14)), (2, (1, 4, 100, 100)), (1, (1, 8, 28, 14))]:
    for hybridize in [False, True]:
        mx.random.seed(0)
        np.random.seed(0)
        net = nn.GroupNorm(groups)
        net.initialize(mx.init.Uniform(0.5))
        net.cast('float64')
        if hybridize:
            net.hybridize()
        x = nd.array(np.random.uniform(-3, 3, shape), dtype='float64')
        x.attach_grad()
        with autograd.record():
            y = net(x)
        y.backward(nd.array(np.random.uniform(-1, 1, shape), dtype='float64'))
        print('group', groups, shape, hybridize, digest(y), digest(x.grad), digest(net.gamma.grad()),
              digest(net.beta.grad()))

np.random.seed(1)
for shape, axis in [((20000, 4), -1), ((3, 20000), 0), ((2, 17000, 3), 1), ((8, 4, 100, 100), 1)]:
    x = nd.array(np.random.uniform(-3, 3, shape), dtype='float64')
    x.attach_grad()
    gamma = nd.array(np.random.uniform(0.5, 1.5, (shape[axis],)), dtype='float64')
    beta = nd.array(np.random.uniform(-1, 1, (shape[axis],)), dtype='float64')
    gamma.attach_grad()
    beta.attach_grad()
    with autograd.record():
        y = nd.LayerNorm(x, gamma, beta, axis=axis)
    y.backward(nd.array(np.random.uniform(-1, 1, shape), dtype='float64'))
    print('layer', shape, axis, digest(y), digest(x.grad), digest(gamma.grad), digest(beta.grad))
