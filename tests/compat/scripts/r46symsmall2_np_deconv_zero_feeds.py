"""Under NumPy shape semantics a Deconvolution computing a 0 size makes a real empty axis, so a Convolution or Pooling after it checks its kernel against that 0 (and its padding), as MXNet's shape pass does."""
import re

import mxnet as mx


def show(label, call):
    try:
        print(label, call())
    except Exception as e:
        print(label, type(e).__name__, ' | '.join(re.sub(r'\[\d\d:\d\d:\d\d\] ', '', line) for line in str(e).split('\n') if line.strip()))


mx.npx.set_np()
x = mx.sym.var('x')
zero = mx.sym.Deconvolution(x, kernel=(2, 2), num_filter=2, pad=(2, 2), name='dc')
cases = [('conv', mx.sym.Convolution(zero, kernel=(3, 3), num_filter=4, name='cv')),
         ('conv pad 1', mx.sym.Convolution(zero, kernel=(3, 3), num_filter=4, pad=(1, 1), name='cv')),
         ('conv pad 2', mx.sym.Convolution(zero, kernel=(3, 3), num_filter=4, pad=(2, 2), name='cv')),
         ('conv 1x1', mx.sym.Convolution(zero, kernel=(1, 1), num_filter=4, name='cv')),
         ('relu then conv', mx.sym.Convolution(mx.sym.relu(zero), kernel=(3, 3), num_filter=4, name='cv')),
         ('max pooling', mx.sym.Pooling(zero, kernel=(2, 2), pool_type='max', name='pl')),
         ('avg pooling pad 1', mx.sym.Pooling(zero, kernel=(2, 2), pad=(1, 1), pool_type='avg', name='pl')),
         ('global pooling', mx.sym.Pooling(zero, kernel=(2, 2), global_pool=True, pool_type='max', name='pl'))]
for name, net in cases:
    show(name + ' partial', lambda: net.infer_shape_partial(x=(1, 1, 3, 3)))
    show(name + ' full', lambda: net.infer_shape(x=(1, 1, 3, 3)))
