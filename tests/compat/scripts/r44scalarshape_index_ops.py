"""Index and selection ops read a 0-d shape an op computes in a graph (split's squeezed parts of 1-D data) as known: one_hot, take and Embedding index by it, pick and where give the output they set, squeeze and take refuse it where their checks do, as MXNet's shape pass does."""
import re

import mxnet as mx


def show(name, f):
    try:
        print(name, f())
    except mx.base.MXNetError as e:
        print(name, 'MXNetError', re.sub(r'\[\d\d:\d\d:\d\d\] ', '', str(e)).split('Stack trace')[0].strip())


x, w, v = mx.sym.Variable('x'), mx.sym.Variable('w'), mx.sym.Variable('v')
part = mx.sym.split(x, num_outputs=4, axis=-1, squeeze_axis=True)[1]
cases = [
    ('one_hot', mx.sym.one_hot(part, depth=3), {}),
    ('one_hot 5', mx.sym.one_hot(part, depth=5), {}),
    ('take', mx.sym.take(w, part), {'w': (5, 3)}),
    ('take axis 1', mx.sym.take(w, part, axis=1), {'w': (5, 3)}),
    ('take unknown array', mx.sym.take(w, part), {}),
    ('Embedding', mx.sym.Embedding(part, input_dim=4, output_dim=3), {}),
    ('pick', mx.sym.pick(w, part), {'w': (5, 3)}),
    ('pick axis 0', mx.sym.pick(w, part, axis=0), {'w': (5, 3)}),
    ('where', mx.sym.where(part, part, part), {}),
    ('where vectors', mx.sym.where(part, v, v), {'v': (3,)}),
    ('where by vector', mx.sym.where(v, part, part), {'v': (3,)}),
    ('squeeze', mx.sym.squeeze(part), {}),
    ('squeeze axis', mx.sym.squeeze(part, axis=0), {}),
]
for name, sym, given in cases:
    show(name, lambda: sym.infer_shape(x=(4,), **given))
    show(name + ' partial', lambda: sym.infer_shape_partial(x=(4,), **given))
data = mx.nd.array([0, 2, 1, 3])
for name, sym, given in [('one_hot', mx.sym.one_hot(part, depth=4) * 2, {}),
                         ('take', mx.sym.take(w, part) + 1, {'w': mx.nd.arange(15).reshape((5, 3))}),
                         ('where', mx.sym.where(part, part, part + 1), {})]:
    exe = sym.simple_bind(mx.cpu(), x=(4,), **{k: a.shape for k, a in given.items()})
    exe.arg_dict['x'][:] = data
    for k, a in given.items():
        exe.arg_dict[k][:] = a
    out = exe.forward()[0]
    print(name, 'forward', out.shape, out.asnumpy().tolist())
