"""repeat along an axis of unknown size after another unknown size gives its shape on (its consumers refuse the size below -1 in their own words, a flattening FullyConnected before it finds an unknown size to multiply, or the pass as it ends); with no unknown size before the axis it refuses the size itself."""
import re

import mxnet as mx


def show(label, call):
    try:
        print(label, call())
    except mx.base.MXNetError as e:
        print(label, ' | '.join(re.sub(r'\[\d\d:\d\d:\d\d\] ', '', str(e)).strip().split('\n')))


x = mx.sym.var('x')
for np_shape in (False, True):
    if np_shape:
        mx.npx.set_np()
    u = -1 if np_shape else 0
    for axis in (0, 1, -1):
        r = mx.sym.repeat(x, repeats=2, axis=axis, name='rp')
        nets = [('alone', r), ('clip', mx.sym.clip(r, 0, 1, name='cl')), ('sum', mx.sym.sum(r, name='sm')),
                ('fc', mx.sym.FullyConnected(r, num_hidden=2, name='fc'))]
        for name, net in nets:
            for shape in [(u, u), (2, u), (u, 2), (u, u, u), (2, u, u), (u, 2, u)]:
                show(f'{np_shape} {axis} {name} {shape}', lambda: net.infer_shape_partial(x=shape))
