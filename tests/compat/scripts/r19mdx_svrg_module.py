"""SVRGModule: update_freq checks, the order-of-call asserts, full gradients, its two optimizers, a kvstore object, and a logged fit with callbacks."""
import logging
import re
import sys
import warnings

import numpy as np
import mxnet as mx
from _words import words
from _module_cases import S, X, Y, batch, bound, fcnet, it, log_to_stdout, mod, show, shown

log_to_stdout()

from mxnet.contrib.svrg_optimization.svrg_module import SVRGModule
from mxnet.contrib.svrg_optimization.svrg_optimizer import _SVRGOptimizer, _AssignmentOptimizer
net = S.LinearRegressionOutput(S.FullyConnected(S.var('data'), num_hidden=1, name='fc'), name='lro')
def data_it(n=8, b=4):
    return mx.io.NDArrayIter(X(n), mx.nd.array(np.arange(n) % 3), b, label_name='lro_label')
show('no freq', lambda: SVRGModule(net, label_names=['lro_label']))
show('freq 0', lambda: SVRGModule(net, label_names=['lro_label'], update_freq=0))
show('freq float', lambda: SVRGModule(net, label_names=['lro_label'], update_freq=1.5))
show('freq str', lambda: SVRGModule(net, label_names=['lro_label'], update_freq='2'))
show('freq neg', lambda: SVRGModule(net, label_names=['lro_label'], update_freq=-1))
m = SVRGModule(net, label_names=['lro_label'], update_freq=2)
show('attrs', lambda: (m.update_freq, m.data_names, m._mod_aux.__class__.__name__, m.binded))
show('update_full_grads unbound', lambda: m.update_full_grads(data_it()))
show('forward unbound', lambda: m.forward(batch()))
m.bind([('data', (4, 5))], [('lro_label', (4,))])
show('init_params', lambda: m.init_params(mx.init.Constant(0.1)))
show('update_full_grads no opt', lambda: m.update_full_grads(data_it()))
show('init_optimizer', lambda: m.init_optimizer(optimizer_params={'learning_rate': 0.1}))
show('optimizer', lambda: (type(m._optimizer).__name__, type(m._optimizer.default_opt).__name__ if hasattr(m._optimizer, 'default_opt') else None))
show('init_optimizer adam', lambda: SVRGModule(net, label_names=['lro_label'], update_freq=2).init_optimizer())
show('update_full_grads', lambda: (m.update_full_grads(data_it()), m._param_dict)[1])
b = mx.io.DataBatch([X(4)], [mx.nd.array(np.arange(4) % 3)])
show('forward_backward', lambda: (m.forward(b, is_train=True), m.backward(), m.update(), m.get_params()[0])[3])
show('outputs', lambda: m.get_outputs())
show('update_svrg_gradients', lambda: m.update_svrg_gradients())
show('kvstore obj', lambda: (lambda q: (q.bind([('data', (4, 5))], [('lro_label', (4,))]), q.init_params(), q.init_optimizer(kvstore=mx.kv.create('local'))))(SVRGModule(net, label_names=['lro_label'], update_freq=2)))
f = SVRGModule(net, label_names=['lro_label'], update_freq=2)
f.fit(data_it(8, 4), eval_data=data_it(8, 4), num_epoch=3, initializer=mx.init.Constant(0.1), optimizer_params={'learning_rate': 0.05}, eval_metric='mse',
      batch_end_callback=lambda p: print('  batch', p.epoch, p.nbatch, round(p.eval_metric.get()[1], 5)))
show('fit params', lambda: f.get_params())
show('fit no epoch', lambda: f.fit(data_it()))
show('opt classes', lambda: (_SVRGOptimizer.__name__, _AssignmentOptimizer.__name__))
show('svrg opt', lambda: (lambda o: (type(o.default_opt).__name__, o.aux_opt.__class__.__name__, o.default_opt.lr))(_SVRGOptimizer('sgd', learning_rate=0.3)))
show('svrg opt bad', lambda: _SVRGOptimizer('zz'))
show('svrg opt create', lambda: type(mx.optimizer.create('_SVRGOptimizer', default_optimizer='sgd')).__name__)
def assign():
    o = _AssignmentOptimizer()
    w = mx.nd.ones(3); g = mx.nd.array([1, 2, 3])
    o.update(0, w, g, None)
    return w
show('assign', assign)
