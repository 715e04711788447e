# Update operators on sparse storage and their multi-tensor forms: sgd_update's standard (not lazy) row_sparse
# update, group_adagrad_update's storage rules, what multi_lamb_update returns, multi_adamw_update's dtypes.
import warnings

import mxnet as mx
from mxnet import nd
import numpy as np

warnings.simplefilter('ignore')


def show(x):
    if isinstance(x, (list, tuple)):
        return type(x).__name__ + '(' + ','.join(show(y) for y in x) + ')'
    return '%s:%s:%s' % (x.stype, np.dtype(x.dtype).name, x.asnumpy().tobytes().hex())


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, 'EXC', type(e).__name__)


W = np.array([[1.0, 3.0], [0.7, -2.3], [0.5, 0.25]])
for dtype in ['float64', 'float32', 'float16']:
    for wst in ['default', 'row_sparse']:
        def standard_sgd():
            w = nd.array(W, dtype=dtype).tostype(wst)
            g = nd.sparse.row_sparse_array((np.array([[0.5, 0.25]], dtype=dtype), np.array([0])), shape=(3, 2),
                                           dtype=dtype)
            nd.sgd_update(w, g, out=w, lr=0.1, wd=0.3, rescale_grad=0.5, lazy_update=False)
            return show(w)
        attempt('sgd_update standard %s %s' % (dtype, wst), standard_sgd)

for wst, hst, hist in [('row_sparse', 'row_sparse', 'zeros'), ('row_sparse', 'row_sparse', 'ones'),
                       ('row_sparse', 'row_sparse', 'gap'), ('row_sparse', 'default', 'ones'),
                       ('default', 'row_sparse', 'ones'), ('default', 'default', 'ones')]:
    def group_adagrad():
        w = nd.array([[1., 2], [3, 4], [5, 6]]).tostype(wst)
        h = {'zeros': nd.zeros((3, 1)), 'ones': nd.ones((3, 1)), 'gap': nd.array([[1.], [0], [2]])}[hist].tostype(hst)
        g = nd.sparse.row_sparse_array((np.array([[1., 0.5]], dtype='float32'), np.array([1])), shape=(3, 2))
        nd.contrib.group_adagrad_update(w, g, h, out=w, lr=0.1)
        rows = [x.indices.asnumpy().tolist() for x in (w, h) if x.stype == 'row_sparse']
        return show(w) + ' ' + show(h) + ' ' + str(rows)
    attempt('group_adagrad_update %s %s %s' % (wst, hst, hist), group_adagrad)


def optimizer_group_adagrad():
    opt = mx.optimizer.contrib.GroupAdaGrad(learning_rate=0.1)
    w = nd.array([[1., 2], [3, 4], [5, 6]]).tostype('row_sparse')
    h = opt.create_state(0, w)
    g = nd.sparse.row_sparse_array((np.array([[1., 0.5]], dtype='float32'), np.array([1])), shape=(3, 2))
    opt.update(0, w, g, h)
    return show(w) + ' ' + show(h)
attempt('GroupAdaGrad row_sparse', optimizer_group_adagrad)

for out_kind in ['list', 'tuple', 'single']:
    def lamb():
        ws, gs = [nd.ones((2, 2)) * 0.5], [nd.ones((2, 2))]
        mean, var = [nd.zeros((2, 2))], [nd.zeros((2, 2))]
        out = {'list': ws, 'tuple': tuple(ws), 'single': ws[0]}[out_kind]
        res = nd.contrib.multi_lamb_update(ws, gs, mean, var, step_count=[1], lrs=[0.1], wds=[0.01], out=out)
        return type(res).__name__ + ' ' + str(res is out) + ' ' + show(ws)
    attempt('multi_lamb_update out=%s' % out_kind, lamb)

# (a float64 or float16 rescale_grad array is read by MXNet as float32 bits: not printed)
for dtype in ['float32', 'float64', 'float16']:
    for rescale_dtype in ['float32']:
        def adamw():
            ws, gs = [nd.ones((2, 2), dtype=dtype)], [nd.ones((2, 2), dtype=dtype)]
            mean, var = [nd.zeros((2, 2), dtype=dtype)], [nd.zeros((2, 2), dtype=dtype)]
            nd.contrib.multi_adamw_update(ws, gs, mean, var, nd.array([1.0], dtype=rescale_dtype), lrs=[0.1],
                                          wds=[0.01], etas=[1.0], out=ws)
            return show(ws)
        attempt('multi_adamw_update %s rescale %s' % (dtype, rescale_dtype), adamw)
