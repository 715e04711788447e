"""Gradients that keep MXNet's -0.0: basic indexing writes its gradient in (advanced indexing adds it), so a
negative head times a zero mask stays -0.0; the L1 norm's gradient takes sign(NaN) = 0."""
import numpy as np

import mxnet as mx
from mxnet import autograd, nd


def bits(a):
    return [("-0" if v == 0 and np.signbit(v) else repr(float(v))) for v in a.asnumpy().ravel()]


def grad(f, x, head):
    x = nd.array(x)
    x.attach_grad()
    with autograd.record():
        y = f(x)
    y.backward(nd.array(head(y.shape)))
    return bits(x.grad)


rows = np.array([[0, 2, 1], [1, 1, 5], [-0.0, 0.0, 3], [np.nan, 1, -2]], np.float32)
neg = lambda shape: -np.ones(shape, np.float32) * 1.5   # noqa: E731
for name, f in {"x[1]*0": lambda x: x[1] * 0, "x[:, 1:]*0": lambda x: x[:, 1:] * 0,
                "x[::-1]*0": lambda x: x[::-1] * 0, "x[None, 2]*0": lambda x: x[None, 2] * 0,
                "x[[0, 0]]*0": lambda x: x[nd.array([0, 0])] * 0, "x[[1, 2]]*0": lambda x: x[nd.array([1, 2])] * 0,
                "maximum(x, x[::-1])": lambda x: nd.maximum(x, x[::-1]),
                "minimum(x, x[::-1])": lambda x: nd.minimum(x, x[::-1]),
                "hypot(x, x[::-1])": lambda x: nd.broadcast_hypot(x, x[::-1]),
                "norm1 axis 1": lambda x: nd.norm(x, ord=1, axis=1), "norm1": lambda x: nd.norm(x, ord=1)}.items():
    print(name, grad(f, rows, neg))
