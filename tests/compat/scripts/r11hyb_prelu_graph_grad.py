"""A hybridized PReLU's gamma gradient where its data and output live inside the graph (and where they do not)."""
import warnings

import numpy as np
import mxnet as mx
from mxnet import autograd, gluon, nd
from mxnet.gluon import nn

warnings.simplefilter("ignore")
x_value = nd.array(np.random.RandomState(2).uniform(-2, 2, (2, 2, 3)))


class PReLUIn(gluon.HybridBlock):
    def __init__(self, before, after):
        super().__init__()
        self.before, self.after = before, after
        self.alpha = self.params.get("alpha", shape=(2,), init=mx.init.Constant(0.3))

    def hybrid_forward(self, F, x, alpha):
        a = F.sin(x) if self.before else x
        b = F.LeakyReLU(a, alpha, act_type="prelu")
        return b * 2 if self.after else b


for before in (True, False):
    for after in (True, False):
        for flags in (None, {}, {"static_alloc": True}):
            net = PReLUIn(before, after)
            net.initialize()
            net.alpha.set_data(nd.array([0.3, 0.7]))
            if flags is not None:
                net.hybridize(**flags)
            x = x_value.copy()
            x.attach_grad()
            for _ in range(2):
                with autograd.record():
                    loss = net(x).sum()
                loss.backward()
            print(before, after, flags, net.alpha.grad().asnumpy().tolist(), x.grad.asnumpy().sum().item())

net = nn.HybridSequential()
net.add(nn.LeakyReLU(0.1), nn.PReLU(in_channels=1), nn.ELU(), nn.GELU())
net.initialize()
net[1].alpha.set_data(nd.array([0.25]))
net.hybridize()
x = x_value.copy()
with autograd.record():
    loss = net(x).sum()
loss.backward()
print("sequential", net[1].alpha.grad().asnumpy().tolist())

for source in ("argument", "sin"):
    data = mx.sym.var("data")
    inner = data if source == "argument" else mx.sym.sin(data)
    prelu = mx.sym.LeakyReLU(inner, mx.sym.var("gamma"), act_type="prelu")
    for out in (prelu, prelu * 2):
        for grad_req in ("write", {"data": "null", "gamma": "write"}):
            executor = out.simple_bind(mx.cpu(), grad_req=grad_req, data=(2, 2, 3), gamma=(2,))
            executor.arg_dict["data"][:] = x_value
            executor.arg_dict["gamma"][:] = nd.array([0.3, 0.7])
            executor.forward(is_train=True)
            executor.backward(nd.ones((2, 2, 3)))
            print("executor", source, out.name[:5], grad_req == "write", executor.grad_dict["gamma"].asnumpy().tolist())
