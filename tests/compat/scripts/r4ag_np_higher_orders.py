"""Higher orders on mx.np arrays: unary operators to the third order, and a sum of an mx.np gradient with a
non-differentiable one failing as MXNet's (not with a TypeError)."""
import re

import numpy as np

import mxnet as mx
from mxnet import autograd


def orders(f, order, dtype="float32"):
    rs = np.random.RandomState(3)
    x = mx.np.array(rs.uniform(0.2, 0.9, (2, 3)), dtype=dtype)
    x.attach_grad()
    shown = []
    try:
        with autograd.record():
            g = f(x)
            for _ in range(order - 1):
                head = mx.np.array(rs.uniform(0.5, 1.5, g.shape), dtype=dtype)
                g = autograd.grad(g, [x], head_grads=head, create_graph=True, retain_graph=True)[0]
                shown.append(g.asnumpy().ravel().tolist())
        g.backward(mx.np.array(rs.uniform(0.5, 1.5, g.shape), dtype=dtype))
        shown.append(x.grad.asnumpy().ravel().tolist())
    except mx.base.MXNetError as e:
        shown.append(re.findall(r"Operator (\S+) is non-differentiable", str(e))[:1])
    return shown


for name in ("sin", "cos", "tanh", "log", "log1p", "sqrt", "arctan", "arcsin", "exp", "reciprocal"):
    for dtype in ("float32", "float64"):
        print(name, dtype, orders(getattr(mx.np, name), 3, dtype))
EXPR = {"x/(1+x)": lambda x: x / (1 + x), "x*sin": lambda x: x * mx.np.sin(x),
        "sum(sin*x)": lambda x: mx.np.sum(mx.np.sin(x) * x, axis=1), "mean(log)": lambda x: mx.np.mean(mx.np.log(x)),
        "x**3": lambda x: x ** 3, "maximum": lambda x: mx.np.maximum(x, 0.5)}
for name, f in EXPR.items():
    print(name, orders(f, 2), orders(f, 3))
