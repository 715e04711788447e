"""FullyConnected given a 2-D bias of unknown sizes fills it as a column of num_hidden, and refuses one that fits neither a vector nor a column showing it filled up to the size that differs."""
import re

import mxnet as mx


def show(label, call):
    try:
        print(label, call())
    except mx.base.MXNetError as e:
        print(label, ' | '.join(re.sub(r'\[\d\d:\d\d:\d\d\] ', '', str(e)).strip().split('\n')))


x = mx.sym.var('x')
for flatten in (True, False):
    net = mx.sym.FullyConnected(x, num_hidden=2, flatten=flatten, name='fc')
    for bias in [(0, 0), (2, 0), (0, 1), (0,), (0, 2), (3, 0), (0, 0, 0), (2, 1), (1, 2)]:
        for data in [(2, 1), (0, 3)]:
            show(f'{flatten} {data} {bias}', lambda: net.infer_shape_partial(x=data, fc_bias=bias))
    show(f'{flatten} full', lambda: net.infer_shape(x=(2, 3), fc_bias=(0, 0)))
    show(f'{flatten} bind', lambda: net.simple_bind(mx.cpu(), x=(2, 3), fc_bias=(0, 0)).arg_dict['fc_bias'].shape)
