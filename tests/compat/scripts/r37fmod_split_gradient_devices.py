"""Binding under group2ctx refuses an operator whose arguments' gradients (one backward node computes them) live on
different devices, with MXNet's 'device of same output' check (devices numbered as MXNet numbers them), before its
'Trying to save gradient' check; simple_bind and Module.bind."""
import mxnet as mx

S = mx.sym


def attempt(label, f):
    try:
        e = f()
        print(label, 'bound', {k: str(v.context) for k, v in e.grad_dict.items() if v is not None})
    except Exception as ex:
        lines = str(ex).splitlines()
        print(label, type(ex).__name__, lines[-2].strip(), '|', lines[-1])


a = S.var('a')
with mx.AttrScope(ctx_group='dev1'):
    b = S.var('b')
    c = S.var('c')
    r = S.relu(a, name='r')
with mx.AttrScope(ctx_group='dev2'):
    d = S.var('d')
nets = [('a*b', a * b), ('b*a', b * a), ('dot', S.dot(a, b)), ('concat', S.concat(a, b, dim=0)), ('a-b', a - b),
        ('b*d', b * d), ('d*b', d * b), ('a*a', a * a), ('b*c', b * c), ('a*b twice', a * b + a), ('r*b', r * b),
        ('group', S.Group([a * 2, b * 3])), ('a*b, a', S.Group([a * b, a])),
        ('FC', S.FullyConnected(a, weight=b, bias=c, num_hidden=2, name='fc')),
        ('FC grouped bias', S.FullyConnected(b, weight=a, bias=c, num_hidden=2, name='fc'))]
shapes = {'a': (2, 2), 'b': (2, 2), 'c': (2, 2), 'd': (2, 2)}
for g2c in [{'dev1': mx.cpu(1), 'dev2': mx.cpu(2)}, {'dev2': mx.cpu(1), 'dev1': mx.cpu(2)},
            {'dev1': mx.cpu(1), 'dev2': mx.cpu(1)}]:
    for label, net in nets:
        given = {k: v for k, v in shapes.items() if k in net.list_arguments()}
        if label.startswith('FC'):
            given = {'a': (2, 2), 'b': (2, 2), 'c': (2,)}
        attempt((label, 'simple_bind'), lambda: net.simple_bind(mx.cpu(), group2ctx=g2c, **given))
        attempt((label, 'no grad for a'), lambda: net.simple_bind(
            mx.cpu(), group2ctx=g2c, grad_req={k: 'null' if k == 'a' else 'write' for k in given}, **given))
        names = sorted(given)
        mod = mx.mod.Module(net, data_names=names[:1], label_names=None, group2ctxs=g2c)
        attempt((label, 'module'), lambda: (mod.bind([(n, given[n]) for n in names[:1]], inputs_need_grad=True),
                                            mod._exec_group.execs[0])[1])
