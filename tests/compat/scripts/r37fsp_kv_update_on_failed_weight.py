"""kvstore updates of a row_sparse weight an earlier update failed to write are skipped and keep its error: pulls return, the first read raises it once, later pulls see the value as it was; waitall raises an unread one."""
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
        print(name, 'EXC', type(e).__name__, [l for l in str(e).split('\n') if l.strip()][-1][:150])


for kv_type in ('local', 'device'):
    for opt, kw in (('sgd', {'momentum': 0.9}), ('adam', {}), ('ftrl', {})):
        name = '%s %s' % (kv_type, opt)
        kv = mx.kv.create(kv_type)
        kv.init('d', rsp([2]))
        kv.set_optimizer(mx.optimizer.create(opt, learning_rate=0.1, **kw))
        dense = mx.nd.zeros((6, 3))
        step(name + ' push', lambda: kv.push('d', rsp([1, 5])))
        step(name + ' push again', lambda: kv.push('d', rsp([1, 5])))
        step(name + ' pull', lambda: kv.pull('d', out=dense))
        step(name + ' read', lambda: dense)
        step(name + ' pull', lambda: kv.pull('d', out=dense))
        step(name + ' read', lambda: dense)
        step(name + ' push', lambda: kv.push('d', rsp([1, 5])))
        step(name + ' waitall', lambda: mx.nd.waitall())
        step(name + ' pull', lambda: kv.pull('d', out=dense))
        step(name + ' read', lambda: dense)
        step(name + ' pushpull dense', lambda: kv.pushpull('d', mx.nd.ones((6, 3)), out=dense))
        step(name + ' read', lambda: dense)

# a key whose value a push without an updater replaced by a row_sparse array of one row
kv = mx.kv.create('local')
kv.init('d', mx.nd.ones((6, 3)))
dense = mx.nd.zeros((6, 3))
step('replaced push', lambda: kv.push('d', rsp([2])))
step('replaced pull', lambda: kv.pull('d', out=dense))
step('replaced read', lambda: dense)
kv.set_optimizer(mx.optimizer.SGD(learning_rate=0.1, momentum=0.9))
step('opt push', lambda: kv.push('d', rsp([1, 5])))
step('opt pull', lambda: kv.pull('d', out=dense))
step('pushpull dense', lambda: kv.pushpull('d', mx.nd.ones((6, 3)), out=dense))
step('read', lambda: dense)
step('read again', lambda: dense)
