"""Gradient behaviours found by running MXNet 1.x's autograd tests; expected values measured on MXNet 1.9.1."""
import numpy as np
import pytest

from distnet import autograd, nd
from distnet.base import MXNetError


@pytest.mark.parametrize("f", [nd.BlockGrad, nd.stop_gradient, lambda x: nd.BlockGrad(x) * 2,
                               lambda x: nd.argmax(x, axis=0), lambda x: nd.zeros_like(x),
                               lambda x: nd.one_hot(x, 4), lambda x: nd.shape_array(x)])
def test_ops_without_a_gradient_are_recorded_with_a_zero_one(f):
    x = nd.array([1.0, 2.0])
    x.attach_grad()
    x.grad[:] = 5
    with autograd.record():
        y = f(x)
    y.backward()
    np.testing.assert_array_equal(x.grad.asnumpy(), [0, 0])


def test_grad_through_blockgrad_is_zero_and_differentiates_to_zero():
    x = nd.array([1.5, 2.0])
    x.attach_grad()
    with autograd.record():
        y = nd.BlockGrad(x)
        g = autograd.grad(y, x, create_graph=True, retain_graph=True)[0]
    np.testing.assert_array_equal(g.asnumpy(), [0, 0])
    g.backward()
    np.testing.assert_array_equal(x.grad.asnumpy(), [0, 0])


@pytest.mark.parametrize("name", ["sgd_update", "all_finite"])
def test_optimizer_ops_have_no_gradient(name):
    w = nd.array([1.0, 2.0, 3.0])
    w.attach_grad()
    with autograd.record():
        y = nd.sgd_update(w, nd.ones(3), lr=0.1) if name == "sgd_update" else nd.all_finite(w)
    with pytest.raises(MXNetError, match=f"Operator {name} is non-differentiable because it didn't register "
                                         "FGradient attribute."):
        y.backward()


@pytest.mark.parametrize("name", ["erf", "erfinv", "softsign", "sign", "degrees"])
def test_ops_whose_gradient_mxnet_cannot_differentiate(name):
    x = nd.array([0.3, 0.7])
    x.attach_grad()
    with autograd.record():
        y = getattr(nd, name)(x)
        g = autograd.grad(y, x, create_graph=True, retain_graph=True)[0]
    with pytest.raises(MXNetError, match=f"Operator _backward_{name} is non-differentiable"):
        g.backward()


def test_first_order_gradients_of_those_ops_still_hold():
    x = nd.array([0.3, 0.7])
    x.attach_grad()
    with autograd.record():
        y = nd.erf(x)
    y.backward()
    np.testing.assert_allclose(x.grad.asnumpy(), 2 / np.sqrt(np.pi) * np.exp(-np.array([0.3, 0.7]) ** 2),
                               rtol=1e-6)
