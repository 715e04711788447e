"""A convolution's bias gradient is a sum started from +0: all-negative-zero output gradients give +0, as MXNet."""
import numpy as np
import pytest

from distnet import autograd, nd


@pytest.mark.parametrize("op", ["Convolution", "Deconvolution"])
@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_bias_gradient_of_negative_zeros_is_positive_zero(op, dtype):
    rng = np.random.RandomState(0)
    x = nd.array(rng.uniform(-1, 1, (2, 2, 5)), dtype=dtype)
    w = nd.array(rng.uniform(-1, 1, (2, 2, 1)), dtype=dtype)
    b = nd.array([0.5, -0.5], dtype=dtype)
    b.attach_grad()
    with autograd.record():
        y = getattr(nd, op)(x, w, b, kernel=(1,), num_filter=2, no_bias=False)
    y.backward(nd.array(np.full(y.shape, -0.0), dtype=dtype))
    grad = b.grad.asnumpy()
    assert (grad == 0).all() and not np.signbit(grad).any()


def test_bias_gradient_still_sums_the_output_gradient():
    rng = np.random.RandomState(1)
    x = nd.array(rng.uniform(-1, 1, (2, 3, 4, 4)))
    w = nd.array(rng.uniform(-1, 1, (2, 3, 3, 3)))
    b = nd.zeros((2,))
    b.attach_grad()
    dy = rng.uniform(-1, 1, (2, 2, 2, 2)).astype(np.float32)
    dy[:, 0] = -0.0
    with autograd.record():
        y = nd.Convolution(x, w, b, kernel=(3, 3), num_filter=2)
    y.backward(nd.array(dy))
    grad = b.grad.asnumpy()
    assert grad[0] == 0 and not np.signbit(grad[0])
    np.testing.assert_allclose(grad[1], dy[:, 1].sum(), rtol=1e-6)
