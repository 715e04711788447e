"""Higher orders where MXNet's gradient pass meets zeros_like gradients (round, floor, ...: a node whose output
gradients are all zeros passes zeros on without its own gradient), and ops whose backward has no gradient
(topk, Flatten, reshape_like, mx.np cumsum / flip / diag); mx.np copysign's first order under create_graph."""
import re

import numpy as np

import mxnet as mx
from mxnet import autograd, nd


def failure(e):
    found = re.search(r"Operator (\S+) is non-differentiable", str(e))
    return found.group(1) if found else type(e).__name__


def orders(name, f, module=nd):
    x = module.array(np.array([[0.3, 0.6, 0.2], [0.5, 0.4, 0.7]]), dtype="float64")
    x.attach_grad()
    shown = []
    try:
        with autograd.record():
            g = f(x)
            for order in range(3):
                head = module.array(np.full(g.shape, 1.5), dtype="float64")
                g = autograd.grad(g, [x], head_grads=head, create_graph=order < 2, retain_graph=True)[0]
                shown.append(np.round(g.asnumpy(), 6).ravel().tolist())
    except mx.base.MXNetError as e:
        shown.append(failure(e))
    print(name, shown)


for op in ("floor", "ceil", "round", "rint", "fix", "trunc"):
    orders(op + "(3x)", lambda x: getattr(nd, op)(x * 3))
orders("sin(floor(3x))", lambda x: nd.sin(nd.floor(x * 3)))
orders("floor(sin(x)*3)", lambda x: nd.floor(nd.sin(x) * 3))
orders("ceil(x*x)", lambda x: nd.ceil(x * x))
orders("sin(x)*floor(3x)", lambda x: nd.sin(x) * nd.floor(x * 3))
orders("floor(3x)+sin(x)", lambda x: nd.floor(x * 3) + nd.sin(x))
orders("exp(floor(x)+x)", lambda x: nd.exp(nd.floor(x) + x))
orders("round(x)*x*x", lambda x: nd.round(x) * x * x)
orders("abs(3x)", lambda x: nd.abs(x * 3))
orders("BlockGrad(3x)*x", lambda x: nd.BlockGrad(x * 3) * x)
orders("zeros_like(3x)+x*x", lambda x: nd.zeros_like(x * 3) + x * x)
orders("topk(sin)", lambda x: nd.topk(nd.sin(x), k=2, ret_typ="value"))
orders("Flatten(sin)", lambda x: nd.flatten(nd.sin(x)))
orders("reshape_like(sin)", lambda x: nd.reshape_like(nd.sin(x), x))

mx.npx.set_np()
mnp = mx.np
orders("np cumsum(sin)", lambda x: mnp.cumsum(mnp.sin(x)), mnp)
orders("np flip(sin)", lambda x: mnp.flip(mnp.sin(x), 1), mnp)
orders("np diag(sin)", lambda x: mnp.diag(mnp.sin(x)), mnp)
orders("np rint(3x)", lambda x: mnp.rint(x * 3), mnp)
orders("np floor(3x)", lambda x: mnp.floor(x * 3), mnp)
orders("np copysign", lambda x: mnp.copysign(x, x - 0.45), mnp)
orders("np einsum", lambda x: mnp.einsum("ij,ij->i", x, mnp.sin(x)), mnp)
orders("np gamma", lambda x: mx.npx.gamma(x), mnp)
orders("np gammaln", lambda x: mx.npx.gammaln(x), mnp)
orders("np mod", lambda x: mnp.mod(x, x * 0.7), mnp)
orders("npx fully_connected", lambda x: mx.npx.fully_connected(mnp.sin(x), x, num_hidden=2, no_bias=True), mnp)
