"""Under NumPy shape semantics, max/min leave an output unknown for -1 dimensions (real 0 sizes fail their check) and ravel_multi_index checks the rank and first dimension of data with -1 dimensions, as MXNet."""
# recorded on AVX2
import mxnet as mx

x = mx.sym.var('x')
ops = [('max', lambda: mx.sym.max(x, axis=1)), ('min', lambda: mx.sym.min(x, axis=0)), ('max all', lambda: mx.sym.max(x)),
       ('ravel_multi_index', lambda: mx.sym.ravel_multi_index(x, shape=(3, 4)))]
for name, make in ops:
    for shape in [(-1, 3), (2, -1), (-1, 3, 4), (-1,), (2, 3)] + ([(0, 3), (2, 0)] if name != 'ravel_multi_index' else []):
        for np_shape in (True, False):
            given = tuple(d if np_shape else max(d, 0) for d in shape)
            try:
                with mx.np_shape(np_shape):
                    print(name, np_shape, given, make().infer_shape_partial(x=given))
            except mx.base.MXNetError as e:
                line = [l for l in str(e).splitlines() if 'Check failed' in l][0]
                print(name, np_shape, given, type(e).__name__, line.split('] ')[-1])
