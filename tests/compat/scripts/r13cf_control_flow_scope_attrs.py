"""Control-flow nodes made inside an AttrScope (ctx_group, lr_mult, custom __keys__) or nested in another loop: their JSON, list_attr and attr_dict as MXNet gives them."""
import mxnet as mx
from mxnet import sym

mx.attribute.AttrScope._subgraph_names.clear()
x, s, w, i, p = [sym.var(n) for n in 'x s w i p'.split()]
graphs = {}
with mx.AttrScope(ctx_group='g1', __foo__='bar'):
    out, st = sym.contrib.foreach(lambda d, t: ([d * 2, d + t[0]], [t[0] * w, t[1] + 1]), x, [s, w], name='fe')
graphs['foreach in a scope'] = sym.Group(out + st)
with mx.AttrScope(wd_mult='0.5'):
    out, st = sym.contrib.while_loop(lambda i, t: i < 3, lambda i, t: (t * w, [i + 1, t + w]), [i, s],
                                     max_iterations=4, name='wl')
graphs['while_loop in a scope'] = sym.Group([out] + st)
with mx.AttrScope(lr_mult='2'):
    graphs['cond in a scope'] = sym.contrib.cond(p > 0, lambda: x * w, lambda: x - w, name='cc')


def inner(d, t):
    with mx.AttrScope(ctx_group='inner'):
        return sym.contrib.foreach(lambda e, u: (e * u[0], [u[0] + e]), d, [t[0]])


out, st = sym.contrib.foreach(inner, x, [w])
graphs['nested foreach'] = sym.Group([out] + st)
for label, net in graphs.items():
    print(label)
    print(net.tojson())
    print(net.list_attr())
    print(net.attr_dict())
