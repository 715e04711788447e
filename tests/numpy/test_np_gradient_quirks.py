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


class _MatmulNet(mx.gluon.HybridBlock):
    def hybrid_forward(self, F, x, y):
        return F.np.matmul(x, y)


@pytest.mark.parametrize("hybridize", [False, True])
@pytest.mark.parametrize("a_shape, b_shape", [((2, 1, 3, 4), (5, 4, 2)), ((1, 5, 3, 4), (2, 1, 4, 2)),
                                              ((3, 4), (2, 4, 5)), ((2, 3, 4), (2, 4, 5))])
def test_matmul_sums_a_broadcast_gradient_in_flat_chunks(a_shape, b_shape, hybridize):
    # MXNet 1.9.1 reduces the gradient of an operand broadcast over the batch axes by adding the full
    # gradient's flat chunks of the operand's size: the true sum when the broadcast axes lead, else scrambled
    import numpy as onp
    rs = onp.random.RandomState(3)
    a0, b0 = rs.uniform(-1, 1, a_shape), rs.uniform(-1, 1, b_shape)
    out_shape = onp.matmul(a0, b0).shape
    head = rs.uniform(-1, 1, out_shape)
    a, b = np.array(a0, dtype="float64"), np.array(b0, dtype="float64")
    a.attach_grad()
    b.attach_grad()
    net = _MatmulNet()
    if hybridize:
        net.hybridize()
    with mx.autograd.record():
        y = net(a, b)
    y.backward(np.array(head, dtype="float64"))
    full_a = head @ onp.swapaxes(b0, -1, -2)             # each operand's gradient at the broadcast shape
    full_b = onp.swapaxes(a0, -1, -2) @ head
    for grad, full, shape in ((a.grad, full_a, a_shape), (b.grad, full_b, b_shape)):
        expect = full.reshape(-1, int(onp.prod(shape))).sum(axis=0).reshape(shape)
        onp.testing.assert_allclose(grad.asnumpy(), expect, rtol=1e-12, atol=1e-12)
