"""Calling a symbol composes a copy of every node: the variables it leaves in place are new ones of the same names (listed again beside the originals), while _compose in place, copies, internals and JSON round trips keep their own."""
import copy
import re

import mxnet as mx

s = mx.sym


def tr(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, 'ERR', type(e).__name__, re.sub(r'\[\d\d:\d\d:\d\d\] ', '', str(e)).replace('\n', ' | ')[:300])
a = s.var('a'); b = s.var('b')
e = a * 2 + b
tr('copy group', lambda: s.Group([e, copy.copy(e)]).list_arguments())
tr('deepcopy group', lambda: s.Group([e, copy.deepcopy(e)]).list_arguments())
tr('copy var group', lambda: s.Group([a, copy.copy(a)]).list_arguments())
tr('copy var add', lambda: (a + copy.copy(a)).list_arguments())
tr('self compose', lambda: e(a=e).list_arguments())
tr('self compose b', lambda: e(b=e).list_arguments())
tr('compose other', lambda: e(a=s.var('c') + b).list_arguments())
tr('compose shared b', lambda: e(a=b * 3).list_arguments())
tr('get_internals shares', lambda: (e.get_internals()[0] + e).list_arguments())
tr('children shares', lambda: (e.get_children()[0] + e).list_arguments())
tr('getitem shares', lambda: (s.Group([e, a])[1] + e).list_arguments())
fc = s.FullyConnected(s.var('data'), num_hidden=4, name='fc')
tr('net(data=net)', lambda: fc(data=fc).list_arguments())
tr('net(data=net) infer', lambda: fc(data=fc).infer_shape(data=(2, 4)))
tr('load_json group', lambda: s.load_json(s.Group([e, e * 2]).tojson()).list_arguments())
tr('pickle', lambda: __import__('pickle').loads(__import__('pickle').dumps(e)).list_arguments())
tr('copy then compose', lambda: (lambda c: (c._compose(a=s.var('z')), s.Group([c, e]).list_arguments())[1])(copy.copy(e)))
tr('_compose inplace shares', lambda: (lambda c: (c._compose(a=b), c.list_arguments())[1])(a * 2 + b))
x = s.var('x')
y = s.var('y')
g = s.exp(x) + y
tr('g(x=g)', lambda: g(x=g).list_arguments())
tr('g(x=g) infer', lambda: g(x=g).infer_shape(x=(2,), y=(2,)))
tr('g(x=g) bind', lambda: g(x=g).bind(mx.cpu(), [mx.nd.zeros(2), mx.nd.ones(2), mx.nd.ones(2) * 2]).forward()[0].asnumpy().tolist())
tr('g unchanged', lambda: g.list_arguments())
tr('attrs kept', lambda: (s.var('v', shape=(3,)) * 2 + s.var('u', shape=(3,), lr_mult=2))(v=x).attr_dict())

# _compose in place changes the nodes themselves: symbols sharing them see the new inputs
a = s.var('a')
b = s.var('b')
e = a * 2 + b
h = e * 3
inner = a * 2
e2 = inner + b
e._compose(a=s.var('z'))
print('in place', e.list_arguments(), h.list_arguments())
e2._compose(a=s.var('q'))
print('in place inner', e2.list_arguments(), inner.list_arguments())
f = s.FullyConnected(num_hidden=2, name='fc')
grp = s.Group([f])
f._compose(fc_data=s.var('d'))
print('auto inputs in place', f.list_arguments(), grp.list_arguments())
k = s.exp(a) + b
tr('in place named', lambda: (k._compose(a=s.var('w'), name='renamed'), k.name, k.list_arguments())[1:])

# auxiliary states replaced by keyword, and atomic symbols generated from symbols
bn = s.BatchNorm(a, name='bn')
tr('replace aux by output', lambda: bn(bn_moving_mean=s.exp(a)))
tr('replace aux by split output', lambda: bn(bn_moving_mean=s.split(a, num_outputs=2)[1]))
tr('replace aux by var', lambda: bn(bn_moving_mean=s.var('mm')).list_auxiliary_states())
tr('replace aux in place', lambda: (bn._compose(bn_moving_var=s.var('mv')), bn.list_auxiliary_states(),
                                    bn.list_arguments())[1:])
sp = s.split(a, num_outputs=2)
ex = s.exp(a)
for label, sym in [('split', sp), ('group split', s.Group([sp[0], sp[1]])), ('group one', s.Group([ex])),
                   ('group two same', s.Group([ex, ex])), ('group e a', s.Group([ex, a])),
                   ('group a e', s.Group([a, ex])), ('group e sin', s.Group([ex, s.sin(a)])), ('sp[1]', sp[1])]:
    tr('atomic of ' + label, lambda: sym._gen_atomic_symbol().list_outputs())

# an executor keeps its own copy of the symbol: composing the symbol in place afterwards leaves it alone
nd = mx.nd
p = s.exp(a) + b
bound = p.bind(mx.cpu(), {'a': nd.zeros(2), 'b': nd.ones(2)})
allocated = p.simple_bind(mx.cpu(), a=(2,), b=(2,))
p._compose(a=s.var('z') * 3)
print('after compose', p.list_arguments(), list(bound.arg_dict), list(allocated.arg_dict))
print('bound forward', bound.forward()[0].asnumpy().tolist(), bound.debug_str().splitlines()[:3])
print('allocated forward', allocated.forward()[0].asnumpy().tolist(), list(allocated.output_dict))
print('reshaped', bound.reshape(a=(1,), b=(1,)).forward()[0].asnumpy().tolist())
