"""Which nodes an error inside a control-flow body names: foreach's shape inference names itself before the body's node (nested foreach both), a cond or while_loop body's node is named alone."""
import re

import mxnet as mx
from mxnet import nd, sym

x, w, i, p = [sym.var(n) for n in 'x w i p'.split()]
values = {'x': nd.ones((3, 2)), 'w': nd.ones((2,)), 'i': nd.zeros(1), 'p': nd.ones(1)}


def named_nodes(label, net):
    try:
        outs = net.bind(mx.cpu(), {n: values[n] for n in net.list_arguments()}).forward()
        print(label, [o.shape for o in outs])
    except mx.base.MXNetError as e:
        line = next(l for l in str(e).split('\n') if 'Error in operator' in l)
        print(label, re.findall(r'Error in operator (\S+):', line))


named_nodes('cond then-branch', sym.contrib.cond(p, lambda: x * w, lambda: x))
named_nodes('cond else-branch', sym.contrib.cond(p - 1, lambda: x, lambda: x * w))
named_nodes('while_loop body', sym.Group(list(sym.contrib.while_loop(
    lambda i: i < 2, lambda i: (x * w, [i + 1]), [i], max_iterations=2)[1])))
named_nodes('while_loop condition', sym.Group(list(sym.contrib.while_loop(
    lambda i: (x * w).sum() > i, lambda i: (i, [i + 1]), [i], max_iterations=2)[1])))
named_nodes('foreach body', sym.contrib.foreach(lambda d, t: (d * w * t[0], [t[0]]), x, [i])[0])


def inner(d, t):
    return sym.contrib.foreach(lambda e, u: (e * u[0], [u[0] + e]), d, [t[0]])


named_nodes('nested foreach body', sym.contrib.foreach(inner, x, [w])[0])
named_nodes('nested foreach read back', sym.load_json(sym.contrib.foreach(inner, x, [w])[0].tojson()))
