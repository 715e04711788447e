"""A bound executor's training forward and backward take no autograd node numbers: names from autograd.get_symbol afterwards are MXNet's."""
# recorded on AVX2
import mxnet as mx
from mxnet import autograd, nd, sym


def recorded_name():
    a = nd.ones(2)
    a.attach_grad()
    with autograd.record():
        y = a * 2
    return autograd.get_symbol(y).name


print(recorded_name())
ex = (sym.var("x") * 2 + 1).simple_bind(mx.cpu(), x=(2,))
ex.forward(is_train=True)
ex.backward(nd.ones(2))
print(recorded_name())
ex.forward(is_train=False)
print(recorded_name())
mod = mx.mod.Module(sym.FullyConnected(sym.var("data"), num_hidden=2, name="fc"), label_names=None)
mod.bind(data_shapes=[("data", (1, 3))])
mod.init_params()
mod.forward(mx.io.DataBatch([nd.ones((1, 3))]), is_train=True)
mod.backward([nd.ones((1, 2))])
print(recorded_name())
net = mx.gluon.nn.Dense(2, in_units=2)
net.initialize()
net.hybridize()
with autograd.record():
    net(nd.ones((1, 2))).backward()
print(recorded_name())
