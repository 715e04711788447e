"""linalg.det and linalg.slogdet of an integer input refuse an out= array's count, then its shape, before the input's type, as MXNet does."""
import mxnet as mx


def show(name, f):
    try:
        r = f()
        r = r[0] if isinstance(r, (list, tuple)) else r
        print(name, 'OK', r.shape, r.dtype, r.asnumpy().tolist())
    except mx.base.MXNetError as e:
        print(name, str(e).replace('\n', '|'))


stack = mx.nd.array([[[2, 1], [1, 3]]], dtype='int32')
matrix = mx.nd.array([[2, 1], [1, 3]], dtype='int32')
for op in ('det', 'slogdet'):
    fn = getattr(mx.nd.linalg, op)
    for dt in ('int32', 'float32', 'float64'):
        for shape in ((1,), (5,), (1, 1), (0,)):
            show(f'{op} out {dt} {shape}', lambda: fn(stack, out=mx.nd.zeros(shape, dtype=dt)))
            show(f'{op} of a matrix, out {dt} {shape}', lambda: fn(matrix, out=mx.nd.zeros(shape, dtype=dt)))
    show(f'{op} two outs', lambda: fn(stack, out=[mx.nd.zeros((1,)), mx.nd.zeros((3,))]))
    show(f'{op} two int outs', lambda: fn(stack, out=[mx.nd.zeros((1,), dtype='int32'), mx.nd.zeros((1,), dtype='int32')]))
    show(f'{op} float, two outs', lambda: fn(stack.astype('float32'), out=[mx.nd.zeros((1,)), mx.nd.zeros((3,))]))
