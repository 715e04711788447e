"""A hybridized block given zero-size inputs under legacy shapes infers its graph first (reshape_like's and a dtype refusal win), runs op by op on a first call, and meets the unknown size in its memory plan when called again, as MXNet does."""
import re

import numpy as np
import mxnet as mx
from mxnet import autograd, gluon, nd
from mxnet.gluon import nn


def show(name, f):
    try:
        r = f()
        print(name, r.shape, r.asnumpy().ravel()[:4])
    except mx.base.MXNetError as e:
        print(name, re.sub(r"\[\d\d:\d\d:\d\d\] ", "", str(e)).replace("\n", " | "))


class ReshapeLike(nn.HybridBlock):
    def hybrid_forward(self, F, x, y):
        return F.reshape_like(x, y)


class ReluPlus(nn.HybridBlock):
    def hybrid_forward(self, F, x):
        return F.relu(x) + 1


class Minus(nn.HybridBlock):
    def hybrid_forward(self, F, x, y):
        return x - y


empty = nd.array(np.ones((0, 3)))
cases = [(ReshapeLike(), (empty, empty)), (ReluPlus(), (empty,)), (ReluPlus(), (nd.array(np.ones((2, 0))),)),
         (Minus(), (empty, nd.array(np.ones((0, 3)), dtype="float64"))),
         (gluon.loss.L2Loss(), (empty, empty)), (gluon.loss.HingeLoss(), (empty, empty))]
for block, args in cases:
    print(type(block).__name__)
    block.hybridize()
    show("first", lambda: block(*args))
    show("again", lambda: block(*args))
    with autograd.record():
        show("recorded", lambda: block(*args))
    show("known sizes", lambda: block(*[nd.ones((2, 3)) for a in args]))
    show("empty again", lambda: block(*args))
