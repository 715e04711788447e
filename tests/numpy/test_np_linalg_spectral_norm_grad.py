"""mx.np.linalg.norm's 2 / -2 matrix norms pass back the head gradient squared (MXNet 1.9.1's numbers, measured),
and 1 / -1 norms of an empty matrix are 0."""
import numpy as onp
import pytest

import distnet as mx
from distnet import np

M = [[4., 1., 0.5], [1., 3., 0.2], [0.5, 0.2, 2.]]


@pytest.mark.parametrize("ord_, head, row0", [
    (2, 2.0, [2.81478, 1.70968, 0.64276]),
    (2, -3.0, [6.33325, 3.84677, 1.44622]),
    (-2, 2.0, [0.25612, -0.05409, -0.97773]),
    ("nuc", -3.0, [-3.0, 0.0, 0.0]),
])
def test_singular_value_norm_gradient_as_mxnet(ord_, head, row0):
    x = np.array(M)
    x.attach_grad()
    with mx.autograd.record():
        y = np.linalg.norm(x, ord_)
    y.backward(np.array(head))
    assert onp.allclose(x.grad.asnumpy()[0], row0, atol=2e-5)


def test_one_norm_of_an_empty_matrix_is_zero():
    mx.npx.set_np()
    try:
        _check_empty_one_norms()
    finally:
        mx.npx.reset_np()


def _check_empty_one_norms():
    assert np.linalg.norm(np.zeros((0, 0)), 1).asnumpy().tolist() == 0.0
    assert np.linalg.norm(np.zeros((0, 0)), -1, keepdims=True).shape == (1, 1)
