"""mx.sym.np.moveaxis and rot90 over data of unknown rank fail their shape functions in any inference pass (moveaxis, after counting its axes, indexing the new shape with its first destination; rot90 finding its plane out of range after its duplicate check), in NumPy or legacy shape mode, as MXNet does."""
import mxnet as mx
from _last_line import show

S = mx.sym.np
for np_mode in (True, False):
    mx.util.set_np_shape(np_mode)
    a, b = mx.sym.var('a').as_np_ndarray(), mx.sym.var('b').as_np_ndarray()
    moves = [(0, 1), (1, 0), (-1, 0), (0, -1), ([0, 1], [1, 0]), ((0,), (2,)), (0, 0), ([0, 0], [0, 1]), ([0, 1], [1, 1]),
             ([-1, -1], [0, 1]), ([0, 1], [0]), (-2, -1), (0, 5), (5, 0), ([-1, 0], [-1, 0])]
    for src, dst in moves:
        m = S.moveaxis(a, src, dst)
        label = f'np={np_mode} moveaxis {src} {dst}'
        show(label + ' none', lambda: m.infer_shape_partial())
        show(label + ' none full', lambda: m.infer_shape())
        show(label + ' 2d', lambda: m.infer_shape_partial(a=(3, 2)))
        show(label + ' 3d', lambda: m.infer_shape_partial(a=(2, 3, 4)))
        show(label + ' add', lambda: (m + b).infer_shape_partial(b=(2, 3, 4)))
        show(label + ' dot', lambda: S.dot(b, S.transpose(m * 2)).infer_shape_partial(b=(2, 3)))
        show(label + ' type', lambda: m.infer_type(a='float32'))
    for k, axes in [(1, (0, 1)), (2, (0, 1)), (0, (0, 1)), (4, (1, 0)), (1, (0, 0)), (1, (-1, -2)), (3, (1, 2)),
                    (1, (0, 1, 2)), (-1, (0, 1))]:
        m = S.rot90(a, k, axes)
        label = f'np={np_mode} rot90 {k} {axes}'
        show(label + ' none', lambda: m.infer_shape_partial())
        show(label + ' 2d', lambda: m.infer_shape_partial(a=(3, 2)))
        show(label + ' 3d', lambda: m.infer_shape(a=(3, 2, 4)))
        show(label + ' add', lambda: (m + b).infer_shape_partial(b=(3, 2)))
        show(label + ' bind', lambda: [o.shape for o in (m + b).simple_bind(mx.cpu(), b=(3, 2)).outputs])
        show(label + ' type', lambda: m.infer_type(a='float32'))
