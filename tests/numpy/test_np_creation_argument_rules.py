"""mx.np creation functions read their arguments as MXNet 1.9.1 does: C order only, fill values parsed as doubles
and C-cast, bools refused as range bounds, array-like linspace bounds refused, diag of 0-d or 3-d refused."""
import numpy as onp
import pytest

from distnet import np, npx
from distnet.base import MXNetError


pytestmark = pytest.mark.usefixtures("np_semantics")


def _x():
    return np.array([[1.5, -2.0, 0.0], [3.25, -0.0, 4.0]])


@pytest.mark.parametrize("make", [lambda: np.zeros((2,), order="F"), lambda: np.ones((2,), order="F"),
                                  lambda: np.full((2,), 1, order="F"), lambda: np.zeros_like(_x(), order="F"),
                                  lambda: np.ones_like(_x(), order="F"), lambda: np.full_like(_x(), 5, order="F")])
def test_creation_refuses_fortran_order(make):
    with pytest.raises(NotImplementedError):
        make()


def test_eye_refuses_any_order_and_negative_sizes():
    with pytest.raises(NotImplementedError, match="function eye does not support parameter order"):
        np.eye(3, order="C")
    with pytest.raises(MXNetError):
        np.eye(-1)
    with pytest.raises(NotImplementedError, match="Only support C-order"):
        np.empty_like(_x(), order="F")


def test_zeros_like_given_a_context_is_a_type_error_as_mxnet_passes_it_on_as_out():
    with pytest.raises(TypeError):
        np.zeros_like(_x(), ctx=npx.cpu())
    assert np.ones_like(_x(), ctx=npx.cpu()).shape == (2, 3)


@pytest.mark.parametrize("dtype, expected", [          # MXNet 1.9.1's values
    ("int32", [-2147483648, -2147483648, -1, 300, -2, -2147483648, 70000]),
    ("uint8", [0, 0, 255, 44, 254, 0, 112]),
    ("int8", [0, 0, -1, 44, -2, 0, 112]),
    ("int64", [1099511627776, -9223372036854775808, -1, 300, -2, 9007199254740992, 70000])])
def test_fill_values_are_doubles_cast_as_in_cpp(dtype, expected):
    values = [2 ** 40, float("nan"), -1, 300, -2.5, 2 ** 53 + 1, 70000]
    assert [np.full((1,), v, dtype=dtype).item() for v in values] == expected
    assert [np.full_like(np.ones(1), v, dtype=dtype).item() for v in values] == expected


@pytest.mark.parametrize("value", [[1, 2, 3], None, onp.array([1, 2, 3])])
def test_full_refuses_fill_values_that_are_no_number(value):
    with pytest.raises(MXNetError, match="expect double"):
        np.full((2, 3), value)


def test_full_with_an_unbroadcastable_array_is_an_mxnet_error():
    with pytest.raises(MXNetError, match="not broadcastable"):
        np.full((2, 3), np.array([1., 2.]))
    assert np.full_like(np.ones(2), onp.array(3.5)).asnumpy().tolist() == [3.5, 3.5]


def test_range_functions_refuse_bool_bounds_and_dtypes():
    with pytest.raises(MXNetError):
        np.arange(True)
    with pytest.raises(MXNetError, match="Invalid Input: 'bool'"):
        np.logspace(0, 2, 4, dtype=bool)
    with pytest.raises(NotImplementedError, match="start and stop only support int"):
        np.linspace(onp.array([0, 1]), 2, 3)
    with pytest.raises(NotImplementedError):
        np.linspace(0, [1, 2], 3)


def test_diag_refuses_0d_and_3d_arrays_with_mxnet_errors():
    with pytest.raises(MXNetError):
        np.diag(np.ones((2, 2, 2)))
    with pytest.raises(MXNetError):
        np.diag(np.array(1.))
    with pytest.raises(MXNetError, match="Diagonal does not exist"):
        np.diagflat(np.array(2.))


def test_copy_takes_out_and_ignores_order():
    out = np.zeros((2, 3))
    assert np.copy(_x(), out=out) is out
    assert out.asnumpy().tolist() == _x().asnumpy().tolist()
    assert np.copy(_x(), order="F").shape == (2, 3)
    with pytest.raises(TypeError):
        np.copy(_x(), "A")


def test_invert_of_an_empty_float_array_fails_when_read():
    r = np.invert(np.zeros((0, 3)))
    assert r.shape == (0, 3)
    with pytest.raises(MXNetError, match="only support integer types"):
        r.wait_to_read()


def test_dtype_is_read_before_the_shape_and_bool_sizes_are_refused():
    with pytest.raises(TypeError):
        np.ones(_x(), [1., 2., 3.])
    with pytest.raises(TypeError):
        np.zeros(_x(), onp.ones(2))
    with pytest.raises(MXNetError):
        np.hanning(True)
    with pytest.raises(MXNetError):
        np.eye(True)


def test_invert_checks_its_out_before_the_kernel_fails():
    with pytest.raises(TypeError):
        np.invert(_x(), [1., 2., 3.])


def test_negative_and_unknown_sizes_are_refused_as_mxnet_checks_them():
    import distnet as mx
    with pytest.raises(MXNetError, match=r"Check failed: M >= 0: negative dimensions are not allowed\. M is -1$"):
        np.eye(2, -1)
    with pytest.raises(MXNetError, match=r"Check failed: param\.N >= 0: .* N is -1$"):
        np.eye(-1)
    with pytest.raises(MXNetError, match=r"value='\(0\.5, 2\)', in operator _npi_indices\(name=\"\", dtype=\"int64\", "
                                         r"ctx=\"cpu\(0\)\", dimensions=\"\(0\.5, 2\)\"\)$"):
        np.indices((0.5, 2), dtype="int64")
    # legacy creation under NumPy shapes: a size below -1 is its parser's refusal, -1 an unknown size
    with pytest.raises(MXNetError, match=r"Check failed: dim_size >= -1 \(-3 vs\. -1\)"):
        mx.nd.zeros((2, -3))
    with pytest.raises(MXNetError, match=r"Operator _zeros inferring shapes failed\.\ninput shapes:\noutput shapes:\n"
                                         r"\[2,-1\]\n"):
        mx.nd.zeros((2, -1))
