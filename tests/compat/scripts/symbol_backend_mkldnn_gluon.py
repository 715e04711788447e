"""HybridBlock.optimize_for / hybridize(backend='MKLDNN'): the cached and exported graphs are the fused
ones; fused ops compute in inference mode and pass zero gradients back, as MXNet's."""
import json
import os
import tempfile

import mxnet as mx
import numpy as np
from mxnet.gluon import nn


def fused_ops(block):
    with tempfile.TemporaryDirectory() as tmp:
        block.export(os.path.join(tmp, "net"))
        with open(os.path.join(tmp, "net-symbol.json")) as f:
            nodes = json.load(f)["nodes"]
    return [(n["op"], n["name"]) for n in nodes if n["op"] != "null"]


mx.random.seed(0)
x = mx.nd.array(np.random.RandomState(0).uniform(size=(2, 3, 5, 5)))
net = nn.HybridSequential(prefix="n_")
with net.name_scope():
    net.add(nn.Conv2D(4, 3, padding=1), nn.BatchNorm(), nn.Activation("relu"), nn.Flatten(),
            nn.Dense(3, activation="relu"))
net.initialize()
before = net(x)
net.optimize_for(x, backend="MKLDNN")
print(np.allclose(net(x).asnumpy(), before.asnumpy(), rtol=1e-5, atol=1e-5))
print(net._cached_graph[1].list_outputs())
print(fused_ops(net))

net = nn.HybridSequential(prefix="m_")
with net.name_scope():
    net.add(nn.Conv2D(4, 3, padding=1), nn.BatchNorm(), nn.Activation("relu"), nn.Dense(3))
net.initialize()
x.attach_grad()
net.hybridize(backend="MKLDNN")
with mx.autograd.record():
    z = net(x)
z.backward()
print(round(float(z.sum().asscalar()), 4), net[0].weight.grad().sum().asscalar(), x.grad.abs().sum().asscalar())
print(net[1].running_mean.data().asnumpy())
print(fused_ops(net))
executor = net._cached_graph[1].simple_bind(mx.cpu(), data=(2, 3, 5, 5))
for v in executor.arg_dict.values():
    v[:] = 0.5
executor.forward(is_train=True)
executor.backward(mx.nd.ones((2, 3)))
print(np.round(executor.outputs[0].asnumpy(), 1), {k: float(v.abs().sum().asscalar()) for k, v in executor.grad_dict.items()})
