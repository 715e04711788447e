"""Reductions whose kernels (not their parsers) refuse an input fail when the result is read, with MXNet's words;
the parsers' refusals name the operator's call."""
import numpy as onp
import pytest

import distnet as mx
from distnet.base import MXNetError, message_of

np = mx.np


pytestmark = pytest.mark.usefixtures("np_semantics")


def _fails_when_read(result, text, kind=MXNetError):
    with pytest.raises(kind) as e:
        result.asnumpy()
    assert message_of(e.value) == text


@pytest.mark.parametrize("fn", [np.argmax, np.argmin])
def test_searches_of_empty_or_bool_arrays_fail_when_read(fn):
    r = fn(np.zeros((0, 3)))
    assert r.shape == () and r.dtype == onp.int64
    _fails_when_read(r, "Check failed: inputs[0].shape_.Size() != 0U (0 vs. 0) : attempt to search an empty sequence")
    r = fn(np.ones((2, 3), dtype='bool'), axis=1)
    assert r.shape == (2,)
    _fails_when_read(r, "Unknown type enum 7")


def test_search_out_shape_is_checked_before_its_type():
    with pytest.raises(MXNetError) as e:
        np.argmax(np.ones((2, 3)), axis=0, out=np.zeros((2,)))
    assert message_of(e.value) == "Shape inconsistent, Provided = [2], inferred shape=[3]"


def test_negative_cumsum_axis_fails_when_read():
    r = np.cumsum(np.ones((2, 3)), axis=-1)
    assert r.shape == (2, 3)
    _fails_when_read(r, "Check failed: i >= 0 && i < ndim(): index = -1 must be in range [0, 2)")


@pytest.mark.parametrize("axis", [2, -3])
def test_cumsum_axis_out_of_range_fails_when_read_and_so_does_its_out(axis):
    words = ("Check failed: !axis.has_value() || ((axis.value() >= -out.shape_.ndim()) && axis.value() < "
             f"out.shape_.ndim()): axis value {axis} out of range")
    r = np.ones((2, 3)).cumsum(axis=axis, dtype='float64')
    assert r.shape == (2, 3) and r.dtype == onp.float64
    _fails_when_read(r, words)
    out = np.zeros((2, 3))
    assert np.cumsum(np.ones((2, 3)), axis=axis, out=out) is out
    _fails_when_read(out, words)
    legacy = mx.nd.cumsum(mx.nd.ones((2, 3)), axis=axis)
    assert legacy.shape == (2, 3)
    _fails_when_read(legacy, words)


def test_refused_reduction_dtypes_name_the_call():
    with pytest.raises(MXNetError) as e:
        np.std(np.ones((2, 3)), axis=0, dtype='bool')
    assert message_of(e.value).endswith(', in operator _npi_std(name="", keepdims="False", dtype="bool", ddof="0", '
                                 'axis="0")')
    with pytest.raises(MXNetError) as e:
        np.cumsum(np.ones((2, 3)), axis=0, dtype='bool')
    assert message_of(e.value).endswith(', in operator _np_cumsum(name="", dtype="bool", axis="0")')
    with pytest.raises(MXNetError) as e:
        np.percentile(np.ones((2, 3)), 50, interpolation='bogus')
    assert message_of(e.value) == ("Invalid Input: 'bogus', valid values are: {'higher', 'linear', 'lower', 'midpoint', "
                            "'nearest'}, in operator _npi_percentile(name=\"\", q_scalar=\"50\", keepdims=\"False\", "
                            "interpolation=\"bogus\", axis=\"None\")")


@pytest.mark.parametrize("fn", [np.max, np.amin])
def test_extreme_reductions_refuse_duplicate_axes(fn):
    with pytest.raises(MXNetError) as e:
        fn(np.ones((2, 3, 2)), axis=(1, 1))
    assert message_of(e.value) == "Check failed: axes[i-1] < axes[i] (1 vs. 1) : Reduction axes have duplicates [1,1]"


def test_bool_average_fails_when_read():
    r = np.average(np.ones((2, 3), dtype='bool'), axis=0)
    assert r.shape == (3,)
    _fails_when_read(r, "Unknown type enum 7")


def test_percentile_out_of_range_fails_when_read():
    r = np.quantile(np.ones((2, 3)), 2)
    assert r.shape == ()
    _fails_when_read(r, 'Traceback (most recent call last):\n  File "../src/operator/numpy/np_percentile_op-inl.h", line '
                        '282\nValueError: Check failed: is_valid: percentile exceeds the valid range', ValueError)


def test_unsigned_fallback_results_have_no_mxnet_type():
    with pytest.raises(MXNetError) as e:
        np.nancumsum(np.ones((2,), dtype='uint8'))
    assert message_of(e.value) == "Unknown DLDataType{\x01, @, 1}"


def test_alltrue_binds_its_arguments_as_numpy_1_23():
    with pytest.raises(TypeError) as e:
        np.alltrue(np.ones((2,)), dtype='float64')
    assert message_of(e.value) == "_all_dispatcher() got an unexpected keyword argument 'dtype'"


def test_cpp_side_type_errors_name_their_type_in_their_words():
    # MXNet raises the builtin type its C++ check names (not an MXNetError), led by the check's source line
    with pytest.raises(TypeError) as e:
        np.isnan(np.ones(2), out=np.zeros(2))
    assert not isinstance(e.value, MXNetError)
    assert str(e.value) == ('Traceback (most recent call last):\n  File "../src/operator/numpy/np_elemwise_unary_op_basic.cc", '
                            'line 95\nTypeError: the `out` parameter should be a boolean array')
    with pytest.raises(ValueError) as e:
        np.transpose(np.ones((2, 3)), (1, 1))
    assert not isinstance(e.value, MXNetError)
    assert str(e.value).endswith("\nValueError: Check failed: axes_set.size() == axes.ndim() (1 vs. 2) : Repeated axis "
                                 "in transpose. param.axes = [1,1]")


def test_cumsum_out_shape_along_an_axis_is_an_incompatible_attribute():
    with pytest.raises(MXNetError) as e:
        np.cumsum(np.ones((2, 3)), axis=0, out=np.zeros((3,), dtype='int32'))
    assert message_of(e.value) == ("Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node  at 0-th output: "
                            "expected [2,3], got [3]")
    with pytest.raises(MXNetError) as e:
        np.cumsum(np.ones((2, 3)), out=np.zeros((3,)))
    assert message_of(e.value).splitlines()[0] == "Shape inconsistent, Provided = [3], inferred shape=[6]"


def test_average_out_type_names_the_result_first():
    with pytest.raises(MXNetError) as e:
        np.average(np.ones((2, 3)), axis=0, out=np.zeros((3,), dtype='int32'))
    assert message_of(e.value) == "Type inconsistent, Provided = float32, inferred type = int32"
