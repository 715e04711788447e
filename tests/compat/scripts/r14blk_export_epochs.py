"""HybridBlock.export: the epoch in the params file name (C integer formatting), the params keys, and the
exported files read back by SymbolBlock.imports."""
import os
import tempfile

import mxnet as mx
from mxnet import gluon, nd
from mxnet.gluon import nn

mx.random.seed(2)
net = nn.HybridSequential()
with net.name_scope():
    net.add(nn.Dense(3, in_units=2, activation="relu"), nn.BatchNorm(in_channels=3))
net.initialize()
net.hybridize()
y = net(nd.array([[1, 2], [3, 4]]))
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "model")
    for epoch in [0, 7, 12345, 3.7, True, -1]:
        net.export(path, epoch=epoch)
    for epoch in ["3", None]:
        try:
            net.export(path, epoch=epoch)
        except TypeError as e:
            print("epoch", repr(epoch), "->", type(e).__name__, e)
    print(sorted(os.listdir(tmp)))
    print(sorted(nd.load(path + "-0007.params").keys()))
    block = gluon.SymbolBlock.imports(path + "-symbol.json", ["data"], path + "-0000.params")
    print((block(nd.array([[1, 2], [3, 4]])) - y).abs().sum().asscalar())
