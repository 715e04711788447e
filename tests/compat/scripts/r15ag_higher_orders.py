"""Second and third order gradients of elementwise ops through autograd.grad(create_graph=True), and where
MXNet's gradient graph stops being differentiable."""
import numpy as np

import mxnet as mx
from mxnet import autograd, nd
from _words import words

OPS = {"sin": nd.sin, "cos": nd.cos, "tanh": nd.tanh, "sigmoid": nd.sigmoid, "log": nd.log, "exp": nd.exp,
       "sqrt": nd.sqrt, "reciprocal": nd.reciprocal, "relu": nd.relu, "square": nd.square, "arcsin": nd.arcsin,
       "arctan": nd.arctan, "sinh": nd.sinh, "log1p": nd.log1p, "expm1": nd.expm1, "cbrt": nd.cbrt,
       "abs": nd.abs, "x**3": lambda x: x ** 3, "2**x": lambda x: 2 ** x, "x*x": lambda x: x * x,
       "1/x": lambda x: 1 / x, "sin(sin)": lambda x: nd.sin(nd.sin(x)), "softsign": nd.softsign,
       "erf": nd.erf, "-x": nd.negative, "clip": lambda x: nd.clip(x, 0, 0.5)}


def orders(make, order):
    x = nd.array([0.3, 0.5, 0.7])
    x.attach_grad()
    with autograd.record():
        cur = make(x)
        for _ in range(order - 1):
            cur = autograd.grad(cur, [x], create_graph=True, retain_graph=True)[0]
    cur.backward()
    return np.round(x.grad.asnumpy(), 4).tolist()


for name, make in OPS.items():
    row = []
    for order in (1, 2, 3):
        try:
            row.append(orders(make, order))
        except Exception as e:
            row.append(words(e))
    print(name, row)
