"""Control flow's checks: while_loop's step outputs joined by concat, max_iterations refused as MXNet does, non-scalar predicates failing when read, cond's attributes and predicate dtype."""
import re

import mxnet as mx
from mxnet import nd, sym


def essential(e):
    """The line of an error that says what failed, without MXNet's C++ positions."""
    lines = [l for l in str(e).split('\n') if l.strip() and not l.startswith(('Traceback', '  File', 'Stack trace'))]
    line = next((l for l in lines if 'Check failed' in l or 'value ' in l or 'Error in' in l), lines[0])
    return re.sub(r'\[\d\d:\d\d:\d\d\] \S+: ', '', line).replace('MXNetError: ', '')


def show(label, fn):
    try:
        out = fn()
        print(label, out)
    except Exception as e:
        print(label, type(e).__name__, essential(e))


def grow(i, s):
    return s, [i + 1, nd.concat(s, s, dim=0)]


show('nd while outputs of different shapes',
     lambda: nd.contrib.while_loop(lambda i, s: i < 3, grow, [nd.array([0]), nd.array([1.0])], max_iterations=4))
show('nd while outputs of one shape', lambda: nd.contrib.while_loop(
    lambda i: i < 2, lambda i: ([i * 2, i.astype('int32')], [i + 1]), [nd.array([0])], max_iterations=2)[0])
for mi in [nd.array([2, 3]), nd.array([2]), 'x', '2', 2.9]:
    show(f'nd while max_iterations {mi!r}'.replace('\n', ' '), lambda mi=mi: nd.contrib.while_loop(
        lambda i: i < 5, lambda i: (i, [i + 1]), [nd.array([0])], max_iterations=mi)[1])

mx.attribute.AttrScope._subgraph_names.clear()
i, s = sym.var('i'), sym.var('s')
for mi in ['x', nd.array([2, 3]), 0, -2, 2.5]:
    show(f'sym while max_iterations {mi!r}'.replace('\n', ' '), lambda mi=mi: [o.name for o in sym.contrib.while_loop(
        lambda i: i < 3, lambda i: (i * 2, [i + 1]), [i], max_iterations=mi)[1]])
show('sym while name after a refused one', lambda: sym.contrib.while_loop(
    lambda i: i < 3, lambda i: (i * 2, [i + 1]), [i], max_iterations=2)[0].name)

out, st = sym.contrib.while_loop(lambda i, s: s < 3, lambda i, s: (s * 2, [i + 1, s * 2]), [i, s], max_iterations=2)
ex = sym.Group([out] + st).bind(mx.cpu(), {'i': nd.array([0]), 's': nd.ones(2)})
show('sym while non-scalar condition', lambda: [o.asnumpy().tolist() for o in ex.forward()])

p, x = sym.var('p'), sym.var('x')
c = sym.contrib.cond(p, lambda: x * 2, lambda: x * 3)
show('cond attributes', lambda: list(c.list_attr().items()))
for pv in [[0, 1], [1, 0], [[1]], [0.5]]:
    ex = c.bind(mx.cpu(), {'p': nd.array(pv), 'x': nd.array([1.0, 2.0])})
    show(f'cond predicate {pv}', lambda: ex.forward()[0].asnumpy().tolist())
for dt in ['float64', 'int32', 'float16']:
    show(f'cond predicate {dt} infer_type', lambda dt=dt: c.infer_type(p=dt, x='float32'))
    show(f'cond predicate {dt} bind', lambda dt=dt: c.bind(mx.cpu(), {'p': nd.array([1], dtype=dt), 'x': nd.ones(2)}))
gt = sym.contrib.cond(p > 0, lambda: x * 2, lambda: x * 3)
show('cond computed predicate float64', lambda: gt.infer_type(p='float64', x='float32'))
show('cond output dtype from its inputs', lambda: gt.infer_type(p='float32', x='float64'))
