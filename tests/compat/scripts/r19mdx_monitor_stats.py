"""Monitor installed on a Module: interval, pattern, sort, monitor_all and stat_func forms (a scalar, a list, a vector, a wrong type), toc and toc_print lines, two devices, a reshape, and a monitored fit."""
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

import time
net = S.SoftmaxOutput(S.FullyConnected(S.Activation(S.FullyConnected(S.var('data'), num_hidden=4, name='fc1'), act_type='relu', name='relu1'), num_hidden=3, name='fc2'), name='softmax')
def mk(**kw):
    m = mx.mod.Module(net, **kw)
    m.bind([('data', (4, 5))], [('softmax_label', (4,))])
    m.init_params(mx.init.Constant(0.1))
    m.init_optimizer(optimizer_params={'learning_rate': 0.1})
    return m
# gradients MXNet never writes (the label's, and the data's when no input gradient is asked): their memory is
# whatever was there before, so they are left out
UNSET = {'softmax_backward_output1', 'fc1_backward_output0'}


def stat_max(x):
    return x.max()
def stat_list(x):
    return [x.max(), x.min()]
def stat_vec(x):
    return x.reshape((-1,))[:2]
for kw in [dict(), dict(sort=True), dict(pattern='fc.*'), dict(pattern='.*weight'), dict(pattern='relu'), dict(monitor_all=True), dict(monitor_all=True, sort=True, pattern='fc2.*'),
           dict(stat_func=stat_max), dict(stat_func=stat_list, pattern='fc1.*'), dict(stat_func=lambda x: 3), dict(stat_func=lambda x: [3]),
           dict(stat_func=lambda x: x.asnumpy()), dict(pattern='softmax_label'), dict(pattern='(')]:
    def go(kw=kw):
        m = mk()
        mon = mx.mon.Monitor(2, **kw)
        m.install_monitor(mon)
        for i in range(3):
            mon.tic()
            m.forward(batch(), is_train=True); m.backward(); m.update()
            res = mon.toc()
            print('  step', i, [(s, n, rounded(v)) for s, n, v in res if n not in UNSET])
        return None
    show('monitor %s' % sorted(kw), go)
def toc_print():
    m = mk()
    mon = mx.mon.Monitor(1, pattern='fc2.*', sort=True)
    m.install_monitor(mon)
    mon.tic(); m.forward(batch(), is_train=True); m.backward(); mon.toc_print()
    mon.toc_print()
    print('  queue', mon.queue, mon.step, mon.activated, len(mon.exes))
show('toc_print', toc_print)
def install_twice():
    m = mk()
    mon = mx.mon.Monitor(1, pattern='fc2_output')
    m.install_monitor(mon); m.install_monitor(mon)
    mon.tic(); m.forward(batch()); return [(s, n, rounded(v)) for s, n, v in mon.toc()]
show('install twice', install_twice)
def two_devices():
    m = mk(context=[mx.cpu(0), mx.cpu(1)])
    mon = mx.mon.Monitor(1, pattern='fc2_output')
    m.install_monitor(mon)
    mon.tic(); m.forward(batch()); return [(s, n, rounded(v)) for s, n, v in mon.toc()]
show('two devices', two_devices)
def no_tic():
    m = mk(); mon = mx.mon.Monitor(1); m.install_monitor(mon); m.forward(batch()); return [(s, n, rounded(v)) for s, n, v in mon.toc()]
show('no tic', no_tic)
def reshaped():
    m = mk(); mon = mx.mon.Monitor(1, pattern='fc2_output'); m.install_monitor(mon)
    mon.tic(); m.forward(batch(2)); return [(s, n, rounded(v)) for s, n, v in mon.toc()]
show('reshaped', reshaped)
show('interval 0', lambda: mx.mon.Monitor(0).tic())
# fit with monitor
m = mx.mod.Module(net)
m.fit(it(8, 4), num_epoch=1, monitor=mx.mon.Monitor(1, pattern='fc2_(output|weight)', sort=True), initializer=mx.init.Constant(0.1))
# Monitor on a bare executor
ex = net.simple_bind(mx.cpu(), data=(2, 5))
mon = mx.mon.Monitor(1, pattern='.*output')
mon.install(ex)
mon.tic(); ex.forward(); print([(s, n, rounded(v)) for s, n, v in mon.toc()])
