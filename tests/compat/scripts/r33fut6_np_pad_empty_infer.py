"""Symbolic mx.np ops on real 0-size inputs infer shapes as MXNet: np.pad grows an empty axis, refuses a pad_width of the wrong rank; np.max refuses an empty reduced axis; np.reshape and np.diag give empty shapes; np.where keeps its broadcast check."""
# recorded on AVX2
import mxnet as mx

mx.npx.set_np()
x, y = mx.sym.var('x').as_np_ndarray(), mx.sym.var('y').as_np_ndarray()
for pw in [((1, 1), (0, 0)), ((0, 0), (2, 1)), ((1, 2),)]:
    for shape in [(0, 3), (2, 0), (2, 3), (0, 0)]:
        try:
            print(pw, shape, mx.sym.np.pad(x, pw).infer_shape_partial(x=shape))
        except mx.base.MXNetError as e:
            print(pw, shape, type(e).__name__, [l for l in str(e).splitlines() if 'Check failed' in l][0].split('] ')[-1])
        print('  imperative', mx.np.pad(mx.np.ones(shape), pw).shape if len(pw) == len(shape) else '-')
for shapes in [((0, 3), (0, 3)), ((0, 3), (1, 3)), ((2, 0), (2, 1))]:
    try:
        print('where', shapes, mx.sym.np.where(x > 0, x, y).infer_shape_partial(x=shapes[0], y=shapes[1]))
    except mx.base.MXNetError as e:
        print('where', shapes, type(e).__name__)
for name, make in [('max axis 0', lambda: mx.sym.np.max(x, axis=0)), ('max axis 1', lambda: mx.sym.np.max(x, axis=1)),
                   ('reshape (2, -1)', lambda: mx.sym.np.reshape(x, (2, -1))), ('diag', lambda: mx.sym.np.diag(x))]:
    for shape in [(0, 3), (2, 0), (2, 3)]:
        try:
            print(name, shape, make().infer_shape_partial(x=shape))
        except mx.base.MXNetError as e:
            print(name, shape, type(e).__name__, [l for l in str(e).splitlines() if 'Check failed' in l][0].split('] ')[-1])
