"""Gradients of mx.np functions where MXNet 1.9.1's backward differs from the calculus (values recorded from it)."""
import pytest

import distnet as mx
from distnet import np
from distnet.base import MXNetError


pytestmark = pytest.mark.usefixtures("np_semantics")


def _grad(fn, x):
    x.attach_grad()
    with mx.autograd.record():
        y = fn(x)
    y.backward()
    return x.grad.asnumpy().tolist()


def test_polyval_gives_x_no_gradient_when_p_takes_none():
    x = np.array([1.5, -2.0])
    assert _grad(lambda v: np.polyval(np.array([1., 2., 3.]), v), x) == [0.0, 0.0]
    p = np.array([1., 2.])
    p.attach_grad()
    assert _grad(lambda v: np.polyval(p, v), x) == [1.0, 1.0]


def test_arctan2_with_a_number_first_uses_mxnets_backward():
    got = _grad(lambda v: np.arctan2(3., v), np.array([1.5, -2.0]))
    assert got == pytest.approx([-1.5 / 11.25, 2.0 / 13.0])          # MXNet 1.9.1: -x / (x^2 + 3^2)
    got = _grad(lambda v: np.arctan2(v, 3.), np.array([1.5, -2.0]))
    assert got == pytest.approx([3.0 / 11.25, 3.0 / 13.0])


def test_copysign_with_a_number_has_no_backward():
    with pytest.raises(MXNetError, match="_backward_npi_copysign_scalar"):
        _grad(lambda v: np.copysign(v, 2.), np.array([1.5, -2.0]))
    assert _grad(lambda v: np.copysign(v, np.array([1., -1.])), np.array([1.5, -2.0])) == [1.0, 1.0]
