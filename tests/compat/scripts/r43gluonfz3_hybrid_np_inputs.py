"""A hybridized user block given mx.np arrays outside npx.set_np() traces its hybrid_forward on mx.np symbols (legacy operators refuse them) and an existing graph takes them, as MXNet does."""
import mxnet as mx
from mxnet import gluon, nd, autograd
from mxnet.gluon import nn

mx.random.seed(7)


def case(name, fn):
    try:
        print(name, '->', fn())
    except Exception as e:
        print(name, 'ERR', type(e).__name__, str(e)[:300])


class SumRows(gluon.HybridBlock):
    def hybrid_forward(self, F, x):
        return F.sum(x, axis=1)


class Double(gluon.HybridBlock):
    def hybrid_forward(self, F, x):
        print('traced on', type(x).__name__)
        return x * 2


class Net(gluon.HybridBlock):
    def __init__(self):
        super().__init__()
        with self.name_scope():
            self.d = nn.Dense(2, in_units=3)

    def hybrid_forward(self, F, x, y):
        return self.d(x) + F.relu(y)


def call(block, arrays):
    xs = [a.copy() for a in arrays]
    for a in xs:
        a.attach_grad()
    with autograd.record():
        y = block(*xs)
    y.backward()
    return type(y).__name__, y, [type(a.grad).__name__ for a in xs], xs[0].grad


def legacy(*shapes):
    return [nd.ones(s) for s in shapes]


def numpy(*shapes):
    return [mx.np.ones(s) for s in shapes]


for make, shapes in [(SumRows, [(2, 3)]), (Double, [(2, 3)]), (Net, [(2, 3), (2, 2)])]:
    for order in [(legacy, numpy), (numpy, numpy), (numpy, legacy)]:
        for static in [False, True]:
            block = make()
            block.initialize()
            block.hybridize(static_alloc=static)
            for step, kind in enumerate(order):
                case('%s %s static=%s call %d' % (make.__name__, kind.__name__, static, step),
                     lambda: call(block, kind(*shapes)))
