"""Under NumPy shape semantics legacy squeeze and Flatten infer the shapes of data with real 0 sizes (squeeze refusing an axis of size other than 1), as MXNet does."""
import re

import mxnet as mx


def show(label, call):
    try:
        print(label, call())
    except mx.base.MXNetError as e:
        print(label, ' | '.join(re.sub(r'\[\d\d:\d\d:\d\d\] ', '', str(e)).strip().split('\n')))


mx.npx.set_np()
x = mx.sym.var('x')
for name, net in [('squeeze', mx.sym.squeeze(x)), ('squeeze axis 0', mx.sym.squeeze(x, axis=0)),
                  ('Flatten', mx.sym.Flatten(x)), ('Flatten then relu', mx.sym.relu(mx.sym.Flatten(x)))]:
    for shape in [(0, 3), (3, 0), (0,), (1, 0, 1), (0, 1), (-1, 3)]:
        show(f'{name} {shape}', lambda: net.infer_shape_partial(x=shape))
    show(f'{name} full', lambda: net.infer_shape(x=(1, 0, 1)))
