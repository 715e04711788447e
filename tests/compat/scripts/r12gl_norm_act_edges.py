"""SyncBatchNorm's gamma gradient over one sample is +0 (a sum from +0), and ELU past float32's range warns of nothing, as in MXNet."""
import warnings

import mxnet as mx
import numpy as np

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    for shape in ((1, 4), (1, 4, 1), (2, 4)):
        net = mx.gluon.contrib.nn.SyncBatchNorm()
        net.initialize()
        x = mx.nd.array(np.arange(np.prod(shape)).reshape(shape) * 0.5 - 1)
        x.attach_grad()
        with mx.autograd.record():
            y = net(x)
        y.backward(mx.nd.array([[1.5, -0.5, 2.0, -1.25]] * shape[0]).reshape(shape))
        print(shape, x.grad.asnumpy().ravel().tolist(), net.gamma.grad().asnumpy().tolist(),
              net.beta.grad().asnumpy().tolist(), net.running_var.data().asnumpy().tolist())

with warnings.catch_warnings(record=True) as seen:
    warnings.simplefilter("always")
    for layer in (mx.gluon.nn.ELU(), mx.gluon.nn.ELU(0.5), mx.gluon.nn.Swish(), mx.gluon.nn.SELU(), mx.gluon.nn.Activation("softrelu")):
        x = mx.nd.array([-100.0, -50.0, 100.0, 1e30, -1e30, 3e38])
        x.attach_grad()
        with mx.autograd.record():
            y = layer(x)
        y.backward(mx.nd.array([1e30] * 6))
        print(y.asnumpy().tolist(), x.grad.asnumpy().tolist())
print("warnings:", [str(w.message) for w in seen])
