# A push of the wrong shape fails later, at the pulls of the key, until a push succeeds.
import mxnet as mx
def t(f):
    try:
        r = f(); print('ok', r)
    except Exception as e:
        print('ERR', type(e).__name__)
kv = mx.kv.create('local')
kv.init(3, mx.nd.ones((2, 3)))
t(lambda: kv.push(3, mx.nd.ones((3, 3)) * 5))
a = mx.nd.zeros((2, 3))
t(lambda: kv.pull(3, out=a))
t(lambda: a.asnumpy().tolist())
t(lambda: kv.pull(3, out=a))
t(lambda: a.asnumpy().tolist())
t(lambda: kv.push(3, mx.nd.ones((2, 3)) * 2))
t(lambda: kv.pull(3, out=a))
t(lambda: a.asnumpy().tolist())
b = mx.nd.zeros((3, 3))
t(lambda: kv.pull(3, out=b))
t(lambda: b.asnumpy().tolist())
t(lambda: b.asnumpy().tolist())
t(lambda: kv.pull(3, out=a))
t(lambda: a.asnumpy().tolist())
