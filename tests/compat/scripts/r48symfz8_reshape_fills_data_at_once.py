"""A reshape fills its data's unknown size from its output (dividing as integers) in the same call of MXNet's shape pass that gives its output, so the ops after it in the pass read that size, as MXNet does."""
import re

import mxnet as mx


def show(label, call):
    try:
        print(label, call())
    except Exception as e:
        print(label, type(e).__name__, re.sub(r'\[\d\d:\d\d:\d\d\] ', '', str(e)).strip().split('\n')[-1][:250])


x, y = mx.sym.var('x'), mx.sym.var('y')
graphs = {
    'dot(reshape(x, 4), x)': mx.sym.dot(mx.sym.reshape(x, shape=(4,)), x),
    'dot(reshape(x, 6), x)': mx.sym.dot(mx.sym.reshape(x, shape=(6,)), x),
    'reshape(x, target 6) + x': mx.sym.elemwise_add(mx.sym.reshape(x, target_shape=(6,)), x),
    'reshape(x, (2, -1)) + x': mx.sym.elemwise_add(mx.sym.reshape(x, shape=(2, -1)), x),
    'relu(reshape(x, 6)) * y': mx.sym.relu(mx.sym.reshape(x, shape=(6,))) * y,
    'concat(reshape(x, (3, 3)), x)': mx.sym.concat(mx.sym.reshape(x, shape=(3, 3)), x, dim=0),
}
for name, s in graphs.items():
    for kw in [dict(x=(0, 3)), dict(x=(2, 0)), dict(x=(2, 3)), dict(x=(0, 3), y=(6,))]:
        kw = {k: v for k, v in kw.items() if k in s.list_arguments()}
        show(f'{name} {kw} partial', lambda: s.infer_shape_partial(**kw))
        show(f'{name} {kw} full', lambda: s.infer_shape(**kw))
