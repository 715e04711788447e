"""infer_shape_partial under NumPy shape semantics prints an unknown (-1) dimension as -1 in its shape errors (split, pick, SequenceMask, sum), as MXNet."""
# recorded on AVX2
import mxnet as mx

x, y = mx.sym.var('x'), mx.sym.var('y')
ops = [('split', lambda: mx.sym.split(x, num_outputs=2, axis=1)),
       ('pick', lambda: mx.sym.pick(x, y, axis=1)),
       ('SequenceMask', lambda: mx.sym.SequenceMask(x, y, use_sequence_length=True)),
       ('sum', lambda: mx.sym.sum(x, axis=1)),
       ('sum keepdims', lambda: mx.sym.sum(x, axis=1, keepdims=True))]
for name, make in ops:
    for shapes in [dict(x=(-1, 3)), dict(x=(2, -1)), dict(x=(-1, 3, 4, 4)), dict(x=(-1, 3), y=(-1, 3)), dict(x=(2, -1), y=(-1, 3)),
                   dict(x=(-1, 3), y=(3, -1)), dict(x=(-1, 3, 4), y=(-1, 4, 5)), dict(x=(-1,), y=(2,)), dict(x=(-1, -1, -1, -1))]:
        for np_shape in (True, False):
            given = {k: tuple(d if np_shape else max(d, 0) for d in v) for k, v in shapes.items()}
            try:
                with mx.np_shape(np_shape):
                    sym = make()
                    print(name, np_shape, given, sym.infer_shape_partial(**{k: v for k, v in given.items()
                                                                            if k in sym.list_arguments()}))
            except mx.base.MXNetError as e:
                line = [l for l in str(e).splitlines() if 'Check failed' in l or 'inconsistent' in l][0]
                print(name, np_shape, given, type(e).__name__, line.split('] ')[-1])
