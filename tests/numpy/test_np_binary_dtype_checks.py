"""Binary mx.np functions refuse dtype pairs in MXNet's type-inference words; unary math on bool fails on reading."""
import pytest

import distnet as mx
from distnet import np
from distnet.base import message_of

pytestmark = pytest.mark.usefixtures("np_semantics")

INCOMPATIBLE = "Incompatible attr in node  at 1-th input: expected {}, got {}"
INCONSISTENT = "Type inconsistent, Provided = {}, inferred type = {}"


@pytest.mark.parametrize("name", ["maximum", "minimum", "copysign", "ldexp", "bitwise_and", "lcm"])
def test_assigning_ops_name_the_second_input(name):
    a, b = np.ones(2, dtype="int64"), np.ones(2, dtype="int32")
    with pytest.raises(mx.MXNetError, match=INCOMPATIBLE.format("int64", "int32")):
        getattr(np, name)(a, b)


@pytest.mark.parametrize("name", ["equal", "less", "greater_equal", "hypot", "arctan2"])
def test_inferring_ops_report_an_inconsistent_type(name):
    a, b = np.ones(2, dtype="float16"), np.ones(2, dtype="bool")
    with pytest.raises(mx.MXNetError, match=INCONSISTENT.format("float16", "unknown")):
        getattr(np, name)(a, b)


def test_integer_only_ops_check_the_first_input_before_the_pair():
    with pytest.raises(mx.MXNetError, match="Only supports integer types"):
        np.bitwise_or(np.ones(2, dtype="float16"), np.ones(2, dtype="int32"))
    with pytest.raises(mx.MXNetError, match=INCOMPATIBLE.format("int32", "float16")):
        np.bitwise_or(np.ones(2, dtype="int32"), np.ones(2, dtype="float16"))
    with pytest.raises(mx.MXNetError, match="Only supports integer types"):
        np.lcm(np.ones(2), 3)


def test_float_only_ops_check_the_pair_before_the_type():
    with pytest.raises(mx.MXNetError, match=INCONSISTENT.format("int32", "int64")):
        np.hypot(np.ones(2, dtype="int32"), np.ones(2, dtype="int64"))
    with pytest.raises(mx.MXNetError, match="Do not support `int` as input"):
        np.arctan2(np.ones(2, dtype="bool"), np.ones(2, dtype="bool"))


@pytest.mark.parametrize("name", ["sin", "abs", "negative", "sqrt", "around", "fix"])
def test_unary_math_on_bool_fails_when_read(name):
    out = getattr(np, name)(np.array([True, False], dtype=bool))
    assert out.dtype == bool and out.shape == (2,)
    with pytest.raises(mx.MXNetError, match="Unknown type enum 7"):
        out.wait_to_read()


def test_out_dtype_refusals_name_bool_unknown():
    flags = np.array([True, False], dtype=bool)
    with pytest.raises(mx.MXNetError, match=INCONSISTENT.format("float32", "unknown")):
        np.equal(flags, flags, out=np.zeros(2))
    with pytest.raises(mx.MXNetError, match=INCONSISTENT.format("unknown", "float32")):
        np.add(np.ones(2), 1.0, out=np.zeros(2, dtype=bool))


def test_refused_operands_name_mxnet_classes():
    import numpy as onp
    with pytest.raises(TypeError, match=r"type <class 'mxnet.numpy.ndarray'> not supported"):
        np.multiply(onp.ones(2), np.ones(2))
    with pytest.raises(TypeError, match=r"type <class 'numpy.ndarray'> not supported"):
        np.add(np.ones(2), onp.ones(2))


def test_missing_functions_are_refused_in_mxnet_words():
    with pytest.raises(AttributeError, match="module 'mxnet.numpy' has no attribute 'gcd'"):
        np.gcd      # noqa: B018  (MXNet 1.9.1 has no np.gcd)
    assert not hasattr(np, "type_text")     # helpers stay out of the namespace


def test_unary_math_assigns_shape_then_dtype_to_out():
    x = np.ones((2, 3), dtype="int32")
    with pytest.raises(mx.MXNetError, match=r"0-th output: expected \[2,3\], got \[3\]"):
        np.sqrt(x, out=np.zeros(3))
    with pytest.raises(mx.MXNetError, match="0-th output: expected int32, got float32"):
        np.sqrt(x, out=(np.zeros((2, 3)),))
    out = np.zeros((2, 3), dtype="int32")
    assert np.negative(x, out=out) is out and out.tolist() == [[-1] * 3] * 2


def test_binary_out_shape_is_inferred_before_types():
    a = np.ones((2, 3), dtype="float16")
    with pytest.raises(mx.MXNetError, match=r"Shape inconsistent, Provided = \[3\], inferred shape=\[2,3\]"):
        np.bitwise_or(a, a, out=np.zeros(3))
    with pytest.raises(mx.MXNetError, match="0-th output: expected float16, got float32"):
        np.add(a, a, out=np.zeros((2, 3)))
    with pytest.raises(mx.MXNetError, match=INCONSISTENT.format("float32", "float16")):
        np.add(a, 2, out=np.zeros((2, 3)))      # a number as operand: another inference


def test_invert_assigns_its_dtype_to_out():
    x = np.array([1, 2], dtype="int32")
    with pytest.raises(mx.MXNetError, match="0-th output: expected int32, got float32"):
        np.invert(x, out=np.zeros(2))
    assert np.invert(x, out=np.zeros(2, dtype="int32")).tolist() == [-2, -3]


@pytest.mark.parametrize("compare", [np.equal, np.greater, np.arctan2, np.copysign])
def test_np_binary_operators_refuse_shapes_that_do_not_broadcast_in_the_broadcast_words(compare):
    with pytest.raises(mx.MXNetError) as info:
        compare(np.ones((2, 3)), np.ones((3, 3)))
    assert message_of(info.value).splitlines()[0] == ("Check failed: l == 1 || r == 1: operands could not be broadcast "
                                               "together with shapes [2,3] [3,3]")


@pytest.mark.parametrize("name", ["bitwise_and", "bitwise_or", "bitwise_xor", "lcm"])
def test_integer_only_functions_check_shapes_before_types(name):
    mx.npx.set_np()
    try:
        with pytest.raises(mx.base.MXNetError) as e:
            getattr(mx.np, name)(mx.np.ones((2, 3)), mx.np.ones(2))
        assert message_of(e.value).splitlines()[0] == ("Check failed: l == 1 || r == 1: operands could not be broadcast "
                                                "together with shapes [2,3] [2]")
    finally:
        mx.npx.reset_np()


@pytest.mark.parametrize("dtype, scalar, expected", [
    ("int32", 2 ** 40, [-2 ** 31 + 1, -2 ** 31 + 2]),     # beyond int32: C's conversion gives the lowest int32
    ("int32", float("nan"), [-2 ** 31 + 1, -2 ** 31 + 2]),
    ("int8", 2 ** 40, [1, 2]),                            # the lowest int32 wrapped to 8 bits is 0
    ("uint8", 300, [45, 46]), ("uint8", -1, [0, 1]), ("int32", 2.7, [3, 4]), ("int64", 2 ** 40, [2 ** 40 + 1, 2 ** 40 + 2]),
])
def test_a_number_meets_an_integer_array_as_a_double_converted_by_c(dtype, scalar, expected):
    x = mx.np.array([1, 2], dtype=dtype)
    assert (x + scalar).asnumpy().tolist() == expected and (scalar + x).asnumpy().tolist() == expected
