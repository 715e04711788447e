# Module with several outputs, no labels, fixed parameters, input gradients, optimizer states and callbacks.
import logging
import os
import re
import tempfile
import mxnet as mx
import numpy as np


class Show(logging.Handler):
    def emit(self, record):
        msg = re.sub(r'[0-9]+\.[0-9]+ samples/sec', 'S samples/sec', record.getMessage())
        print(record.levelname, re.sub(r'Time cost=[0-9.]+', 'Time cost=T', msg.replace(tmp, 'TMP')))


tmp = tempfile.mkdtemp()
logging.getLogger().handlers = [Show()]
logging.getLogger().setLevel(logging.INFO)
np.random.seed(3)
data = mx.sym.var('data')
fc = mx.sym.FullyConnected(data, num_hidden=2, name='fc')
net = mx.sym.Group([mx.sym.SoftmaxOutput(fc, name='sm'), mx.sym.BlockGrad(mx.sym.exp(fc), name='aux')])
mod = mx.mod.Module(net, label_names=['sm_label'])
print(mod.output_names)
X = np.random.uniform(-1, 1, (6, 3)).astype('float32')
Y = np.array([0, 1, 1, 0, 1, 0], dtype='float32')
it = mx.io.NDArrayIter(X, {'sm_label': Y}, batch_size=4, last_batch_handle='pad')
mod.bind(it.provide_data, it.provide_label)
print(mod.output_shapes)
mod.init_params(mx.init.Xavier(rnd_type='gaussian'))
mod.init_optimizer(optimizer='adam', optimizer_params={'learning_rate': 0.01})
for batch in it:
    mod.forward_backward(batch)
    mod.update()
print([np.round(o.asnumpy(), 4).tolist() for o in mod.get_outputs()])
outs = mod.predict(it)
print(type(outs).__name__, len(outs), [o.shape for o in outs])
print(mod.score(it, mx.metric.Accuracy(output_names=['sm_output'])))
mod.save_checkpoint(os.path.join(tmp, 'm'), 3, save_optimizer_states=True)
m2 = mx.mod.Module.load(os.path.join(tmp, 'm'), 3, load_optimizer_states=True, label_names=['sm_label'])
m2.bind(it.provide_data, it.provide_label)
m2.init_optimizer(optimizer='adam', optimizer_params={'learning_rate': 0.01})
print(np.allclose(m2.get_params()[0]['fc_weight'].asnumpy(), mod.get_params()[0]['fc_weight'].asnumpy()))
nolab = mx.mod.Module(mx.sym.FullyConnected(data, num_hidden=2, name='fc'), label_names=None)
nolab.bind([('data', (4, 3))], for_training=False)
nolab.set_params(*mod.get_params())
print(nolab.label_names, nolab.label_shapes, np.round(nolab.predict(mx.io.NDArrayIter(X, batch_size=4)).asnumpy(), 4).tolist())
fixed = mx.mod.Module(net, label_names=['sm_label'], fixed_param_names=['fc_weight'])
try:
    fixed.fit(it, num_epoch=1)
except StopIteration as e:
    print('StopIteration')
it.reset()
fixed.fit(it, num_epoch=2, optimizer_params={'learning_rate': 0.5}, arg_params=mod.get_params()[0],
          eval_metric=mx.metric.Accuracy(output_names=['sm_output']),
          epoch_end_callback=mx.callback.module_checkpoint(fixed, os.path.join(tmp, 'f'), period=2),
          batch_end_callback=mx.callback.Speedometer(4, 1, auto_reset=False))
print(np.allclose(fixed.get_params()[0]['fc_weight'].asnumpy(), mod.get_params()[0]['fc_weight'].asnumpy()))
print(sorted(os.listdir(tmp)))
