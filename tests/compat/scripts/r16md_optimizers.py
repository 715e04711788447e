"""Module.init_optimizer: names and instances, rescale_grad = 1/batch, kvstore choices per device count, update values."""
import warnings

import numpy as np
import mxnet as mx
from _words import words

S = mx.sym
DATA = mx.nd.array(np.arange(20).reshape(4, 5) % 7 / 7.0)
LABEL = mx.nd.array(np.arange(4) % 3)
BATCH = mx.io.DataBatch([DATA], [LABEL])


def net():
    w = S.var('fc_weight', lr_mult=2.0, wd_mult=0.5)
    x = S.Activation(S.FullyConnected(S.var('data'), weight=w, num_hidden=3, name='fc'), act_type='tanh')
    return S.SoftmaxOutput(x, name='softmax')


def rounded(params):
    return {k: v.asnumpy().astype('float64').round(4).tolist() for k, v in sorted(params.items())}


def trained(optimizer='sgd', params=(('learning_rate', 0.01),), kvstore='local', ndev=1, fixed=None, steps=3):
    mx.random.seed(1)
    m = mx.mod.Module(net(), context=[mx.cpu(i) for i in range(ndev)], fixed_param_names=fixed)
    m.bind([('data', (4, 5))], [('softmax_label', (4,))])
    m.init_params(mx.init.Xavier())
    m.init_optimizer(kvstore=kvstore, optimizer=optimizer, optimizer_params=params)
    for _ in range(steps):
        m.forward(BATCH)
        m.backward()
        m.update()
    return m


def show(label, fn):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            print(label, '->', fn())
        except Exception as e:
            print(label, '->', words(e)[:200])
    for w in caught:
        if w.category is UserWarning:
            print('  warning:', str(w.message)[:200])


def summary(m):
    o = m._optimizer
    kv = m._kvstore.type if m._kvstore else None
    return (type(o).__name__, o.rescale_grad, o.lr, o.wd, sorted(o.idx2name.items()), kv, m._update_on_kvstore,
            rounded(m.get_params()[0]))


for name, params in [('sgd', {}), ('sgd', {'learning_rate': 0.5, 'momentum': 0.9, 'wd': 0.01}), ('adam', {'learning_rate': 0.01}),
                     ('rmsprop', {}), ('adagrad', {}), ('adadelta', {}), ('nag', {'momentum': 0.5}), ('signum', {}),
                     ('ftrl', {}), ('adamax', {}), ('nadam', {}), ('ftml', {}), ('lamb', {}), ('lars', {}),
                     ('sgd', {'clip_gradient': 0.01}), ('sgd', {'rescale_grad': 2.0}), ('Adam', {}),
                     ('sgd', {'learning_rate': 1.0, 'lr_scheduler': mx.lr_scheduler.FactorScheduler(1, 0.5)})]:
    show('%s %s' % (name, sorted(params)), lambda: summary(trained(name, params)))
for kvstore in [None, 'local', 'device']:
    for ndev in [1, 2]:
        show('kvstore %s on %d devices' % (kvstore, ndev), lambda: summary(trained('adam', {}, kvstore, ndev)))
show('fixed weight', lambda: summary(trained(fixed=['fc_weight'], params={'learning_rate': 0.5})))
show('lr and wd multipliers', lambda: (lambda o: (sorted(o.lr_mult.items()), sorted(o.wd_mult.items())))(trained()._optimizer))
show('unknown optimizer', lambda: trained('foo'))
show('unknown parameter', lambda: trained('sgd', {'foo': 1}))
show('unknown kvstore, one device', lambda: summary(trained(kvstore='foo')))
show('unknown kvstore, two devices', lambda: summary(trained(kvstore='foo', ndev=2)))
show('kvstore of a wrong type', lambda: trained(kvstore=3))
show('not an optimizer', lambda: trained(optimizer=3))
show('instance, rescale not normalised', lambda: summary(trained(mx.optimizer.SGD(learning_rate=0.1))))
show('instance, rescale normalised', lambda: summary(trained(mx.optimizer.SGD(learning_rate=0.1, rescale_grad=0.25))))
show('instance with its own names', lambda: summary(trained(mx.optimizer.Adam(rescale_grad=0.25, param_idx2name={0: 'a'}))))


def again(**kw):
    m = trained(steps=0)
    m.init_optimizer(optimizer='adam', **kw)
    return type(m._optimizer).__name__


show('init_optimizer twice', again)
show('init_optimizer twice forced', lambda: again(force_init=True))
m = mx.mod.Module(net())
m.bind([('data', (4, 5))], [('softmax_label', (4,))])
m.init_params(mx.init.Xavier())
show('update before init_optimizer', m.update)
