"""Convolution_v1's shape inference reads an unknown channel count as unsigned 32 bits when it splits it among groups (the weight's channels, the group check), an unknown spatial size as -1 in the kernel check and the output, checks given weights and biases first, and never fills its data back from its output, as MXNet does."""
import re

import mxnet as mx


def show(label, call):
    try:
        print(label, call())
    except Exception as e:
        print(label, type(e).__name__, ' | '.join(re.sub(r'\[\d\d:\d\d:\d\d\] ', '', str(e)).strip().split('\n'))[:250])


x, w, b, y = mx.sym.var('x'), mx.sym.var('w'), mx.sym.var('b'), mx.sym.var('y')
for f, g in [(3, 1), (3, 2), (4, 2), (3, 3), (6, 3)]:
    for pad in [(0, 0), (1, 1)]:
        net = mx.sym.Convolution_v1(x, w, b, kernel=(3, 3), num_filter=f, num_group=g, pad=pad, name='cv')
        for xs, ws, bs in [((2, 0, 5, 5), None, None), ((2, 6, 0, 5), None, None), ((2, 6, 5, 0), None, None),
                           ((0, 6, 5, 5), None, None), ((2, 6, 2, 5), None, None), ((2, 0, 0, 0), None, None),
                           ((2, 6, 1, 1), None, None), ((2, 5, 5, 4), None, None), ((2, 0, 5, 5), (3, 0, 3, 3), None),
                           ((2, 3, 5, 5), (3, 1, 3, 3), None), ((2, 3, 5, 5), None, (5,))]:
            kw = {k: v for k, v in (('x', xs), ('w', ws), ('b', bs)) if v is not None}
            show(f'{f} {g} {pad} {kw}', lambda: net.infer_shape_partial(**kw))
for kw in [dict(kernel=(1, 1), pad=(1, 1)), dict(kernel=(3, 3), stride=(2, 2), pad=(1, 1)),
           dict(kernel=(3, 3), dilate=(2, 2), pad=(2, 2)), dict(kernel=(2, 2), no_bias=True),
           dict(kernel=(1, 3, 3), pad=(1, 1, 1)), dict(kernel=(3, 3, 3), num_group=2)]:
    for f, g in [(4, 1), (4, 2), (6, 3)]:
        net = mx.sym.Convolution_v1(x, num_filter=f, num_group=kw.get('num_group', g), name='cv',
                                    **{k: v for k, v in kw.items() if k != 'num_group'})
        rank = len(kw['kernel']) + 2
        for xs in [(2, 6) + (5,) * (rank - 2), (0, 6) + (5,) * (rank - 2), (2, 0) + (5,) * (rank - 2),
                   (2, 6, 0) + (5,) * (rank - 3), (2, 5) + (5,) * (rank - 2)]:
            show(f'{kw} {f} {g} {xs}', lambda: net.infer_shape_partial(x=xs))
            show(f'{kw} {f} {g} {xs} full', lambda: net.infer_shape(x=xs))
for op in (mx.sym.Convolution, mx.sym.Convolution_v1):
    net = op(x, kernel=(3, 3), num_filter=4, pad=(1, 1), name='cv') + y
    for xs, ys in [((0, 6, 5, 5), (2, 4, 5, 5)), ((2, 6, 0, 5), (2, 4, 5, 5)), ((2, 6, 5, 5), (0, 0, 0, 0))]:
        show(f'{op.__name__} {xs} {ys}', lambda: net.infer_shape_partial(x=xs, y=ys))
