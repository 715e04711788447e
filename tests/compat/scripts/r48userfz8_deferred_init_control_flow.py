"""A hybridized block whose graph leaves an output's shape unknown (a while_loop's, a cond's or a boolean_mask's result) cannot finish the deferred initialization of its parameters: Gluon's shape inference refuses the incomplete graph naming no argument, while given in_units it runs, as MXNet does."""
import mxnet as mx
from mxnet import gluon, nd
from mxnet.gluon import nn


class Scorer(gluon.HybridBlock):
    def __init__(self, flow, in_units=0, **kwargs):
        super().__init__(**kwargs)
        self.flow = flow
        self.proj = nn.Dense(3, flatten=False, in_units=in_units)

    def hybrid_forward(self, F, x):
        h = self.proj(x)
        if self.flow == 'halving loop':
            _, (_, last) = F.contrib.while_loop(lambda k, v: k < 2, lambda k, v: (v, (k + 1, v * 0.5)),
                                                (F.zeros((1,)), h), max_iterations=2)
            return last
        if self.flow == 'branch on input':
            return F.contrib.cond(F.sum(x) > 0, lambda: h * 2, lambda: h - 1)
        if self.flow == 'branch beside':
            return F.broadcast_add(F.contrib.cond(F.max(x) > 1, lambda: x + 1, lambda: x), F.sum(h))
        if self.flow == 'masked rows':
            return F.contrib.boolean_mask(h, F.sum(x, axis=1) > 1)
        outs, _ = F.contrib.foreach(lambda step, s: (step + s[0], [s[0] * 2]), h, [F.ones((3,))])
        return outs


x = nd.arange(8).reshape((2, 4)) / 4
for flow in ('halving loop', 'branch on input', 'branch beside', 'masked rows', 'scan'):
    for in_units in (0, 4):
        net = Scorer(flow, in_units)
        net.initialize(mx.init.Constant(0.5))
        net.hybridize()
        try:
            print(flow, in_units, 'call', net(x).asnumpy().round(4).tolist())
        except ValueError as e:
            print(flow, in_units, 'call ValueError', repr(str(e)))
        fresh = Scorer(flow, in_units)
        fresh.initialize()
        try:
            fresh.infer_shape(x)
            print(flow, in_units, 'infer_shape', fresh.proj.weight.shape)
        except ValueError as e:
            print(flow, in_units, 'infer_shape ValueError', repr(str(e)))
