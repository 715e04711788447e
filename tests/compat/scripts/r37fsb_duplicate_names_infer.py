"""infer_shape/infer_type of graphs where two variables share a name (two FullyConnected both named fc, two BatchNorms both bn, two var('a')): each argument keeps its own result, as list_arguments names it."""
import warnings

import mxnet as mx

s = mx.sym
warnings.simplefilter('always')
warnings.showwarning = lambda message, *args, **kwargs: print('W', str(message).replace('\n', ' | '))
def tr(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, 'ERR', type(e).__name__, str(e).replace('\n', ' | ')[:300])
fc1 = s.FullyConnected(s.var('x'), num_hidden=2, name='fc')
fc2 = s.FullyConnected(fc1, num_hidden=4, name='fc')
tr('args', lambda: fc2.list_arguments())
tr('infer', lambda: fc2.infer_shape(x=(1, 3)))
tr('infer partial', lambda: fc2.infer_shape_partial(x=(1, 3)))
tr('infer weight given', lambda: fc2.infer_shape(x=(1, 3), fc_weight=(2, 3)))
tr('infer none', lambda: fc2.infer_shape())
tr('type', lambda: fc2.infer_type(x='float16'))
bn1 = s.BatchNorm(s.var('x'), name='bn')
bn2 = s.BatchNorm(s.FullyConnected(bn1, num_hidden=3, name='f'), name='bn')
tr('bn aux', lambda: bn2.list_auxiliary_states())
tr('bn infer', lambda: bn2.infer_shape(x=(2, 5)))
tr('bn types', lambda: bn2.infer_type(x='float64'))
a1 = s.var('a'); a2 = s.var('a')
tr('dup vars partial', lambda: (s.dot(a1, s.var('b')) + a2).infer_shape_partial(b=(3, 4)))
tr('dup vars types', lambda: (a1 + s.cast(a2, dtype='int32')).infer_type_partial())
tr('dup vars warn', lambda: (a1 * s.var('c') + a2).infer_shape())
tr('dup vars type warn', lambda: (a1 * s.var('c') + s.cast(a2, dtype='int32')).infer_type())
