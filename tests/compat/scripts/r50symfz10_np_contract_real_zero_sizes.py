"""Under NumPy shape semantics mx.sym.np's inner, tensordot, dot and matmul compare a summed axis's real 0 size with the other operand's like any size, refusing a mismatch as MXNet's shape check does (printing the 0s as 0), as MXNet does."""
# recorded on AMD AVX2
import mxnet as mx
from _last_line import show

mx.npx.set_np()
a, b = mx.sym.var('a').as_np_ndarray(), mx.sym.var('b').as_np_ndarray()
S = mx.sym.np
makers = {'inner': lambda: S.inner(a, b), 'tensordot 2': lambda: S.tensordot(a, b, axes=2),
          'tensordot 1': lambda: S.tensordot(a, b, axes=1), 'tensordot 0': lambda: S.tensordot(a, b, axes=0),
          'tensordot lists': lambda: S.tensordot(a, b, axes=([1], [0])), 'dot': lambda: S.dot(a, b),
          'matmul': lambda: S.matmul(a, b)}
for name, make in makers.items():
    for sa, sb in [((2, 0), (3, 0)), ((0, 3), (4, 3)), ((2, 3), (3, 0)), ((2, 3), (0, 3)), ((0, 0), (0, 0)),
                   ((2, 3, 0), (3, 0, 4)), ((0, 2), (3, 0)), ((2, 0), (0, 2)), ((3,), (3, 0)), ((0,), (0, 2))]:
        if name == 'tensordot 2' and len(sa) < 2:
            continue        # (MXNet's process aborts summing more axes than a vector has)
        show(f'{name} {sa} {sb}', lambda: make().infer_shape_partial(a=sa, b=sb))
        show(f'{name} {sa} {sb} full', lambda: make().infer_shape(a=sa, b=sb))
