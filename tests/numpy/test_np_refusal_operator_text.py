"""The words of MXNet 1.9.1's refusals of mx.np routine arguments: the operator named with its attributes, the
C++ types of a kernel's type check, and the order in which moveaxis checks its axes."""
import numpy as onp
import pytest

from distnet import np
from distnet.base import MXNetError, message_of

pytestmark = pytest.mark.usefixtures("np_semantics")


def _words(fn, *args, kind=MXNetError, **kwargs):
    with pytest.raises(kind) as info:
        fn(*args, **kwargs)
    return message_of(info.value)


def test_split_indices_name_the_operator_each_function_calls():
    tail = "indices expect Shape(tuple) but value='[0, 1.5]', in operator "
    x = np.arange(12).reshape(2, 6)
    assert _words(np.split, x, [1.5], axis=1).endswith(
        tail + '_split_v2(name="", squeeze_axis="False", axis="1", indices="[0, 1.5]")')
    assert _words(np.array_split, x, [1.5], axis=-1).endswith(
        tail + '_split_v2(name="", squeeze_axis="False", sections="0", axis="-1", indices="[0, 1.5]")')
    assert _words(np.hsplit, x, [1.5]).endswith(
        tail + '_npi_hsplit(name="", squeeze_axis="False", sections="0", axis="1", indices="[0, 1.5]")')
    assert _words(np.hsplit, [1.0, 2.0], 1, kind=AttributeError) == "'list' object has no attribute 'shape'"


def test_join_and_repeat_attributes_shown_as_given():
    three = (np.ones(2), np.ones(2), np.ones(2))
    assert _words(np.stack, three, axis=None) == ("Invalid Parameter format for axis expect int but value='None', "
                                                  'in operator _npi_stack(name="", num_args="3", axis="None")')
    assert _words(np.concatenate, three, axis="x").endswith('_npi_concatenate(name="", num_args="3", axis="x")')
    assert _words(np.repeat, np.ones(2), 2.5, None).endswith('repeat(name="", axis="None", repeats="2.5")')
    assert _words(np.repeat, np.ones(2), [1, 2]).endswith('repeat(name="", repeats="[1, 2]")')


def test_boolean_attribute_refusals_name_the_operator():
    assert _words(np.sum, np.ones(2), keepdims="yes") == (
        "Invalid Parameter format for keepdims expect boolean but value='yes', in operator "
        '_np_sum(name="", keepdims="yes")')
    assert _words(np.std, np.ones(2), keepdims="yes").endswith(
        '_npi_std(name="", keepdims="yes", ddof="0", axis="None")')
    assert _words(np.linspace, 0, 1, 3, endpoint="yes").endswith(
        '_linspace(name="", ctx="cpu(0)", stop="1", start="0", endpoint="yes", num="3")')


@pytest.mark.parametrize("data, bins, expected, given", [
    ("float64", "int32", "int", "double"), ("int8", "float32", "float", "char"),
    ("float16", "int64", "long long", "half"), ("float32", "bool", "bool", "float")])
def test_histogram_bins_of_another_dtype_name_both_cpp_types(data, bins, expected, given):
    res = np.histogram(np.array([1, 0], dtype=data), bins=np.array([0, 1], dtype=bins))
    assert _words(lambda: res[0].asnumpy()) == (
        "Check failed: mshadow: :DataType<DType>::kFlag == type_flag_: TBlob.get_with_shape: data type do not match "
        f"specified type.Expected: {expected} v.s. given {given}")


def test_boolean_sums_refuse_other_dtypes_in_mxnets_words():
    assert _words(np.sum, np.ones(2, dtype="bool"), dtype="float16").endswith(
        "mshadow::kFloat64: Only support the following output dtypes when input dtype is bool: "
        "int32, int64, float32, float64.")
    assert _words(np.sum, np.ones(2, dtype="bool"), dtype="float16").startswith(
        "Check failed: param.dtype.value() == mshadow: :kInt32 ||")


def test_moveaxis_checks_ranges_then_repeats_then_negative_destinations():
    x = np.ones((2, 3, 4))
    index = "Check failed: i >= 0 && i < ndim(): index = {} must be in range [0, 3)"
    assert _words(np.moveaxis, x, (0, 1), (1, -5)) == index.format(-2)
    assert _words(np.moveaxis, x, (0, 1), (-4, 5)).startswith(
        "Check failed: static_cast<size_t>(param.destination[i]) < ndim (5 vs. 3)")
    assert _words(np.moveaxis, x, (0, 1), (-4, -4)) == (
        "Check failed: real_des[i] != real_des[j] (-1 vs. -1) : repeated axis in `destination` argument")
    assert _words(np.moveaxis, x, (0, 0), (-4, 2)).startswith("Check failed: real_src[i] != real_src[j] (0 vs. 0)")
    assert np.moveaxis(x, (0, 1), (-1, -3)).shape == (3, 4, 2)


def test_expand_dims_of_a_scalar_array_shows_its_range_unsigned():
    assert _words(np.expand_dims, np.ones(()), 1) == (
        "Check failed: axis >= 0 && axis <= indim: axis must be in the range [0, 0] (1 provided)")


def test_resize_takes_arrays_only():
    for bad in (2, onp.int64(2), True):
        assert _words(np.resize, bad, 3, kind=AssertionError) == (
            f"Positional arguments must have NDArray type, but got {bad}")
    assert _words(np.resize, a=2, new_shape=3, kind=AssertionError).endswith("but got 2")


@pytest.mark.parametrize("fn, args, operator", [
    (np.copysign, (np.ones(2), 1), "_npi_copysign_scalar"), (np.copysign, (1, np.ones(2)), "_npi_rcopysign_scalar"),
    (np.add, (1, np.ones(2)), "_npi_add_scalar"), (np.less, (1, np.ones(2)), "_npi_greater_scalar"),
    (np.divide, (np.ones(2), np.ones(2)), "_npi_true_divide"), (np.remainder, (np.ones(2), 2), "_npi_mod_scalar"),
    (np.ldexp, (np.ones(2), np.ones(2)), "_npi_ldexp")])
def test_a_refused_out_names_the_operator_the_operands_pick(fn, args, operator):
    assert _words(fn, *args, out=[0], kind=TypeError).startswith(f"Operator `{operator}` registered in backend")


@pytest.mark.parametrize("text, words", [
    ("2abc", "Some trailing characters could not be parsed: 'abc'"),
    ("f1", "Some trailing characters could not be parsed: '1'"),
    (" 3 ", "Some trailing characters could not be parsed: ' '"),
    ("1e400", "Out of range value for value, value='1e400'"),
    ("abc", "Invalid Parameter format for value expect double but value='abc'"),
    (onp.bool_(True), "Invalid Parameter format for value expect double but value='True'"),
    (onp.bool_(False), "Some trailing characters could not be parsed: 'alse'")])
def test_full_reads_its_value_as_mxnets_double_parser_does(text, words):
    assert _words(np.full, 2, text) == (
        f'{words}, in operator _full(name="", dtype="float32", value="{text}", ctx="cpu(0)", shape="2")')


def test_number_texts_that_parse_are_numbers():
    assert np.full(2, "F").asnumpy().tolist() == [0.0, 0.0]     # (the parser takes a lone F as a float suffix)
    assert np.full(2, "2", dtype="int32").asnumpy().tolist() == [2, 2]
    assert onp.isnan(np.full(1, "nan").asnumpy()).all()
    assert np.clip(np.ones(2), "0.5", "0.7").asnumpy().tolist() == pytest.approx([0.7, 0.7])
    assert np.full_like(np.ones(2), "3").asnumpy().tolist() == [3.0, 3.0]


def test_bool_texts_in_clip_and_full_like():
    assert _words(np.clip, np.ones(2), None, onp.bool_(False)) == (
        "Some trailing characters could not be parsed: 'alse', in operator clip(name=\"\", a_max=\"False\", "
        'a_min="-inf")')
    assert _words(np.clip, np.ones(2), "2abc", None).startswith("Some trailing characters could not be parsed: 'abc'")
    assert _words(np.full_like, np.ones(2), np.array(False, dtype="bool")) == (
        "Some trailing characters could not be parsed: 'alse', in operator "
        '_npi_full_like(name="", ctx="cpu(0)", fill_value="False")')


@pytest.mark.parametrize("fn, args", [(np.copysign, (np.ones(6), 1)), (np.add, (1, np.ones(6))),
                                      (np.ldexp, (np.ones(6), 2)), (np.hypot, (np.ones(6), 1))])
def test_an_out_of_another_shape_beside_a_number_fails_the_scalar_operators_inference(fn, args):
    assert _words(fn, *args, out=np.zeros(7)) == (
        "Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node  at 0-th output: expected [6], got [7]")
    assert _words(np.copysign, np.ones(6), np.ones(6), out=np.zeros(7)) == (
        "Shape inconsistent, Provided = [7], inferred shape=[6]")
