"""A recorded call of a hybridized block whose whole graph runs as one node (more ops than the inline limit, or static_alloc) takes one op number more when the graph holds a contrib.cond, whichever branch runs, as MXNet numbers it (shown by autograd.get_symbol)."""
import json

import mxnet as mx
from mxnet import autograd, gluon, nd


def op_nodes(sym):
    return [(n['op'], n['name']) for n in json.loads(sym.tojson())['nodes'] if n['op'] != 'null']


class Branchy(gluon.HybridBlock):
    def __init__(self, conds, **kwargs):
        super().__init__(**kwargs)
        self.conds = conds

    def hybrid_forward(self, F, a):
        for _ in range(self.conds):
            a = F.contrib.cond(F.sum(a), lambda: a * 2, lambda: a - 1)
        return a * 3


class Looping(gluon.HybridBlock):
    def hybrid_forward(self, F, a):
        outs, _ = F.contrib.foreach(lambda d, s: (d * 2, [s[0] + d]), F.relu(a) * 3, [F.zeros((4,))])
        return outs


pos = nd.ones((2, 4))
neg = -nd.ones((2, 4))
for arr in (pos, neg):
    arr.attach_grad()
for label, make, kw in [('one cond', lambda: Branchy(1), {}), ('two conds', lambda: Branchy(2), {}),
                        ('foreach', Looping, {}), ('static cond', lambda: Branchy(1), {'static_alloc': True})]:
    net = make()
    net.hybridize(**kw)
    for arr in (pos, neg):
        with autograd.record():
            before = arr * 2
            out = net(arr)
            after = out + 1
        print(label, op_nodes(autograd.get_symbol(before)), op_nodes(autograd.get_symbol(after)))
