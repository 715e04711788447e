"""sym.contrib.foreach whose body holds a cond or a while_loop: shape inference leaves every output unknown, as MXNet's body inference needs every node's shape."""
import warnings

from mxnet import sym

warnings.simplefilter('ignore')
x, s, i = sym.var('x'), sym.var('s'), sym.var('i')


def with_cond(d, st):
    r = sym.contrib.cond(d.sum() > 0, lambda: d * 2, lambda: d - 1)
    return r + st[0], [st[0] + r]


def with_while(d, st):
    _, v = sym.contrib.while_loop(lambda j: j < 2, lambda j: (j * 2, [j + 1]), [st[0]], max_iterations=2)
    return d * 2, [v[0] * 1]


def plain(d, st):
    return d + st[0], [st[0] * 2]


for label, body, init, shapes in [('cond', with_cond, s, {'x': (3, 2, 2), 's': (2, 2)}),
                                  ('while_loop', with_while, i, {'x': (3, 2), 'i': (1,)}),
                                  ('plain', plain, s, {'x': (3, 2, 2), 's': (2, 2)})]:
    out, states = sym.contrib.foreach(body, x, [init])
    net = sym.Group([out] + states)
    print(label, 'infer_shape', net.infer_shape(**shapes))
    print(label, 'infer_shape_partial', net.infer_shape_partial(**shapes))
    print(label, 'infer_type', net.infer_type(**{k: 'float32' for k in shapes}))
