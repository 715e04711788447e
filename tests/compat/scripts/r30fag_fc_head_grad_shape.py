"""A FullyConnected head gradient of the right size but another shape: oneDNN's inner product takes it as a matrix (first axis by the rest; last axis by the rest with flatten=False), refusing one of other rows, plain or hybridized."""
# recorded on AVX2
import mxnet as mx
from mxnet import nd, gluon, autograd as ag


def first_line(e):
    return str(e).strip().splitlines()[-1]


for hybridize in (False, True):
    for shape in [(3, 2), (6,), (2, 3, 1), (1, 6), (2, 2), (4, 3), (2, 3)]:
        net = gluon.nn.Dense(3, in_units=4)
        net.initialize(mx.init.Constant(0.1))
        if hybridize:
            net.hybridize()
        x = nd.arange(8).reshape((2, 4))
        try:
            with ag.record():
                y = net(x)
            y.backward(nd.ones(shape))
            print(hybridize, shape, net.weight.grad().asnumpy().tolist())
        except mx.base.MXNetError as e:
            print(hybridize, shape, type(e).__name__, first_line(e))
for flatten, wshape, shapes in [(False, (4, 4), [(6, 4), (2, 12), (4, 3, 2), (2, 3, 4), (24,), (1, 2, 3, 4), (6, 4, 1)]),
                                (True, (4, 12), [(2, 4, 1, 1), (2, 2, 2), (1, 2, 4), (8,), (2, 4)])]:
    for shape in shapes:
        x = nd.arange(24).reshape((2, 3, 4))
        x.attach_grad()
        try:
            with ag.record():
                y = nd.FullyConnected(x, nd.ones(wshape), num_hidden=4, no_bias=True, flatten=flatten)
            y.backward(nd.ones(shape))
            print(flatten, shape, x.grad.asnumpy().ravel().tolist()[:4])
        except mx.base.MXNetError as e:
            print(flatten, shape, type(e).__name__, first_line(e))
