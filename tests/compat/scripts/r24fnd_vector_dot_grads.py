"""The gradients of dot of two vectors: each vector's gradient is the other one scaled by the head gradient (signed
zeros kept: a +0 head gives -0.0 against negative elements); the same vector on both sides adds the two."""
# recorded on AVX2
import numpy as np
import mxnet as mx
from mxnet import autograd

FORMS = {"dot_xy": lambda x, y: mx.nd.dot(x, y), "dot_xx": lambda x, y: mx.nd.dot(x, x),
         "dot_yx": lambda x, y: mx.nd.dot(y, x), "dot_then_softmax": lambda x, y: mx.nd.dot(x, y).softmax(axis=0),
         "dot_then_log_softmax": lambda x, y: mx.nd.log_softmax(mx.nd.dot(x, x), axis=0),
         "dot_then_square": lambda x, y: mx.nd.dot(x, y).square(),
         "dot_2d": lambda x, y: mx.nd.dot(x.reshape((1, 4)), y),
         "dot_of_sin": lambda x, y: mx.nd.dot(mx.nd.sin(x), mx.nd.cos(y))}
for name, f in FORMS.items():
    for head in (0.0, 1.0, 0.3, -2.5):
        for dtype in ("float32", "float64"):
            x = mx.nd.array([-0.75, 0.5, -0.25, 0.0], dtype=dtype)
            y = mx.nd.array([1.0, -2.0, -0.0, 3.1], dtype=dtype)
            x.attach_grad()
            y.attach_grad()
            with autograd.record():
                z = f(x, y)
            z.backward(mx.nd.array(np.full(z.shape, head), dtype=dtype))
            print(name, head, dtype, z.asnumpy().tolist(), x.grad.asnumpy().tolist(), y.grad.asnumpy().tolist())
