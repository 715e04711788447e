"""An NDArray operator given a Symbol for an attribute (by keyword, by position, or through a method) reads its text
'<Symbol a>' as the attribute's value and refuses it as the parser refuses any such text."""
import mxnet as mx
from mxnet import nd

s = mx.sym.var('a')
x = nd.ones((2, 3))
cases = [
    ('sum axis', lambda: nd.sum(x, axis=s)),
    ('Activation act_type', lambda: nd.Activation(x, act_type=s)),
    ('clip a_min', lambda: nd.clip(x, a_min=s, a_max=1)),
    ('reshape shape', lambda: nd.reshape(x, shape=s)),
    ('one_hot depth', lambda: nd.one_hot(x, depth=s)),
    ('softmax temperature', lambda: nd.softmax(x, temperature=s)),
    ('transpose axes by position', lambda: nd.transpose(x, s)),
    ('Dropout p', lambda: nd.Dropout(x, p=s)),
    ('slice_axis axis by position', lambda: nd.slice_axis(x, s, 0, 1)),
    ('topk k', lambda: nd.topk(x, k=s)),
    ('concat dim', lambda: nd.concat(x, x, dim=s)),
    ('method sum axis', lambda: x.sum(axis=s)),
    ('method clip', lambda: x.clip(s, 1)),
    ('method reshape', lambda: x.reshape(s)),
    ('method one_hot', lambda: x.one_hot(s)),
    ('method slice_axis', lambda: x.slice_axis(axis=s, begin=0, end=1)),
    ('ones shape', lambda: nd.ones(s)),
    ('full value', lambda: nd.full((2,), s)),
    ('arange start', lambda: nd.arange(s)),
]
for label, f in cases:
    try:
        print(label, 'OK', f())
    except Exception as e:
        print(label, type(e).__name__, repr(str(e).split('Stack trace')[0].strip()))
