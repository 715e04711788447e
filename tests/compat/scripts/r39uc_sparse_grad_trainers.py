"""Embedding(sparse_grad=True) and SparseEmbedding train with nine optimizers (lazy and dense updates) with and without a kvstore to MXNet weights and gradient storage."""
# recorded on AVX2
import mxnet as mx, numpy as np
from mxnet import nd, gluon, autograd
mx.random.seed(45); np.random.seed(45)
for opt, kw in [('sgd', {'momentum': 0.9, 'lazy_update': True}), ('sgd', {'momentum': 0.9, 'lazy_update': False}), ('adam', {'lazy_update': True}), ('adam', {'lazy_update': False}),
                ('adagrad', {}), ('ftrl', {}), ('rmsprop', {}), ('signum', {}), ('nag', {'momentum': 0.5})]:
    for kvs in ['local', None]:
        mx.random.seed(46)
        net = gluon.nn.HybridSequential()
        net.add(gluon.nn.Embedding(6, 3, sparse_grad=True), gluon.nn.Dense(2, flatten=True))
        net.initialize(mx.init.Uniform(0.5))
        try:
            tr = gluon.Trainer(net.collect_params(), opt, dict(learning_rate=0.1, wd=0.01, **kw), kvstore=kvs)
            x = nd.array([[0, 2], [2, 3]]); y = nd.array([0, 1])
            for i in range(3):
                with autograd.record():
                    l = gluon.loss.SoftmaxCELoss()(net(x), y)
                l.backward()
                if i == 0: print(opt, kvs, net[0].weight.grad().stype, net[0].weight.grad().indices.asnumpy().tolist() if net[0].weight.grad().stype != 'default' else '')
                tr.step(2)
            print(opt, kw, kvs, net[0].weight.data().asnumpy().round(6).tolist())
        except Exception as e: print(opt, kvs, type(e).__name__, str(e).split('\n')[0][:200])
se = gluon.contrib.nn.SparseEmbedding(5, 2); se.initialize(mx.init.One())
str_ = gluon.Trainer(se.collect_params(), 'sgd', {'learning_rate': 0.5})
with autograd.record(): o = se(nd.array([1, 3])).sum()
o.backward(); print(se.weight.grad().stype, se.weight.grad().indices)
try:
    print(se.weight.data().stype)
except RuntimeError as e: print(type(e).__name__, str(e)[:150])
try:
    print(se.weight.row_sparse_data(nd.array([1])).asnumpy())
except RuntimeError as e: print(type(e).__name__, str(e)[:150])
str_.step(1)
print(se.weight.row_sparse_data(nd.array([1, 3])).asnumpy().tolist())
