# More kvstore forms: duplicate keys in one call, teststore, custom registered stores, updater key types.
import mxnet as mx, numpy as np

def t(f):
    try:
        print(f())
    except Exception as e:
        print('ERR', type(e).__name__)

kv = mx.kv.create('local')
t(lambda: kv.init(3, [mx.nd.ones((2,)), mx.nd.ones((2,))]))
kv.init([4, 5], [mx.nd.ones((2,)), mx.nd.ones((2,)) * 2])
kv.push([4, 4], [mx.nd.ones((2,)) * 3, mx.nd.ones((2,)) * 4])
o = mx.nd.zeros((2,)); kv.pull(4, out=o); print(o.asnumpy().tolist())
kv.pushpull([4, 5], [mx.nd.ones((2,)), mx.nd.ones((2,)) * 6], out=[o, mx.nd.zeros((2,))])
print(o.asnumpy().tolist())
keys = []
kv2 = mx.kv.create('local')
kv2._set_updater(lambda k, g, w: keys.append((k, type(k).__name__)))
kv2.init('abc', mx.nd.ones((2,)))
kv2.push('abc', mx.nd.ones((2,)))
kv3 = mx.kv.create('local')
kv3._set_updater(lambda k, g, w: keys.append((k, type(k).__name__)))
kv3.init(7, mx.nd.ones((2,)))
kv3.push(7, mx.nd.ones((2,)))
print(keys)
ts = mx.kv.create('teststore')
print(type(ts).__name__, ts.type, ts.rank, ts.num_workers)
a = [mx.nd.ones((2,)), mx.nd.ones((2,)) * 2]
ts.pushpull(0, a)
print([x.asnumpy().tolist() for x in a])
o = mx.nd.zeros((2,)); ts.broadcast(0, mx.nd.array([5, 6]), out=o); print(o.asnumpy().tolist())
print(ts.is_capable('optimizer'))
t(lambda: ts.set_optimizer(mx.optimizer.SGD()))
@mx.kv.KVStoreBase.register
class MyStore(mx.kv.KVStoreBase):
    def broadcast(self, key, value, out, priority=0):
        out[:] = value * 2
    @property
    def type(self):
        return 'mystore'
s = mx.kv.create('MyStore')
print(type(s).__name__, s.type)
o = mx.nd.zeros((2,)); s.broadcast(0, mx.nd.array([1, 2]), o); print(o.asnumpy().tolist())
print(sorted(k for k in mx.kv.KVStoreBase.kv_registry))
print(mx.kv.KVStoreBase.OPTIMIZER)
kv4 = mx.kv.create('local')
kv4.init(0, mx.nd.ones((2, 2)))
outs = [mx.nd.zeros((2, 2)) for _ in range(3)]
kv4.pull(0, out=outs)
print([x.asnumpy().sum() for x in outs])
kv4.broadcast(1, mx.nd.ones((2,)) * 3, out=[mx.nd.zeros((2,)), mx.nd.zeros((2,))])
o = mx.nd.zeros((2,)); kv4.pull(1, out=o); print(o.asnumpy().tolist())
t(lambda: kv4.broadcast(1, mx.nd.ones((2,)), out=o))
