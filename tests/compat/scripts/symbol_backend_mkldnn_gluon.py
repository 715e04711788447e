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

# a fused symbol infers, composes and evaluates; an exported fused graph imports into a SymbolBlock
with mx.name.NameManager():
    x = mx.sym.var("data")
    c = mx.sym.Convolution(x, num_filter=2, kernel=(1, 1), name="c")
    s = mx.sym.elemwise_add(c, mx.sym.var("y"), name="add")
    net = mx.sym.relu(mx.sym.Activation(s, act_type="relu", name="r"), name="rr")
fused = net.get_backend_symbol("MKLDNN")
print(fused.infer_shape_partial(data=(1, 3, 0, 0)))
print(fused.infer_shape(data=(1, 3, 2, 2)))
print(fused.infer_type(data="float64"))
plus = fused + 1
print(plus.list_arguments(), plus.get_internals().list_outputs())
args = {"data": mx.nd.ones((1, 3, 2, 2)), "c_weight": mx.nd.ones((2, 3, 1, 1)), "c_bias": mx.nd.ones((2,)),
        "y": mx.nd.ones((1, 2, 2, 2))}
print(plus.eval(**args)[0].asnumpy().ravel())

net = nn.HybridSequential(prefix="k_")
with net.name_scope():
    net.add(nn.Conv2D(2, 1), nn.Activation("relu"))
net.initialize(mx.init.One())
net.hybridize(backend="MKLDNN")
y = net(mx.nd.ones((1, 3, 2, 2)))
with tempfile.TemporaryDirectory() as tmp:
    net.export(os.path.join(tmp, "k"))
    block = mx.gluon.SymbolBlock.imports(os.path.join(tmp, "k-symbol.json"), ["data"],
                                         os.path.join(tmp, "k-0000.params"))
print(block(mx.nd.ones((1, 3, 2, 2))).asnumpy().ravel(), y.asnumpy().ravel(), sorted(block.collect_params().keys()))
