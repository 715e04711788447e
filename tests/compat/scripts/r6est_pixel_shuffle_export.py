# PixelShuffle1D/2D/3D hybridized: the exported graph's nodes (MXNet's 3-D shuffle moves one factor at a time
# with SwapAxis; the 2-D one splits with both factors written out), outputs and input gradients.
import json
import os
import tempfile

import mxnet as mx
from mxnet.gluon.contrib.nn import PixelShuffle1D, PixelShuffle2D, PixelShuffle3D

cases = [(PixelShuffle1D, 3, (1, 6, 2)), (PixelShuffle2D, (2, 1), (1, 4, 2, 2)), (PixelShuffle2D, 2, (2, 8, 1, 2)),
         (PixelShuffle3D, 2, (1, 8, 1, 1, 2)), (PixelShuffle3D, (1, 2, 3), (1, 12, 2, 1, 1))]
for cls, factor, shape in cases:
    net = cls(factor)
    net.hybridize()
    x = mx.nd.arange(1, 1 + mx.nd.ones(shape).size).reshape(shape)
    x.attach_grad()
    with mx.autograd.record():
        y = net(x)
        loss = y * mx.nd.arange(y.size).reshape(y.shape)
    loss.backward()
    print(net, y.shape, y.asnumpy().ravel().tolist())
    print(x.grad.asnumpy().ravel().tolist())
    prefix = os.path.join(tempfile.mkdtemp(), "ps")
    net.export(prefix)
    with open(prefix + "-symbol.json") as f:
        for node in json.load(f)["nodes"]:
            print(" ", node["op"], node["name"], node.get("attrs"))
