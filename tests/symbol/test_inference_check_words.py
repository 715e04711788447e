"""Symbol inference refusals carry MXNet's check words (measured on MXNet 1.9.1), and its silent cases stay silent."""
import numpy as np
import pytest

import distnet as mx
from distnet.base import MXNetError

S = mx.sym


def _refusal(call):
    with pytest.raises(MXNetError) as info:
        call()
    return str(info.value).split("\n")[0]


def test_elementwise_shapes_merge_in_turn_and_refuse_with_what_was_known():
    add_n = S.add_n(S.var("a"), S.var("b"), S.var("c"), name="n")
    assert _refusal(lambda: add_n.infer_shape_partial(a=(0, 3), b=(2, 4))) == (
        "Error in operator n: Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node n at 1-th input: "
        "expected [2,3], got [2,4]")
    assert _refusal(lambda: add_n.infer_shape_partial(b=(2, 0), c=(2, 3, 1))).endswith(
        "at 2-th input: expected [2,-1], got [2,3,1]")
    assert add_n.infer_shape_partial(a=(2, 0), c=(0, 3)) == ([(2, 3)] * 3, [(2, 3)], [])


def test_uniform_type_refusal_prints_both_type_numbers():
    rnn = S.RNN(S.var("d"), S.var("p"), S.var("s"), mode="gru", state_size=2, num_layers=1, name="n")
    assert _refusal(lambda: rnn.infer_type(d="float16", p="float32")) == (
        "Error in operator n: Check failed: (*in_type)[i] == dtype (0 vs. 2) : This layer requires uniform type. "
        "Expected 'float16' v.s. given 'float32' at 'parameters'")
    assert _refusal(lambda: rnn.infer_type(p="int8")) == (
        "Error in operator n: Check failed: dtype != -1 (-1 vs. -1) : First input must have specified type")


def test_rois_need_the_data_dtype():
    roi = S.ROIPooling(S.var("d"), S.var("r"), pooled_size=(2, 2), spatial_scale=1.0, name="n")
    assert _refusal(lambda: roi.infer_type_partial(d="float16", r="float32")) == (
        "Error in operator n: Check failed: dtype == (*in_type)[1] (2 vs. 0) : ")
    assert _refusal(lambda: roi.infer_type_partial()).endswith("Input must have specified type")
    assert roi.infer_type(d="int32", r="int32") == ([np.int32, np.int32], [np.int32], [])


def test_where_and_samplers_leave_a_dtype_conflict_unsolved():
    where = S.where(S.var("c"), S.var("a"), S.var("b"), name="n")
    assert where.infer_type_partial(a="float16", b="float32") == ([None, np.float16, np.float32], [None], [])
    sample = S.sample_normal(S.var("m"), S.var("s"), name="n")
    assert sample.infer_type_partial(m="float16", s="float32") == ([np.float16, np.float32], [None], [])
    with pytest.warns(UserWarning, match="as input:\n\t$"):
        assert sample.infer_type(m="float16", s="float32") == (None, None, None)


def test_given_dtypes_are_read_through_numpy():
    both = S.var("a") + S.var("b")
    with pytest.raises(TypeError, match="Argument need to be one of"):
        both.infer_type("complex64")
    assert both.infer_type_partial(a="complex64", bogus=np.int16) == ([None, None], [None], [])
    with pytest.raises(TypeError, match="data type 'foo' not understood"):
        both.infer_type(a="float32", bogus="foo")
    assert _refusal(lambda: both.infer_type("float32")) == "basic_string: :_S_construct null not valid"
