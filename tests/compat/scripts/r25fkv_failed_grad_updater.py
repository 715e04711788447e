# An updater given a summed gradient whose sum failed (a dtype the merge buffer does not take): in-place updates of
# the weight with it run after the failure, so the weight carries the error to the next pull; the same for an
# in-place op on a failed operand outside a kvstore, for a row_sparse weight under an optimizer, and a[:] = a.
# recorded on AVX2
import warnings
import mxnet as mx
from _words import words


def pulls(label, kv, key, out):
    for i in range(2):
        try:
            kv.pull(key, out=out)
            print(label, out.asnumpy().tolist())
        except Exception as e:
            print(label, words(e))


bodies = {'w[:] += g * 2': lambda g, w: w.__setitem__(slice(None), w.__getitem__(slice(None)).__iadd__(g * 2)),
          'w += g': lambda g, w: w.__iadd__(g), 'w -= g': lambda g, w: w.__isub__(g),
          'w *= g': lambda g, w: w.__imul__(g), 'w[:] = g': lambda g, w: w.__setitem__(slice(None), g),
          'nothing': lambda g, w: None}
for name, body in bodies.items():
    for t in ['local', 'device']:
        kv = mx.kv.create(t)
        kv.init(2, mx.nd.array([1], dtype='float16'))
        kv._set_updater(lambda k, g, w, body=body: body(g, w))
        try:
            kv.push([2, 2], [mx.nd.array([0.5], dtype='float64'), [mx.nd.array([0], dtype='float16')]])
        except Exception as e:
            print(name, t, 'push', words(e))
        pulls(f'{name} {t}:', kv, 2, mx.nd.zeros((1,), dtype='float16'))

for dt in ['float64', 'float32']:
    for opt in [None, 'sgd', 'updater']:
        kv = mx.kv.create('device')
        kv.init('rs', mx.nd.array([[0.0, 4.0], [-1.0, 0.0]], dtype=dt).tostype('row_sparse'))
        kv.set_gradient_compression({'type': '2bit', 'threshold': 1.0})
        if opt == 'sgd':
            kv.set_optimizer(mx.optimizer.create('sgd', learning_rate=0.5))
        elif opt == 'updater':
            kv._set_updater(lambda k, g, w: w.__setitem__(slice(None), w + g))
        for i in range(2):
            kv.push('rs', mx.nd.array([[3, 2], [1, 1]], dtype=dt).tostype('row_sparse'))
            o = mx.nd.sparse.zeros('row_sparse', (2, 2), dtype=dt)
            try:
                kv.row_sparse_pull('rs', out=o, row_ids=mx.nd.array([0, 1]))
                print(dt, opt, o.asnumpy().tolist())
            except Exception as e:
                print(dt, opt, words(e))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    for st in ['row_sparse', 'csr']:
        a = mx.nd.array([[1, 0], [0, 2]]).tostype(st)
        a[:] = a
        a[:] += a
        print(st, a.asnumpy().tolist(), len(caught), 'warnings')
        a.copyto(a)
        print(st, [str(w.message) for w in caught])

for name, f in [('+=', lambda a, b: a.__iadd__(b)), ('-=', lambda a, b: a.__isub__(b)),
                ('*=', lambda a, b: a.__imul__(b)), ('/=', lambda a, b: a.__itruediv__(b)),
                ('[:] =', lambda a, b: a.__setitem__(slice(None), b))]:
    for size in [2, 3]:
        a = mx.nd.ones((size,))
        try:
            f(a, mx.nd.random.normal(0, -1, shape=(2,)))
            print('a', name, 'failed array, size', size, 'accepted')
        except Exception as e:
            print('a', name, 'failed array, size', size, words(e))
        for i in range(2):
            try:
                print('  read', a.asnumpy().tolist())
            except Exception as e:
                print('  read', words(e))
