# 2-bit compressed pushes of arrays whose shape is not the key's: the quantizer reads each array's elements in
# memory order into a residual of the key's shape (zeros past a shorter array's end).
# recorded on AVX2
import mxnet as mx

for n in [1, 2, 3]:
    for shape in [(3,), (2,), (5,), (3, 1), (1, 3), (2, 2)]:
        for upd in [False, True]:
            kv = mx.kv.create('device')
            kv.init(0, mx.nd.array([0.5, 1, 2]))
            kv.set_gradient_compression({'type': '2bit', 'threshold': 0.5})
            seen = []
            if upd:
                def updater(k, g, w):
                    seen.append(g.shape)
                    w[:] += g
                kv._set_updater(updater)
            pulled = []
            for rep in range(2):
                size = shape[0] * (shape[1] if len(shape) > 1 else 1)
                kv.push(0, [mx.nd.arange(1, 1 + size).reshape(shape) * 0.4] * n)
                o = mx.nd.zeros((3,))
                kv.pull(0, out=o)
                pulled.append(o.asnumpy().tolist())
            print(n, shape, upd, pulled, seen)

# a row_sparse array is quantized from its stored rows, one after the other, as if they were the key's first rows
for rows in [[0, 3], [1, 4], [2], [0, 1, 2, 3, 4]]:
    for n in [1, 2]:
        kv = mx.kv.create('device')
        kv.init(1, mx.nd.zeros((5, 2)))
        kv.set_gradient_compression({'type': '2bit', 'threshold': 0.5})
        pulled = []
        for rep in range(2):
            dense = mx.nd.zeros((5, 2))
            for i, r in enumerate(rows):
                dense[r] = 0.3 * (i + 1)
            kv.push(1, [dense.tostype('row_sparse')] * n)
            o = mx.nd.zeros((5, 2))
            kv.pull(1, out=o)
            pulled.append(o.asnumpy()[:, 0].tolist())
        print('row_sparse rows', rows, 'x', n, pulled)

# compression runs on float32 only: the key's dtype (its residual) is checked before the pushed arrays'
from _words import words
for kdt in ['float32', 'float16', 'float64', 'int32']:
    for vdt in ['float32', 'float16', 'float64', 'int32']:
        kv = mx.kv.create('device')
        kv.init(0, mx.nd.zeros((3,), dtype=kdt))
        kv.set_gradient_compression({'type': '2bit', 'threshold': 0.5})
        kv.push(0, [mx.nd.ones((3,), dtype=vdt)] * 2)
        o = mx.nd.zeros((3,), dtype=kdt)
        try:
            kv.pull(0, out=o)
            print('key', kdt, 'pushed', vdt, o.asnumpy().tolist())
        except Exception as e:
            print('key', kdt, 'pushed', vdt, words(e))
