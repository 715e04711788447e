# 2-bit gradient compression on a 'device' store: quantised pushes with carried residuals.
import mxnet as mx

def t(f):
    try:
        print(f())
    except Exception as e:
        print('ERR', type(e).__name__)

kv = mx.kv.create('device')
kv.set_gradient_compression({'type': '2bit', 'threshold': 0.5})
kv.init(0, mx.nd.zeros((6,)))
o = mx.nd.zeros((6,))
for g in [[0.3, 0.6, -0.7, 0.1, -0.2, 1.4], [0.3, 0.0, -0.7, 0.1, -0.4, 0.0], [0.0, 0.0, 0.0, 0.5, 0.0, 0.0]]:
    kv.push(0, mx.nd.array(g))
    kv.pull(0, out=o)
    print(o.asnumpy().tolist())
kv.init(1, mx.nd.zeros((3,)))
kv.push(1, [mx.nd.array([0.4, 0.4, -0.6]), mx.nd.array([0.4, 0.1, -0.6])])
kv.pull(1, out=o[:3] if False else mx.nd.zeros((3,)))
p = mx.nd.zeros((3,)); kv.pull(1, out=p); print(p.asnumpy().tolist())
kv2 = mx.kv.create('device')
kv2.set_gradient_compression({'type': '2bit'})
kv2.init('a', mx.nd.zeros((2,)))
kv2.push('a', mx.nd.array([0.6, 0.4])); kv2.pull('a', out=p[:2] if False else mx.nd.zeros((2,)))
q = mx.nd.zeros((2,)); kv2.pull('a', out=q); print(q.asnumpy().tolist())
t(lambda: kv2.set_gradient_compression({'type': '2bit', 'threshold': 0}))
t(lambda: kv2.set_gradient_compression({'type': 'x'}))
t(lambda: kv2.set_gradient_compression({'threshold': 1}))
t(lambda: kv2.set_gradient_compression('2bit'))
kv3 = mx.kv.create('device')
kv3.set_gradient_compression({'type': '2bit', 'threshold': 1.0})
kv3.set_optimizer(mx.optimizer.SGD(learning_rate=0.1))
kv3.init(0, mx.nd.ones((3,)))
kv3.push(0, mx.nd.array([2.0, 0.5, -1.5]))
r = mx.nd.zeros((3,)); kv3.pull(0, out=r); print(r.asnumpy().tolist())
