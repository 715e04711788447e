"""A failed kernel's error stays in the temp space copy its operator took (one of four, given in turn), so the operator taking that copy next fails with it; a hybridized block's graph runs as one bulk whose copies all keep it (the next uniform draw or deferred initialisation fails first), as MXNet does."""
import mxnet as mx
from mxnet import gluon, nd, autograd


def show(name, f):
    try:
        r = f()
        print(name, r.shape, r.dtype, r.asnumpy().ravel()[:4].tolist())
    except mx.base.MXNetError as e:
        print(name, type(e).__name__, str(e).strip().splitlines()[-1])


def settle(name):
    try:
        nd.waitall()
        print(name, 'waitall ok')
    except mx.base.MXNetError as e:
        print(name, 'waitall', str(e).strip().splitlines()[-1])


class Net(gluon.HybridBlock):
    def __init__(self, **kw):
        super().__init__(**kw)
        with self.name_scope():
            self.rnn = gluon.rnn.LSTM(5, 1, projection_size=3)
            self.out = gluon.nn.Dense(2)

    def hybrid_forward(self, F, x):
        return self.out(self.rnn(x))


mx.random.seed(2)
x = nd.ones((3, 2, 4))
a = nd.arange(12).reshape(3, 4) / 7
imperative = gluon.rnn.LSTM(5, 1, projection_size=3)
imperative.initialize(mx.init.Constant(0.05))
net = Net()
net.initialize(mx.init.Constant(0.05))
net.hybridize()
show('inference', lambda: net(x))

for name, tail in [('uniform', lambda: nd.random.uniform(shape=(2,))), ('normal', lambda: nd.random.normal(shape=(2,))),
                   ('sum', lambda: nd.sum(a)), ('softmax', lambda: nd.softmax(a)), ('dot', lambda: nd.dot(a, a.T)),
                   ('take', lambda: nd.take(a, nd.array([0, 1]))), ('transpose', lambda: nd.transpose(a)),
                   ('FullyConnected', lambda: nd.FullyConnected(a, nd.ones((2, 4)), no_bias=True, num_hidden=2)),
                   ('topk', lambda: nd.topk(a)), ('np uniform', lambda: mx.np.random.uniform(size=2))]:
    with autograd.record():
        y = net(x)
    show('hybridized, then ' + name, tail)
    show('uniform', lambda: nd.random.uniform(shape=(2,)))
    settle(name)

with autograd.record():
    y = net(x)
dense = gluon.nn.Dense(3)
dense.initialize()
show('deferred initialisation', lambda: dense(nd.ones((2, 2))))
settle('deferred')

for rounds in range(2):
    with autograd.record():
        y = imperative(x)
    for k in range(5):
        show('imperative, uniform %d' % k, lambda: nd.random.uniform(shape=(2,)))
    settle('imperative')

bad = nd.array([[-1., 0], [0, 1]])
for hybridize in (False, True):
    for name, body in [('potrf', lambda F, v: F.linalg.potrf(v)), ('potrf plus 1', lambda F, v: F.linalg.potrf(v) + 1)]:
        block = gluon.nn.HybridLambda(body)
        if hybridize:
            block.hybridize()
        y = block(bad)
        for k in range(5):
            show('%s%s, uniform %d' % (name, ' hybridized' if hybridize else '', k),
                 lambda: nd.random.uniform(shape=(2,)))
        settle(name)
