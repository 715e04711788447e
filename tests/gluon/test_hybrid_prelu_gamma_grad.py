"""A hybridized PReLU's gamma gradient: MXNet's graph writes the data gradient over the incoming gradient,
then reads it for gamma's gradient, when both gradients live inside the graph."""
import numpy as np
import pytest

import distnet as mx
from distnet import autograd, gluon, nd


class PReLUAfter(gluon.HybridBlock):
    """sin (or nothing) -> PReLU(gamma) -> *2 (or nothing)."""

    def __init__(self, before, after):
        super().__init__()
        self.before, self.after = before, after
        self.gamma = self.params.get("gamma", shape=(2,), init=mx.init.Constant(0.3))

    def hybrid_forward(self, F, x, gamma):
        a = F.sin(x) if self.before else x
        b = F.LeakyReLU(a, gamma, act_type="prelu")
        return b * 2 if self.after else b


def _gamma_grad(before, after, hybridize, x_needs_grad=True):
    x = nd.array(np.random.RandomState(2).uniform(-2, 2, (2, 2, 3)))
    net = PReLUAfter(before, after)
    net.initialize()
    net.gamma.set_data(nd.array([0.3, 0.7]))
    if hybridize:
        net.hybridize()
    if x_needs_grad:
        x.attach_grad()
    with autograd.record():
        loss = net(x).sum()
    loss.backward()
    return net.gamma.grad().asnumpy()


def _closed_form(before, after):
    """sum over negative data of dy * data, per channel."""
    x = np.random.RandomState(2).uniform(-2, 2, (2, 2, 3)).astype(np.float32)
    a = np.sin(x) if before else x
    return (2.0 if after else 1.0) * np.where(a > 0, 0, a).sum(axis=(0, 2))


@pytest.mark.parametrize("before,after", [(True, False), (False, True), (False, False)])
def test_gamma_gradient_is_exact_when_data_or_output_is_at_the_graph_edge(before, after):
    np.testing.assert_allclose(_gamma_grad(before, after, True), _closed_form(before, after), rtol=1e-5)


def test_gamma_gradient_reads_the_data_gradient_inside_the_graph():
    got = _gamma_grad(True, True, True)
    np.testing.assert_allclose(got, _closed_form(True, True) * np.array([0.3, 0.7]), rtol=1e-5)
    np.testing.assert_allclose(_gamma_grad(True, True, False), _closed_form(True, True), rtol=1e-5)


def test_gamma_gradient_is_exact_when_the_data_gradient_is_not_needed():
    got = _gamma_grad(True, True, True, x_needs_grad=False)
    np.testing.assert_allclose(got, _closed_form(True, True), rtol=1e-5)


@pytest.mark.parametrize("before,data_req,factor", [(True, "write", [0.3, 0.7]), (True, "null", [1, 1]),
                                                     (False, "write", [1, 1])])
def test_bound_executor_gamma_gradient_follows_the_same_rule(before, data_req, factor):
    data = mx.sym.var("data")
    inner = mx.sym.sin(data) if before else data
    out = mx.sym.LeakyReLU(inner, mx.sym.var("gamma"), act_type="prelu") * 2
    executor = out.simple_bind(mx.cpu(), grad_req={"data": data_req, "gamma": "write"}, data=(2, 2, 3), gamma=(2,))
    executor.arg_dict["data"][:] = np.random.RandomState(2).uniform(-2, 2, (2, 2, 3))
    executor.arg_dict["gamma"][:] = nd.array([0.3, 0.7])
    executor.forward(is_train=True)
    executor.backward(nd.ones((2, 2, 3)))
    expected = _closed_form(before, True) * np.array(factor)
    np.testing.assert_allclose(executor.grad_dict["gamma"].asnumpy(), expected, rtol=1e-5)
