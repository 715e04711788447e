# A single row_sparse push: 'local' copies it into its merge buffer (the key's dtype, pinned memory) before the
# updater sees it; 'device' hands the pushed array itself. Keys given no arrays are skipped unchecked.
import mxnet as mx
import numpy as np

for st in ['local', 'device']:
    kv = mx.kv.create(st)
    seen = []

    def upd(key, grad, weight):
        seen.append((key, grad.stype, grad.dtype.__name__, str(grad.context), grad.indices.asnumpy().tolist()))
        weight[:] = weight - grad.astype(weight.dtype) * 0.5

    kv._set_updater(upd)
    kv.init(0, mx.nd.ones((4, 3)).tostype('row_sparse'))
    for dt in ['float64', 'float32', 'float16']:
        g = mx.nd.sparse.row_sparse_array((np.array([[1., 2, 3], [4, 5, 6]], dtype=dt), [0, 2]), shape=(4, 3),
                                          ctx=mx.cpu(1))
        kv.push(0, g)
    print(st, seen)
    o = mx.nd.zeros((4, 3))
    kv.pull(0, out=o, ignore_sparse=False)
    print(o.asnumpy().tolist())

for lazy in [True, False]:
    kv = mx.kv.create('local')
    kv.set_optimizer(mx.optimizer.SGD(learning_rate=0.5, lazy_update=lazy, wd=0.1))
    kv.init(0, mx.nd.ones((4, 3)).tostype('row_sparse'))
    kv.push(0, mx.nd.sparse.row_sparse_array((np.ones((1, 3)), [1]), shape=(4, 3)))
    o = mx.nd.sparse.zeros('row_sparse', (4, 3))
    kv.row_sparse_pull(0, out=o, row_ids=mx.nd.arange(4))
    print('sgd lazy', lazy, o.asnumpy().tolist())

for st in ['local', 'device']:
    kv = mx.kv.create(st)
    calls = [lambda: kv.push(3, []), lambda: kv.pull(3, out=[]), lambda: kv.init(3, []), lambda: kv.pushpull(3, []),
             lambda: kv.row_sparse_pull(3, out=[], row_ids=[]), lambda: kv.push([3, 4], [[], []])]
    for f in calls:
        try:
            f()
            print(st, 'ok')
        except Exception as e:
            print(st, type(e).__name__)
