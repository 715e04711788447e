# Optimizer arguments of odd types: bools (numbers to Python arithmetic, refused by update operators' float
# attributes), non-number momentum, arguments an update never reads; update operators' own checks.
import warnings

import mxnet as mx
from mxnet import nd

warnings.simplefilter('ignore')


def step(name, **kwargs):
    try:
        opt = mx.optimizer.create(name, **kwargs)
        w, g = nd.array([[1.0, -2.0, 3.0]]), nd.array([[0.5, 0.25, -1.0]])
        state = opt.create_state_multi_precision(0, w)
        opt.update_multi_precision(0, w, g, state)
        return w.asnumpy().tobytes().hex()
    except Exception as e:
        return type(e).__name__


for name in ['sgd', 'nag', 'adam', 'adamax', 'nadam', 'adagrad', 'adadelta', 'rmsprop', 'ftml', 'ftrl', 'signum',
             'lamb', 'dcasgd', 'groupadagrad', 'test', 'lbsgd']:
    for key in ['learning_rate', 'wd', 'rescale_grad', 'clip_gradient']:
        print(name, key, step(name, **{key: True}), step(name, **{key: False}))
for name in ['sgd', 'nag', 'signum', 'lbsgd', 'ccsgd']:
    print(name, 'momentum', step(name, momentum=True), step(name, momentum=False), step(name, momentum='m'))
for name in ['adamax', 'nadam']:
    print(name, 'beta1', step(name, beta1=False), step(name, beta1=0.0))
print('adadelta unused learning_rate', step('adadelta', learning_rate='a'))
print('test unused', step('test', learning_rate='a', wd=None, clip_gradient='c'))
for value in [True, 0, 1, 'true', 2, None, 1.0]:
    print('adam lazy_update', repr(value), step('adam', lazy_update=value))
print('lbsgd lazy_update', step('lbsgd', lazy_update=True))
for beta1, beta2 in [(1.5, 0.9), (-0.1, 0.9), (0.5, 1.5), (0.5, -0.5), (1.0, 0.0)]:
    print('ftml betas', beta1, beta2, step('ftml', beta1=beta1, beta2=beta2))


def ops(momentum):
    out = []
    for op in ['sgd_mom_update', 'nag_mom_update']:
        w, g, mom = nd.array([1.0, 2.0]), nd.array([1.0, 1.0]), nd.array([0.5, 0.5])
        res = getattr(nd, op)(w, g, mom, lr=0.1, momentum=momentum)
        out.append(res.asnumpy().tobytes().hex() + '/' + mom.asnumpy().tobytes().hex())
    w16, w32 = nd.array([1.0, 2.0], dtype='float16'), nd.array([1.0, 2.0])
    mom = nd.array([0.5, 0.5])
    res = nd.mp_sgd_mom_update(w16, nd.array([1.0, 1.0], dtype='float16'), mom, w32, lr=0.1, momentum=momentum)
    out.append(res.asnumpy().tobytes().hex() + '/' + mom.asnumpy().tobytes().hex())
    return ' '.join(out)


for momentum in [0.0, -0.5, -2.0, 0.5]:
    print('momentum ops', momentum, ops(momentum))
# hyper-parameters given as text reach the update operator's parser as they are
for name, key, value in [('adam', 'epsilon', 'e'), ('rmsprop', 'epsilon', 'e'), ('lamb', 'epsilon', 'e'),
                         ('ftrl', 'lamda1', 'l'), ('adam', 'epsilon', '1e-3'), ('sgd', 'momentum', 0.9)]:
    print(name, key, repr(value), step(name, **{key: value}))
print('lbsgd attributes', sorted(k for k in vars(mx.optimizer.create('lbsgd')) if not k.startswith('_')))
