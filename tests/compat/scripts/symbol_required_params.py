# Creating a symbol without a parameter MXNet requires fails at creation; MultiBoxTarget's three named outputs.
import mxnet as mx
import numpy as np

x = mx.sym.var('x')
cases = [('LRN', lambda: mx.sym.LRN(x)), ('Pad', lambda: mx.sym.Pad(x)),
         ('Pad mode only', lambda: mx.sym.Pad(x, mode='constant')), ('flip', lambda: mx.sym.flip(x)),
         ('reverse', lambda: mx.sym.reverse(x)), ('SparseEmbedding', lambda: mx.sym.contrib.SparseEmbedding(x)),
         ('count_sketch', lambda: mx.sym.contrib.count_sketch(x)), ('Pooling', lambda: mx.sym.Pooling(x)),
         ('Pooling avg', lambda: mx.sym.Pooling(x, pool_type='avg', global_pool=False)),
         ('Pooling global', lambda: mx.sym.Pooling(x, global_pool=True)),
         ('Pooling kernel', lambda: mx.sym.Pooling(x, kernel=(2, 2))),
         ('LRN nsize', lambda: mx.sym.LRN(x, nsize=3)), ('flip axis', lambda: mx.sym.flip(x, axis=1))]
with mx.name.NameManager():
    for label, make in cases:
        try:
            print(label, make().list_outputs())
        except mx.base.MXNetError as e:
            print(label, type(e).__name__, 'Required parameter' in str(e))

    m = mx.sym.contrib.MultiBoxTarget(mx.sym.var('anchor'), mx.sym.var('label'), mx.sym.var('cls'), name='mbt')
    print(m.list_outputs(), len(m), m[2].list_outputs(), mx.sym.Group([m[0], m[2]]).list_outputs())
    print(m.infer_shape(anchor=(1, 4, 4), label=(2, 3, 5), cls=(2, 3, 4)))
    anchors = mx.nd.array([[[0, 0, .5, .5], [.5, .5, 1, 1], [0, .5, .5, 1], [.25, .25, .75, .75]]])
    labels = mx.nd.array([[[1, 0.1, 0.1, 0.4, 0.45], [-1, -1, -1, -1, -1]], [[0, .5, .5, .9, .9], [-1] * 5]])
    cls = mx.nd.array(np.random.RandomState(0).uniform(size=(2, 3, 4)))
    for out in m.eval(anchor=anchors, label=labels, cls=cls):
        print(out.shape, np.round(out.asnumpy(), 4).tolist())
