# Local/device kvstore corners found by differential fuzzing: sum order and dtypes of pushed lists, a lone push
# stored as the caller's array, deferred push errors, updater call order, key range, compression dtypes.
import mxnet as mx, numpy as np


def show(label, f):
    try:
        r = f()
        print(label, r.asnumpy().tolist() if isinstance(r, mx.nd.NDArray) else r)
    except Exception as e:
        print(label, type(e).__name__)


def pulled(kv, key, shape, dtype='float32'):
    o = mx.nd.zeros(shape, dtype=dtype)
    kv.pull(key, out=o)
    return o


rs = np.random.RandomState(0)
for dt in ['float32', 'float16']:
    vs = [(rs.standard_normal(8) * 10 ** rs.uniform(-3, 3, 8)).astype(dt) for _ in range(7)]
    for t in ['local', 'device', 'local_allreduce_device']:
        for n in [3, 4, 6, 7]:
            kv = mx.kv.create(t)
            kv.init(0, mx.nd.zeros((8,), dtype=dt))
            kv.push(0, [mx.nd.array(v, dtype=dt) for v in vs[:n]])
            print(dt, t, n, pulled(kv, 0, (8,), dt).asnumpy().tobytes().hex())

special = np.array([3.5, -2.5, 255.0, 127.9, -128.5, 1e30, 1e-40, 65504.0])
for t in ['local', 'device']:
    for store, pushed in [('float16', ['float32', 'float32']), ('float32', ['float32', 'float16']),
                          ('float32', ['float16', 'float32']), ('uint8', ['uint8', 'float32', 'float64']),
                          ('float32', ['float32', 'float64', 'float64']), ('int32', ['float64'])]:
        kv = mx.kv.create(t)
        kv.init('w', mx.nd.zeros((8,), dtype=store))
        kv.push('w', [mx.nd.array(special * (i + 1), dtype=d) for i, d in enumerate(pushed)])
        o = pulled(kv, 'w', (8,), store)
        show(f'{t} {store} <- {pushed}', lambda: o.asnumpy()[:5].tolist())
        kv.push('w', mx.nd.ones((8,), dtype=store))
        show('  then a lone push', lambda: pulled(kv, 'w', (8,), store).asnumpy()[:2].tolist())
        kv.push('w', [mx.nd.ones((8,), dtype=store)] * 2)
        show('  then a list of the key dtype', lambda: pulled(kv, 'w', (8,), store).asnumpy()[:2].tolist())

for t in ['local', 'device']:
    kv = mx.kv.create(t)
    kv.init(1, mx.nd.zeros((2,)))
    a = mx.nd.ones((2,)) * 3
    kv.push(1, a)
    a[:] = 50
    show(t + ' lone push aliased', lambda: pulled(kv, 1, (2,)))
    kv.push(1, mx.nd.ones((3,)) * 4)
    show('  pull old shape', lambda: pulled(kv, 1, (2,)))
    show('  pull new shape', lambda: pulled(kv, 1, (3,)))
    show('  list with a bad shape', lambda: kv.push(1, [mx.nd.zeros((2,)), mx.nd.zeros((3,))]))
    show('  after', lambda: pulled(kv, 1, (3,)))
    v = mx.nd.ones((5,)) * 7
    show('  pushpull of another shape', lambda: kv.pushpull(1, v) or v)
    kv.init(2, mx.nd.zeros((2,)))
    kv._set_updater(lambda k, g, w: g.__setitem__(slice(None), 100) or w.__setitem__(slice(None), w + g))
    b = mx.nd.ones((2,))
    kv.push(2, b)
    show('  updater wrote into the lone pushed array', lambda: b)
    c = [mx.nd.ones((2,)), mx.nd.ones((2,))]
    kv.push(2, c)
    show('  but not into a list', lambda: [x.asnumpy().tolist() for x in c])
    show('  weight', lambda: pulled(kv, 2, (2,)))

for t in ['local', 'device']:
    for keys in [[5, 1, 3], ['z', 'a', 'm']]:
        kv = mx.kv.create(t)
        seen = []
        kv._set_updater(lambda k, g, w: seen.append(k))
        kv.init(keys, [mx.nd.ones((1,))] * 3)
        kv.push(keys[::-1], [mx.nd.ones((1,))] * 3)
        kv.push([keys[2], keys[0], keys[2]], [mx.nd.ones((1,))] * 3)
        print(t, 'updater order', seen)
    for upd in [None, 3]:
        kv = mx.kv.create(t)
        kv._set_updater(upd)
        kv.init(0, mx.nd.ones((2,)))
        kv.push(0, mx.nd.ones((2,)) * 9)
        show(f'{t} _set_updater({upd}) leaves the value', lambda: pulled(kv, 0, (2,)))
    kv = mx.kv.create(t)
    print(t, 'has set_updater', hasattr(kv, 'set_updater'))
    show('is_capable(3)', lambda: kv.is_capable(3))
    show('is_capable(None)', lambda: kv.is_capable(None))
    show("is_capable(b'optimizer')", lambda: kv.is_capable(b'optimizer'))
    for key in [2**31 - 1, -2**31, 2**31, -2**31 - 1]:
        show(f'init key {key}', lambda: kv.init(key, mx.nd.ones((1,))))
    show('push [2**32]', lambda: kv.push([2**32], [mx.nd.ones((1,))]))

for dt, pushed in [('float32', ['float32']), ('float16', ['float16']), ('float32', ['float32', 'float16']),
                   ('float64', ['float64', 'float64']), ('int32', ['int32'])]:
    kv = mx.kv.create('device')
    kv.set_gradient_compression({'type': '2bit', 'threshold': 0.5})
    kv.init(9, mx.nd.zeros((4,), dtype=dt))
    kv.push(9, [mx.nd.array([0.7, -0.3, 0.2, -0.9], dtype=d) for d in pushed])
    o = pulled(kv, 9, (4,), dt)
    show(f'2bit {dt} <- {pushed}', lambda: o)

for t in ['local', 'device']:
    kv = mx.kv.create(t)
    kv.init('g', mx.nd.sparse.zeros('row_sparse', (4, 2)))
    o = mx.nd.zeros((4, 2)).tostype('row_sparse')
    kv.row_sparse_pull('g', out=o, row_ids=mx.nd.array([1, 2]))
    print(t, 'row_sparse_pull from a value without rows', o.indices.asnumpy().tolist(), o.data.shape)
    kv.init('e', mx.nd.ones((4, 2)).tostype('row_sparse'))
    kv._set_updater(lambda k, g, w: print('  merged row_sparse', g.context if t == 'local' else '',
                                          g.indices.asnumpy().tolist()))
    kv.push('e', [mx.nd.array([[1, 1], [0, 0], [0, 0], [2, 2]]).tostype('row_sparse'),
                  mx.nd.array([[0, 0], [0, 0], [3, 3], [2, 2]], ctx=mx.cpu(1)).tostype('row_sparse')])

for t in ['local', 'device']:
    kv = mx.kv.create(t)
    kv.init(1, mx.nd.ones((3, 2)))
    show(t + ' push csr', lambda: kv.push(1, mx.nd.ones((3, 2)).tostype('csr')))
    show(t + ' push [csr, csr]', lambda: kv.push(1, [mx.nd.ones((3, 2)).tostype('csr')] * 2))
    show(t + ' value', lambda: pulled(kv, 1, (3, 2)))

kv = mx.kv.create('local')
kv._set_updater(lambda k, g, w: w.__setitem__(slice(None), w * 0.5 + g))
kv.init('k', mx.nd.array([-4, 2], dtype='float16'))
kv.push('k', [mx.nd.array([1, 2], dtype='uint8')] * 2)
o = pulled(kv, 'k', (2,), 'float16')
show('updater after a failed list push: first read', lambda: o)
show('  second read', lambda: pulled(kv, 'k', (2,), 'float16'))
kv.push('k', mx.nd.array([1, 1], dtype='float16'))
show('  after a lone push', lambda: pulled(kv, 'k', (2,), 'float16'))
