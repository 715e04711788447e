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


@pytest.mark.parametrize("f", [lambda x: nd.argmax_channel(x), lambda x: nd.khatri_rao(x, nd.ones((3, 2))),
                               lambda x: nd.contrib.allclose(x, x)])
def test_more_ops_without_a_registered_gradient(f):
    x = nd.array([[0.2, 0.5], [3.0, 1.0]])
    x.attach_grad()
    with autograd.record():
        y = f(x)
    with pytest.raises(MXNetError, match="is non-differentiable because it didn't register FGradient"):
        y.backward()


def _grad(f, *xs):
    for x in xs:
        x.attach_grad()
    with autograd.record():
        y = f(*xs)
    y.backward(-nd.ones_like(y))
    return [x.grad.asnumpy().ravel().tolist() for x in xs]


def _signs(values):
    return [np.copysign(1.0, v) for v in values]


def test_blocked_gradients_are_positive_zeros_as_mxnet():
    # MXNet 1.9.1 with a head gradient of -1: blocked positions get +0, except sign's dy * 0
    assert _signs(_grad(lambda x: nd.clip(x, 0, 1), nd.array([-1, 0.5, 2]))[0]) == [1, -1, 1]
    assert _signs(_grad(lambda x: nd.hard_sigmoid(x), nd.array([-5, 0.5, 5]))[0]) == [1, -1, 1]
    g = _grad(lambda a, b: nd.where(nd.array([1, 0]), a, b), nd.ones(2), nd.ones(2))
    assert _signs(g[0]) == [-1, 1] and _signs(g[1]) == [1, -1]
    g = _grad(lambda x: nd.SequenceMask(x, nd.array([1, 2]), use_sequence_length=True, axis=1), nd.ones((2, 3, 1)))
    assert _signs(g[0]) == [-1, 1, 1, -1, -1, 1]
    assert _signs(_grad(nd.sign, nd.array([0.2, 0.5]))[0]) == [-1, -1]


def test_contrib_isnan_isinf_isfinite_are_recorded_with_zero_gradient():
    x = nd.array([np.inf, np.nan, 5.0])
    x.attach_grad()
    with autograd.record():
        y = nd.contrib.isnan(x) + nd.contrib.isinf(x) + nd.contrib.isfinite(x) * x
    y.backward()
    np.testing.assert_array_equal(y.asnumpy(), [np.nan, np.nan, 5])     # 0 * inf and nan * 1, as MXNet
    np.testing.assert_array_equal(x.grad.asnumpy(), [0, 0, 1])
    u = nd.array([1, 0, 5], dtype="uint8")       # MXNet compares with inf cast to uint8, i.e. 0
    assert nd.contrib.isinf(u).asnumpy().tolist() == [0, 1, 0]
    assert nd.contrib.isfinite(u).asnumpy().tolist() == [1, 0, 1]


def test_softmax_of_half_inputs_is_rounded_to_half_before_the_output_dtype():
    x = nd.array([[0.3, -1.2, 2.5, 0.7]], dtype="float16")
    for f in (nd.softmax, nd.log_softmax, nd.softmin):
        r = f(x, dtype="float32")
        assert r.dtype == np.float32
        np.testing.assert_array_equal(r.asnumpy(), r.asnumpy().astype(np.float16).astype(np.float32))
        np.testing.assert_allclose(r.asnumpy(), f(x).asnumpy().astype(np.float32))


def test_arcsinh_and_arccosh_second_order_as_mxnet_records_it():
    # MXNet 1.9.1's recorded second derivative of arcsinh/arccosh has the opposite sign of the true one
    for f, x0, first, second in [(nd.arcsinh, [1.5, 2.0, 0.3], [0.5547, 0.44721, 0.95783], [0.25602, 0.17889, 0.26362]),
                                 (nd.arccosh, [1.5, 2.0], [0.89443, 0.57735], [1.07331, 0.38490])]:
        x = nd.array(x0)
        x.attach_grad()
        with autograd.record():
            g = autograd.grad(f(x), x, create_graph=True, retain_graph=True)[0]
        g.backward()
        np.testing.assert_allclose(g.asnumpy(), first, rtol=1e-4)
        np.testing.assert_allclose(x.grad.asnumpy(), second, rtol=1e-4)
