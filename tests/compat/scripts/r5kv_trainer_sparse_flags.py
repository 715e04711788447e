# Trainer records whether its parameters hold sparse weights or sparse gradients.
import mxnet as mx

net = mx.gluon.nn.Dense(3, in_units=4)
net.initialize(ctx=[mx.cpu(0), mx.cpu(1)])
emb = mx.gluon.nn.Embedding(4, 2, sparse_grad=True)
emb.initialize(ctx=[mx.cpu(0), mx.cpu(1)])
w = mx.gluon.Parameter('w', shape=(4, 2), stype='row_sparse', grad_stype='row_sparse')
w.initialize(ctx=[mx.cpu(0), mx.cpu(1)])
for params in [net.collect_params(), emb.collect_params(), [w], [net.weight, emb.weight]]:
    for kv in [None, 'device']:
        try:
            tr = mx.gluon.Trainer(params, 'sgd', kvstore=kv)
            print(kv, tr._contains_sparse_weight, tr._contains_sparse_grad)
        except Exception as e:
            print(kv, type(e).__name__)
