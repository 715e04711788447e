"""Under NumPy shape semantics legacy dot's shape inference refuses to transpose vectors of any size, compares two vectors' lengths, and contracts an operand whose contracted size is 0 with any other, as MXNet does."""
import mxnet as mx
from _last_line import show

mx.npx.set_np()
a, b = mx.sym.var('a'), mx.sym.var('b')
for ta, tb in [(False, False), (True, False), (False, True), (True, True)]:
    s = mx.sym.dot(a, b, transpose_a=ta, transpose_b=tb, name='d')
    for sa, sb in [((0,), (0,)), ((3,), (3,)), ((0,), (3,)), ((0,), (0, 2)), ((2, 0), (3, 4)), ((0, 2), (3, 4)),
                   ((3, 4), (0, 2)), ((3, 4), (2, 0)), ((2, 0), (0,)), ((2, 0), (3,)), ((0, 3), (2, 0)),
                   ((2, 3, 0), (4, 5))]:
        show(f'{ta} {tb} {sa} {sb} infer', lambda: s.infer_shape(a=sa, b=sb))
        show(f'{ta} {tb} {sa} {sb} partial', lambda: s.infer_shape_partial(a=sa, b=sb))
    for sa, sb in [((0,), (0,)), ((0,), (0, 2))]:
        show(f'{ta} {tb} {sa} {sb} bind', lambda: s.simple_bind(mx.cpu(), a=sa, b=sb).outputs[0].shape)
