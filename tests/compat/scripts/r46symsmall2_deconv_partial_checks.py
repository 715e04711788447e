"""A Deconvolution over data of known rank with some sizes unknown checks its target_shape and its first padded size against the known sizes, under either shape semantics, as MXNet's shape function does."""
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
    for name, net in [('plain', mx.sym.Deconvolution(x, kernel=(3, 3), num_filter=4, name='dc')),
                      ('padded', mx.sym.Deconvolution(x, kernel=(2, 2), num_filter=4, pad=(2, 2), name='dc')),
                      ('adj', mx.sym.Deconvolution(x, kernel=(3, 3), num_filter=4, stride=(2, 2), adj=(1, 1), name='dc')),
                      ('target', mx.sym.Deconvolution(x, kernel=(3, 3), num_filter=4, stride=(2, 2), target_shape=(5, 5),
                                                      name='dc'))]:
        for shape in [(2, 4, 1, u), (2, u, 1, 1), (u, 1, 4, 4), (2, 4, u)]:
            show(f'np={np_shape} {name} {shape}', lambda: net.infer_shape_partial(x=shape))
    net = mx.sym.Deconvolution(x, kernel=(3, 3), num_filter=4, stride=(2, 2), target_shape=(5, 5), name='dc')
    show(f'np={np_shape} target second', lambda: net.infer_shape_partial(x=(2, 4, u, 1)))
