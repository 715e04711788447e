"""A MakeLoss regression Module with CustomMetrics on named outputs fits, predicts, iter_predicts, checkpoints, reloads with optimizer states and reshapes as MXNet does."""
# recorded on AVX2
import os
import tempfile
TMP = tempfile.mkdtemp()
import mxnet as mx, numpy as np, logging, sys
mx.random.seed(18); np.random.seed(18)
data = mx.sym.var('data'); lab = mx.sym.var('lin_reg_label')
fc = mx.sym.FullyConnected(data, num_hidden=1, name='fc1')
loss = mx.sym.MakeLoss(mx.sym.mean(mx.sym.abs(mx.sym.Reshape(fc, shape=0) - mx.sym.BlockGrad(lab))), name='lro')
sym = mx.sym.Group([loss, mx.sym.BlockGrad(fc, name='y')])
print(sym.list_outputs())
X = np.random.normal(size=(40, 2)).astype('float32'); Y = (2 * X[:, 0] - 3.4 * X[:, 1] + 4.2).astype('float32')
tr = mx.io.NDArrayIter(X, Y, 8, shuffle=False, label_name='lin_reg_label')
ev = mx.io.NDArrayIter(X[:16], Y[:16], 8, label_name='lin_reg_label')
def mse(label, out): return np.mean(np.square(label - np.squeeze(out)))
m1 = mx.metric.CustomMetric(mse, name='mse_y', output_names=['y_output'], label_names=['lin_reg_label'])
m2 = mx.metric.CustomMetric(mse, name='mse_lro', output_names=['lro_output'], label_names=['lin_reg_label'])
mod = mx.mod.Module(sym, data_names=['data'], label_names=['lin_reg_label'])
res = []
mod.fit(tr, ev, optimizer='sgd', optimizer_params={'learning_rate': 0.05, 'momentum': 0.9}, num_epoch=3,
        eval_metric=[m1, m2], force_init=True, initializer=mx.init.Normal(0.1),
        epoch_end_callback=lambda e, s, a, x: res.append((e, a['fc1_weight'].asnumpy().tolist())),
        eval_end_callback=lambda p: res.append(('eval', p.epoch, p.eval_metric.get())),
        batch_end_callback=[lambda p: res.append(('b', p.nbatch, p.locals is not None and 'data_batch' in p.locals))])
for r in res: print(r)
print(mod.get_params()[0]['fc1_weight'], mod.output_shapes, mod.get_outputs(merge_multi_context=False)[1][0].shape)
print(mod.score(ev, m1), mod.score(ev, mx.metric.MAE(output_names=['y_output'])))
p = mod.predict(ev); print(type(p).__name__, [x.shape for x in p])
p = mod.predict(ev, merge_batches=False, num_batch=1); print(len(p), [x.shape for x in p[0]])
for pred, i, b in mod.iter_predict(ev, num_batch=1): print(i, [x.shape for x in pred], b.label[0].shape)
mod.save_checkpoint(os.path.join(TMP, 'mm'), 3, save_optimizer_states=True)
m3 = mx.mod.Module.load(os.path.join(TMP, 'mm'), 3, load_optimizer_states=True, data_names=['data'], label_names=['lin_reg_label'])
m3.bind(tr.provide_data, tr.provide_label); m3.init_optimizer(optimizer='sgd', optimizer_params={'learning_rate': 0.05, 'momentum': 0.9})
print(m3.get_params()[0]['fc1_bias'], m3.score(ev, m1))
m3.reshape([('data', (3, 2))], [('lin_reg_label', (3,))])
m3.forward(mx.io.DataBatch([mx.nd.ones((3, 2))], [mx.nd.ones(3)]), is_train=False); print(m3.get_outputs()[1].asnumpy().ravel())
m3.forward(mx.io.DataBatch([mx.nd.ones((5, 2))], [mx.nd.ones(5)]), is_train=False); print(m3.get_outputs()[1].shape, m3.data_shapes)
print(m3.symbol.list_outputs(), m3.output_names, m3.label_names, m3.binded, m3.params_initialized, m3.optimizer_initialized)
try:
    m4 = mx.mod.Module(sym, data_names=['data'], label_names=['nolabel'])
except Exception as e: print(type(e).__name__, str(e)[:200])
m5 = mx.mod.Module(sym, data_names=['data'], label_names=['lin_reg_label'], fixed_param_names=['fc1_bias'])
m5.fit(tr, num_epoch=1, optimizer_params={'learning_rate': 0.1}, initializer=mx.init.One(), eval_metric=m1)
print(m5.get_params()[0])
print(hasattr(mx.model, 'FeedForward'))
