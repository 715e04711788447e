"""A hybridized while_loop whose condition alone reads a block input runs its first recorded call and fails in the backward, naming the recorded node (and the graph's step when not inlined), while a recorded call whose condition-only input is already in a graph fails at once, as MXNet does."""
import re

import mxnet as mx
from mxnet import autograd, gluon, nd
from _words import words


class Doubling(gluon.HybridBlock):
    """Doubles ``x`` until ``limit`` steps, reading ``limit`` in the condition only."""

    def __init__(self, extra_ops=False, **kwargs):
        super().__init__(**kwargs)
        self.extra_ops = extra_ops

    def hybrid_forward(self, F, x, limit):
        if self.extra_ops:          # more operators than the inline limit: one node for the whole graph
            x = F.relu(x) * 2
        outs, (i, s) = F.contrib.while_loop(lambda i, s: i < limit, lambda i, s: (s * 2, (i + 1, s * 2)),
                                            (F.zeros((1,)), x), max_iterations=5)
        return outs, i, s


def recorded(net, x, limit, label):
    try:
        with autograd.record():
            outs, steps, last = net(x, limit)
        print(label, 'forward', outs.shape, steps.asscalar(), last.sum().asscalar())
    except mx.base.MXNetError as e:
        print(label, 'forward', words(e))
        return
    try:
        last.backward()
        print(label, 'backward ran')
    except mx.base.MXNetError as e:
        print(label, 'backward', re.sub(r'\[\d\d:\d\d:\d\d\] ', '', str(e)))
    print(label, 'x.grad', x.grad.asnumpy().ravel())


for extra in (False, True):
    net = Doubling(extra)
    net.hybridize()
    x = nd.ones((2, 3))
    x.attach_grad()
    limit = nd.array([3])
    recorded(net, x, limit, 'first')
    recorded(net, x, limit, 'same limit again')
    recorded(net, x, nd.array([3]), 'fresh limit')
    graded = nd.array([2])
    graded.attach_grad()
    recorded(net, x, graded, 'limit with a gradient')
    print('plain call', net(x, nd.array([2]))[2].asnumpy().ravel())
