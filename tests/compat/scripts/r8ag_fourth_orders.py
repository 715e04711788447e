"""Four orders of the unary operators with registered higher-order gradients: MXNet computes three, and the
fourth fails at the backward op its third-order graph holds (_backward_mul, _backward_mul_scalar, ...)."""
import re

import numpy as np

import mxnet as mx
from mxnet import autograd, nd


def orders(name, f, module, count=4):
    x = module.array(np.array([[0.3, 0.6, 0.2], [0.5, 0.4, 0.7]]), dtype="float64")
    x.attach_grad()
    shown = []
    try:
        with autograd.record():
            g = f(x)
            for _ in range(count):
                head = module.array(np.full((2, 3), 1.1), dtype="float64")
                g = autograd.grad(g, [x], head_grads=head, create_graph=True, retain_graph=True)[0]
                shown.append(np.round(g.asnumpy()[0, :2], 5).tolist())
    except mx.base.MXNetError as e:
        found = re.search(r"Operator (\S+) is non-differentiable", str(e))
        shown.append(found.group(1) if found else type(e).__name__)
    print(name, shown)


UNARY = ("sin cos tan tanh sigmoid log log2 log10 log1p exp expm1 sqrt rsqrt cbrt rcbrt reciprocal arcsin arccos "
         "arctan arcsinh arctanh sinh cosh square relu abs").split()
for op in UNARY:
    orders(op, getattr(nd, op), nd)
orders("arccosh", lambda x: nd.arccosh(x + 1), nd)
mx.npx.set_np()
for op in ("sin", "tanh", "log", "sqrt", "cbrt", "arctan", "exp"):
    orders("np." + op, getattr(mx.np, op), mx.np)
orders("npx.sigmoid", mx.npx.sigmoid, mx.np)
