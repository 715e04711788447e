# mx.sym.Variable: shape, dtype, init, lr_mult, attr; attributes and naming.
import mxnet as mx

a = mx.sym.Variable('a', shape=(2, 3), dtype='float16', lr_mult=0.5, wd_mult=2,
                    init=mx.init.Xavier(magnitude=2), attr={'tag': 'x'})
print(a)
print(repr(a), a.name)
print(sorted(a.list_attr().items()))
print(sorted(a.attr_dict().items()))
print(a.list_attr(), a.attr_dict())
print(a.attr('lr_mult'), a.attr('__lr_mult__'), a.attr('wd_mult'))
print(a.attr('__shape__'), a.attr('__dtype__'), a.attr('__init__'), a.attr('tag'), a.attr('missing'))
print(a.tojson())
b = mx.sym.var('b', dtype='int32')
print(b.attr('__dtype__'), b.list_attr())
c = mx.sym.var('c', init='zeros')
print(c.list_attr())
d = mx.sym.var('d', __myattr__='hello')
print(d.list_attr())
try:
    mx.sym.var('e', foo='bar')
except Exception as e:
    print(type(e).__name__)
try:
    mx.sym.var(3)
except Exception as e:
    print(type(e).__name__)
with mx.AttrScope(ctx_group='g1', __mood__='ok'):
    f = mx.sym.var('f')
    g = mx.sym.FullyConnected(f, num_hidden=3, name='fc')
print(f.list_attr(), g.list_attr())
print(sorted((k, sorted(v.items())) for k, v in g.attr_dict().items()))
try:
    g.list_attr(recursive=True)
except Exception as e:
    print(type(e).__name__)
print(g.attr_dict())
print(mx.sym.var('m', attr={'mood': 'x'}).list_attr(), mx.sym.relu(f, attr={'mood': 'x'}).list_attr())
try:
    mx.sym.Activation(f, act_type='relu', attr={'mood': 'x'})
except Exception as e:
    print(type(e).__name__)
g._set_attr(__extra__='1')
print(g.attr('__extra__'))
x = mx.sym.var('x')
print(x.list_arguments(), x.list_outputs(), x.list_auxiliary_states(), x.list_inputs())
print(x.get_children())
print(x.get_internals(), x.get_internals().list_outputs())
print(mx.sym.Variable('y', shape=(3,)).infer_shape())
conv = mx.sym.Convolution(x, kernel=(3, 3), num_filter=4, pad=(1, 1), stride=(2, 2), name='conv', attr={'lr_mult': '2'})
print(conv.list_attr())
print(conv.attr_dict())
print(mx.sym.load_json(conv.tojson()).attr_dict())
bn = mx.sym.BatchNorm(x, fix_gamma=False, eps=1e-4, momentum=0.8, name='bn')
print(bn.attr_dict())
p = mx.sym.Pooling(x, kernel=(2, 2), pool_type='avg', stride=(2, 2), global_pool=False, name='p')
print(p.list_attr())
h = mx.sym.var('h', attr={k: str(i) for i, k in enumerate('abcdefghijklmnop')})
print(h.list_attr())
try:
    h._set_attr(z=1)
except Exception as e:
    print(type(e).__name__)
h._set_attr(ctx_group='dev1', zz='2')
print(h.list_attr())
print(mx.sym.Group([x, x * 2]).attr('name'), mx.sym.Group([x * 3, x]).list_attr())
