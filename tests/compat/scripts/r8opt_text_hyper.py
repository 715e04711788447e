# Hyper-parameters written as text ('0.25', '1e-2'): MXNet hands them to its update operators, whose attribute parser
# reads numbers from text, so they work wherever they reach only an operator (and fail where Python arithmetic or a
# tuple of rates meets them first); text that is no number is refused.
import hashlib

import mxnet as mx
from mxnet import nd

NAMES = ['sgd', 'nag', 'adam', 'rmsprop', 'ftrl', 'ftml', 'signum', 'lamb', 'lbsgd']
TEXTS = [{'learning_rate': '0.25'}, {'wd': '0.1'}, {'rescale_grad': '0.5'}, {'clip_gradient': '0.3'},
         {'clip_gradient': '-1'}, {'learning_rate': '1e-1', 'wd': '1e-2', 'rescale_grad': '2'},
         {'learning_rate': 'abc'}, {'wd': ''}]


def run(name, kwargs, dtype, sparse):
    updater = mx.optimizer.get_updater(mx.optimizer.create(name, multi_precision=dtype == 'float16', **kwargs))
    weight = nd.array([[1.0, -2.0], [0.5, 3.0], [0.1, 0.2]], dtype=dtype)
    for g in ([[0.5, -1.0], [0, 0], [2.0, 0.0]], [[0.1, 0.2], [-3.0, 1.0], [0, 0]]):
        g = nd.array(g, dtype=dtype)
        updater(0, g.tostype('row_sparse') if sparse else g, weight)
    return hashlib.md5(weight.asnumpy().tobytes()).hexdigest()[:16]


for name in NAMES:
    for kwargs in TEXTS:
        for dtype in ('float32', 'float16', 'float64'):
            for sparse in (False, True):
                try:
                    result = run(name, kwargs, dtype, sparse)
                except (mx.base.MXNetError, TypeError) as e:
                    result = type(e).__name__
                print(name, kwargs, dtype, sparse, result)
for kwargs in ({'gamma1': '0.5'}, {'gamma2': '0.5', 'centered': True}, {'clip_weights': '0.25'}):
    print('rmsprop', kwargs, run('rmsprop', kwargs, 'float32', False))
for kwargs in ({'beta1': '0.5'}, {'beta2': '0.5'}, {'lower_bound': '0.1'}, {'upper_bound': '0.5'}):
    print('lamb', kwargs, run('lamb', kwargs, 'float32', False))
print('ftml', run('ftml', {'beta1': '0.5', 'beta2': '0.75'}, 'float32', False))
# LARS hands its dense rates to nd.array (text passes; momentum correction divides them: TypeError), while its
# sparse path multiplies them first (TypeError)
for lr in ('0.25', '1e-2', 'abc', True):
    for momentum in (0.0, 0.9):
        for sparse in (False, True):
            try:
                result = run('lars', {'learning_rate': lr, 'momentum': momentum}, 'float32', sparse)
            except (mx.base.MXNetError, TypeError, ValueError) as e:
                result = type(e).__name__
            print('lars', repr(lr), momentum, sparse, result)
# AdaGrad: a row_sparse gradient goes to _sparse_adagrad_update, which parses its rates (text passes, wd must be 0);
# a dense one meets NDArray arithmetic first (TypeError)
for kwargs in TEXTS + [{'eps': '1e-3'}, {'eps': None}]:
    for sparse in (False, True):
        try:
            result = run('adagrad', kwargs, 'float32', sparse)
        except (mx.base.MXNetError, TypeError) as e:
            result = type(e).__name__
        print('adagrad', kwargs, sparse, result)
# DCASGD tests its momentum state (ValueError for many elements) before its arithmetic meets the rates (TypeError)
for kwargs in ({'learning_rate': '0.25'}, {'wd': '0.1'}, {'learning_rate': None}):
    for momentum in (0.0, 0.9):
        try:
            result = run('dcasgd', dict(kwargs, momentum=momentum), 'float32', False)
        except (mx.base.MXNetError, TypeError, ValueError) as e:
            result = type(e).__name__
        print('dcasgd', kwargs, momentum, result)
