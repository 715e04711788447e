# Parameters saved in one storage type load into the other (dense Embedding <-> SparseEmbedding); row_sparse initializers
import mxnet as mx
from mxnet import nd, gluon, autograd
import numpy as np
dense = gluon.nn.Embedding(4, 2, prefix='e_')
dense.initialize(mx.init.Constant(3.0))
dense.save_parameters('sparse_param_files.dense.params')
sp = gluon.contrib.nn.SparseEmbedding(4, 2, prefix='e_')
sp.load_parameters('sparse_param_files.dense.params')
print(sp.weight._data[0].stype)
tr = gluon.Trainer(sp.collect_params(), 'sgd')
w = sp.weight.row_sparse_data(nd.array([1, 3]))
print(w.stype, w.indices.asnumpy().tolist(), w.asnumpy().tolist())
sp.save_parameters('sparse_param_files.sp.params')
print({k: v.stype for k, v in nd.load('sparse_param_files.sp.params').items()})
d2 = gluon.nn.Embedding(4, 2, prefix='e_')
d2.load_parameters('sparse_param_files.sp.params')
print(d2.weight.data().stype, d2.weight.data().asnumpy().tolist())
mx.random.seed(3)
for init in [None, mx.init.Xavier(), mx.init.Normal(0.5), mx.init.Zero()]:
    net = gluon.contrib.nn.SparseEmbedding(5, 3, weight_initializer=init)
    net.initialize()
    tr = gluon.Trainer(net.collect_params(), 'sgd')
    w = net.weight.row_sparse_data(nd.arange(5))
    print(w.indices.asnumpy().tolist(), np.round(w.asnumpy(), 5).tolist())
p = gluon.Parameter('q', shape=(3, 2), stype='row_sparse', grad_stype='row_sparse')
p.initialize(mx.init.Constant(2.0))
print(p)
p2 = gluon.Parameter('q2', shape=(3, 2), grad_stype='row_sparse')
p2.initialize(mx.init.One())
print(p2.grad().stype, p2.data().stype)
x = nd.ones((2, 3))
p2.data().attach_grad  # noop
with autograd.record():
    y = nd.dot(x, p2.data())
y.backward()
print(p2.grad().stype, p2.grad().indices.asnumpy().tolist(), p2.grad().asnumpy().tolist())
import os
for f in ('sparse_param_files.dense.params', 'sparse_param_files.sp.params'): os.remove(f)
