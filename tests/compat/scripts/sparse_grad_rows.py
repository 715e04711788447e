# Embedding(sparse_grad=True): the gradient stores every looked-up row, zero or not (lazy updates move them), imperative and hybridized
import mxnet as mx
from mxnet import nd, autograd, gluon
import numpy as np
w = nd.ones((5, 2)); w.attach_grad(stype='row_sparse')
with autograd.record():
    e = nd.Embedding(nd.array([0, 3, 1]), w, input_dim=5, output_dim=2, sparse_grad=True)
    l = (e * nd.array([[0, 0], [1, 1], [0, 0]])).sum()
l.backward()
print(w.grad.indices.asnumpy().tolist(), w.grad.asnumpy().tolist())
emb = gluon.nn.Embedding(5, 2, sparse_grad=True, weight_initializer=mx.init.One())
emb.initialize()
tr = gluon.Trainer(emb.collect_params(), 'adam', {'learning_rate': 0.1})
for ids, mask in (([0, 3], [1, 0]), ([3, 4], [0, 1]), ([0, 3], [0, 0])):
    with autograd.record():
        l = (emb(nd.array(ids)) * nd.array(mask).reshape((2, 1))).sum()
    l.backward()
    print(emb.weight.grad().indices.asnumpy().tolist())
    tr.step(1)
print(np.round(emb.weight.data().asnumpy(), 5).tolist())
w = nd.ones((5, 2)); w.attach_grad(stype='row_sparse')
with autograd.record():
    l = (nd.take(w, nd.array([2, 4])) * 0).sum()
l.backward()
print(w.grad.indices.asnumpy().tolist())
emb = gluon.nn.Embedding(5, 2, sparse_grad=True, weight_initializer=mx.init.One())
emb.initialize()
emb.hybridize()
tr = gluon.Trainer(emb.collect_params(), 'adam', {'learning_rate': 0.1})
for ids, mask in (([0, 3], [1, 0]), ([3, 4], [0, 1]), ([0, 3], [0, 0])):
    with autograd.record():
        l = (emb(nd.array(ids)) * nd.array(mask).reshape((2, 1))).sum()
    l.backward()
    print(emb.weight.grad().indices.asnumpy().tolist())
    tr.step(1)
print(np.round(emb.weight.data().asnumpy(), 5).tolist())
