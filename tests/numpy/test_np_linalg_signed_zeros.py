"""Signed zeros and small inverses as MXNet 1.9.1's LAPACK calls give them (values recorded from MXNet)."""
import numpy as onp
import pytest

import distnet as mx
from distnet import np, npx


@pytest.fixture(autouse=True)
def _np_semantics():
    npx.set_np()
    yield
    npx.reset_np()


def _signs(a):
    return onp.signbit(a.asnumpy()).astype(int).tolist()


@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("m, negative", [
    ([[1., 2.], [2., 4.]], 1), ([[0., 1.], [0., 2.]], 1), ([[-0., 1.], [0., 1.]], 1), ([[1., 1.], [1., 1.]], 0),
    ([[0., 0.], [0., 0.]], 0), ([[1., 2., 3.], [4., 5., 6.], [7., 8., 9.]], 0)])
def test_singular_determinants_carry_the_lu_sign(m, negative, dtype):
    a = np.array(m, dtype=dtype)
    assert np.linalg.det(a).item() == 0 and int(onp.signbit(np.linalg.det(a).asnumpy())) == negative
    sign, logdet = np.linalg.slogdet(a)
    assert int(onp.signbit(sign.asnumpy())) == negative and logdet.item() == -onp.inf


def test_singular_sign_in_a_stack():
    a = np.stack([np.array([[1., 2.], [2., 4.]]), np.array([[2., 0.], [0., 3.]])])
    assert _signs(np.linalg.det(a)) == [1, 0]


def test_inverse_zeros_have_getri_signs():
    assert _signs(np.linalg.inv(np.eye(3))) == [[0, 0, 0], [1, 0, 0], [1, 1, 0]]
    assert _signs(np.linalg.inv(np.array([[-1., 0.], [0., -2.]]))) == [[1, 0], [1, 1]]
    assert _signs(np.linalg.inv(np.array([[0., 0., 1.], [1., 0., 0.], [0., 1., 0.]]))) == \
        [[1, 0, 0], [1, 1, 0], [0, 0, 0]]
    assert _signs(mx.nd.linalg.inverse(mx.nd.array([[2., 0.], [0., 4.]]))) == [[0, 0], [1, 0]]


def test_small_inverses_are_mxnets_bits():
    a = np.array([[1.7640524, 0.4001572, 0.978738], [2.2408931, 1.867558, -0.9772779],
                  [0.95008844, -0.1513572, -0.10321885]])
    got = np.linalg.inv(a).asnumpy()
    expected = "cca1ec3d1e69143d9ca6403ff820723e5a16c13eeb0caabf1380373fadc260beb82d50bf"     # MXNet 1.9.1
    assert got.tobytes().hex() == expected


def test_einsum_adds_terms_to_positive_zero():
    z = np.array([-0.0, 1.0, -0.0])
    assert _signs(np.einsum('i->i', z)) == [0, 0, 0]
    assert _signs(np.einsum('ij->ji', np.array([[1.5, -0.0]]))) == [[0], [0]]
