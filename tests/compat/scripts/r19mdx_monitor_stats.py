"""Monitor installed on a Module: interval, pattern, sort, monitor_all and stat_func forms (a scalar, a list, a vector, a wrong type), toc and toc_print lines, two devices, a reshape, and a monitored fit."""
import logging
import re
import sys
import warnings

import numpy as np
import mxnet as mx
from _words import words


def rounded(text):
    """Numbers to 4 significant digits: their last bits follow the CPU's oneDNN kernels (AVX2 or AVX-512)."""
    return re.sub(r'-?\d+\.\d+(e-?\d+)?', lambda m: '%.4g' % float(m.group()), text)


class _Speedless(logging.Formatter):
    """Log lines without the timings (samples/sec vary run to run), numbers rounded."""

    def format(self, record):
        return rounded(re.sub(r'Speed: [0-9.einf]+', 'Speed: X', super().format(record)))


logging.basicConfig(level=logging.INFO, format='LOG %(levelname)s %(message)s', stream=sys.stdout)
logging.getLogger().handlers[0].addFilter(lambda r: 'Time cost' not in r.getMessage())
logging.getLogger().handlers[0].setFormatter(_Speedless('LOG %(levelname)s %(message)s'))
S = mx.sym


def shown(r, d=3):
    if isinstance(r, mx.nd.NDArray):
        return ('ND', r.dtype.__name__, r.shape, np.round(r.asnumpy().astype('float64'), d).tolist())
    if isinstance(r, np.ndarray):
        return ('NP', str(r.dtype), r.shape, np.round(r.astype('float64'), d).tolist())
    if isinstance(r, dict):
        return {k: shown(v, d) for k, v in sorted(r.items(), key=lambda kv: str(kv[0]))}
    if isinstance(r, (list, tuple)):
        return type(r).__name__, [shown(x, d) for x in r]
    return round(r, d) if isinstance(r, float) else r


def show(label, fn, d=3):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            print(label, '->', str(shown(fn(), d))[:600])
        except Exception as e:
            print(label, '->', words(e)[:400])
    for w in caught:
        if w.category is not ResourceWarning:
            print('  warning:', w.category.__name__, str(w.message)[:300])


def X(n, k=5):
    return mx.nd.array(np.arange(n * k).reshape(n, k) % 7 / 7.0)


def Y(n, c=3):
    return mx.nd.array(np.arange(n) % c)


def batch(n=4, k=5, **kw):
    return mx.io.DataBatch([X(n, k)], [Y(n)], **kw)


def it(n=8, b=4, k=5, **kw):
    return mx.io.NDArrayIter(X(n, k), Y(n), b, **kw)


def fcnet(hidden=3, name='fc'):
    return S.SoftmaxOutput(S.FullyConnected(S.var('data'), num_hidden=hidden, name=name), name='softmax')


def mod(sym=None, **kw):
    return mx.mod.Module(sym if sym is not None else fcnet(), **kw)


def bound(sym=None, shapes=(4, 5), label=True, init=True, opt=False, bkw=None, **kw):
    m = mod(sym, **kw)
    m.bind([('data', shapes)], [('softmax_label', (shapes[0],))] if label else None, **(bkw or {}))
    if init:
        m.init_params(mx.init.Constant(0.1))
    if opt:
        m.init_optimizer(optimizer_params={'learning_rate': 0.5})
    return m

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
