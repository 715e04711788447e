"""Integer attributes beyond their C type (int32, uint32, int64, uint64) are refused as MXNet's parser refuses them."""
import pytest

from distnet import nd, sym
from distnet.base import MXNetError, message_of


@pytest.mark.parametrize("axis", [2 ** 31, -2 ** 31 - 1, "2147483648"])
def test_int32_attribute_beyond_its_range_is_refused_in_nd_and_sym(axis):
    with pytest.raises(MXNetError, match="Invalid Parameter format for axis expect int but value="):
        nd.softmax(nd.ones((2, 3)), axis=axis)
    with pytest.raises(MXNetError, match="Invalid Parameter format for axis expect int but value="):
        sym.softmax(sym.var("x"), axis=axis)


def test_int32_attribute_at_its_limits_is_accepted():
    assert sym.softmax(sym.var("x"), axis=2 ** 31 - 1).list_arguments() == ["x"]
    assert sym.softmax(sym.var("x"), axis=-2 ** 31).list_arguments() == ["x"]


def test_unsigned_and_long_attributes_have_their_own_limits():
    sym.Convolution(sym.var("x"), kernel=(1,), num_filter=2 ** 32 - 1)
    with pytest.raises(MXNetError, match="expect int \\(non-negative\\) but value='4294967296'"):
        sym.Convolution(sym.var("x"), kernel=(1,), num_filter=2 ** 32)
    sym.Convolution(sym.var("x"), kernel=(1,), num_filter=1, workspace=2 ** 63)
    with pytest.raises(MXNetError, match="expect long \\(non-negative\\) but value='18446744073709551616'"):
        sym.Convolution(sym.var("x"), kernel=(1,), num_filter=1, workspace=2 ** 64)


def test_huge_depth_is_refused_before_any_allocation():
    with pytest.raises(MXNetError, match="Invalid Parameter format for depth expect int"):
        nd.one_hot(nd.array([0, 1]), depth=2 ** 40)


@pytest.mark.parametrize("op, inputs, attrs, message", [
    ("FullyConnected", 1, dict(num_hidden=0), "value 0 for Parameter num_hidden should be greater equal to 1"),
    ("Embedding", 2, dict(input_dim=-1, output_dim=2), "value -1 for Parameter input_dim should be greater equal to 1"),
    ("UpSampling", 1, dict(scale=0, sample_type="nearest"), "value 0 for Parameter scale should be greater equal to 1"),
    ("Dropout", 1, dict(p=1.5), r"value 1.5 for Parameter p exceed bound \[0,1\]"),
    ("Dropout", 1, dict(p=2 ** 40), r"value 1.09951e\+12 for Parameter p exceed bound \[0,1\]"),
    ("ROIPooling", 2, dict(pooled_size=(2, 2), spatial_scale=-1.0), r"value -1 for Parameter spatial_scale exceed"),
])
def test_declared_bounds_are_checked_at_symbol_creation(op, inputs, attrs, message):
    with pytest.raises(MXNetError, match=message):
        getattr(sym, op)(*[sym.var(f"v{i}") for i in range(inputs)], **attrs)


def test_values_on_a_declared_bound_are_accepted():
    assert sym.Dropout(sym.var("x"), p=1.0).list_arguments() == ["x"]
    assert sym.FullyConnected(sym.var("x"), num_hidden=1).infer_shape(x=(2, 3))[1] == [(2, 1)]


@pytest.mark.parametrize("entry", [2 ** 31, -2 ** 31 - 1])
def test_shape_entries_beyond_int32_are_refused(entry):
    message = f"Invalid Parameter format for reps expect Shape\\(tuple\\) but value='\\({entry},\\)'"
    with pytest.raises(MXNetError, match=message):
        sym.tile(sym.var("x"), reps=(entry,))
    with pytest.raises(MXNetError, match="Invalid Parameter format for begin expect Shape\\(tuple\\)"):
        sym.slice(sym.var("x"), begin=(entry,), end=(None,))


def test_shape_entries_at_int32_limits_are_accepted():
    assert sym.tile(sym.var("x"), reps=(2 ** 31 - 1,)).list_arguments() == ["x"]
    assert sym.slice(sym.var("x"), begin=(-2 ** 31,), end=(None,)).list_arguments() == ["x"]


@pytest.mark.parametrize("call, message", [
    (lambda: nd.Dropout(nd.ones((2,)), p=2),
     'value 2 for Parameter p exceed bound [0,1]\np: Fraction of the input that gets dropped out during training '
     'time., in operator Dropout(name="", p="2")'),
    (lambda: sym.Convolution(sym.var("x"), kernel=(1, 1), num_filter=0),
     'value 0 for Parameter num_filter should be greater equal to 1\nnum_filter: Convolution filter(channel) '
     'number, in operator Convolution(name="", num_filter="0", kernel="(1, 1)")'),
    (lambda: sym.Deconvolution(sym.var("x"), kernel=(1, 1), num_filter=0),     # its parser names no operator
     'value 0 for Parameter num_filter should be greater equal to 1\nnum_filter: Number of output filters.'),
])
def test_a_bounded_parameters_refusal_quotes_its_description_and_the_operator(call, message):
    with pytest.raises(MXNetError) as info:
        call()
    assert message_of(info.value) == message


def test_a_negative_unsigned_count_wraps_past_its_lower_bound():
    # MXNet reads num_filter as an unsigned int: -1 becomes 2**32 - 1, which passes "greater equal to 1"
    conv = sym.Convolution(sym.var("x"), kernel=(3, 3), num_filter=-1, name="c")
    assert conv.list_arguments() == ["x", "c_weight", "c_bias"] and conv.attr("num_filter") == "-1"
    assert sym.Deconvolution(sym.var("x"), kernel=(3, 3), num_filter=-2, name="d").list_arguments() == ["x", "d_weight"]
