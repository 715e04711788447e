"""Module.fit over two devices and kvstores, eval data forms, metrics, epochs, iterator wrappers, optimizer parameters, arg_params in part, every callback hook (with the locals it sees) and iterators whose names do not match."""
import functools
import logging
import re
import sys
import warnings

import numpy as np
import mxnet as mx
from _words import words
import _module_cases
from _module_cases import S, X, Y, batch, bound, fcnet, it, log_to_stdout, mod, rounded

log_to_stdout(round_numbers=True)
shown = functools.partial(_module_cases.shown, d=3, float_digits=None)
show = functools.partial(_module_cases.show, d=3, float_digits=None)

net = S.SoftmaxOutput(S.FullyConnected(S.Activation(S.FullyConnected(S.var('data'), num_hidden=4, name='fc1'), act_type='tanh'), num_hidden=3, name='fc2'), name='softmax')
def fit(label, ctx=None, **kw):
    def go():
        m = mx.mod.Module(net, context=ctx or [mx.cpu()])
        kw.setdefault('initializer', mx.init.Constant(0.1))
        kw.setdefault('optimizer_params', {'learning_rate': 0.5})
        kw.setdefault('num_epoch', 2)
        m.fit(kw.pop('train', it(10, 4)), **kw)
        return m.get_params()[0]
    show(label, go)
fit('plain')
fit('device 2ctx', ctx=[mx.cpu(0), mx.cpu(1)], kvstore='device')
fit('local 2ctx', ctx=[mx.cpu(0), mx.cpu(1)], kvstore='local')
fit('None 2ctx', ctx=[mx.cpu(0), mx.cpu(1)], kvstore=None)
fit('momentum 2ctx', ctx=[mx.cpu(0), mx.cpu(1)], optimizer_params={'learning_rate': 0.5, 'momentum': 0.9})
fit('adam 2ctx device', ctx=[mx.cpu(0), mx.cpu(1)], kvstore='device', optimizer='adam', optimizer_params={'learning_rate': 0.05})
fit('eval pad', eval_data=it(10, 4, last_batch_handle='pad'), eval_metric=['acc', 'ce', 'mse'])
fit('eval discard', eval_data=it(10, 4, last_batch_handle='discard'), validation_metric='ce')
fit('eval diff batch', eval_data=it(10, 5))
fit('train discard', train=it(10, 4, last_batch_handle='discard'))
fit('train roll', train=it(10, 4, last_batch_handle='roll_over'), num_epoch=3)
fit('metric composite', eval_metric=mx.metric.CompositeEvalMetric([mx.metric.Accuracy(), mx.metric.TopKAccuracy(top_k=2)]))
fit('metric custom', eval_metric=mx.metric.CustomMetric(lambda l, p: float((p.argmax(1) == l).mean()), name='mine'))
fit('metric np', eval_metric=mx.metric.np(lambda l, p: float(p.sum())))
fit('metric loss', eval_metric='loss')
fit('begin epoch', begin_epoch=1, num_epoch=3)
fit('num_epoch 0', num_epoch=0)
fit('begin > num', begin_epoch=3, num_epoch=2)
fit('resize iter', train=mx.io.ResizeIter(it(10, 4), 2))
fit('prefetch iter', train=mx.io.PrefetchingIter(it(10, 4)))
fit('lr scheduler', optimizer_params={'learning_rate': 0.5, 'lr_scheduler': mx.lr_scheduler.FactorScheduler(step=2, factor=0.5)}, num_epoch=3)
fit('wd clip', optimizer_params={'learning_rate': 0.5, 'wd': 0.1, 'clip_gradient': 0.01})
fit('rescale', optimizer_params={'learning_rate': 0.5, 'rescale_grad': 1.0})
fit('optimizer obj', optimizer=mx.optimizer.SGD(learning_rate=0.5))
fit('arg_params', arg_params={'fc1_weight': mx.nd.ones((4, 5)) * 0.2}, allow_missing=True)
fit('arg_params missing', arg_params={'fc1_weight': mx.nd.ones((4, 5)) * 0.2})
fit('sparse_row_id_fn', sparse_row_id_fn=lambda b: {'fc1_weight': mx.nd.array([0])})
fit('batch_end list', batch_end_callback=[mx.callback.log_train_metric(1, auto_reset=True)])
fit('epoch_end list', epoch_end_callback=[lambda *a: print('  epoch end', a[0], sorted(a[2]))] * 2)
fit('eval_end', eval_data=it(8, 4), eval_end_callback=lambda p: print('  eval end', p.epoch, p.nbatch, p.eval_metric.get(), sorted(p.locals)))
fit('eval_batch_end', eval_data=it(8, 4), eval_batch_end_callback=lambda p: print('  eval batch', p.epoch, p.nbatch, p.eval_metric.get()))
fit('batch_end locals', batch_end_callback=lambda p: print('  locals', p.nbatch, sorted(p.locals)))
fit('empty iter', train=mx.io.NDArrayIter(np.zeros((0, 5)), np.zeros(0), 4))
fit('no label iter', train=mx.io.NDArrayIter(X(8), None, 4))
fit('iter label name wrong', train=mx.io.NDArrayIter(X(8), Y(8), 4, label_name='lbl'))
fit('iter data name wrong', train=mx.io.NDArrayIter({'x': X(8)}, Y(8), 4))
fit('dict iter', train=mx.io.NDArrayIter({'data': X(8)}, {'softmax_label': Y(8)}, 4))
