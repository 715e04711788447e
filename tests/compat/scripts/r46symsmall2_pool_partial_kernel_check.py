"""A Pooling over data of known rank with some sizes unknown checks its kernel against each padded spatial size in turn, known ones included, in either layout and under either shape semantics, as MXNet's shape function does."""
import re

import mxnet as mx


def show(label, call):
    try:
        print(label, call())
    except Exception as e:
        print(label, type(e).__name__, re.sub(r'\[\d\d:\d\d:\d\d\] ', '', str(e).split('\n')[0]))


x = mx.sym.var('x')
for np_shape in (False, True):
    if np_shape:
        mx.npx.set_np()
    u = -1 if np_shape else 0
    for name, kw in [('nchw', {}), ('nhwc', {'layout': 'NHWC'}), ('pad', {'pad': (1, 1)}), ('avg', {'pool_type': 'avg'})]:
        net = mx.sym.Pooling(x, kernel=(3, 3), name='pl', **kw)
        for shape in [(2, 4, 1, u), (2, 4, u, 1), (2, 1, u, 4), (u, 4, 2, 2), (2, u, 1, 1), (u, 1, 4, 4), (u, 4, 4, 4)]:
            show(f'np={np_shape} {name} {shape}', lambda: net.infer_shape_partial(x=shape))
    for name, kw in [('ncw', {}), ('nwc', {'layout': 'NWC'})]:
        net = mx.sym.Pooling(x, kernel=(3,), name='pl', **kw)
        for shape in [(2, 4, u), (u, 4, 2), (u, 2, 4), (2, u, 5)]:
            show(f'np={np_shape} {name} {shape}', lambda: net.infer_shape_partial(x=shape))
    for name, kw in [('ncdhw', {}), ('ndhwc', {'layout': 'NDHWC'})]:
        net = mx.sym.Pooling(x, kernel=(3, 3, 3), name='pl', **kw)
        for shape in [(2, 4, 1, u, 4), (2, 4, u, 2, 4), (2, 4, 4, 1, u), (u, 4, 4, 4, 4)]:
            show(f'np={np_shape} {name} {shape}', lambda: net.infer_shape_partial(x=shape))
