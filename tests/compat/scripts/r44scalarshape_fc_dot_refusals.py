"""FullyConnected and dot refuse a 0-d shape an op computes in a graph (split's squeezed parts of 1-D data) in the words of the checks MXNet's shape functions fail, and dot refuses 0-d arrays under NumPy shapes."""
import re

import mxnet as mx


def show(name, f):
    try:
        print(name, f())
    except mx.base.MXNetError as e:
        print(name, 'MXNetError', re.sub(r'\[\d\d:\d\d:\d\d\] ', '', str(e)).split('Stack trace')[0].strip())
    except RuntimeError as e:
        print(name, 'RuntimeError', re.sub(r'\[\d\d:\d\d:\d\d\] ', '', str(e)).split('Stack trace')[0].strip())


x, w, v = mx.sym.Variable('x'), mx.sym.Variable('w'), mx.sym.Variable('v')
part = mx.sym.split(x, num_outputs=4, axis=-1, squeeze_axis=True)[2]
cases = [
    ('FullyConnected', mx.sym.FullyConnected(part, num_hidden=2), {}),
    ('FullyConnected unflattened', mx.sym.FullyConnected(part, num_hidden=2, no_bias=True, flatten=False), {}),
    ('FullyConnected weight', mx.sym.FullyConnected(part, w, num_hidden=2, no_bias=True), {'w': (2, 1)}),
    ('dot', mx.sym.dot(part, part), {}),
    ('dot vector', mx.sym.dot(part, v), {'v': (3,)}),
    ('dot by vector', mx.sym.dot(v, part), {'v': (3,)}),
    ('gather_nd', mx.sym.gather_nd(w, part), {'w': (5, 3)}),
]
for name, sym, given in cases:
    show(name, lambda: sym.infer_shape(x=(4,), **given))
    show(name + ' partial', lambda: sym.infer_shape_partial(x=(4,), **given))
show('simple_bind', lambda: mx.sym.dot(part, v).simple_bind(mx.cpu(), x=(4,), v=(3,)))
mx.util.set_np_shape(True)
for a, b in [((), (3,)), ((3,), ()), ((), ())]:
    show(f'nd.dot {a} {b}', lambda: mx.nd.dot(mx.nd.ones(a), mx.nd.ones(b)).shape)
