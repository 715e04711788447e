"""train_cifar10 / image-classification fit.py style: callbacks, checkpoint resume with optimizer states, metrics."""
import logging, os, re, tempfile
import numpy as np
import mxnet as mx

class Grab(logging.Handler):
    def emit(self, rec):
        msg = re.sub(r"(Speed|Time cost)[:=] ?[0-9.]+", r"\1 T", rec.getMessage())
        print("LOG", rec.levelname, re.sub(r"/tmp/[^/]+/", "TMP/", msg))
root = logging.getLogger(); root.handlers[:] = [Grab()]; root.setLevel(logging.DEBUG)
mx.random.seed(9); np.random.seed(9)
X = np.random.randn(20, 6).astype('float32'); Y = (X[:, 0] + X[:, 1] > 0).astype('float32')
train = mx.io.NDArrayIter(X, Y, batch_size=5, shuffle=True, last_batch_handle='pad')
val = mx.io.NDArrayIter(X[:10], Y[:10], batch_size=4, last_batch_handle='pad')
net = mx.sym.SoftmaxOutput(mx.sym.FullyConnected(mx.sym.Activation(mx.sym.FullyConnected(
    mx.sym.Variable('data'), num_hidden=8, name='fc1'), act_type='relu'), num_hidden=2, name='fc2'), name='softmax')
tmp = tempfile.mkdtemp(); prefix = os.path.join(tmp, 'm')
mod = mx.mod.Module(net, context=[mx.cpu(0), mx.cpu(1)])
eval_metric = mx.metric.CompositeEvalMetric()
for m in [mx.metric.Accuracy(), mx.metric.CrossEntropy(), mx.metric.F1(), mx.metric.MCC(), mx.metric.Loss()]:
    eval_metric.add(m)
mod.fit(train, eval_data=val, eval_metric=eval_metric, num_epoch=2,
        optimizer='sgd', optimizer_params={'learning_rate': 0.1, 'momentum': 0.9, 'wd': 1e-4,
                                           'lr_scheduler': mx.lr_scheduler.PolyScheduler(8, base_lr=0.1, pwr=2)},
        initializer=mx.init.MSRAPrelu(), kvstore='device',
        batch_end_callback=[mx.callback.Speedometer(5, 2, auto_reset=True), mx.callback.log_train_metric(3)],
        epoch_end_callback=mx.callback.module_checkpoint(mod, prefix, period=1, save_optimizer_states=True),
        eval_end_callback=mx.callback.LogValidationMetricsCallback(),
        eval_batch_end_callback=mx.callback.ProgressBar(3, length=10) if False else None)
print(sorted(os.listdir(tmp)))
# resume as fit.py does with --load-epoch
mod2 = mx.mod.Module.load(prefix, 2, load_optimizer_states=True, context=mx.cpu())
mod2.fit(train, eval_data=val, eval_metric='acc', begin_epoch=2, num_epoch=3, optimizer='sgd',
         optimizer_params={'learning_rate': 0.01, 'momentum': 0.9})
print([(n, round(v, 4)) for n, v in mod2.score(val, ['acc', 'ce'])])
print(mod2._optimizer.num_update, mod2._optimizer.momentum, sorted(mod2._optimizer.idx2name.values()))
sym, arg, aux = mx.model.load_checkpoint(prefix, 1)
mod3 = mx.mod.Module(sym, context=mx.cpu())
mod3.fit(train, num_epoch=1, arg_params=arg, aux_params=aux, begin_epoch=1, optimizer_params={'learning_rate': 0.0},
         eval_metric=mx.metric.TopKAccuracy(top_k=1) if False else 'acc')
a1, _ = mod3.get_params()
print(np.allclose(a1['fc1_weight'].asnumpy(), arg['fc1_weight'].asnumpy()))
# do_checkpoint and model-level callbacks
cb = mx.callback.do_checkpoint(prefix + 'x', period=2)
for ep in range(3):
    cb(ep, sym, arg, aux)
print(sorted(f for f in os.listdir(tmp) if f.startswith('mx')))
pb = mx.callback.ProgressBar(4, length=8)
pb(mx.model.BatchEndParam(epoch=0, nbatch=2, eval_metric=None, locals=None))
