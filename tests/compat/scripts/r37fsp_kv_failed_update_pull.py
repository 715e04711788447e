"""A kvstore update that fails on a row_sparse weight missing rows: pull and row_sparse_pull return, the output's read raises once, later pulls see the old value."""
import numpy as np
import mxnet as mx


def rsp(rows, shape=(6, 3)):
    d = np.zeros(shape, dtype='float32')
    for i, r in enumerate(rows):
        d[r] = i + 1 + np.arange(3)
    return mx.nd.array(d).tostype('row_sparse')


def step(name, f):
    try:
        r = f()
        print(name, 'ok', r.asnumpy().tolist() if isinstance(r, mx.nd.NDArray) else r)
    except Exception as e:
        print(name, 'EXC', type(e).__name__, [l for l in str(e).split('\n') if l.strip()][-1][:160])


for kv_type in ('local', 'device'):
    for opt, kw in (('sgd', {}), ('sgd', {'momentum': 0.9}), ('adagrad', {}), ('ftrl', {}), ('adam', {})):
        name = '%s %s%s' % (kv_type, opt, kw and ' mom' or '')
        kv = mx.kv.create(kv_type)
        kv.init('w', rsp([2, 3]))
        kv.set_optimizer(mx.optimizer.create(opt, learning_rate=0.1, **kw))
        dense = mx.nd.zeros((6, 3))
        out = mx.nd.zeros((6, 3), stype='row_sparse')
        step(name + ' push', lambda: kv.push('w', rsp([1, 3])))
        step(name + ' pull', lambda: kv.pull('w', out=dense))
        step(name + ' read', lambda: dense)
        step(name + ' read again', lambda: dense)
        step(name + ' pull', lambda: kv.pull('w', out=dense))
        step(name + ' read', lambda: dense)
        step(name + ' push', lambda: kv.push('w', rsp([1, 3])))
        step(name + ' row_sparse_pull', lambda: kv.row_sparse_pull('w', out=out, row_ids=mx.nd.array([1, 2, 3])))
        step(name + ' read', lambda: out)
        step(name + ' row_sparse_pull', lambda: kv.row_sparse_pull('w', out=out, row_ids=mx.nd.array([1, 2, 3])))
        step(name + ' read', lambda: out)
        kv.init('f', mx.nd.ones((6, 3)).tostype('row_sparse'))
        step(name + ' push full', lambda: kv.push('f', rsp([1, 3])))
        step(name + ' row_sparse_pull full', lambda: kv.row_sparse_pull('f', out=out, row_ids=mx.nd.array([1, 2, 3])))
        step(name + ' read', lambda: out)
