# A reshape (a Module's batch of new size, Executor.reshape) that would change an argument not given a shape.
# recorded on AVX2
import mxnet as mx
for name in ('a', 'fc', 'dense0'):
    m = mx.mod.Module(mx.sym.FullyConnected(mx.sym.var('data'), num_hidden=3, name=name), label_names=None)
    m.bind(data_shapes=[('data', (4, 5))]); m.init_params()
    try:
        m.forward(mx.io.DataBatch([mx.nd.ones((6, 6))]))
    except Exception as e:
        print(repr(str(e)))
    e = mx.sym.FullyConnected(mx.sym.var('data'), num_hidden=3, name=name).simple_bind(mx.cpu(), data=(4, 5))
    try:
        e.reshape(data=(2, 6))
    except Exception as ex:
        print(repr(str(ex)))
