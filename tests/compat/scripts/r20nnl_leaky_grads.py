"""Gradients of LeakyReLU's leaky and prelu forms and of hard_sigmoid under slopes of every sign, in each float
dtype: exact values, and the sign of each zero."""
import numpy as np
import mxnet as mx
from mxnet import nd, autograd


def grads(label, f, inputs, head):
    xs = [nd.array(a, dtype=a.dtype) for a in inputs]
    for x in xs:
        x.attach_grad()
    with autograd.record():
        y = f(*xs)
    y.backward(nd.array(head, dtype=y.dtype))
    for i, x in enumerate(xs):
        g = x.grad.asnumpy()
        print(label, i, g.dtype, g.tolist(), np.signbit(g).astype(int).tolist())


x = np.array([-2.0, -0.5, -0.0, 0.0, 0.5, 3.0])
head = np.array([0.25, -0.75, -1.0, 1.0, 1.5, -2.0])
for dtype in ["float32", "float64", "float16"]:
    for slope in [0.25, 0.0, -0.5, 2.0]:
        grads(f"leaky {dtype} slope={slope}", lambda d: nd.LeakyReLU(d, act_type="leaky", slope=slope),
              [x.astype(dtype)], head.astype(dtype))
    for alpha, beta in [(0.2, 0.5), (0.0, 0.5), (-0.5, 0.3), (1.0, 0.0)]:
        grads(f"hard_sigmoid {dtype} {alpha} {beta}", lambda d: nd.hard_sigmoid(d, alpha=alpha, beta=beta),
              [x.astype(dtype)], head.astype(dtype))
    grads(f"prelu vector {dtype}", lambda d, g: nd.LeakyReLU(d, g, act_type="prelu"),
          [x[:4].astype(dtype), np.array([0.1, 0.2, 0.3, 0.4], dtype)], head[:4].astype(dtype))
    grads(f"prelu matrix {dtype}", lambda d, g: nd.LeakyReLU(d, g, act_type="prelu"),
          [x.reshape(2, 3).astype(dtype), np.array([0.1, -0.2, 0.3], dtype)], head.reshape(2, 3).astype(dtype))
