# Optimizer updates of row_sparse weights (fully and partly stored) with row_sparse and dense gradients
import warnings
import numpy as np
import mxnet as mx
from mxnet import nd

warnings.simplefilter('ignore')


def rsp(vals, idx):
    return nd.sparse.row_sparse_array((vals, idx), shape=(4, 2))


def show(tag, a):
    if a is None or isinstance(a, (tuple, list)):
        for x in a or [None]:
            if x is None:
                print(tag, None)
            else:
                show(tag, x)
        return
    rows = a.indices.asnumpy().tolist() if a.stype == 'row_sparse' else ''
    print(tag, a.stype, rows, np.round(a.asnumpy(), 4).tolist())


CASES = [('sgd', {}), ('sgd', {'momentum': 0.9}), ('sgd', {'lazy_update': False, 'momentum': 0.9}),
         ('adam', {}), ('adam', {'lazy_update': False}), ('adagrad', {'wd': 0}), ('ftrl', {}), ('lars', {}),
         ('signum', {}), ('rmsprop', {'centered': True}), ('lamb', {}), ('adadelta', {}), ('ftml', {}),
         ('nadam', {}), ('dcasgd', {}), ('nag', {'momentum': 0.9})]
GRADS = [rsp([[1, 1]], [2]), rsp([[0.5, -1], [2, 2]], [1, 2]), rsp([[-1, 0]], [1]),
         nd.array([[1, 1], [0, 0], [1, 2], [0, 0]])]
for full in (True, False):
    for name, kw in CASES:
        opt = mx.optimizer.create(name, learning_rate=0.1, **dict(dict(wd=0.1), **kw))
        w = nd.array([[1, 2], [3, 4], [5, 6], [7, 8]]).tostype('row_sparse') if full \
            else rsp([[1, 2], [5, 6]], [0, 2])
        tag = '%s %s %s' % (name, sorted(kw.items()), 'full' if full else 'part')
        try:
            state = opt.create_state_multi_precision(0, w)
            show(tag + ' state0', state)
            for g in GRADS:
                opt.update_multi_precision(0, w, g.copy(), state)
                show(tag + ' w', w)
                show(tag + ' state', state)
        except mx.base.MXNetError:
            print(tag, 'MXNetError')
for wd in (0.1, 0.0):
    opt = mx.optimizer.create('adagrad', learning_rate=0.1, wd=wd)
    w = nd.ones((4, 2))
    try:
        opt.update(0, w, rsp([[1, 1]], [2]), opt.create_state(0, w))
        show('adagrad dense wd=%s' % wd, w)
    except mx.base.MXNetError:
        print('adagrad dense wd=%s' % wd, 'MXNetError')
