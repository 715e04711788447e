"""Sparse linear model through NDArrayIter (csr batches) and Module with a row_sparse weight; fills of row_sparse arrays."""
import mxnet as mx, numpy as np
mx.random.seed(0)
np.random.seed(0)
X = mx.nd.array((np.random.rand(10, 6) > 0.6) * np.arange(60).reshape(10, 6)).tostype('csr')
Y = mx.nd.array(np.arange(10))
it = mx.io.NDArrayIter(X, Y, batch_size=4, last_batch_handle='discard')
for b in it:
    print(type(b.data[0]).__name__, b.data[0].stype, b.data[0].shape, b.data[0].asnumpy().sum(), b.label[0].asnumpy().tolist(), b.pad)
print(it.provide_data, it.provide_label)
it = mx.io.NDArrayIter({'csr_data': X}, {'softmax_label': Y}, batch_size=5, last_batch_handle='discard')
for b in it:
    print(b.data[0].stype, b.data[0].asnumpy().sum())
# typical linear model with sparse data via Module
data = mx.sym.Variable('data', stype='csr'); w = mx.sym.Variable('w', stype='row_sparse', shape=(6, 2), init=mx.init.Zero())
out = mx.sym.SoftmaxOutput(mx.sym.sparse.dot(data, w), mx.sym.Variable('softmax_label'), name='sm')
mod = mx.mod.Module(out, data_names=['data'], label_names=['softmax_label'])
it = mx.io.NDArrayIter(X, Y % 2, batch_size=5, last_batch_handle='discard', data_name='data', label_name='softmax_label')
mod.bind(it.provide_data, it.provide_label)
mod.init_params(initializer=mx.init.Uniform(0.1))
mod.init_optimizer(optimizer='sgd', optimizer_params={'learning_rate': 0.1}, kvstore='local')
for epoch in range(2):
    it.reset()
    for b in it:
        mod.forward_backward(b)
        mod.update()
arg, aux = mod.get_params()
print({k: (v.stype, np.round(v.asnumpy(), 4).tolist()) for k, v in arg.items()})
r = mx.nd.sparse.zeros('row_sparse', (4, 2)); r[:] = 0; print(r.indices.asnumpy().tolist())
r = mx.nd.sparse.zeros('row_sparse', (4, 2)); r[:] = 2.0; print(r.indices.asnumpy().tolist())
r = mx.nd.sparse.zeros('row_sparse', (4, 2)); r[:] = np.zeros((4, 2)); print(r.indices.asnumpy().tolist())
r = mx.nd.sparse.zeros('row_sparse', (4, 2)); r[:] = mx.nd.zeros((4, 2)); print(r.indices.asnumpy().tolist())
r = mx.nd.sparse.zeros('row_sparse', (4, 2)); mx.init.Zero()(mx.init.InitDesc('w_weight'), r); print(r.indices.asnumpy().tolist())
r = mx.nd.sparse.zeros('row_sparse', (4, 2)); mx.init.Uniform(0.1)(mx.init.InitDesc('w_weight'), r); print(r.indices.asnumpy().tolist())
r = mx.nd.sparse.zeros('row_sparse', (4, 2)); mx.init.Constant(0)(mx.init.InitDesc('w_weight'), r); print(r.indices.asnumpy().tolist())
x = mx.nd.array([[0, 0], [1, 0], [0, 0], [0, 0]]).tostype('row_sparse'); x[:] = mx.nd.array([[0, 0], [1, 0], [0, 0], [0, 0]]); print(x.indices.asnumpy().tolist())
w = mx.nd.zeros((4, 2)).tostype('row_sparse'); print(w.indices.asnumpy().tolist())
