"""Normalisation and activation layers on inf and nan inputs: MXNet's values and gradients, and no warning raised."""
import warnings

import mxnet as mx
import numpy as np

nn = mx.gluon.nn
values = np.array([np.inf, -np.inf, np.nan, 1e38, -1e38, 3e38, -0.0, 0.0,
                   1e-45, -1e-40, 88.7, -88.7, 100.0, -100.0, 1.0, -1.0]).astype("float32").reshape((2, 2, 4))
with warnings.catch_warnings(record=True) as seen:
    for layer in (nn.GroupNorm(), nn.GroupNorm(num_groups=2), nn.LayerNorm(), nn.InstanceNorm(), nn.BatchNorm(),
                  nn.Activation("softsign"), nn.GELU(), nn.Swish()):
        layer.initialize(mx.init.Constant(0.5))
        for train in (False, True):
            x = mx.nd.array(values)
            x.attach_grad()
            with mx.autograd.record(train_mode=train):
                y = layer(x)
            y.backward(mx.nd.ones(y.shape) * 3)
            print(layer.name, train, y.asnumpy().ravel().tolist(), x.grad.asnumpy().ravel().tolist())
print("warnings:", len(seen))
