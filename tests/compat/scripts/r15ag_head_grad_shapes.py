"""A head gradient of another shape than its head: elementwise backwards refuse it at once naming their node,
multiplications read a larger one as flat memory, reshapes and reductions fail when a gradient is read."""
import numpy as np

import mxnet as mx
from mxnet import autograd, nd
from _words import words

OPS = {"x*2": lambda x: x * 2, "x*x": lambda x: x * x, "sin": nd.sin, "relu": nd.relu, "x+1": lambda x: x + 1,
       "softmax": nd.softmax, "exp": nd.exp, "x**2": lambda x: x ** 2, "sum": lambda x: nd.sum(x, axis=1),
       "reshape": lambda x: x.reshape((3, 2)), "dot": lambda x: nd.dot(x, x.T)}


def run(make, shape):
    x = nd.array(np.arange(6).reshape((2, 3)) * 0.1 + 0.2)
    x.attach_grad()
    with autograd.record():
        y = make(x)
    head = nd.array(np.arange(int(np.prod(shape))).reshape(shape) + 1)
    try:
        y.backward(head)
    except Exception as e:
        return "at once: " + words(e)
    try:
        return x.grad.asnumpy().round(4).tolist()
    except Exception as e:
        return "when read: " + words(e)


for name, make in OPS.items():
    larger = () if name.startswith("x*") else ((3, 3), (7,))     # (read past the head's end by MXNet's x*2)
    for shape in ((6,), (3, 2), (1, 2, 3)) + larger:
        print(name, shape, run(make, shape))
