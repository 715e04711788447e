"""dot's partial shape inference: under NumPy shape semantics a -1 in a contracted part fails its size check, mismatched known parts fail, transposed vectors are refused first; real 0 sizes pass."""
# recorded on AVX2
import mxnet as mx

x, y = mx.sym.var('x'), mx.sym.var('y')
cases = [((-1, 3), (-1, 3)), ((2, -1), (-1, 3)), ((-1, 3), (3, -1)), ((-1, 3, 4), (-1, 4, 5)), ((-1, 3, 4), (4, 5)),
         ((-1,), (2,)), ((-1, 3), (2, -1)), ((2, 3), (3, -1)), ((-1, 3), (3, 4)), ((3,), (-1,))]
for ta, tb in [(False, False), (True, False), (False, True)]:
    for lhs, rhs in cases:
        for np_shape in (True, False):
            given = [tuple(d if np_shape else max(d, 0) for d in s) for s in (lhs, rhs)]
            try:
                with mx.np_shape(np_shape):
                    print(ta, tb, np_shape, given,
                          mx.sym.dot(x, y, transpose_a=ta, transpose_b=tb).infer_shape_partial(x=given[0], y=given[1]))
            except mx.base.MXNetError as e:
                line = [l for l in str(e).splitlines() if 'Check failed' in l][0]
                print(ta, tb, np_shape, given, type(e).__name__, line.split('] ')[-1])
for lhs, rhs in [((0, 3), (3, 2)), ((2, 0), (0, 3)), ((0,), (0,))]:
    with mx.np_shape(True):
        ex = mx.sym.dot(x, y).simple_bind(mx.cpu(), x=lhs, y=rhs)
        print('empty', lhs, rhs, ex.forward()[0].shape, mx.sym.dot(x, y).infer_shape(x=lhs, y=rhs))
