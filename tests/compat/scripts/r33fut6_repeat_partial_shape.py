"""repeat's shape inference: an unknown dimension repeated is refused (-2), a real 0 size under NumPy shape semantics repeats to 0, as MXNet."""
# recorded on AVX2
import mxnet as mx

for np_shape in (False, True):
    for shape in [(0, 3), (2, 0), (2, 3), (-1, 3), (2, -1)]:
        if not np_shape and -1 in shape:
            continue
        for axis in (0, 1, None):
            for api in ('legacy', 'np'):
                try:
                    with mx.np_shape(np_shape):
                        if api == 'np':
                            s = mx.sym.np.repeat(mx.sym.var('x').as_np_ndarray(), 2, axis=axis)
                        else:
                            s = mx.sym.repeat(mx.sym.var('x'), repeats=2, axis=axis)
                        print(np_shape, shape, axis, api, s.infer_shape_partial(x=shape))
                except mx.base.MXNetError as e:
                    line = [l for l in str(e).splitlines() if 'Check failed' in l][0]
                    print(np_shape, shape, axis, api, type(e).__name__, line.split('] ')[-1])
