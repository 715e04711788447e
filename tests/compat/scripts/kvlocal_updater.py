# kvstore updaters and optimizers: _set_updater call arguments, set_optimizer, str keys, states.
import mxnet as mx, numpy as np, os, tempfile

def t(f):
    try:
        print(f())
    except Exception as e:
        print('ERR', type(e).__name__)

kv = mx.kv.create('local')
calls = []
def upd(key, grad, weight):
    calls.append((key, grad.asnumpy().tolist(), weight.asnumpy().tolist()))
    weight[:] = weight - 0.5 * grad
kv._set_updater(upd)
kv.init(0, mx.nd.ones((2,)))
kv.push(0, [mx.nd.array([1, 2]), mx.nd.array([3, 4])])
o = mx.nd.zeros((2,)); kv.pull(0, out=o)
print(calls, o.asnumpy().tolist())
kv2 = mx.kv.create('local')
kv2._set_updater(upd)
kv2.init('w', mx.nd.ones((2,)))
kv2.push('w', mx.nd.array([2, 2]))
print(calls[-1])
kv2.pushpull('w', mx.nd.array([1, 1]), out=o)
print(o.asnumpy().tolist())
kv3 = mx.kv.create('local')
kv3.set_optimizer(mx.optimizer.SGD(learning_rate=0.1, momentum=0.9, wd=0.01))
kv3.init([0, 1], [mx.nd.ones((2, 2)), mx.nd.ones((3,))])
for i in range(3):
    kv3.push([0, 1], [mx.nd.ones((2, 2)) * (i + 1), mx.nd.ones((3,)) * 0.5])
outs = [mx.nd.zeros((2, 2)), mx.nd.zeros((3,))]
kv3.pull([0, 1], out=outs)
print([np.round(x.asnumpy(), 6).tolist() for x in outs])
f = os.path.join(tempfile.mkdtemp(), 'states')
kv3.save_optimizer_states(f)
kv3.load_optimizer_states(f)
kv3.save_optimizer_states(f, dump_optimizer=True)
kv3.load_optimizer_states(f)
kv3.push(0, mx.nd.ones((2, 2)))
kv3.pull(0, out=outs[0]); print(np.round(outs[0].asnumpy(), 6).tolist())
t(lambda: mx.kv.create('local').save_optimizer_states(f))
t(lambda: mx.kv.create('local').set_optimizer('sgd'))
kv4 = mx.kv.create('device')
kv4.set_optimizer(mx.optimizer.Adam(learning_rate=0.01))
kv4.init('a', mx.nd.ones((2,)))
kv4.push('a', mx.nd.array([0.5, -0.5]))
kv4.pull('a', out=o); print(np.round(o.asnumpy(), 6).tolist())
kv5 = mx.kv.create('local')
kv5.init(3, mx.nd.zeros((2,)))
kv5._set_updater(lambda k, g, w: w.__setitem__(slice(None), w + g * 10))
kv5.push(3, mx.nd.ones((2,)))
kv5.pull(3, out=o); print(o.asnumpy().tolist())
