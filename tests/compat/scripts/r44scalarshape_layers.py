"""Layers given a 0-d shape an op computes in a graph (split's squeezed parts of 1-D data): SoftmaxOutput leaves its label unknown, Pooling refuses the rank in its own words, as MXNet's shape pass does."""
import re
import warnings

import mxnet as mx


def show(name, f):
    try:
        print(name, f())
    except mx.base.MXNetError as e:
        print(name, 'MXNetError', re.sub(r'\[\d\d:\d\d:\d\d\] ', '', str(e)).split('Stack trace')[0].strip())


warnings.simplefilter('ignore')
x, label = mx.sym.Variable('x'), mx.sym.Variable('label')
part = mx.sym.split(x, num_outputs=4, axis=-1, squeeze_axis=True)[1]
cases = [
    ('SoftmaxOutput', mx.sym.SoftmaxOutput(part), {}),
    ('SoftmaxOutput label', mx.sym.SoftmaxOutput(part, label), {'label': (1,)}),
    ('SVMOutput', mx.sym.SVMOutput(part), {}),
    ('Pooling', mx.sym.Pooling(part, kernel=(1,), global_pool=True), {}),
    ('Pooling 2-D', mx.sym.Pooling(part, kernel=(2, 2)), {}),
    ('Activation', mx.sym.Activation(part, act_type='tanh'), {}),
    ('Dropout', mx.sym.Dropout(part), {}),
]
for name, sym, given in cases:
    show(name, lambda: sym.infer_shape(x=(4,), **given))
    show(name + ' partial', lambda: sym.infer_shape_partial(x=(4,), **given))
