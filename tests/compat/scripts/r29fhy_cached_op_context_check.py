"""A hybridized block whose inputs and parameters live on different contexts fails as MXNet's CachedOp check prints itself (its source line first)."""
# recorded on AVX2
import mxnet as mx
from mxnet import gluon, nd


class Add(gluon.HybridBlock):
    def hybrid_forward(self, F, x, y):
        return x + y


def attempt(call):
    try:
        call()
        print('ok')
    except (mx.base.MXNetError, ValueError) as e:
        print(type(e).__name__, str(e).replace('\n', ' | '))


net = gluon.nn.HybridSequential()
net.add(gluon.nn.Dense(2, in_units=2))
net.initialize()
net.hybridize()
net(nd.ones((1, 2)))
net[0].weight.reset_ctx(mx.cpu(1))
attempt(lambda: net(nd.ones((1, 2))))
attempt(lambda: net(nd.ones((1, 2), ctx=mx.cpu(1))))
add = Add()
add.hybridize()
attempt(lambda: add(nd.ones((2,)), nd.ones((2,), ctx=mx.cpu(1))))
add = Add()
add.hybridize(static_alloc=True)
attempt(lambda: add(nd.ones((2,), ctx=mx.cpu(2)), nd.ones((2,))))
