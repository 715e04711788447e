"""Gradients of gradients (create_graph=True) as MXNet 1.9.1 links them: zero gradients stay in the graph
(a third order gives zeros), FullyConnected's gradients are linear in the other operand (the output gradient
gets none), a non-differentiable backward upstream of a FullyConnected fails, CachedOp refuses."""
import re

import numpy as np

import mxnet as mx
from mxnet import autograd, gluon, nd


def rounded(a):
    return np.round(a.asnumpy(), 6).tolist()


def failure(e):
    """The error's class and what it names (the texts differ)."""
    text = str(e)
    operator = re.search(r"Operator (\S+) is non-differentiable", text)
    return type(e).__name__, "CachedOp" in text, operator.group(1) if operator else None


def third_orders():
    for name, f in (("relu", nd.relu), ("floor", nd.floor), ("abs", nd.abs), ("sigmoid", nd.sigmoid),
                    ("stop_gradient", nd.stop_gradient), ("BlockGrad", nd.BlockGrad)):
        x = nd.array([0.5, -0.3, 0.8], dtype="float64")
        x.attach_grad()
        with autograd.record():
            y = f(x)
            g1 = autograd.grad(y, [x], head_grads=nd.array([1., 2., 3.], dtype="float64"), create_graph=True,
                               retain_graph=True)[0]
            g2 = autograd.grad(g1, [x], head_grads=nd.array([.5, .25, 2.], dtype="float64"), create_graph=True,
                               retain_graph=True)[0]
            g3 = autograd.grad(g2, [x], head_grads=nd.array([1., 1., 1.], dtype="float64"), retain_graph=True)[0]
        print(name, rounded(g1), rounded(g2), rounded(g3))


def fully_connected_cross_terms():
    rs = np.random.RandomState(0)
    X, W, B = rs.uniform(-1, 1, (3, 4)), rs.uniform(-1, 1, (2, 4)), rs.uniform(-1, 1, (2,))
    HG, H2, H3 = rs.uniform(-1, 1, (3, 2)), rs.uniform(-1, 1, (3, 4)), rs.uniform(-1, 1, (2, 4))
    for no_bias in (True, False):
        for wrt in ("x", "w", "b")[:2 if no_bias else 3]:
            x, w, b = (nd.array(a, dtype="float64") for a in (X, W, B))
            for v in (x, w, b):
                v.attach_grad()
            with autograd.record():
                y = nd.FullyConnected(x, w, num_hidden=2, no_bias=True) if no_bias else \
                    nd.FullyConnected(x, w, b, num_hidden=2)
                g = autograd.grad(y, [{"x": x, "w": w, "b": b}[wrt]], head_grads=nd.array(HG, dtype="float64"),
                                  create_graph=True, retain_graph=True)[0]
                z = (g * nd.array({"x": H2, "w": H3, "b": H3[:, 0]}[wrt], dtype="float64")).sum()
            z.backward()
            print("FC", no_bias, wrt, rounded(g), rounded(x.grad), rounded(w.grad), rounded(b.grad))


def gradient_penalty(hybridize, activation_layers):
    mx.random.seed(0)
    np.random.seed(0)
    net = gluon.nn.HybridSequential()
    if activation_layers:
        net.add(gluon.nn.Dense(5, activation="tanh"), gluon.nn.Dense(1))
    else:
        net.add(gluon.nn.Dense(5), gluon.nn.HybridLambda(lambda F, v: F.tanh(v)), gluon.nn.Dense(3),
                gluon.nn.HybridLambda(lambda F, v: F.sigmoid(v)), gluon.nn.Dense(1))
    net.initialize(mx.init.Uniform(0.5))
    if hybridize:
        net.hybridize()
    x = nd.array(np.random.uniform(-1, 1, (4, 3)))
    x.attach_grad()
    try:
        with autograd.record():
            out = net(x)
            g = autograd.grad(out, [x], head_grads=nd.ones_like(out), create_graph=True, retain_graph=True)[0]
            penalty = (g * g).sum()
        penalty.backward()
    except mx.base.MXNetError as e:
        print("penalty", hybridize, activation_layers, failure(e))
        return
    print("penalty", rounded(penalty), [rounded(p.grad())[:3] for p in net.collect_params().values()])


def layer_norm_second_order():
    x = nd.array(np.random.RandomState(1).uniform(-1, 1, (2, 4)), dtype="float64")
    x.attach_grad()
    try:
        with autograd.record():
            y = nd.LayerNorm(x, nd.ones((4,), dtype="float64"), nd.zeros((4,), dtype="float64"))
            g = autograd.grad(y, [x], head_grads=nd.ones_like(y), create_graph=True, retain_graph=True)[0]
            (g * g).sum().backward()
        print("LayerNorm", rounded(x.grad))
    except mx.base.MXNetError as e:
        print("LayerNorm", failure(e))


third_orders()
layer_norm_second_order()
fully_connected_cross_terms()
for hybridize in (False, True):
    for activation_layers in (False, True):
        gradient_penalty(hybridize, activation_layers)
