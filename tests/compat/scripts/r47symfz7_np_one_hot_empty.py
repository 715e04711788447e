"""Under NumPy shape semantics legacy one_hot infers the shape of indices with real 0 sizes, as MXNet does."""
import re
import mxnet as mx
def show(label, call):
    try:
        print(label, call())
    except mx.base.MXNetError as e:
        print(label, type(e).__name__, ' | '.join(re.sub(r'\[\d\d:\d\d:\d\d\] ', '', str(e)).strip().split('\n'))[:300])
mx.npx.set_np()
x = mx.sym.var('x')
for name, s in [('one_hot', mx.sym.one_hot(x, depth=3)), ('one_hot0', mx.sym.one_hot(x, depth=0)), ('one_hot_f64', mx.sym.one_hot(x, depth=2, dtype='float64')),
                ('one_hot_relu', mx.sym.relu(mx.sym.one_hot(x, depth=3)))]:
    for shape in [(0, 3), (3, 0), (0,), (1, 0, 1), (0, 1), (-1, 3), (2,)]:
        show(f'{name} {shape}', lambda: s.infer_shape_partial(x=shape))
        show(f'{name} {shape} t', lambda: s.infer_type(x='float32'))
