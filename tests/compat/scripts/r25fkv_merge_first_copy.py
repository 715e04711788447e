# A pushed list whose later array has a wrong shape: the first array was already copied into the key's merge
# buffer (which a summed push without updater left as the stored value), and 'local' made its copy buffers
# typed by that first array, which types the later sums of the key.
# recorded on AVX2
import mxnet as mx
from _words import words


def show(label, kv, key, shape, dtype):
    o = mx.nd.zeros(shape, dtype=dtype)
    try:
        kv.pull(key, out=o)
        print(label, o.asnumpy().tolist())
    except Exception as e:
        print(label, words(e))


def push(label, kv, key, arrays):
    try:
        kv.push(key, arrays)
    except Exception as e:
        print(label, words(e))


for t in ['local', 'device', 'local_allreduce_cpu']:
    for first_sum in [True, False]:
        for dt in ['float32', 'float64']:
            kv = mx.kv.create(t)
            kv.init(0, mx.nd.array([3, 4], dtype=dt))
            if first_sum:
                kv.push(0, [mx.nd.array([1, 2], dtype=dt), mx.nd.array([1, 1], dtype=dt)])
            else:
                kv.push(0, mx.nd.array([1, 2], dtype=dt))
            push(f'{t} {dt} summed={first_sum}', kv, 0,
                 [mx.nd.array([-1, 1], dtype='float64'), mx.nd.array([1, 2, 3, 4], dtype='float32')])
            show('  stored', kv, 0, (2,), dt)
            push('  bad first', kv, 0, [mx.nd.array([7, 7, 7]), mx.nd.array([1, 2])])
            show('  stored', kv, 0, (2,), dt)

for t in ['local', 'device']:
    for first in ['int32', 'float32']:
        kv = mx.kv.create(t)
        kv.init(0, mx.nd.array([0, 2, 4, 0], dtype='int32'))
        push(f'{t} first {first}', kv, 0, [mx.nd.array([3, 0, -2, 4], dtype=first), mx.nd.array([0, 1], dtype='int32')])
        push('  sum', kv, 0, [mx.nd.array([2.5, 0.5, -2.5, 1.0], dtype='float32'), mx.nd.array([2, 4, 1, 4], dtype='int32')])
        show('  stored', kv, 0, (4,), 'int32')

# 'device': a key initialised after a sum made the merge buffers drops them; pulls copy straight into the
# outputs (the first one at key % len(outs), then from it) until the next sum makes them anew
for new_key in ['none', 'dense', 'row_sparse']:
    for shape in [(3, 1), (4,)]:
        kv = mx.kv.create('device')
        kv.init([12, 3], [mx.nd.zeros((4,)), mx.nd.zeros((1,))])
        kv.push(3, [mx.nd.ones((1,)), mx.nd.ones((1,))])
        if new_key == 'dense':
            kv.init(50, mx.nd.ones((2,)))
        elif new_key == 'row_sparse':
            kv.init(50, mx.nd.ones((2, 2)).tostype('row_sparse'))
        kv.push(12, mx.nd.arange(1, 1 + shape[0]).reshape(shape) * 1.001)
        for rep in range(2):
            outs = [mx.nd.zeros(shape, dtype='float16'), mx.nd.zeros(shape)]
            try:
                kv.pull(12, out=outs)
                print('new key', new_key, shape, [o.asnumpy().ravel().tolist() for o in outs])
            except Exception as e:
                print('new key', new_key, shape, words(e))
            kv.push(3, [mx.nd.ones((1,)), mx.nd.ones((1,))])
