"""A FullyConnected with flatten=False over 1-D data of unknown size takes num_hidden as that size once its output is known, and shape inference stops when every shape is known unless an op called earlier has not seen them all, as MXNet's pass does."""
import re
import mxnet as mx


def show(label, call):
    try:
        print(label, call())
    except Exception as e:
        print(label, type(e).__name__, ' | '.join(re.sub(r'\[\d\d:\d\d:\d\d\] ', '', str(e)).strip().split('\n'))[:300])


x = mx.sym.var('x')
for nh in (2, 5):
    s = mx.sym.FullyConnected(x, num_hidden=nh, flatten=False, name='fc')
    for kw in [dict(x=(0,), fc_weight=(0, 3)), dict(x=(0,), fc_weight=(nh, 3)), dict(x=(0,), fc_weight=(0, 3), fc_bias=(0,)),
               dict(x=(4, 0), fc_weight=(0, 3)), dict(x=(0,), fc_weight=(nh, 0)), dict(x=(0,), fc_bias=(nh,))]:
        show(f'{nh} {kw}', lambda: s.infer_shape_partial(**kw))
        show(f'{nh} {kw} full', lambda: s.infer_shape(**kw))
    show(f'{nh} chain', lambda: (s * 2 + 1).infer_shape(x=(0,), fc_weight=(0, 3)))
    u = mx.sym.FullyConnected(s, num_hidden=3, flatten=False, name='fc2')
    show(f'{nh} two', lambda: u.infer_shape_partial(x=(0,), fc_weight=(0, 3)))
    e = s.simple_bind(mx.cpu(), x=(0,), fc_weight=(0, 3))
    print(sorted((k, v.shape) for k, v in e.arg_dict.items()), e.outputs[0].shape)

v = mx.sym.var('V')
show('transpose first', lambda: (mx.sym.transpose(v) + (x + v)).infer_shape(x=(2, 3)))
show('transpose first partial', lambda: (mx.sym.transpose(v) + (x + v)).infer_shape_partial(x=(2, 3)))
show('transpose last', lambda: ((x + v) + mx.sym.transpose(v)).infer_shape(x=(2, 3)))
