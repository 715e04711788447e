"""Symbol type inference of quantized_concat and quantized_elemwise_add: int8 with uint8 data, and float data refused in MXNet's words."""
import mxnet as mx

S = mx.sym
a, b = S.var('a'), S.var('b')
mins = [S.var('m%d' % i) for i in range(4)]
ranges = {'m%d' % i: 'float32' for i in range(4)}


def show(sym, **types):
    try:
        args, outs, _ = sym.infer_type(**types, **ranges)
        print(sym.name, [t.__name__ for t in args], [t.__name__ for t in outs])
    except Exception as e:
        print(sym.name, type(e).__name__, str(e).split('\n')[-1] or str(e).split('\n')[0])


c = S.contrib.quantized_concat(a, b, *mins, num_args=2, dim=1, name='cat')
for ta, tb in [('int8', 'uint8'), ('uint8', 'uint8'), ('uint8', 'int8'), ('int8', 'int8'), ('float32', 'int8'),
               ('int8', 'float16')]:
    show(c, a=ta, b=tb)
e = S.contrib.quantized_elemwise_add(a, b, *mins, name='add')
for ta, tb in [('int8', 'int8'), ('uint8', 'uint8'), ('float32', 'int8'), ('int8', 'float64')]:
    show(e, a=ta, b=tb)
