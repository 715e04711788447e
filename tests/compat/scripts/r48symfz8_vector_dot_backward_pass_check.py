"""dot of two vectors whose lengths shape inference tells one at a time compares them again in the pass's backward direction, refusing 1 against the -1 not yet filled, unless gradient nodes (simple_bind's training graph) fill it first, as MXNet does."""
import re

import mxnet as mx


def show(label, call):
    try:
        print(label, call())
    except Exception as e:
        print(label, type(e).__name__, re.sub(r'\[\d\d:\d\d:\d\d\] ', '', str(e)).strip().split('\n')[-1][:250])


y, z = mx.sym.var('y'), mx.sym.var('z')
graphs = {
    'dot(y, relu(y)) + y': mx.sym.elemwise_add(mx.sym.dot(y, mx.sym.relu(y)), y),
    'dot(relu(y), y) + y': mx.sym.elemwise_add(mx.sym.dot(mx.sym.relu(y), y), y),
    'dot(y, y) + y': mx.sym.elemwise_add(mx.sym.dot(y, y), y),
    'dot(y, z) + y': mx.sym.elemwise_add(mx.sym.dot(y, z), y),
    'dot(y, tanh(z)) + z': mx.sym.elemwise_add(mx.sym.dot(y, mx.sym.tanh(z)), z),
}
for name, s in graphs.items():
    for kw in [dict(y=(0,)), dict(y=(1,)), dict(y=(0,), z=(0,)), dict(y=(0,), z=(1,))]:
        kw = {k: v for k, v in kw.items() if k in s.list_arguments()}
        show(f'{name} {kw} partial', lambda: s.infer_shape_partial(**kw))
        show(f'{name} {kw} full', lambda: s.infer_shape(**kw))
        for req in ('write', 'null'):
            show(f'{name} {kw} simple_bind {req}', lambda: s.simple_bind(mx.cpu(), grad_req=req, **kw).outputs[0].shape)
