"""A Convolution over data of known rank with some sizes unknown checks its dilated kernel against each known padded spatial size, in either layout and under either shape semantics, as MXNet's shape function does."""
import re

import mxnet as mx


def show(label, call):
    try:
        print(label, call())
    except Exception as e:
        print(label, type(e).__name__, re.sub(r'\[\d\d:\d\d:\d\d\] ', '', str(e).split('\n')[0]))


x = mx.sym.var('x')
for np_on in (False, True):
    if np_on:
        mx.npx.set_np()
    u = -1 if np_on else 0
    for name, net in [('nchw', mx.sym.Convolution(x, kernel=(3, 3), num_filter=4, name='cv')),
                      ('nchw pad', mx.sym.Convolution(x, kernel=(3, 3), num_filter=4, pad=(1, 1), name='cv')),
                      ('nchw dil', mx.sym.Convolution(x, kernel=(2, 2), dilate=(2, 2), num_filter=4, name='cv')),
                      ('nhwc', mx.sym.Convolution(x, kernel=(3, 3), num_filter=4, layout='NHWC', name='cv')),
                      ('1d', mx.sym.Convolution(x, kernel=(3,), num_filter=4, name='cv')),
                      ('3d', mx.sym.Convolution(x, kernel=(3, 3, 3), num_filter=4, name='cv'))]:
        for shape in [(2, 4, 1, u), (2, 4, u, 1), (2, 1, u, 4), (u, 4, 2, 2), (2, u, 1, 1), (u, 1, 4, 4), (2, u, 5, 5), (2, 4, u),
                      (u, 4, 2), (2, 4, 4, u, 1), (u, 1, 4, 4, 4)]:
            show(f'{np_on} {name} {shape}', lambda: net.infer_shape_partial(x=shape))
