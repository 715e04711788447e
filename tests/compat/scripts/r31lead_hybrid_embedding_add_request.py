"""A hybridized Embedding (and Embedding + Dense) accumulating gradients with grad_req 'add': MXNet's kernel adds each looked-up row into the buffer in turn, as imperatively."""
# recorded on AVX2
import numpy as np

import mxnet as mx
from mxnet import autograd, nd
from mxnet.gluon import nn


def run(hybridize, static_alloc, dense):
    rs = np.random.RandomState(3)
    mx.random.seed(2)
    net = nn.HybridSequential()
    net.add(nn.Embedding(7, 3))
    if dense:
        net.add(nn.Dense(2))
    net.initialize(mx.init.Xavier())
    if hybridize:
        net.hybridize(static_alloc=static_alloc)
    for p in net.collect_params().values():
        p.grad_req = "add"
    for _ in range(3):
        x = nd.array(rs.randint(0, 7, (4, 5)))
        with autograd.record():
            y = net(x)
        y.backward(nd.array(rs.randn(*y.shape) * 0.31))
    print(hybridize, static_alloc, dense)
    for name, p in sorted(net.collect_params().items()):
        print(" ", name[name.index("_") + 1:], p.grad().asnumpy().ravel()[:9].tolist())


np.set_printoptions(precision=9)
for dense in (False, True):
    for hybridize, static_alloc in ((False, False), (True, False), (True, True)):
        run(hybridize, static_alloc, dense)
