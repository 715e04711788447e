"""What a control-flow body reads from outside becomes a plain variable of the body (its attributes left outside), and inputs of one name twice are refused, as MXNet cuts its subgraphs."""
import json

import mxnet as mx
from mxnet import sym


def body_variables(net):
    node = json.loads(net.tojson())['nodes'][-1]
    return [[(n['name'], n.get('attrs')) for n in g['nodes'] if n['op'] == 'null'] for g in node['subgraphs']]


def show(label, fn):
    try:
        print(label, fn())
    except AssertionError as e:
        print(label, 'AssertionError', e)


mx.attribute.AttrScope._subgraph_names.clear()
x, s, i, p = sym.var('x'), sym.var('s'), sym.var('i'), sym.var('p')
w = sym.var('w', shape=(2,), lr_mult=2.0, init=mx.init.One())
show('foreach', lambda: body_variables(sym.contrib.foreach(lambda d, t: (d * w, [t[0] + d]), x, [s])[0]))
show('while_loop', lambda: body_variables(sym.contrib.while_loop(
    lambda i: (i * w).sum() < 3, lambda i: (i * w, [i + 1]), [i], max_iterations=2)[0]))
show('cond', lambda: body_variables(sym.contrib.cond(p * w, lambda: x * w, lambda: x + 1)))


def nested(d, t):
    o, t2 = sym.contrib.foreach(lambda e, u: (e * d + u[0] * t[0], [u[0] + e]), x, [t[0]])
    return o.sum(axis=0) + 1, [t2[0] * 0.5]


show('nested foreach reading the outer placeholder of the same data', lambda: sym.contrib.foreach(nested, x, [s]))


def nested_while(d, t):
    _, v = sym.contrib.while_loop(lambda j: j.sum() < 2, lambda j: (j * d, [j + t[0]]), [t[0]], max_iterations=2)
    return d * 2, [v[0] * 1]


show('while_loop in foreach reading the state it loops on',
     lambda: body_variables(sym.contrib.foreach(nested_while, x, [s])[0]))
