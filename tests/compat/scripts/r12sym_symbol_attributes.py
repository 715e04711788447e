"""Symbol attributes, names, internals, indexing, Group, composition, scalar arithmetic and JSON as MXNet shows them."""
import json
import re

import mxnet as mx
import numpy as np
S = mx.sym

def essential(e):
    lines = [l for l in str(e).split("\n") if l and not l.startswith((" ", "Traceback"))]
    t = re.sub(r"^MXNetError: ", "", lines[0] if lines else "")
    return re.sub(r"\[[\d:]+\] \S+:\d+: ", "", t).replace("distnet", "mxnet")

def show(tag, f):
    try:
        r = f()
        if isinstance(r, S.Symbol):
            r = ("SYM", r.name, r.list_outputs(), r.list_arguments())
        print(tag, "->", r)
    except Exception as e:
        print(tag, "EXC", type(e).__name__, essential(e))

a, b = S.var('a'), S.var('b')
fc = S.FullyConnected(a, num_hidden=3, name='fc')
net = S.Activation(fc, act_type='relu', name='relu')
# attr / list_attr / attr_dict
for s, t in [(a, 'var'), (fc, 'fc'), (net, 'net'), (S.Group([fc, net]), 'group')]:
    show(t + ' attr name', lambda: s.attr('name'))
    show(t + ' attr num_hidden', lambda: s.attr('num_hidden'))
    show(t + ' attr act', lambda: s.attr('act_type'))
    show(t + ' list_attr', lambda: s.list_attr())
    show(t + ' list_attr rec', lambda: s.list_attr(recursive=True))
    show(t + ' attr_dict', lambda: sorted(s.attr_dict().items()))
    show(t + ' name', lambda: s.name)
    show(t + ' children', lambda: s.get_children())
    show(t + ' internals', lambda: s.get_internals().list_outputs())
    show(t + ' outputs', lambda: s.list_outputs())
    show(t + ' inputs', lambda: s.list_inputs())
    show(t + ' aux', lambda: s.list_auxiliary_states())
    show(t + ' len', lambda: len(s))
    show(t + ' num_outputs', lambda: s.num_outputs)
    show(t + ' [0]', lambda: s[0])
    show(t + ' [-1]', lambda: s[-1])
    show(t + ' [5]', lambda: s[5])
    show(t + ' [fc_output]', lambda: s['fc_output'])
    show(t + ' [nope]', lambda: s['nope'])
    show(t + ' [1.5]', lambda: s[1.5])
    show(t + ' [slice]', lambda: s[0:1])
    show(t + ' iter', lambda: [x.name for x in s])
    show(t + ' _set_attr', lambda: (s._set_attr(foo='bar'), s.attr('foo'))[1])
    show(t + ' _set_attr bad', lambda: s._set_attr(foo=1))
    show(t + ' str', lambda: str(s))
    show(t + ' repr', lambda: repr(s))
    show(t + ' tojson keys', lambda: sorted(json.loads(s.tojson()).keys()))
    show(t + ' roundtrip', lambda: S.load_json(s.tojson()).tojson() == s.tojson())
    show(t + ' debug', lambda: s.debug_str().splitlines()[:4])
    show(t + ' bool', lambda: bool(s))
    show(t + ' hash', lambda: type(hash(s)))
# internals indexing
ints = net.get_internals()
show('int names', lambda: ints.list_outputs())
show('int [fc_weight]', lambda: ints['fc_weight'])
show('int [fc_output]', lambda: ints['fc_output'])
show('int [fc]', lambda: ints['fc'])
show('int [relu_output]', lambda: ints['relu_output'])
show('int [3]', lambda: ints[3])
# AttrScope
with mx.AttrScope(ctx_group='g1', lr_mult='0.1'):
    v = S.var('v')
    c = S.Convolution(v, kernel=(1,), num_filter=2, name='cv')
show('scope var', lambda: v.list_attr())
show('scope conv', lambda: c.list_attr())
show('scope conv rec', lambda: sorted(c.attr_dict().items()))
with mx.AttrScope(x='1'):
    with mx.AttrScope(y='2'):
        w = S.var('w', attr={'z': '3'})
show('nested scope', lambda: w.list_attr())
show('scope bad', lambda: mx.AttrScope(x=1))
show('var attr non-str', lambda: S.var('q', attr={'k': 1}))
show('var lr_mult', lambda: S.var('q', lr_mult=2, wd_mult=0.5, dtype='float16', shape=(2, 3), init=mx.init.One(), stype='csr').list_attr())
show('var dtype np', lambda: S.var('q', dtype=np.int32).list_attr())
show('var bad kw', lambda: S.var('q', bogus=1))
show('var __dunder', lambda: S.var('q', __foo__='x').list_attr())
show('var name int', lambda: S.var(3))
show('var name None', lambda: S.var(None))
# NameManager
with mx.name.NameManager():
    x1 = S.FullyConnected(a, num_hidden=2)
    x2 = S.FullyConnected(a, num_hidden=2)
    x3 = S.Activation(x2, act_type='relu')
    x4 = x3 + 1
    x5 = x3 * x4
show('nm names', lambda: [x.name for x in (x1, x2, x3, x4, x5)])
with mx.name.Prefix('pre_'):
    p1 = S.FullyConnected(a, num_hidden=2)
    p2 = S.var('pv')
    p3 = S.FullyConnected(a, num_hidden=2, name='given')
show('prefix names', lambda: [x.name for x in (p1, p2, p3)])
show('prefix args', lambda: p1.list_arguments())
# duplicate names
show('dup var', lambda: (S.var('a') + S.var('a')).list_arguments())
show('dup var infer', lambda: (S.var('a') + S.var('a')).infer_shape(a=(2,)))
show('dup node names', lambda: S.Group([S.FullyConnected(a, num_hidden=2, name='z'), S.FullyConnected(a, num_hidden=3, name='z')]).list_arguments())
# Group
g = S.Group([fc, net])
show('group outs', lambda: g.list_outputs())
show('group empty', lambda: S.Group([]))
show('group nonsym', lambda: S.Group([fc, 1]))
show('group nested', lambda: S.Group([g, a]).list_outputs())
show('group infer', lambda: g.infer_shape(a=(2, 4)))
# __call__ composition
p = S.var('p')
comp = S.FullyConnected(p, num_hidden=3, name='cfc')
show('call kw', lambda: comp(p=a).list_arguments())
show('call pos', lambda: comp(b).list_arguments())
show('call bad', lambda: comp(zz=a))
show('call both', lambda: comp(b, p=a))
show('call nonsym', lambda: comp(p=3))
show('call name', lambda: comp(p=a, name='renamed').name)
show('call twice', lambda: comp(cfc_weight=b).list_arguments())
show('call group', lambda: g(a=b))
show('compose', lambda: (comp._compose(p=a), comp.list_arguments())[1])
# arithmetic with scalars
for expr in ['a + 1', '1 + a', 'a - 1', '1 - a', 'a * 2', '2 * a', 'a / 2', '2 / a', 'a ** 2', '2 ** a', 'a % 2', '2 % a',
             '-a', 'a == 1', 'a != 1', 'a > 1', 'a >= 1', 'a < 1', 'a <= 1', 'a + b', 'a ** b', 'a % b',
             'a + np.float32(1)', 'a + True', 'a + "x"', 'a + None', 'a + [1]', 'abs(a)', 'a + 1.5e300', 'a & b', 'a // 2',
             'a.__div__(2)', 'a.__rdiv__(2)', 'a.__truediv__(b)', '1 == a', 'a == b']:
    show(expr, lambda: (lambda r: (r.name, r.list_attr(), r.get_children() and r.get_children().list_outputs()))(eval(expr)))
# json
js = net.tojson()
show('json nodes', lambda: [n['op'] for n in json.loads(js)['nodes']])
show('json attrs', lambda: json.loads(js)['attrs'])
show('json heads', lambda: json.loads(js)['heads'])
show('load bad', lambda: S.load_json('{"nodes": []}'))
show('load int', lambda: S.load_json(3))
show('fromjson eq', lambda: S.fromjson(js).tojson() == js if hasattr(S, 'fromjson') else 'nofromjson')
show('json scope', lambda: json.loads(c.tojson())['nodes'])
show('json var attr', lambda: json.loads(S.var('q', lr_mult=2, shape=(2, 3), dtype='float16').tojson())['nodes'])
