"""infer_shape_partial under NumPy shape semantics: sort, argsort, topk, reshape_like and a flattening FullyConnected refuse an unknown (-1) dimension whose size they take, as MXNet."""
# recorded on AVX2
import mxnet as mx


def show(make, **shapes):
    try:
        with mx.np_shape(True):
            sym = make()
            print(sym.infer_shape_partial(**{k: v for k, v in shapes.items() if k in sym.list_arguments()}))
    except mx.base.MXNetError as e:
        print(type(e).__name__, [l for l in str(e).splitlines() if 'Check failed' in l][0].split('] ')[-1])


x, y = mx.sym.var('x'), mx.sym.var('y')
ops = [('sort', lambda: mx.sym.sort(x)), ('argsort', lambda: mx.sym.argsort(x)), ('topk', lambda: mx.sym.topk(x, k=2)),
       ('topk both', lambda: mx.sym.topk(x, k=1, ret_typ='both')),
       ('reshape_like', lambda: mx.sym.reshape_like(x, y)),
       ('FC', lambda: mx.sym.FullyConnected(x, num_hidden=4, name='fc')),
       ('FC flatten=False', lambda: mx.sym.FullyConnected(x, num_hidden=4, flatten=False, name='fc'))]
for name, make in ops:
    for shapes in [dict(x=(-1, 3)), dict(x=(2, -1)), dict(x=(2, 3, -1, -1)), dict(x=(-1, 3), y=(-1, 3)), dict(x=(-1, 3), y=(3, -1)),
                   dict(y=(2, 3)), dict(x=(2, 3)), dict(x=(-1,), y=(2,)), dict(x=(0, 3)), dict(x=(2, 3), y=(3, 2))]:
        print(name, shapes, end=': ')
        show(make, **shapes)
