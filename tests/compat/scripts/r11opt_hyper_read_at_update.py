"""Optimizers take hyper-parameters of any type when created (keyword-only for SGLD and Test); a bad one fails only when an update reads it."""
import inspect
import warnings

import mxnet as mx
from mxnet import nd

warnings.simplefilter('ignore')

BAD = [('learning_rate', 'fast'), ('learning_rate', [1]), ('wd', 'a'), ('rescale_grad', None), ('clip_gradient', 'x'),
       ('clip_gradient', [2]), ('momentum', 'm'), ('beta1', 'b'), ('gamma1', 'g'), ('rho', 'r')]
READS = {'sgd': {'momentum'}, 'nag': {'momentum'}, 'signum': {'momentum'}, 'lbsgd': {'momentum'},
         'dcasgd': {'momentum'}, 'adam': {'beta1'}, 'adamax': {'beta1'}, 'nadam': {'beta1'}, 'ftml': {'beta1'},
         'lamb': {'beta1'}, 'rmsprop': {'gamma1'}, 'adadelta': {'rho'}}
for name in ['sgd', 'nag', 'signum', 'lbsgd', 'dcasgd', 'sgld', 'adam', 'adamax', 'nadam', 'ftml', 'lamb', 'adagrad',
             'rmsprop', 'adadelta', 'ftrl', 'test']:
    for key, value in BAD:
        if key not in ('learning_rate', 'wd', 'rescale_grad', 'clip_gradient') and key not in READS.get(name, ()):
            continue
        opt = mx.optimizer.create(name, **{key: value})
        created = type(opt).__name__
        weight = nd.array([[0.5, -1.0], [2.0, 0.25]])
        state = opt.create_state_multi_precision(0, weight)
        try:
            opt.update_multi_precision(0, weight, nd.array([[0.1, -0.2], [0.3, 4.0]]), state)
            print(name, key, created, 'updated', weight.asnumpy().tolist())
        except mx.base.MXNetError:
            print(name, key, created, 'fails at the update: MXNetError')
        except Exception as e:      # noqa: BLE001 -- Python's own errors, compared with their messages
            print(name, key, created, 'fails at the update:', type(e).__name__, e)

for cls in (mx.optimizer.SGLD, mx.optimizer.Test):
    print(cls.__name__, inspect.signature(cls.__init__))
    try:
        cls(0.5)
    except TypeError as e:
        print('TypeError:', e)

try:
    mx.optimizer.create('adam', param_idx2name=['w'])
except AssertionError as e:
    print('AssertionError:', e)
opt = mx.optimizer.create('lbsgd', batch_scale=2, momentum=0.9)
weight = nd.array([1.0, 2.0])
state = opt.create_state(0, weight)
for _ in range(3):
    opt.update(0, weight, nd.array([0.5, -0.5]), state)
    print('lbsgd', sorted(opt.cumgrads[0]), opt.cumgrads[0]['num_cums'], weight.asnumpy().tolist())
