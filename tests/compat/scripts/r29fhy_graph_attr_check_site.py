"""A hybridized block's graph failing an operator's shape or dtype agreement check names the check's source line as MXNet's does, whatever the node's name."""
# recorded on AVX2
import re

import mxnet as mx
from mxnet import gluon, nd


def attempt(call):
    try:
        call()
        print('ok')
    except mx.base.MXNetError as e:
        print(type(e).__name__, re.sub(r'\[\d\d:\d\d:\d\d\]', '[time]', str(e)).replace('\n', ' | '))


class Add(gluon.HybridBlock):
    def hybrid_forward(self, F, x, y):
        return F.elemwise_add(x, y)


class Residual(gluon.HybridBlock):
    def hybrid_forward(self, F, x):
        return x + x.sum()


for flags in ({}, dict(static_alloc=True)):
    add = Add(prefix='pair_')
    add.hybridize(**flags)
    attempt(lambda: add(nd.ones((2, 3)), nd.ones((3, 2))))
    add = Add(prefix='mixed_')
    add.hybridize(**flags)
    attempt(lambda: add(nd.ones((2, 3)), nd.ones((2, 3), dtype='int32')))
    res = Residual()
    res.hybridize(**flags)
    attempt(lambda: res(nd.ones((2, 3))))
    net = gluon.nn.HybridSequential(prefix='model_')
    with net.name_scope():
        net.add(gluon.nn.Dense(2, in_units=3))
    net.initialize()
    net.hybridize(**flags)
    attempt(lambda: net(nd.ones((2, 3), dtype='float64')))
    net.cast('float64')
    attempt(lambda: net(nd.ones((2, 3))))
