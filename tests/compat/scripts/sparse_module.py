# Module with a csr dot and a row_sparse weight: one device without kvstore, two devices through a 'device' kvstore
import warnings
warnings.simplefilter('ignore')
import mxnet as mx
from mxnet import nd
import numpy as np
np.random.seed(0); mx.random.seed(0)
data = mx.sym.Variable('data', stype='csr')
weight = mx.sym.Variable('weight', shape=(6, 1), stype='row_sparse', init=mx.init.One())
bias = mx.sym.Variable('bias', shape=(1,), init=mx.init.Zero())
dot = mx.sym.sparse.dot(data, weight)
pred = mx.sym.broadcast_add(dot, bias)
out = mx.sym.LinearRegressionOutput(pred, mx.sym.Variable('softmax_label'), name='out')
X = np.array([[1, 0, 2, 0, 0, 0], [0, 0, 0, 3, 0, 0], [0, 1, 0, 0, 0, 4], [5, 0, 0, 0, 0, 0]], dtype=np.float32)
y = np.array([1, 2, 3, 4], dtype=np.float32)
it = mx.io.NDArrayIter(nd.array(X).tostype('csr'), nd.array(y), batch_size=2, last_batch_handle='discard')
mod = mx.mod.Module(out, data_names=['data'], label_names=['softmax_label'])
mod.bind(data_shapes=it.provide_data, label_shapes=it.provide_label)
mod.init_params()
mod.init_optimizer(kvstore='local', optimizer='sgd', optimizer_params={'learning_rate': 0.1})
def row_ids(batch):
    return {'weight': nd.array(np.unique(np.nonzero(batch.data[0].asnumpy())[1]))}
for epoch in range(2):
    it.reset()
    for batch in it:
        mod.prepare(batch, sparse_row_id_fn=row_ids)
        mod.forward_backward(batch)
        mod.update()
        print(np.round(mod.get_outputs()[0].asnumpy(), 4).tolist())
print(mod._kvstore, mod._update_on_kvstore)
args, auxs = mod.get_params()
print({k: (v.stype, np.round(v.asnumpy(), 4).tolist()) for k, v in args.items()})

mod2 = mx.mod.Module(out, data_names=['data'], label_names=['softmax_label'], context=[mx.cpu(0), mx.cpu(1)])
mod2.bind(data_shapes=it.provide_data, label_shapes=it.provide_label)
mod2.init_params()
mod2.init_optimizer(kvstore='device', optimizer='adam', optimizer_params={'learning_rate': 0.1})
print(mod2._kvstore.type, mod2._update_on_kvstore)
it2 = mx.io.NDArrayIter(nd.array(X).tostype('csr'), nd.array(y), batch_size=2, last_batch_handle='discard')
for batch in it2:
    print(batch.data[0].stype)
    mod2.prepare(batch, sparse_row_id_fn=row_ids)
    mod2.forward_backward(batch)
    mod2.update()
    print(np.round(mod2.get_outputs()[0].asnumpy(), 4).tolist())
mod2.prepare(None)
args, auxs = mod2.get_params()
print({k: (v.stype, np.round(v.asnumpy(), 4).tolist()) for k, v in args.items()})
