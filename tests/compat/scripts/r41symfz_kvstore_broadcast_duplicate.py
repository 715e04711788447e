"""kv.broadcast of a str key already initialised fails at MXNet's broadcast check (its own source line), kv.init at init's; Module.fit with a reused kvstore object meets the same check."""
import numpy as np
import mxnet as mx


def show(what, f):
    try:
        f()
        print(what, 'ok')
    except Exception as e:
        print(what, type(e).__name__, str(e).splitlines()[1:3])


for kind in ['local', 'device']:
    kv = mx.kv.create(kind)
    kv.init('a', mx.nd.ones((2,)))
    show(kind + ' init str', lambda: kv.init('a', mx.nd.ones((2,))))
    show(kind + ' broadcast str', lambda: kv.broadcast('a', mx.nd.ones((2,)), out=mx.nd.zeros((2,))))
    show(kind + ' broadcast str twice', lambda: kv.broadcast(['b', 'b'], [mx.nd.ones((2,))] * 2, out=[mx.nd.zeros((2,))] * 2))
    show(kind + ' init str twice', lambda: kv.init(['c', 'c'], [mx.nd.ones((2,))] * 2))
    kv = mx.kv.create(kind)
    kv.init(5, mx.nd.ones((2,)))
    show(kind + ' init int', lambda: kv.init(5, mx.nd.ones((2,))))
    show(kind + ' broadcast int', lambda: kv.broadcast(5, mx.nd.ones((2,)), out=mx.nd.zeros((2,))))

np.random.seed(0)
X = np.random.rand(8, 3).astype('float32')
Y = (np.arange(8) % 2).astype('float32')
net = mx.sym.SoftmaxOutput(mx.sym.FullyConnected(mx.sym.Variable('data'), num_hidden=2, name='fc'), name='softmax')
kv = mx.kv.create('local')
for epoch in range(2):
    mod = mx.mod.Module(net)
    show('fit %d' % epoch, lambda: mod.fit(mx.io.NDArrayIter(X, Y, batch_size=4), num_epoch=1, kvstore=kv,
                                           initializer=mx.init.One()))
