# contrib.SparseEmbedding's weight shape and its bounded dimensions, in graphs, NDArray calls and gluon.
# recorded on AVX2
import mxnet as mx
v = mx.sym.var
for op in (mx.sym.Embedding, mx.sym.contrib.SparseEmbedding):
    for kw, shapes in [(dict(input_dim=1, output_dim=1), dict(data=(2, 3), weight=(2, 3))), (dict(input_dim=7, output_dim=2), dict(data=(2, 3))),
                       (dict(input_dim=0, output_dim=1), dict(data=(2, 3))), (dict(input_dim=3, output_dim=-1), dict(data=(2, 3))),
                       (dict(input_dim=3, output_dim=2), dict(data=(2, 3), weight=(3, 2)))]:
        try:
            print(op.__name__, kw, op(v('data'), v('weight'), name='op', **kw).infer_shape(**shapes))
        except Exception as e:
            print(op.__name__, kw, type(e).__name__, str(e).replace('\n', '|')[-200:])
for kw in [dict(input_dim=0, output_dim=2), dict(input_dim=3, output_dim=0), dict(input_dim=3, output_dim=2)]:
    try:
        print(mx.nd.contrib.SparseEmbedding(mx.nd.array([0, 1]), mx.nd.ones((3, 2)), **kw))
    except Exception as e:
        print(type(e).__name__, str(e).replace('\n', '|')[-200:])
    try:
        net = mx.gluon.contrib.nn.SparseEmbedding(kw['input_dim'], kw['output_dim'])
        net.initialize(); print(net(mx.nd.array([0, 1])).shape)
    except Exception as e:
        print(type(e).__name__, str(e).replace('\n', '|')[-200:])
