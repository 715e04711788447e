"""mx.callback: Speedometer (frequent, auto_reset, no metric), log_train_metric, ProgressBar, LogValidationMetricsCallback, do_checkpoint and module_checkpoint periods, mx.model checkpoint functions, and callbacks inside fit."""
import logging
import re
import sys
import warnings

import numpy as np
import mxnet as mx
from _words import words
from _module_cases import S, X, Y, batch, bound, fcnet, it, log_to_stdout, mod, show, shown

log_to_stdout()

import atexit
import os
import shutil
import tempfile

HERE = tempfile.mkdtemp()
os.chdir(HERE)
atexit.register(shutil.rmtree, HERE, True)
net = fcnet()
class P:
    def __init__(self, epoch, nbatch, metric, locals=None):
        self.epoch, self.nbatch, self.eval_metric, self.locals = epoch, nbatch, metric, locals
acc = mx.metric.create(['acc', 'ce'])
acc.update([Y(4)], [mx.nd.array(np.eye(3)[[0, 1, 1, 2]] * 0.8 + 0.05)])
for kw in [dict(), dict(frequent=2), dict(frequent=2, auto_reset=False), dict(frequent=1, auto_reset=True)]:
    def go(kw=kw):
        sp = mx.callback.Speedometer(4, **kw)
        for n in range(5):
            sp(P(0, n, acc))
        for n in range(3):
            sp(P(1, n, None))
        return acc.get_name_value(), acc.get_global_name_value()
    show('speedometer %s' % sorted(kw.items()), go)
show('speedometer attrs', lambda: sorted(vars(mx.callback.Speedometer(4)).items()))
show('log_train_metric', lambda: [mx.callback.log_train_metric(2)(P(1, n, acc)) for n in range(4)])
show('log_train_metric reset', lambda: ([mx.callback.log_train_metric(1, auto_reset=True)(P(1, n, acc)) for n in range(2)], acc.get_name_value(), acc.get_global_name_value()))
show('log_train_metric None', lambda: mx.callback.log_train_metric(1)(P(1, 0, None)))
for total, length in [(10, 80), (4, 20), (3, 10), (0, 5)]:
    show('progress %d %d' % (total, length), lambda: [mx.callback.ProgressBar(total, length)(P(0, n, None)) for n in range(0, 5)])
show('progress attrs', lambda: sorted(vars(mx.callback.ProgressBar(10)).items()))
show('log validation', lambda: mx.callback.LogValidationMetricsCallback()(P(3, 0, acc)))
show('log validation none', lambda: mx.callback.LogValidationMetricsCallback()(P(3, 0, None)))
arg = {'fc_weight': mx.nd.ones((3, 5)), 'fc_bias': mx.nd.zeros(3)}
for period in [1, 2, 0, -1, 2.5]:
    def go(period=period):
        cb = mx.callback.do_checkpoint('cp%s' % period, period)
        for e in range(4):
            cb(e, net, arg, {})
        return sorted(f for f in os.listdir('.') if f.startswith('cp%s' % period))
    show('do_checkpoint %s' % period, go)
m = bound(opt=True)
for period, states in [(1, False), (2, True)]:
    def go(period=period, states=states):
        cb = mx.callback.module_checkpoint(m, 'mc%d' % period, period, states)
        for e in range(3):
            cb(e)
        return sorted(f for f in os.listdir('.') if f.startswith('mc%d' % period))
    show('module_checkpoint %d' % period, go)
show('save_checkpoint fn', lambda: mx.callback.save_checkpoint('sc', 2, net, arg, {}) if hasattr(mx.callback, 'save_checkpoint') else 'none')
show('model save_checkpoint', lambda: (mx.model.save_checkpoint('ms', 1, net, arg, {}), sorted(mx.nd.load('ms-0001.params')))[1])
show('model load_checkpoint', lambda: (lambda r: (r[0].name, r[1], r[2]))(mx.model.load_checkpoint('ms', 1)))
show('model load_checkpoint missing', lambda: mx.model.load_checkpoint('ms', 2))
show('model load_params', lambda: mx.model.load_params('ms', 1))
show('BatchEndParam', lambda: mx.model.BatchEndParam(1, 2, 3, 4))
show('BatchEndParam fields', lambda: mx.model.BatchEndParam._fields)
show('callback names', lambda: sorted(n for n in dir(mx.callback) if not n.startswith('_')))
show('model names', lambda: sorted(n for n in dir(mx.model) if not n.startswith('_')))
# in fit
mm = mod()
mm.fit(it(16, 4), num_epoch=2, initializer=mx.init.Constant(0.1), batch_end_callback=[mx.callback.log_train_metric(2), mx.callback.ProgressBar(4, 8)],
       epoch_end_callback=mx.callback.do_checkpoint('fitcp', 2), eval_data=it(8, 4), eval_end_callback=mx.callback.LogValidationMetricsCallback(),
       eval_batch_end_callback=mx.callback.log_train_metric(1))
print(sorted(f for f in os.listdir('.') if f.startswith('fitcp')))
mm.fit(it(16, 4), num_epoch=3, begin_epoch=2, force_init=True, initializer=mx.init.Constant(0.1), eval_metric=mx.metric.Loss(), validation_metric='acc', eval_data=it(8, 4))
