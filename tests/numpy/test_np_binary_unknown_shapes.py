"""Without NumPy shape semantics a 0-d or empty operand of a binary mx.np function fails shape inference first,
naming the operator its operands select."""
import pytest

import distnet as mx
from distnet import np


def failed(name):
    return f"Operator {name} inferring shapes failed"


@pytest.mark.parametrize("fn, left, right, op", [
    ("add", "a", "a", "_npi_add"), ("add", "a", 3, "_npi_add_scalar"), ("add", 3, "a", "_npi_add_scalar"),
    ("subtract", 3, "a", "_npi_rsubtract_scalar"), ("true_divide", 3, "a", "_npi_rtrue_divide_scalar"),
    ("remainder", "a", "a", "_npi_mod"), ("remainder", 3, "a", "_npi_rmod_scalar"),
    ("maximum", "a", "a", "broadcast_maximum"), ("minimum", "a", 3, "_minimum_scalar"),
    ("hypot", "a", 3, "_hypot_scalar"), ("less", 3, "a", "_npi_greater_scalar"),
    ("greater_equal", 3, "a", "_npi_less_equal_scalar"), ("copysign", 3, "a", "_npi_rcopysign_scalar"),
    ("bitwise_and", "a", 3, "_npi_bitwise_and_scalar"), ("equal", "a", "a", "_npi_equal"),
])
def test_the_operator_named_follows_the_operands(fn, left, right, op):
    a = np.array(2, dtype="int32")
    args = [a if x == "a" else x for x in (left, right)]
    with pytest.raises(mx.MXNetError, match=failed(op)):
        getattr(np, fn)(*args)


def test_shape_inference_fails_before_the_type_checks():
    zero_d, vector = np.array(2, dtype="int32"), np.array([1, 2, 3], dtype="int64")
    with pytest.raises(mx.MXNetError, match=failed("_npi_bitwise_and")):
        np.bitwise_and(zero_d, vector)          # (an int32/int64 pair, refused once shapes are known)
    with pytest.raises(mx.MXNetError, match=failed("_npi_bitwise_and")):
        np.bitwise_and(np.array([1., 2.]), zero_d)        # (a float first input)
    with pytest.raises(mx.MXNetError, match=failed("_npi_add")):
        np.add(np.array([], dtype="int32"), np.array([1, 2], dtype="int32"))     # (no broadcast check)


def test_a_legacy_operand_is_refused_before_any_shape_check():
    with pytest.raises(TypeError, match="not supported"):
        np.bitwise_and(np.ones(2, dtype="int32"), mx.nd.ones(3, dtype="int32"))
    with pytest.raises(TypeError, match="not supported"):
        np.add(np.array(2.), None)


def test_an_unknown_out_shape_leaves_the_type_check_to_fail():
    a = np.array([1, 2, 3], dtype="int64")
    with pytest.raises(mx.MXNetError, match="at 0-th output: expected int64, got int32"):
        np.add(a, a, out=np.array(2, dtype="int32"))


def test_numpy_shape_semantics_compute_with_zero_d_operands():
    mx.npx.set_np()
    try:
        assert np.add(np.array(2, dtype="int32"), 3).item() == 5
        assert np.less(3, np.array(2.)).item() is False
    finally:
        mx.npx.reset_np()
