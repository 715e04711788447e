# row_sparse arrays of another shape pushed to a row_sparse key: 'local' checks a lone one as it copies it into the
# key's buffer and sums several into the key's shape; 'device' checks each of several; with and without an updater.
# recorded on AVX2
import mxnet as mx
from _words import words


def rows(kv, shape):
    o = mx.nd.sparse.zeros('row_sparse', shape, dtype='float64')
    try:
        kv.row_sparse_pull('rs', out=o, row_ids=mx.nd.array([0, 1, 2]))
        return o.asnumpy().ravel().tolist()
    except Exception as e:
        return words(e)


for t in ['local', 'device']:
    for upd in [False, True]:
        for n in [1, 2]:
            for shape in [(5, 1), (3,), (4,)]:
                for dt in ['float32', 'float64']:
                    if n == 2 and dt == 'float32' and (t == 'local' or shape == (3,)):
                        continue        # MXNet's sum of these crashes the process
                    kv = mx.kv.create(t)
                    kv.init('rs', mx.nd.array([4, -1, 4], dtype='float64').tostype('row_sparse'))
                    if upd:
                        def updater(k, g, w):
                            print('  updater', k, g.shape, g.dtype.__name__, w.shape, type(g).__name__)
                            w[:] += g
                        kv._set_updater(updater)
                    v = mx.nd.ones(shape, dtype=dt).tostype('row_sparse')
                    try:
                        kv.push('rs', [v] * n)
                        print(t, upd, n, shape, dt, 'pushed')
                    except Exception as e:
                        print(t, upd, n, shape, dt, words(e))
                    print('  rows', rows(kv, (3,)), rows(kv, shape))
