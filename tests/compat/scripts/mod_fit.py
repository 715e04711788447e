# Module.fit with metrics, Speedometer, do_checkpoint and validation; checkpoints round trip.
import logging
import os
import re
import sys
import tempfile
import mxnet as mx
import numpy as np


class Masked(logging.Handler):
    def emit(self, record):
        msg = record.getMessage()
        msg = re.sub(r'Time cost=[0-9.]+', 'Time cost=T', msg)
        msg = re.sub(r'Speed: [0-9.]+', 'Speed: S', msg)
        msg = re.sub(r'[0-9]+\.[0-9]+ samples/sec', 'S samples/sec', msg)
        msg = msg.replace(tmp, 'TMP')
        print(record.levelname, msg)


root = logging.getLogger()
root.handlers = [Masked()]
root.setLevel(logging.INFO)
np.random.seed(2)
mx.random.seed(2)
X = np.random.uniform(-1, 1, (20, 4)).astype('float32')
Y = (X.sum(axis=1) > 0).astype('float32')
train = mx.io.NDArrayIter(X, Y, batch_size=5, shuffle=False)
val = mx.io.NDArrayIter(X[:10], Y[:10], batch_size=5)
data = mx.sym.var('data')
net = mx.sym.SoftmaxOutput(mx.sym.FullyConnected(data, num_hidden=2, name='fc'), name='softmax')
mod = mx.mod.Module(net)
tmp = tempfile.mkdtemp()
prefix = os.path.join(tmp, 'model')
batches = []
mod.fit(train, eval_data=val, eval_metric='acc', optimizer='sgd',
        optimizer_params={'learning_rate': 0.1}, initializer=mx.init.Xavier(),
        num_epoch=2, batch_end_callback=[mx.callback.Speedometer(5, 2),
                                         lambda p: batches.append((p.epoch, p.nbatch, p.eval_metric.get()))],
        epoch_end_callback=mx.callback.do_checkpoint(prefix))
print(batches)
print(sorted(os.listdir(tmp)))
sym, arg, aux = mx.model.load_checkpoint(prefix, 2)
print(sym.list_arguments(), sorted(arg.keys()), aux)
print(np.round(arg['fc_weight'].asnumpy(), 4).tolist())
print(mod.score(val, mx.metric.Accuracy()))
mod2 = mx.mod.Module.load(prefix, 2)
mod2.bind(data_shapes=val.provide_data, label_shapes=val.provide_label, for_training=False)
print(np.round(mod2.predict(val).asnumpy(), 4).tolist()[:3])
mod.save_checkpoint(prefix, 7, save_optimizer_states=True)
print(sorted(os.listdir(tmp)))
mod3 = mx.mod.Module(net)
mod3.fit(train, num_epoch=1, eval_metric=mx.metric.MSE(), optimizer='adam',
         batch_end_callback=mx.callback.log_train_metric(2), kvstore=None)
mod4 = mx.mod.Module(net)
mod4.fit(train, num_epoch=1, begin_epoch=0, eval_metric=['acc', 'ce'],
         arg_params=arg, aux_params=aux)
print(np.round(mod4.get_params()[0]['fc_bias'].asnumpy(), 4).tolist())
try:
    mod4.fit(train)
except Exception as e:
    print(type(e).__name__)
