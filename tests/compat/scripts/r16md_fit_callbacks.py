"""Module.fit: what batch, epoch and eval callbacks see, validation metrics, begin_epoch, re-fitting, the epoch log lines."""
import logging
import sys
import warnings

import numpy as np
import mxnet as mx
from _words import words

logging.basicConfig(level=logging.INFO, format='%(levelname)s %(message)s', stream=sys.stdout)
logging.getLogger().handlers[0].addFilter(lambda r: 'Time cost' not in r.getMessage())
logging.getLogger().handlers[0].addFilter(lambda r: 'samples/sec' not in r.getMessage())
S = mx.sym


def X(n, k=5):
    return mx.nd.array(np.arange(n * k).reshape(n, k) % 7 / 7.0)


def Y(n):
    return mx.nd.array(np.arange(n) % 3)


def it(n=8, bs=4, **kw):
    return mx.io.NDArrayIter(X(n), Y(n), batch_size=bs, **kw)


def net():
    x = S.Activation(S.FullyConnected(S.var('data'), num_hidden=3, name='fc'), act_type='tanh')
    return S.SoftmaxOutput(x, name='softmax')


def values(pairs):
    """Metric values to 5 places: the last bits of a float32 sum depend on the summation order."""
    return [(name, round(value, 5)) for name, value in (pairs if isinstance(pairs, list) else [pairs])]


def rounded(params):
    return {k: v.asnumpy().astype('float64').round(4).tolist() for k, v in sorted(params.items())}


def fit(label, **kw):
    mx.random.seed(2)
    seen = []
    kw.setdefault('batch_end_callback', lambda p: seen.append(('batch', p.epoch, p.nbatch, values(p.eval_metric.get_name_value()))))
    kw.setdefault('epoch_end_callback', lambda e, s, a, x: seen.append(('epoch', e, s.list_outputs(), rounded(a), rounded(x))))
    kw.setdefault('initializer', mx.init.Xavier())
    kw.setdefault('num_epoch', 2)
    m = mx.mod.Module(net())
    print('==', label)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            m.fit(kw.pop('train', it()), **kw)
        except Exception as e:
            print('  raised', words(e)[:200])
    for w in caught:
        if w.category is UserWarning:
            print('  warning:', str(w.message)[:200])
    for s in seen:
        print('  ', s)
    return m


fit('plain', optimizer_params={'learning_rate': 0.5})
fit('evaluated', eval_data=it(8, 2), eval_metric='ce',
    eval_batch_end_callback=lambda p: print('  eval batch', p.epoch, p.nbatch, values(p.eval_metric.get())),
    eval_end_callback=lambda p: print('  eval end', p.epoch, p.nbatch, values(p.eval_metric.get())))
fit('validation metric', eval_data=it(), validation_metric=['ce', 'acc'], num_epoch=1)
fit('begin at 1', num_epoch=3, begin_epoch=1, batch_end_callback=None)
fit('begin past the end', num_epoch=1, begin_epoch=2)
fit('given arg_params', arg_params={'fc_weight': mx.nd.ones((3, 5)) * 0.1, 'fc_bias': mx.nd.zeros(3)}, num_epoch=1)
fit('missing arg_params', arg_params={'fc_bias': mx.nd.zeros(3)}, num_epoch=1)
fit('missing allowed', arg_params={'fc_bias': mx.nd.ones(3)}, allow_missing=True, num_epoch=1)
fit('adam object', optimizer=mx.optimizer.Adam(learning_rate=0.1), batch_end_callback=None)
fit('adam by name', optimizer='adam', optimizer_params=(('learning_rate', 0.1), ('wd', 0.01)), batch_end_callback=None)
fit('no kvstore', kvstore=None, batch_end_callback=None)
fit('metric list', eval_metric=['acc', 'ce', 'mse'], num_epoch=1)
fit('callback lists', num_epoch=2, batch_end_callback=[lambda p: print('  first', p.nbatch), lambda p: print('  second', p.nbatch)],
    epoch_end_callback=[lambda *a: print('  epoch a', a[0]), lambda *a: print('  epoch b', a[0])])
fit('log_train_metric', train=it(16), num_epoch=1, batch_end_callback=mx.callback.log_train_metric(2))
fit('log_train_metric reset', train=it(16), num_epoch=1, batch_end_callback=mx.callback.log_train_metric(1, auto_reset=True))
fit('speedometer', train=it(16), num_epoch=1, batch_end_callback=mx.callback.Speedometer(4, 2))
fit('validation logger', eval_data=it(), num_epoch=1, eval_end_callback=mx.callback.LogValidationMetricsCallback())
fit('no epochs given', num_epoch=None)
fit('labels named differently', train=mx.io.NDArrayIter(X(8), Y(8), 4, label_name='lab'), num_epoch=1)
fit('data named differently', train=mx.io.NDArrayIter({'x': X(8)}, Y(8), 4), num_epoch=1)
fit('no labels', train=mx.io.NDArrayIter(X(8), None, 4), num_epoch=1)
exhausted = it()
list(exhausted)
fit('exhausted iterator', train=exhausted, num_epoch=1)
m = fit('fitted twice', num_epoch=1, batch_end_callback=None, epoch_end_callback=None, initializer=mx.init.One())
m.fit(it(), num_epoch=1, initializer=mx.init.Zero())
print('  after', rounded(m.get_params()[0]))
m.fit(it(), num_epoch=1, initializer=mx.init.Zero(), force_init=True, force_rebind=True)
print('  forced', rounded(m.get_params()[0]))
