"""Signed zeros and small inverses as MXNet 1.9.1's LAPACK calls give them (values recorded from MXNet)."""
import numpy as onp
import pytest

import distnet as mx
from distnet import np


pytestmark = pytest.mark.usefixtures("np_semantics")


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


_A6 = [[1.789, 0.437, 0.096, -1.863, -0.277, -0.355], [-0.083, -0.627, -0.044, -0.477, -1.314, 0.885],
       [0.881, 1.71, 0.05, -0.405, -0.545, -1.546], [0.982, -1.101, -1.185, -0.206, 1.486, 0.237],
       [-1.024, -0.713, 0.625, -0.161, -0.769, -0.23], [0.745, 1.976, -1.244, -0.626, -0.804, -2.419]]
_B6 = [-0.924, -1.024, 1.124, -0.132, -1.623, 0.647]


def test_6x6_inverse_and_solve_are_mxnets_bits():          # recorded from MXNet 1.9.1 (OpenBLAS on Haswell kernels)
    a = np.array(_A6)
    assert np.linalg.inv(a).asnumpy().tobytes().hex()[:64] == \
        "ca25dbbee7873a3f0f8eeb3fe1cc5a3f7bae763d96cb44bfe3b5b43ee647e3be"
    assert np.linalg.solve(a, np.array(_B6)).asnumpy().tobytes().hex() == \
        "7c44813fde73123fca8f783d4e6bcc3fa9319ebde787bc3d"
    assert np.linalg.inv(np.array(_A6).astype("float64")).asnumpy()[0].tobytes().hex() == (
        "55b968f9b864dbbfa31b3fc9fc50e73f6052dbf1c171fd3f0bbb31029c59eb3f953373c6ced5ae3fdf928aba7299e8bf")


def test_outer_and_vdot_refuse_non_arrays_as_mxnet_flattens_them():
    with pytest.raises(AttributeError, match="'list' object has no attribute 'flatten'"):
        np.outer(np.ones(2), [1., 2.])
    with pytest.raises(AttributeError, match="'int' object has no attribute 'flatten'"):
        np.vdot(np.ones(2), 2)


def test_solve_of_float32_with_float64_works_in_double():
    a32, b64 = np.array([[2., 1.], [1., 3.]]), np.array([1., 2.], dtype="float64")
    for a, b in ((a32, b64), (a32.astype("float64"), b64.astype("float32"))):
        x = np.linalg.solve(a, b)
        assert (x.dtype, x.asnumpy().tobytes().hex()) == ("float64", "9a9999999999c93f333333333333e33f")
