# SparseEmbedding on two contexts through the kvstore; Trainer states and parameters saved and loaded with row_sparse weights
import mxnet as mx
from mxnet import nd, gluon, autograd
import numpy as np
ctxs = [mx.cpu(0), mx.cpu(1)]
net = gluon.contrib.nn.SparseEmbedding(6, 2, weight_initializer=mx.init.Constant(1.0))
net.initialize(ctx=ctxs)
tr = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.5, 'momentum': 0.5})
for ids in ([[0, 2], [2, 5]], [[1, 1], [3, 0]]):
    with autograd.record():
        ls = [(net(nd.array(i, ctx=c)) * 3).sum() for i, c in zip(ids, ctxs)]
    autograd.backward(ls)
    print([(g.indices.asnumpy().tolist(), g.asnumpy().tolist()) for g in net.weight.list_grad()])
    tr.step(2)
for w in net.weight.list_row_sparse_data(nd.arange(6)):
    print(w.context, w.indices.asnumpy().tolist(), np.round(w.asnumpy(), 5).tolist())
print(net.weight.row_sparse_data(nd.array([2], ctx=mx.cpu(1))).context)
net = gluon.contrib.nn.SparseEmbedding(6, 2, weight_initializer=mx.init.Constant(1.0))
net.initialize()
tr = gluon.Trainer(net.collect_params(), 'adam', {'learning_rate': 0.1})
def step(ids):
    with autograd.record():
        l = (net(nd.array(ids)) * nd.arange(len(ids) * 2).reshape((len(ids), 2))).sum()
    l.backward()
    tr.step(1)
step([0, 2])
tr.save_states('sparse_trainer_states.tr.states')
step([2, 3])
print(np.round(net.weight.row_sparse_data(nd.arange(6)).asnumpy(), 5).tolist())
tr.load_states('sparse_trainer_states.tr.states')
step([2, 3])
print(np.round(net.weight.row_sparse_data(nd.arange(6)).asnumpy(), 5).tolist())
net.save_parameters('sparse_trainer_states.n.params')
net2 = gluon.contrib.nn.SparseEmbedding(6, 2)
net2.load_parameters('sparse_trainer_states.n.params')
tr2 = gluon.Trainer(net2.collect_params(), 'sgd', {'learning_rate': 0.1})
print(np.round(net2.weight.row_sparse_data(nd.arange(6)).asnumpy(), 5).tolist())
# dense weight sparse grad, update locally, save states
emb = gluon.nn.Embedding(4, 2, sparse_grad=True, weight_initializer=mx.init.Constant(1.0))
emb.initialize()
tr3 = gluon.Trainer(emb.collect_params(), 'sgd', {'learning_rate': 0.1, 'momentum': 0.9})
with autograd.record():
    l = emb(nd.array([1])).sum()
l.backward(); tr3.step(1)
tr3.save_states('sparse_trainer_states.tr3.states'); tr3.load_states('sparse_trainer_states.tr3.states')
with autograd.record():
    l = emb(nd.array([1, 2])).sum()
l.backward(); tr3.step(1)
print(np.round(emb.weight.data().asnumpy(), 5).tolist())
import os
for f in ('sparse_trainer_states.tr.states', 'sparse_trainer_states.n.params', 'sparse_trainer_states.tr3.states'): os.remove(f)
