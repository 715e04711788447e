"""Pooling over data of a rank its kernel or layout does not fit: oneDNN's unlocated refusal, the 6-D check's line."""
# recorded on AVX2
import re

import mxnet as mx
from mxnet import gluon, nd


def show(f):
    try:
        print(f().asnumpy().tolist())
    except Exception as e:
        print(type(e).__name__, re.sub(r"\[\d\d:\d\d:\d\d\] ", "", str(e)))


x = nd.ones((2, 2, 3, 4))
for hyb in (False, True):
    net = gluon.nn.GlobalMaxPool1D()
    net.initialize()
    if hyb:
        net.hybridize()
    show(lambda: net(x))
    avg = gluon.nn.GlobalAvgPool1D()
    if hyb:
        avg.hybridize()
    show(lambda: avg(x))
for shape, kernel in (((2, 3, 4, 5, 6, 7), (1, 1)), ((2, 3, 4, 5, 6, 7), (1, 1, 1)), ((2, 3), (1,))):
    show(lambda: nd.Pooling(nd.ones(shape), kernel=kernel, global_pool=True, pool_type="max"))
sym = mx.sym.Pooling(mx.sym.var("a"), kernel=(1, 1), global_pool=True, pool_type="max")
show(lambda: sym.eval(a=nd.ones((2, 3, 4, 5, 6, 7)))[0])
