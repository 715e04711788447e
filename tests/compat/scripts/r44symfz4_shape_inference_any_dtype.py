"""Shape inference over layers whose kernels refuse the graph's dtype (BatchNorm, Dropout, L2Normalization, InstanceNorm after a Cast to int32) gives their shapes, leaving the refusal to type inference and binding, as MXNet does."""
import re

import mxnet as mx


def show(name, f):
    try:
        print(name, f())
    except Exception as e:
        print(name, type(e).__name__, re.sub(r'\[\d\d:\d\d:\d\d\] ', '', str(e)).split('Stack trace')[0].strip())


x = mx.sym.Variable('x')
c = mx.sym.Cast(x, dtype='int32')
layers = [('BatchNorm', lambda: mx.sym.BatchNorm(c, fix_gamma=False, axis=0, name='bn')),
          ('BatchNorm axis 1', lambda: mx.sym.BatchNorm(c, name='bn1')),
          ('InstanceNorm', lambda: mx.sym.InstanceNorm(mx.sym.reshape(c, shape=(1, 4, 2)), name='inorm')),
          ('Dropout', lambda: mx.sym.Dropout(c)), ('L2Normalization', lambda: mx.sym.L2Normalization(c)),
          ('FullyConnected', lambda: mx.sym.FullyConnected(c, num_hidden=2, name='fc')),
          ('Activation', lambda: mx.sym.Activation(c, act_type='relu'))]
for name, make in layers:
    s = make()
    show(name + ' shape', lambda: s.infer_shape(x=(4, 2)))
    show(name + ' partial', lambda: s.infer_shape_partial(x=(4, 2)))
    show(name + ' type', lambda: s.infer_type(x='float32'))
    show(name + ' bind', lambda: s.simple_bind(mx.cpu(), x=(4, 2)).outputs[0].dtype)
