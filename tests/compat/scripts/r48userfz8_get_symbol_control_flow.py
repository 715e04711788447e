"""autograd.get_symbol of a result recorded through a small hybridized block holding a while_loop, cond or foreach gives the control-flow node with its bodies, whose symbol evaluates again, as MXNet does."""
import json

import mxnet as mx
from mxnet import autograd, gluon, nd


class Looped(gluon.HybridBlock):
    """A block of at most two operators, so that its recorded call keeps each of them."""

    def __init__(self, kind, **kwargs):
        super().__init__(**kwargs)
        self.kind = kind

    def hybrid_forward(self, F, x, limit):
        if self.kind == 'while':
            outs, (i, s) = F.contrib.while_loop(lambda i, s: i < limit, lambda i, s: (s * 2, (i + 1, s * 2)),
                                                (F.zeros((1,)), x), max_iterations=4)
            return s
        if self.kind == 'cond':
            return F.contrib.cond(limit > 1, lambda: x * 3, lambda: x - 1)
        outs, last = F.contrib.foreach(lambda d, s: (F.broadcast_mul(d, s[0]), [s[0] * 2]), x, [limit])
        return outs


def described(sym):
    graph = json.loads(sym.tojson())
    ops = [n['op'] for n in graph['nodes'] if n['op'] != 'null']
    bodies = [[m['op'] for m in sub['nodes'] if m['op'] != 'null']
              for n in graph['nodes'] for sub in n.get('subgraphs', [])]
    return ops, bodies


for kind in ('while', 'cond', 'foreach'):
    net = Looped(kind)
    net.hybridize()
    x = nd.arange(6).reshape((2, 3))
    x.attach_grad()
    limit = nd.array([3])
    with autograd.record():
        out = net(x, limit) * 0.5
    sym = autograd.get_symbol(out)
    print(kind, described(sym))
    print(kind, 'outputs', sym.list_outputs()[0].startswith('node_'), len(sym.list_arguments()))
    print(kind, 'value', out.asnumpy().ravel())
