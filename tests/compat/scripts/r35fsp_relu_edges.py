"""Activation relu on float32 (oneDNN's kernel) at infinities, NaNs, signed zeros and subnormals, forward and gradient."""
# recorded on AVX2
import math

import numpy as np
import mxnet as mx


def signed(values):
    return [(float(v), math.copysign(1.0, v)) for v in values]


data = np.array([np.inf, -np.inf, np.nan, -np.nan, 1e-45, -1e-45, 3.4e38, -3.4e38, 0.0, -0.0, 2.5, -2.5], np.float32)
for shape in ((12,), (3, 4), (12, 1, 1, 1), (2, 1, 2, 3, 1)):
    x = mx.nd.array(data.reshape(shape))
    x.attach_grad()
    with mx.autograd.record():
        y = mx.nd.Activation(x, act_type="relu")
    y.backward(mx.nd.ones(shape) * 3)
    print(shape, y.dtype, y.shape)
    print(signed(y.asnumpy().ravel().tolist()))
    print(signed(x.grad.asnumpy().ravel().tolist()))
