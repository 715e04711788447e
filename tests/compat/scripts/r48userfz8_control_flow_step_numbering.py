"""A recorded call of a hybridized block numbers only the steps it records (those reading the autograd graph), and the predicate and body calls of its while_loop, cond and foreach steps that read the graph take numbers of their own (a while_loop predicate recorded twice is refused), as MXNet's autograd.get_symbol shows."""
import json

import mxnet as mx
from mxnet import autograd, gluon, nd


def names(sym):
    return [n['name'] for n in json.loads(sym.tojson())['nodes']]


class Small(gluon.HybridBlock):
    """Two operators: MXNet records them one by one, unless neither reads the graph."""

    def __init__(self, kind, **kwargs):
        super().__init__(**kwargs)
        self.kind = kind

    def hybrid_forward(self, F, x, y):
        if self.kind == 'constant first':
            return F.ones((3, 2)) + x
        if self.kind == 'other input first':
            return F.sigmoid(y) * x
        return x * (y - 1)


class Flow(gluon.HybridBlock):
    def __init__(self, kind, steps=4, pre=False, **kwargs):
        super().__init__(**kwargs)
        self.kind, self.steps, self.pre = kind, steps, pre

    def hybrid_forward(self, F, x, y):
        if self.pre:                    # more operators than the inline limit: one node for the graph
            x = F.relu(x) + 0
        if self.kind == 'while over body input':
            outs, (i, s) = F.contrib.while_loop(lambda i, s: i < F.sum(y), lambda i, s: (s * x, (i + 1, s * x)),
                                                (F.zeros((1,)), y), max_iterations=self.steps)
            return s
        if self.kind == 'while predicate on state':
            outs, (i, s) = F.contrib.while_loop(lambda i, s: F.sum(s) < 40, lambda i, s: (s + 1, (i + 1, s * 2)),
                                                (F.zeros((1,)), x), max_iterations=self.steps)
            return s
        if self.kind == 'cond on graph':
            return F.contrib.cond(F.sum(x) > 0, lambda: y * 2, lambda: y - x)
        if self.kind == 'cond on other':
            return F.contrib.cond(F.sum(y) > 0, lambda: x * 2, lambda: y + 1)
        outs, _ = F.contrib.foreach(lambda d, s: (d * s[0], [s[0] + d]), y, [F.sum(x, axis=0)])
        return outs


def run(net, grad_on, sign=1):
    x = nd.ones((3, 2)) * sign
    y = nd.arange(6).reshape((3, 2)) * 0.25
    (x if grad_on == 'x' else y).attach_grad()
    with autograd.record():
        before = x * 2
        try:
            out = net(x, y)
            shown = names(autograd.get_symbol(out * 3))
        except mx.base.MXNetError as e:
            shown = 'refused: ' + str(e).splitlines()[-1][-70:]
        after = (before + y) * 1
    return shown, names(autograd.get_symbol(after))


for kind in ('constant first', 'other input first', 'product'):
    net = Small(kind)
    net.hybridize()
    print(kind, *run(net, 'x'))

for kind in ('while over body input', 'while predicate on state', 'cond on graph', 'cond on other', 'foreach'):
    for pre in (False, True):
        for grad_on in ('x', 'y'):
            for steps in ((1, 3) if kind.startswith('while') else (3,)):
                net = Flow(kind, steps, pre)
                net.hybridize()
                print(kind, 'pre' if pre else '-', grad_on, steps, *run(net, grad_on, -1 if pre else 1))
