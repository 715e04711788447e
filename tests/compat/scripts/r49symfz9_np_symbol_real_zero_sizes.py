"""Under NumPy shape semantics mx.sym.np's take, basic slicing and npx.gather_nd over data with real 0 sizes infer their outputs (or gather_nd's refusal) from those sizes, and npx.constraint_check always gives one flag, as MXNet does."""
import mxnet as mx
from _last_line import show

mx.npx.set_np()
a, b = mx.sym.var('a').as_np_ndarray(), mx.sym.var('b').as_np_ndarray()
S, X = mx.sym.np, mx.sym.npx
makers = {'take clip': lambda: S.take(a, b, axis=0, mode='clip'), 'take flat': lambda: S.take(a, b),
          'take axis 1': lambda: S.take(a, b, axis=1), 'slice': lambda: a[1:, ::2], 'index': lambda: a[0],
          'gather_nd': lambda: X.gather_nd(a, b), 'constraint': lambda: X.constraint_check(a > 0, 'bad')}
for name, make in makers.items():
    for sa, sb in [((0, 3), (3, 0)), ((2, 0), (1, 2)), ((0,), (2,)), ((2, 3), (2, 0)), ((3, 2), (0,))]:
        given = {k: v for k, v in (('a', sa), ('b', sb)) if k in make().list_arguments()}
        show(f'{name} {sa} {sb}', lambda: make().infer_shape_partial(**given))
        show(f'{name} {sa} {sb} full', lambda: make().infer_shape(**given))
