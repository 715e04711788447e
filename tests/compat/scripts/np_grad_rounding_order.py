"""Gradients of mx.np.linalg.norm (2-norms: (x / norm) * dy) and mx.np.prod ((prod / x) * dy) rounded in MXNet
1.9.1's order, bit for bit, with random head gradients."""
import numpy as onp

import mxnet as mx
from mxnet import np, npx

npx.set_np()
rs = onp.random.RandomState(7)


def grads(label, f, x0, head_shape):
    x = np.array(x0)
    x.attach_grad()
    with mx.autograd.record():
        y = f(x)
    y.backward(np.array(onp.asarray(rs.randn(*head_shape), x0.dtype)))
    print(label, y.asnumpy().tolist(), x.grad.asnumpy().tolist())


for dt in ["float32", "float64"]:
    x0 = rs.uniform(-3, 3, (3, 4)).astype(dt)
    grads("norm %s" % dt, lambda x: np.linalg.norm(x), x0, ())
    grads("norm axis=1 %s" % dt, lambda x: np.linalg.norm(x, axis=1), x0, (3,))
    grads("norm ord=2 axis=0 keepdims %s" % dt, lambda x: np.linalg.norm(x, 2, axis=0, keepdims=True), x0, (1, 4))
    grads("prod axis=0 %s" % dt, lambda x: np.prod(x, axis=0), x0, (4,))
    grads("prod axis=1 keepdims %s" % dt, lambda x: np.prod(x, axis=1, keepdims=True), x0, (3, 1))
    grads("prod %s" % dt, lambda x: np.prod(x), x0, ())
