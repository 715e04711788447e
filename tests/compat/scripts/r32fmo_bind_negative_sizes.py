"""Module.bind and simple_bind given a negative or oversized dimension (in any shape passed, input or not) fail with ctypes' OverflowError before shape inference, as MXNet's C API call does."""
# recorded on AVX2
import mxnet as mx


def mlp():
    return mx.sym.SoftmaxOutput(mx.sym.FullyConnected(mx.sym.Variable('data'), num_hidden=3, name='fc'), name='softmax')


for shapes in [dict(data=(4, -1)), dict(data=(-4, 4), softmax_label=(4,)), dict(data=(4, 4), extra=(-1,)),
               dict(data=(4, 4), extra=(2 ** 33,)), dict(data=(4, 4), extra=[-1]), dict(data=(4, 4))]:
    try:
        ex = mlp().simple_bind(mx.cpu(), **shapes)
        print(shapes, [a.shape for a in ex.arg_arrays])
    except Exception as e:
        print(shapes, type(e).__name__, str(e).splitlines()[0])

for data, label, ndev in [([('data', (4, -1))], [('softmax_label', (4,))], 1),
                          ([('data', (4, -1))], None, 1),
                          ([mx.io.DataDesc('data', (4, -2))], [('softmax_label', (4,))], 2),
                          ([('data', (4, 4)), ('extra', (-1,))], [('softmax_label', (4,))], 1),
                          ([('data', (4, 4))], [('softmax_label', (-4,))], 1),
                          ([('data', (4, 4))], [('softmax_label', (4,))], 2)]:
    try:
        mod = mx.mod.Module(mlp(), context=[mx.cpu(i) for i in range(ndev)])
        mod.bind(data, label)
        print(data, label, ndev, mod.output_shapes)
    except Exception as e:
        print(data, label, ndev, type(e).__name__, str(e).splitlines()[0])
