"""After a hybridized forward, HybridBlock._cached_op_args lists each graph input in order as (True, data index) or (False, Parameter), and clears on re-hybridize, as MXNet's."""
import mxnet as mx
from mxnet import gluon, nd
from mxnet.gluon import nn

net = nn.HybridSequential()
net.add(nn.Dense(3, in_units=2), nn.BatchNorm(in_channels=3))
net.initialize(mx.init.One())
print(net._cached_op_args)
net.hybridize()
net(nd.ones((1, 2)))
print(net._cached_op_args)
net.hybridize(static_alloc=True)
print(net._cached_op_args)


class Two(nn.HybridBlock):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        with self.name_scope():
            self.w = self.params.get('w', shape=(2,), init='ones')
            self.d = nn.Dense(2, in_units=2)

    def hybrid_forward(self, F, x, y, w):
        return F.broadcast_mul(self.d(y), w) + x


b = Two()
b.initialize()
b.hybridize()
b(nd.ones((1, 2)), nd.ones((1, 2)))
print(b._cached_op_args)

x = mx.sym.var('data')
sb = gluon.SymbolBlock(mx.sym.FullyConnected(x, num_hidden=2, name='fc'), x)
sb.initialize()
sb.hybridize()
sb(nd.ones((1, 3)))
print(sb._cached_op_args)
