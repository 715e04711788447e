# Module regression: fit with adam and a scheduler, save a checkpoint with optimizer states, load and resume
import os
import tempfile
import logging
import numpy as np
import mxnet as mx

logging.disable(logging.CRITICAL)
np.random.seed(4)
mx.random.seed(4)
X = np.random.uniform(-1, 1, (40, 3)).astype('float32')
y = (X @ np.array([0.5, -1.0, 2.0], dtype='float32') + 0.1).reshape(-1, 1)
it = mx.io.NDArrayIter(X, y, batch_size=10, label_name='lin_label')
data = mx.sym.var('data')
net = mx.sym.LinearRegressionOutput(mx.sym.FullyConnected(data, num_hidden=1, name='fc'), name='lin')
sched = mx.lr_scheduler.FactorScheduler(step=4, factor=0.5)
mod = mx.mod.Module(net, label_names=['lin_label'])
mod.fit(it, num_epoch=3, optimizer='adam', optimizer_params={'learning_rate': 0.1, 'lr_scheduler': sched},
        initializer=mx.init.Zero(), eval_metric='rmse')
print(mod.score(it, 'rmse'), mod.get_params()[0]['fc_weight'].asnumpy().tolist())
tmp = tempfile.mkdtemp()
prefix = os.path.join(tmp, 'lin')
mod.save_checkpoint(prefix, 3, save_optimizer_states=True)
print(sorted(os.listdir(tmp)))
mod2 = mx.mod.Module.load(prefix, 3, load_optimizer_states=True, label_names=['lin_label'])
mod2.bind(data_shapes=it.provide_data, label_shapes=it.provide_label)
mod2.init_optimizer(optimizer='adam', optimizer_params={'learning_rate': 0.1})
print(mod2.score(it, 'rmse'))
it.reset()
mod.fit(it, begin_epoch=3, num_epoch=5, optimizer='adam', optimizer_params={'learning_rate': 0.1},
        eval_metric='rmse', force_init=False)
print('continued', mod.score(it, ['rmse', 'mae']))
it.reset()
mod2.fit(it, begin_epoch=3, num_epoch=5, eval_metric='rmse')
print('resumed', mod2.score(it, ['rmse', 'mae']))
print(mod2.get_params()[0]['fc_bias'].asnumpy().tolist())
