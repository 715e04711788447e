"""A sparse linear classifier (csr data, row_sparse weight, Module.prepare with row ids), row_sparse_pull, Module callbacks and checkpoint helpers behave as in MXNet."""
# recorded on AVX2
import os
import tempfile
TMP = tempfile.mkdtemp()
import mxnet as mx, numpy as np, logging, sys
class F(logging.Filter):
    def filter(self, r):
        m = r.getMessage()
        r.msg, r.args = m.replace(TMP, '<tmp>'), ()
        return 'Time cost' not in m
h = logging.StreamHandler(sys.stdout); h.addFilter(F()); h.setFormatter(logging.Formatter('%(levelname)s:%(message)s'))
logging.getLogger().addHandler(h); logging.getLogger().setLevel(logging.INFO)
mx.random.seed(36); np.random.seed(36)
N, D = 12, 6
dense = np.random.uniform(size=(N, D)) * (np.random.uniform(size=(N, D)) > 0.6)
csr = mx.nd.sparse.csr_matrix(dense.astype('float32'))
y = np.random.randint(0, 2, N).astype('float32')
it = mx.io.NDArrayIter(csr, y, batch_size=4, last_batch_handle='discard', label_name='softmax_label')
print(it.provide_data, it.provide_label)
x = mx.sym.var('data', stype='csr'); w = mx.sym.var('weight', shape=(D, 2), stype='row_sparse', init=mx.init.Normal(0.1))
b = mx.sym.var('bias', shape=(2,), init=mx.init.Zero())
out = mx.sym.broadcast_add(mx.sym.sparse.dot(x, w), b)
net = mx.sym.SoftmaxOutput(out, name='softmax')
mod = mx.mod.Module(net, data_names=['data'], label_names=['softmax_label'])
mod.bind(it.provide_data, it.provide_label)
mod.init_params()
mod.init_optimizer(optimizer='sgd', optimizer_params={'learning_rate': 0.5, 'wd': 0.0}, kvstore='local')
metric = mx.metric.create(['acc', 'ce'])
for e in range(3):
    it.reset(); metric.reset()
    for bt in it:
        mod.prepare(bt, sparse_row_id_fn=lambda batch: {'weight': batch.data[0].indices})
        mod.forward_backward(bt)
        mod.update()
        mod.update_metric(metric, bt.label)
    print(e, metric.get())
arg, aux = mod.get_params()
print(arg['weight'].stype, arg['weight'].asnumpy().round(5))
kv = mx.kv.create('local')
kv.init('w', mx.nd.ones((4, 2)).tostype('row_sparse'))
o = mx.nd.sparse.zeros('row_sparse', (4, 2))
kv.row_sparse_pull('w', out=o, row_ids=mx.nd.array([1, 3]))
print(o.indices, o.data)
kv.push('w', mx.nd.sparse.row_sparse_array((mx.nd.ones((1, 2)) * 5, mx.nd.array([2])), shape=(4, 2)))
kv.row_sparse_pull('w', out=o, row_ids=mx.nd.array([2, 0]))
print(o.asnumpy())
# callbacks
it2 = mx.io.NDArrayIter(dense.astype('float32'), y, batch_size=4)
d = mx.sym.FullyConnected(mx.sym.var('data'), num_hidden=2, name='fc')
m2 = mx.mod.Module(mx.sym.SoftmaxOutput(d, name='softmax'))
m2.fit(it2, eval_data=it2, num_epoch=2, optimizer_params={'learning_rate': 0.1}, initializer=mx.init.One(),
       batch_end_callback=mx.callback.log_train_metric(1), eval_batch_end_callback=mx.callback.LogValidationMetricsCallback() if False else None,
       epoch_end_callback=mx.callback.module_checkpoint(m2, os.path.join(TMP, 'mc'), period=1, save_optimizer_states=True))
import os; print(sorted(f for f in os.listdir(TMP) if f.startswith('mc-')))
cb = mx.callback.LogValidationMetricsCallback()
cb(mx.model.BatchEndParam(epoch=3, nbatch=0, eval_metric=metric, locals=None))
cb2 = mx.callback.ProgressBar(total=4, length=10)
for i in range(4): cb2(mx.model.BatchEndParam(epoch=0, nbatch=i, eval_metric=None, locals=None))
mx.model.save_checkpoint(os.path.join(TMP, 'sc'), 7, d, {'fc_weight': mx.nd.ones((2, 6))}, {})
s, a, x = mx.model.load_checkpoint(os.path.join(TMP, 'sc'), 7); print(s.list_arguments(), a, x)
print(mx.model.load_params(os.path.join(TMP, 'sc'), 7))
