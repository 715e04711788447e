"""Second and third orders of the unary operators MXNet records as _backward_<op> nodes with their own gradient
graphs (log, sqrt, tan, arctan, ...): values bit for bit, under head gradients other than ones."""
import numpy as np

import mxnet as mx
from mxnet import autograd, nd


def orders(name, dtype, lo=0.2, hi=0.9):
    rs = np.random.RandomState(len(name))
    x = nd.array(rs.uniform(lo, hi, (2, 3)), dtype=dtype)
    heads = [nd.array(rs.uniform(0.5, 1.5, (2, 3)), dtype=dtype) for _ in range(3)]
    x.attach_grad()
    shown = []
    with autograd.record():
        g = getattr(nd, name)(x)
        for order in (1, 2):
            g = autograd.grad(g, [x], head_grads=heads[order - 1], create_graph=True)[0]
            shown.append(g.asnumpy().ravel().tolist())
    g.backward(heads[2])
    shown.append(x.grad.asnumpy().ravel().tolist())
    print(name, dtype, shown)


for op in ("log", "log2", "log10", "log1p", "expm1", "reciprocal", "sqrt", "rsqrt", "cbrt", "rcbrt", "arctan",
           "arctanh", "arcsin", "arccos", "tan", "tanh", "arcsinh", "sin", "cos", "sinh", "cosh", "sigmoid"):
    for dtype in ("float32", "float64"):
        orders(op, dtype)
orders("arccosh", "float32", 1.2, 2.0)
