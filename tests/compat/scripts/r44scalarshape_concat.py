"""Concat skips a 0-d input (a shape an op computes in a graph, or a 0-d array under NumPy shapes) when it merges its inputs' shapes: alone it leaves the output unknown, beside a vector it fails to fit the merged shape, as MXNet does."""
import re
import warnings

import mxnet as mx


def show(name, f):
    try:
        print(name, f())
    except mx.base.MXNetError as e:
        print(name, 'MXNetError', re.sub(r'\[\d\d:\d\d:\d\d\] ', '', str(e)).split('Stack trace')[0].strip())


warnings.simplefilter('ignore')
x, v = mx.sym.Variable('x'), mx.sym.Variable('v')
part = mx.sym.split(x, num_outputs=4, axis=-1, squeeze_axis=True)[1]
cases = [
    ('one part', mx.sym.concat(part, dim=0), {}),
    ('two parts', mx.sym.concat(part, part, dim=0), {}),
    ('part and vector', mx.sym.concat(part, v, dim=0), {'v': (3,)}),
    ('vector and part', mx.sym.concat(v, part, dim=0), {'v': (3,)}),
]
for name, sym, given in cases:
    show(name, lambda: sym.infer_shape(x=(4,), **given))
    show(name + ' partial', lambda: sym.infer_shape_partial(x=(4,), **given))
mx.util.set_np_shape(True)
scalar, vector = mx.nd.array([1.0]).reshape(()), mx.nd.ones((3,))
show('nd.concat 0-d', lambda: mx.nd.concat(scalar, dim=0).shape)
show('nd.concat 0-d and vector', lambda: mx.nd.concat(scalar, vector, dim=0).shape)
show('nd.concat vector and 0-d', lambda: mx.nd.concat(vector, scalar, dim=0).shape)
