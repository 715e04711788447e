"""Gradient formulas and zero signs as MXNet 1.9.1 computes them (values recorded from MXNet)."""
import warnings

import numpy as np

from distnet import autograd, nd


def test_division_by_a_scalar_backpropagates_dy_over_the_scalar():
    rs = np.random.RandomState(1)
    x = nd.array(rs.uniform(-3, 3, 2000))
    dy = nd.array(rs.uniform(-3, 3, 2000))
    x.attach_grad()
    for s in (3.0, 7.0, 0.1):
        with autograd.record():
            y = x / s
        y.backward(dy)
        g, d = x.grad.asnumpy(), dy.asnumpy()
        assert (g == d / np.float32(s)).all()
        assert not (g == d * np.float32(1 / s)).all()      # MXNet does not multiply by the reciprocal


def test_division_by_zero_is_silent_and_infinite():
    x = nd.array([1., -2., 0.])
    x.attach_grad()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with autograd.record():
            y = x / 0.0
        y.backward(nd.array([1., -1., 0.]))
        g = x.grad.asnumpy()
    assert g[0] == np.inf and g[1] == -np.inf and np.isnan(g[2])


def test_expm1_gradient_is_dy_times_expf():
    x = nd.array([-3.5, -1.2, 0.7, 2.9, 5.3])
    x.attach_grad()
    with autograd.record():
        y = nd.expm1(x)
    y.backward(nd.array([0.3, -1.7, 2.2, 0.9, -0.4]))
    expected = ["0x1.28da36p-7", "-0x1.0628d0p-1", "0x1.1b8950p+2", "0x1.05b52cp+4", "-0x1.4089fap+6"]
    assert x.grad.asnumpy().tolist() == [float.fromhex(h) for h in expected]


def test_signed_zeros_of_erfinv_mod_and_selu():
    z = nd.array([-0.0, 0.0, -6.0, 6.0])
    assert np.signbit(nd.erfinv(z).asnumpy()[:2]).tolist() == [True, False]
    assert np.signbit((z % 3.0).asnumpy()).tolist() == [True, False, False, False]
    assert np.signbit((z % -3.0).asnumpy()).tolist() == [False, False, True, False]
    selu = nd.LeakyReLU(z, act_type="selu").asnumpy()
    assert np.signbit(selu[:2]).tolist() == [True, False]
    np.testing.assert_array_equal(selu[2:], np.float32([-1.7537414, 6.304206]))
