"""A Convolution or Deconvolution given weight and bias variables assigns their shapes (a Convolution's filters counted per group) before it checks its groups, a Deconvolution reading unknown channels as unsigned, and a Deconvolution's output needs not its data's channel count."""
import re

import mxnet as mx


def show(label, call):
    try:
        print(label, call())
    except (mx.base.MXNetError, RuntimeError) as e:
        print(label, ' | '.join(re.sub(r'\[\d\d:\d\d:\d\d\] ', '', str(e)).strip().split('\n')))


x, w, b = mx.sym.var('x'), mx.sym.var('w'), mx.sym.var('b')
for np_shape in (False, True):
    if np_shape:
        mx.npx.set_np()
    u = -1 if np_shape else 0
    nets = {'conv_g': mx.sym.Convolution(x, w, b, kernel=(3, 3), num_filter=4, num_group=2, name='cv'),
            'conv_g3': mx.sym.Convolution(x, w, b, kernel=(3, 3), num_filter=3, num_group=2, name='cv'),
            'deconv_g': mx.sym.Deconvolution(x, w, b, kernel=(3, 3), num_filter=4, num_group=2, no_bias=False, name='dc'),
            'deconv_g3': mx.sym.Deconvolution(x, w, b, kernel=(3, 3), num_filter=3, num_group=3, no_bias=False, name='dc'),
            'deconv': mx.sym.Deconvolution(x, w, b, kernel=(3, 3), num_filter=4, no_bias=False, name='dc')}
    for name, net in nets.items():
        for xs, ws, bs in [((2, 3, 5, 5), (4, 3, 2, 2), None), ((2, 3, 5, 5), None, (5,)), ((2, 3, 5, 5), None, None),
                           ((2, 4, 5, 5), (4, 3, 2, 2), None), ((2, u, 5, 5), (4, u, 3, 3), None),
                           ((2, u, 5, 5), (3, 2, 3, 3), None), ((u, u, 5, 5), (4, u, 3, 3), None),
                           ((2, u, u, 5), (4, u, 3, 3), (4,)), ((2, u, 5, 5), None, None)]:
            given = {k: v for k, v in (('x', xs), ('w', ws), ('b', bs)) if v is not None}
            show(f'{np_shape} {name} {xs} {ws} {bs}', lambda: net.infer_shape_partial(**given))
    show(f'{np_shape} bind', lambda: nets['conv_g3'].simple_bind(mx.cpu(), x=(2, 3, 5, 5), b=(5,)))
