"""Under NumPy array semantics BatchNormReLU normalises without a ReLU, its graph holding a plain BatchNorm node."""
import json
import os
import tempfile

import mxnet as mx
from mxnet import npx

npx.set_np()
x = mx.np.array([[[-1.0, 2.0], [0.5, -3.0]], [[4.0, -0.25], [1.5, 2.5]]])
for hybrid in (False, True):
    net = mx.gluon.nn.BatchNormReLU()
    net.initialize()
    if hybrid:
        net.hybridize()
    x.attach_grad()
    with mx.autograd.record():
        y = net(x)
    y.backward(mx.np.array([[[1.0, -2.0], [0.5, 3.0]], [[-1.5, 0.25], [2.0, -0.5]]]))
    print(type(y).__name__, y.asnumpy().tolist())
    print(x.grad.asnumpy().tolist(), net.gamma.grad().asnumpy().tolist(), net.beta.grad().asnumpy().tolist())
    with mx.autograd.record():
        y = net(x)
    print(net.running_mean.data().asnumpy().tolist(), net.running_var.data().asnumpy().tolist())
    if hybrid:
        with tempfile.TemporaryDirectory() as folder:
            net.export(os.path.join(folder, "bn"))
            with open(os.path.join(folder, "bn-symbol.json")) as f:
                print([(n["op"], n["name"]) for n in json.load(f)["nodes"]])
