"""Creation functions read their arguments as MXNet's operators read them (values recorded from MXNet 1.9.1)."""
import numpy as np
import pytest

from distnet import nd
from distnet.base import MXNetError, message_of


def _values(arr):
    return arr.asnumpy().tolist()


@pytest.mark.parametrize("call", [
    lambda: nd.arange(True), lambda: nd.arange(None, 3), lambda: nd.arange(0, 3, True),
    lambda: nd.arange(0, 3, 1, True),
    lambda: nd.arange(0, 3, 1, 2.0), lambda: nd.arange(0, float("inf")), lambda: nd.arange(0, float("nan")),
    lambda: nd.linspace(0, 1, 2.5), lambda: nd.linspace(0, 1, True), lambda: nd.linspace(None, 1, 3),
    lambda: nd.linspace(0, None, 3), lambda: nd.linspace(0, 1, 3, None), lambda: nd.linspace(0, 1, 3, endpoint=2),
    lambda: nd.eye(2.0), lambda: nd.eye(True), lambda: nd.eye(3, None, 1), lambda: nd.eye(2, 3, 1.0),
    lambda: nd.eye(2, k=True), lambda: nd.zeros(np.array([2, 1])), lambda: nd.ones([2.0]), lambda: nd.zeros(("3",)),
])
def test_arguments_the_operator_cannot_parse_are_refused(call):
    with pytest.raises(MXNetError, match="Invalid Parameter format for"):
        call()


def test_arguments_are_read_from_their_text():
    assert _values(nd.arange(0, 3, 1, repeat="2")) == [0.0, 0.0, 1.0, 1.0, 2.0, 2.0]
    assert _values(nd.arange(0, np.int64(3))) == [0.0, 1.0, 2.0]
    assert _values(nd.linspace(0, 1, "3")) == [0.0, 0.5, 1.0]
    assert nd.linspace(0, 1, 3, "False").asnumpy().tobytes().hex() == "00000000abaaaa3eabaa2a3f"
    assert _values(nd.eye("2")) == [[1.0, 0.0], [0.0, 1.0]]
    assert nd.zeros(np.array(2)).shape == (2,) and nd.ones("(2,3)").shape == (2, 3)


def test_range_checks_follow_mxnet():
    assert nd.arange(0, 3, float("inf")).shape == (0,)         # start < stop holds: ceil(3 / inf) values
    for start, stop, step in ((float("nan"), 3, 1), (0, 3, float("nan")), (5, 0, 1)):
        with pytest.raises(MXNetError, match="Invalid range \\(start, stop, step\\) ?= "):
            nd.arange(start, stop, step)
    for start, stop in ((float("-inf"), 1), (0, 1e40)):
        with pytest.raises(MXNetError, match="shape dim size must be >= -1"):
            nd.arange(start, stop)
    with pytest.raises(MXNetError, match="Operator _zeros inferring shapes failed.\ninput shapes:\noutput shapes:\nNone\n"):
        nd.zeros(None)
    with pytest.raises(MXNetError, match="Cannot find argument 'foo'"):
        nd.eye(2, foo=1)


def test_optional_float_parameters_refuse_non_finite_values():
    x = nd.ones((1, 1, 2, 2))
    for value in (float("inf"), float("nan")):
        with pytest.raises(MXNetError, match="expect float or None but value="):
            nd.contrib.BilinearResize2D(x, height=2, width=2, scale_height=value)


@pytest.mark.parametrize("dtype", ["int8", "int16", "uint16", "complex64"])
def test_from_numpy_shares_only_mxnet_dlpack_dtypes(dtype):
    source = np.array([1, 0, 2], dtype=dtype)
    with pytest.raises(ValueError, match=f"{dtype} is not supported"):
        nd.from_numpy(source)
    assert not source.flags.writeable          # made read-only before the dtype is checked, as in MXNet
    if dtype == "int8":
        assert _values(nd.from_numpy(np.array([1, 0, 2], dtype=dtype), zero_copy=False)) == [1, 0, 2]
    else:
        with pytest.raises(KeyError):
            nd.from_numpy(np.array([1, 0, 2], dtype=dtype), zero_copy=False)


def test_from_numpy_copy_needs_an_array_and_uint32_cannot_be_shared():
    with pytest.raises(AttributeError, match="has no attribute 'dtype'"):
        nd.from_numpy([1, 2], zero_copy=False)
    for dtype, bits in (("uint32", " "), ("uint64", "@")):      # DLPack's unsigned code 1, the bit count as a char
        with pytest.raises(MXNetError) as e:
            nd.from_numpy(np.array([1, 2], dtype=dtype))
        assert message_of(e.value) == f"Unknown DLDataType{{\x01, {bits}, 1}}"
    assert nd.from_numpy(np.array([True, False])).asnumpy().tolist() == [True, False]


def test_from_numpy_names_a_foreign_byte_order():
    with pytest.raises(ValueError, match=">f4 is not supported.$"):
        nd.from_numpy(np.ones(2, dtype=">f4"))


def test_from_numpy_array_cls_gives_an_np_ndarray_sharing_memory():
    import distnet as mx
    source = np.ones(2, dtype="float32")
    shared = nd.from_numpy(source, array_cls=mx.np.ndarray)
    assert type(shared) is mx.np.ndarray and not source.flags.writeable
    shared[0] = 5
    assert source.tolist() == [5, 1]
    assert type(nd.from_numpy(np.ones(2, dtype="float32"), zero_copy=False, array_cls=mx.np.ndarray)) is nd.NDArray


def test_dlpack_carries_a_zero_dim_array():
    x = nd.ones((1,)).reshape(())
    y = nd.from_dlpack(nd.to_dlpack_for_read(x))
    assert y.shape == () and y.asnumpy().tobytes().hex() == "0000803f"


def test_empty_and_full_take_a_context_not_its_text():
    for call in (lambda: nd.empty((2,), ctx="cpu(0)"), lambda: nd.full((2,), 1, ctx="cpu(0)"),
                 lambda: nd.array([1, 2], ctx="cpu"), lambda: nd.array(np.ones(2), ctx="cpu")):
        with pytest.raises(AttributeError, match="^'str' object has no attribute 'device_typeid'$"):
            call()
    with pytest.raises(AttributeError, match="^'tuple' object has no attribute 'device_typeid'$"):
        nd.array([1], ctx=("cpu", 0))
    assert nd.zeros((2,), ctx="cpu(1)").context.device_id == 1      # the operators parse it


def test_concatenate_asserts_a_list_of_arrays_alike_outside_the_axis():
    a, b = nd.ones((2, 1)), nd.zeros((2, 2))
    assert nd.concatenate([a, b], 1).shape == (2, 3)
    for arrays, axis in (((a, b), 1), ([a, b], 0), ([a.astype("int32"), b], 1), ([a, b], -1), ([1, a], 0)):
        with pytest.raises(AssertionError):
            nd.concatenate(arrays, axis)
    with pytest.raises(IndexError):
        nd.concatenate([a, b], 2)
    with pytest.raises(AttributeError):
        nd.concatenate([a, 1], 0)


def test_concatenate_assertions_are_bare_as_mxnets():
    with pytest.raises(AssertionError, match="^$"):
        nd.concatenate((nd.ones(2),))
    with pytest.raises(AssertionError, match="^$"):
        nd.concatenate([nd.ones((2, 1)), nd.ones((3, 2))], 1)


@pytest.mark.parametrize("call, words", [
    (lambda: nd.arange(1, 4, -1), "param.start > param.stop.value(): Invalid range (start, stop, step)= (1,4,-1)"),
    (lambda: nd.arange(1e10, 1), "param.start < param.stop.value(): Invalid range (start, stop, step) = (1e+10,1,1)"),
    (lambda: nd.arange(1, 2, 0), "param.step != 0 (0 vs. 0) : Range does not support step=0, received 0"),
    (lambda: nd.linspace(0, 1, -2), "param.num >= 0 (-2 vs. 0) : Number of sequence should be non-negative"),
    (lambda: nd.eye(-1), "dim_size_is_known(*it): Shape dim size cannot be a negative value -1"),
    (lambda: nd.eye(-2), "dim_size >= -1 (-2 vs. -1) : shape dim size must be >= -1, while received -2"),
    (lambda: nd.eye(2, dtype="bool"), "Invalid Input: 'bool', valid values are: {'float16', 'float32', 'float64', "
                                      "'int32', 'int64', 'int8', 'uint8'}"),
    (lambda: nd.arange(None, dtype="bool"), "Invalid Input: 'bool', valid values are: {'bfloat16', 'float16'"),
    (lambda: nd.zeros((2,), dtype="int16"), "valid values are: {'bfloat16', 'bool', 'float16'"),
])
def test_creation_checks_use_mxnets_words(call, words):
    with pytest.raises(MXNetError) as info:
        call()
    assert words in message_of(info.value)


def test_full_names_mxnets_array_class_when_the_value_is_no_number():
    with pytest.raises(TypeError, match="<class 'mxnet.ndarray.ndarray.NDArray'> does not support assignment"):
        nd.full((2,), "a")


@pytest.mark.parametrize("call, error, words", [
    (lambda: nd.empty("(2,3)", dtype="foo"), TypeError, "can't multiply sequence by non-int of type 'str'"),
    (lambda: nd.full("(2,3)", 2.5), TypeError, "can't multiply sequence by non-int of type 'str'"),
    (lambda: nd.empty("2"), TypeError, "'>' not supported between instances of 'str' and 'int'"),
    (lambda: nd.empty(-1, dtype="foo"), TypeError, "data type 'foo' not understood"),
    (lambda: nd.full((), 2, dtype="foo"), TypeError, "data type 'foo' not understood"),
    (lambda: nd.zeros((2, 0), dtype="foo"), TypeError, "data type 'foo' not understood"),
    (lambda: nd.ones((), dtype="foo"), TypeError, "data type 'foo' not understood"),
    (lambda: nd.empty(-1), OverflowError, "can't convert negative value to unsigned int"),
])
def test_allocation_reads_sizes_then_dtype_then_signs(call, error, words):
    with pytest.raises(error, match=words):
        call()


def test_full_into_out_ignores_the_shape():
    out = nd.ones((2,), dtype="int32")
    assert nd.full((), 2, out=out) is out
    assert _values(out) == [2, 2]
    with pytest.raises(MXNetError, match="Operator _full inferring shapes failed"):
        nd.full((), 2)


@pytest.mark.parametrize("shape, words", [
    ((2, -3), r"dim_size >= -1 \(-3 vs. -1\) : shape dim size must be >= -1, while received -3"),
    ((0, -3), r"while received -3"),
    (-2, r"while received -2"),
    ((2, -1, -4), r"Operator _zeros inferring shapes failed"),     # the unknown size comes first
    ((-1, 2), r"Operator _zeros inferring shapes failed"),
])
def test_zeros_reads_sizes_in_order_unknown_before_negative(shape, words):
    with pytest.raises(MXNetError, match=words):
        nd.zeros(shape)


@pytest.mark.parametrize("call, listed", [
    (lambda: nd.zeros((2, 3), dtype="int16"), '_zeros(name="", dtype="int16", ctx="cpu(0)", shape="(2, 3)")'),
    (lambda: nd.ones((0,), dtype="uint16"), '_ones(name="", dtype="uint16", ctx="cpu(0)", shape="(0,)")'),
    (lambda: nd.eye(-3, dtype="bool"), '_eye(name="", dtype="bool", ctx="cpu(0)", k="0", M="0", N="-3")'),
    (lambda: nd.linspace(0, "a", 3, dtype="bool"),
     '_linspace(name="", ctx="cpu(0)", dtype="bool", stop="a", start="0", endpoint="True", num="3")'),
])
def test_a_refused_dtype_is_read_first_and_the_error_lists_what_the_front_end_sent(call, listed):
    with pytest.raises(MXNetError) as e:
        call()
    assert message_of(e.value).startswith("Invalid Input: '") and message_of(e.value).endswith(", in operator " + listed)


def test_a_bad_linspace_argument_lists_the_context_and_type_too():
    with pytest.raises(MXNetError) as e:
        nd.linspace(0, 1, "x", endpoint=False, dtype="float16")
    assert message_of(e.value) == ("Invalid Parameter format for num expect int but value='x', in operator _linspace(name=\"\", "
                            "ctx=\"cpu(0)\", dtype=\"float16\", stop=\"1\", start=\"0\", endpoint=\"False\", num=\"x\")")


def test_a_refused_dtype_read_before_an_unknown_keyword_is_the_refusal():
    with pytest.raises(MXNetError) as e:
        nd.zeros((2,), dtype="int16", foo=1)
    assert message_of(e.value).startswith("Invalid Input: 'int16', valid values are: {") and message_of(e.value).endswith(
        'in operator _zeros(name="", dtype="int16", ctx="cpu(0)", shape="(2,)", foo="1")')
