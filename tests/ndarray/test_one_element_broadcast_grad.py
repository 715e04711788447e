"""Two one-element operands of a broadcasting op take the elementwise gradient (MXNet compacts their shapes
to no broadcast), so a -0 head gradient stays -0; larger broadcasts still sum from +0. Softmax-family
backward sums over the axis from +0 too."""
import numpy as np
import pytest

from distnet import autograd, nd, np as mnp, npx


def _negative(f, a, b):
    """Whether a's and b's gradients are all -0 after backward of a -0 head gradient."""
    a.attach_grad()
    b.attach_grad()
    with autograd.record():
        out = f(a, b)
    out.backward(-nd.zeros(out.shape))
    return bool(np.signbit(a.grad.asnumpy()).all()), bool(np.signbit(b.grad.asnumpy()).all())


@pytest.mark.parametrize("shapes", [((1, 1), (1,)), ((1,), (1, 1, 1))])
def test_one_element_operands_keep_a_negative_zero(shapes):
    def ones(scale=1.):
        return nd.ones(shapes[0]) * scale, nd.ones(shapes[1]) * scale
    assert _negative(lambda x, y: x * y, *ones(0.5)) == (True, True)
    assert _negative(nd.broadcast_maximum, *ones()) == (True, True)        # a tie: lhs gets dy, rhs 0 * dy
    assert _negative(lambda x, y: x - y, *ones()) == (True, False)         # -dy for y: +0


def test_larger_broadcast_still_sums_from_positive_zero():
    assert _negative(lambda x, y: x * y, nd.ones((1, 3)), nd.ones((3,))) == (False, False)
    assert _negative(lambda x, y: x + y, nd.ones((2, 1)), nd.ones((1, 1))) == (False, False)


def test_numpy_operators_follow_the_same_rule():
    npx.set_np()
    try:
        a, b = mnp.ones(()) * 0.5, mnp.ones((1,)) * 0.25
        a.attach_grad()
        b.attach_grad()
        with autograd.record():
            out = a * b
        out.backward(-mnp.zeros((1,)))
        assert np.signbit(a.grad.asnumpy()) and np.signbit(b.grad.asnumpy()).all()
    finally:
        npx.reset_np()


@pytest.mark.parametrize("op", ["softmax", "log_softmax"])
@pytest.mark.parametrize("dtype", ["float64", "float32"])
def test_softmax_grad_over_one_class_sums_from_positive_zero(op, dtype):
    x = nd.ones((2, 1, 2), dtype=dtype)
    x.attach_grad()
    with autograd.record():
        y = getattr(nd, op)(x, axis=1)
    y.backward(-nd.zeros((2, 1, 2), dtype=dtype))
    # dy - p * sum(dy): -0 - (+0) = -0 (a sum started at -0 would give +0)
    assert np.signbit(x.grad.asnumpy()).all()
