"""A gradient summed from convolutions' data gradients in oneDNN's blocked layout and plain ones comes plain (MXNet's own sum), so BatchNorm's backward on it sums as MXNet's does."""
# recorded on AVX2
import hashlib

import mxnet as mx
import numpy as np
from mxnet import autograd, nd
from mxnet.gluon import nn


class Sum2(nn.HybridBlock):
    def __init__(self, c, **kw):
        super().__init__(**kw)
        with self.name_scope():
            self.a = nn.Conv2D(c, 1, use_bias=False)
            self.b = nn.Conv2D(c, 1, use_bias=False)

    def hybrid_forward(self, F, x):
        return self.a(x) + self.b(x)


class Fan(nn.HybridBlock):
    def __init__(self, filters, **kw):
        super().__init__(**kw)
        with self.name_scope():
            self.convs = [nn.Conv2D(f, 1, use_bias=False) for f in filters]
            for i, c in enumerate(self.convs):
                self.register_child(c, 'c%d' % i)

    def hybrid_forward(self, F, x):
        return F.concat(*[c(x) for c in self.convs], dim=1)


def case(first, fan, n, hybrid):
    mx.random.seed(5)
    np.random.seed(5)
    net = nn.HybridSequential()
    net.add(Sum2(16) if first == 'sum' else nn.Conv2D(16, 1, use_bias=False), nn.BatchNorm(), nn.Activation('relu'),
            Fan(fan), nn.GlobalAvgPool2D(), nn.Flatten(), nn.Dense(3))
    net.initialize(mx.init.Uniform(0.07))
    if hybrid:
        net.hybridize()
    x = nd.array(np.random.uniform(-1, 1, (n, 3, 6, 6)))
    with autograd.record():
        L = net(x).sum()
    L.backward()
    bn = net[1]
    digest = hashlib.md5(np.concatenate([bn.gamma.grad().asnumpy(), bn.beta.grad().asnumpy(),
                                         net[0].collect_params().values().__iter__().__next__().grad().asnumpy().ravel()])
                         .tobytes()).hexdigest()[:10]
    print(first, fan, n, hybrid, digest, repr(bn.gamma.grad().asnumpy()[:2].tolist()))


for first in ('sum', 'conv'):
    for fan in ((4, 16), (16, 4), (8, 3), (3, 8, 16), (16, 16), (8, 8, 4, 4)):
        for n in (1, 2):
            for hybrid in (False, True):
                case(first, fan, n, hybrid)
