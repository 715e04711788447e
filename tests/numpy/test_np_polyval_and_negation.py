"""mx.np.polyval is differentiable in both operands and -x is x * -1 (a NaN keeps its sign), as in MXNet 1.9.1."""
import numpy as onp

import distnet as mx
from distnet import np


def test_polyval_gradients_are_the_closed_forms_mxnet_gives():
    p, x = np.array([1., -2.]), np.array([3., 4.])
    p.attach_grad()
    x.attach_grad()
    with mx.autograd.record():
        y = np.polyval(p, x)
    y.backward()
    assert y.asnumpy().tolist() == [1., 2.]
    assert p.grad.asnumpy().tolist() == [7., 2.]           # MXNet 1.9.1: [sum(x), count]
    assert x.grad.asnumpy().tolist() == [1., 1.]


def test_polyval_cubic_gradient_matches_finite_differences():
    p = np.array([0.5, -1., 2., 0.25], dtype="float64")
    x = np.array([[-1.5, 0.25], [1., 2.]], dtype="float64")
    dy = onp.array([[1., -2.], [0.5, 3.]])
    p.attach_grad()         # (MXNet 1.9.1 gives x a zero gradient when p takes none)
    x.attach_grad()
    with mx.autograd.record():
        y = np.polyval(p, x)
    y.backward(np.array(dy))
    h = 1e-6
    fd = (onp.polyval(p.asnumpy(), x.asnumpy() + h) - onp.polyval(p.asnumpy(), x.asnumpy() - h)) / (2 * h) * dy
    assert onp.allclose(x.grad.asnumpy(), fd, atol=1e-6)


def test_unary_minus_keeps_the_sign_of_nan_as_mxnet_multiplies_by_minus_one():
    a = np.array([onp.nan, 1.0, 0.0])
    assert onp.signbit((-a).asnumpy()).tolist() == [False, True, True]
    assert onp.signbit(np.negative(a).asnumpy()).tolist() == [True, True, True]


def test_integer_negative_degrees_and_radians_keep_their_kernel_results():
    big = np.array([2**63 - 1, 2**40], dtype="int64")
    # negation is exact in 64 bits (a trip through double would round 2**63 - 1 to -2**63)
    assert np.negative(big).asnumpy().tolist() == [-(2**63 - 1), -(2**40)]
    # degrees/radians of integers go through float: (x * 180) / pi, each step rounded to float's 24 bits
    f = onp.float32
    expected = int(f(f(f(2**40) * f(180)) / f(onp.pi)))
    assert np.degrees(big).asnumpy().tolist()[1] == expected
