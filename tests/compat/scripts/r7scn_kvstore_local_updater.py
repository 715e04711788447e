# kvstore local: init/push/pull with lists of keys, a custom updater, an optimizer on the store, pushpull
import mxnet as mx
from mxnet import nd

kv = mx.kv.create('local')
print(kv.type, kv.rank, kv.num_workers)
shape = (2, 3)
kv.init(3, nd.ones(shape) * 2)
a = nd.zeros(shape)
kv.pull(3, out=a)
print(a.asnumpy().tolist())
kv.push(3, nd.ones(shape) * 8)
kv.pull(3, out=a)
print(a.asnumpy().tolist())
# several devices' values are summed before the update
kv.push(3, [nd.ones(shape) * 1, nd.ones(shape) * 2, nd.ones(shape) * 3])
kv.pull(3, out=a)
print(a.asnumpy().tolist())
outs = [nd.zeros(shape) for _ in range(2)]
kv.pull(3, out=outs)
print([o.asnumpy().sum() for o in outs])


def update(key, inputs, stored):
    print('update on key', key)
    stored += inputs * 2


kv._set_updater(update)
kv.push(3, nd.ones(shape))
kv.pull(3, out=a)
print(a.asnumpy().tolist())

keys = ['w', 'b']
kv2 = mx.kv.create('local')
kv2.init(keys, [nd.ones((2, 2)), nd.zeros((2,))])
kv2.set_optimizer(mx.optimizer.SGD(learning_rate=0.1, momentum=0.9, wd=0.01))
for step in range(3):
    kv2.push(keys, [nd.array([[0.5, -1.0], [2.0, 0.25]]), nd.array([1.0, -1.0])])
    w, b = nd.zeros((2, 2)), nd.zeros((2,))
    kv2.pull(keys, out=[w, b])
    print(step, w.asnumpy().tolist(), b.asnumpy().tolist())

kv3 = mx.kv.create('local')
kv3.init('g', nd.zeros((3,)))
o = nd.zeros((3,))
kv3.pushpull('g', [nd.array([1, 2, 3]), nd.array([0.5, 0.5, 0.5])], out=o)
print(o.asnumpy().tolist())
try:
    kv3.init('g', nd.zeros((3,)))
    print('re-init ok')
except Exception as e:
    print(type(e).__name__)
