"""Symbol inference refusals carry MXNet's check words (measured on MXNet 1.9.1), and its silent cases stay silent."""
import numpy as np
import pytest

import distnet as mx
from distnet.base import MXNetError, message_of

S = mx.sym


def _refusal(call):
    with pytest.raises(MXNetError) as info:
        call()
    return message_of(info.value).split("\n")[0]


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
        "Error in operator n: ../src/operator/rnn.cc:154: Check failed: dtype != -1 (-1 vs. -1) : First input must "
        "have specified type")


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


def test_broadcast_refuses_known_sizes_that_differ_while_others_are_unknown():
    add = S.broadcast_add(S.var("a"), S.var("b"), name="n")
    assert _refusal(lambda: add.infer_shape_partial(a=(3, 4), b=(0, 3))) == (
        "Error in operator n: Check failed: l == 1 || r == 1: operands could not be broadcast together with shapes "
        "[3,4] [-1,3]")
    assert add.infer_shape_partial(a=(3, 1), b=(0, 5)) == ([(3, 1), (0, 5)], [(0, 5)], [])     # unknown stays unknown


def test_broadcast_to_shows_its_target_as_given():
    to = S.broadcast_to(S.var("a"), shape=(0, 3, 4), name="n")
    assert _refusal(lambda: to.infer_shape_partial(a=(0, 4))).endswith(
        "Operand of shape [-1,4] cannot be broadcasted to [0,3,4]")
    assert _refusal(lambda: to.infer_shape_partial(a=(2, 0, 1))).endswith(
        "Array cannot be broadcasted from [2,-1,1] to [0,3,4]")


@pytest.mark.parametrize("make, label, words", [
    (lambda d, l: S.SoftmaxOutput(d, l, name="n"), (0, 3), "Provided = [-1,3], inferred shape=[2]"),
    (lambda d, l: S.SVMOutput(d, l, name="n"), (2, 0), "Provided = [2,-1], inferred shape=[2]"),
    (lambda d, l: S.softmax(d, l, use_length=True, name="n"), (0, 3), "Provided = [-1,3], inferred shape=[2]"),
    (lambda d, l: S.SequenceMask(d, l, use_sequence_length=True, name="n"), (2, 0),
     "Provided = [2,-1], inferred shape=(3,)"),
    (lambda d, l: S.pick(d, l, axis=1, name="n"), (0, 3), "Provided = [2,3], inferred shape=[2,1]"),
    (lambda d, l: S.LinearRegressionOutput(d, l, name="n"), (0, 3), "Provided=[-1,3], inferred shape=[2,3]"),
])
def test_a_partly_known_label_is_checked_against_the_data(make, label, words):
    sym = make(S.var("d"), S.var("l"))
    assert _refusal(lambda: sym.infer_shape_partial(d=(2, 3), l=label)) == (
        f"Error in operator n: Shape inconsistent, {words}")


def test_partly_known_labels_that_fit_are_filled():
    assert S.pick(S.var("d"), S.var("l"), axis=1).infer_shape(d=(2, 3), l=(2, 0))[0] == [(2, 3), (2, 1)]
    assert S.SoftmaxOutput(S.var("d"), S.var("l")).infer_shape(d=(2, 3, 4), l=(0, 3))[0] == [(2, 3, 4), (2, 3)]
    lro = S.LinearRegressionOutput(S.var("d"), S.var("l"), name="n")
    assert _refusal(lambda: lro.infer_shape(d=(2, 3), l=(2, 0))) == (
        "Error in operator n: Check failed: dim_size_is_known(*it): Shape dim size cannot be a negative value -1")


def test_one_dimensional_data_where_a_channel_axis_is_read():
    for sym in (S.InstanceNorm(S.var("d"), name="n"), S.LeakyReLU(S.var("d"), act_type="prelu", name="n"),
                S.UpSampling(S.var("d"), scale=2, sample_type="nearest", name="n")):
        assert _refusal(lambda: sym.infer_shape(d=(5,))) == (
            "Error in operator n: Check failed: i >= 0 && i < ndim(): index = 1 must be in range [0, 1)")
    seq = S.SequenceLast(S.var("d"), name="n")
    assert _refusal(lambda: seq.infer_shape_partial(d=(3,))).endswith(
        "Check failed: dshape.ndim() > 1U (1 vs. 1) : The data array must be of rank 2 or greater.")
    assert S.softmax(S.var("d"), S.var("l"), use_length=True).infer_shape(d=(4,))[0] == [(4,), (1,)]
    assert S.argmax(S.var("d"), axis=1).infer_shape(d=(5,))[1] == [(1,)]


def test_rnn_checks_given_parameters_and_states_while_the_batch_is_unknown():
    rnn = S.RNN(S.var("d"), S.var("p"), S.var("s"), state_size=4, num_layers=1, mode="rnn_tanh", name="n")
    # one layer, one direction: (input 3 + state 4 + 2 biases) * 4 units
    assert _refusal(lambda: rnn.infer_shape_partial(d=(0, 2, 3), p=(40,))) == (
        "Error in operator n: Shape inconsistent, Provided = [40], inferred shape=(36,)")
    assert _refusal(lambda: rnn.infer_shape_partial(d=(5, 0, 3), s=(4, 2, 4))) == (
        "Error in operator n: Shape inconsistent, Provided = [4,2,4], inferred shape=(1,-1,4)")


def test_a_prelu_gamma_of_known_rank_is_left_as_given():
    prelu = S.LeakyReLU(S.var("d"), S.var("g"), act_type="prelu")
    assert prelu.infer_shape_partial(d=(2, 3, 5), g=(0,))[0] == [(2, 3, 5), (0,)]
    assert prelu.infer_shape_partial(d=(2, 3, 5))[0] == [(2, 3, 5), (3,)]


def test_slice_like_checks_known_sizes_while_others_are_unknown():
    like = S.slice_like(S.var("a"), S.var("b"), name="n")
    assert like.infer_shape_partial(a=(2, 3), b=(0, 3)) == ([(2, 3), (0, 3)], [(0, 3)], [])
    assert _refusal(lambda: like.infer_shape_partial(a=(0, 3), b=(2, 3))) == (
        "Error in operator n: Check failed: ishape[i] >= from_shape[i] (-1 vs. 2) : Slice axis 0 with size 2exceeds "
        "limit of input with size -1")
    on_axis = S.slice_like(S.var("a"), S.var("b"), axes=(1,), name="n")
    assert on_axis.infer_shape_partial(a=(3, 4), b=(2, 0)) == ([(3, 4), (2, 0)], [(3, 0)], [])
    assert _refusal(lambda: on_axis.infer_shape_partial(a=(3,), b=(0, 3))).endswith(
        "Slice axis: 1 exceeds first input: 1")


def test_ctc_loss_refuses_data_that_is_not_three_dimensional_while_the_label_is_partly_known():
    ctc = S.ctc_loss(S.var("a"), S.var("b"), name="n")
    assert _refusal(lambda: ctc.infer_shape_partial(a=(3,), b=(0, 3))) == (
        "Error in operator n: Check failed: dshape.ndim() == 3U (1 vs. 3) : The number of dimensions of data array "
        "must be 3.")


def test_concat_merges_every_input_before_checking_each():
    cc = S.concat(S.var("a"), S.var("b"), dim=1, name="n")
    # the merged shape takes the batch from b and the last size from a (the first to give it) before b is checked
    assert _refusal(lambda: cc.infer_shape_partial(a=(0, 3, 4), b=(2, 4, 5))) == (
        "Error in operator n: Check failed: shape_assign(&(*in_shape)[i], dshape): Incompatible input shape: "
        "expected [2,-1,4], got [2,4,5]")


def test_stack_leaves_the_output_unknown_when_a_conflict_stops_the_merge_early():
    st = S.stack(S.var("a"), S.var("b"), axis=0)
    assert st.infer_shape_partial(a=(2, 0, 4), b=(3, 3, 4))[1] == [()]
    assert st.infer_shape_partial(a=(2, 0, 4), b=(2, 3, 4))[1] == [(2, 2, 3, 4)]


def test_depth_to_space_reads_an_unknown_depth_as_minus_one():
    d2s = S.depth_to_space(S.var("a"), block_size=2, name="n")
    assert _refusal(lambda: d2s.infer_shape_partial(a=(2, 0, 6, 6))).endswith(
        "Check failed: in_shape[1] % (block * block) == 0 (-1 vs. 0) : Cannot perform Depth To Space operation on the "
        "specified tensor. Dimension:1(depth dimension) should be a multiple of 'block^2'")
    assert d2s.infer_shape_partial(a=(0, 8, 3, 3)) == ([(0, 8, 3, 3)], [(0, 2, 6, 6)], [])
    s2d = S.space_to_depth(S.var("a"), block_size=2, name="n")
    # the unknown depth times the block squared is -4, which MXNet's shape refuses
    assert _refusal(lambda: s2d.infer_shape_partial(a=(2, 0, 6, 6))).endswith(
        "Check failed: dim_size >= -1 (-4 vs. -1) : shape dim size must be >= -1, while received -4")


def test_box_iou_checks_partly_known_boxes():
    iou = S.contrib.box_iou(S.var("a"), S.var("b"), name="n")
    assert _refusal(lambda: iou.infer_shape_partial(a=(3, 4), b=(2, 0))) == (
        "Error in operator n: Check failed: rdim == 4 (-1 vs. 4) : last dimension of rhs must be 4 -1 provided")
    assert iou.infer_shape_partial(a=(0, 4), b=(2, 4)) == ([(0, 4), (2, 4)], [(0, 2)], [])


def test_group_norm_reads_an_unknown_channel_count_as_minus_one():
    gn = S.GroupNorm(S.var("a"), num_groups=2, name="n")
    assert _refusal(lambda: gn.infer_shape_partial(a=(2, 0, 4))) == (
        "Error in operator n: Check failed: dshape[1] % num_groups == 0 (-1 vs. 0) : # of channels must be divisible "
        "by # of groups")


def test_partly_known_data_meets_the_axis_and_size_checks_first():
    rep = S.repeat(S.var("a"), repeats=2, axis=1, name="n")
    assert _refusal(lambda: rep.infer_shape_partial(a=(0,))) == (
        "Error in operator n: Check failed: axis >= 0 && axis < ndims: axis = 1 out of bounds")
    mom = S.moments(S.var("a"), axes=(1,), name="n")
    assert _refusal(lambda: mom.infer_shape_partial(a=(0,))) == (
        "Error in operator n: Check failed: axes[axes.ndim()-1] < ishape.ndim() (1 vs. 1) : Reduction axis 1 Exceeds "
        "input dimensions [-1]")
    up = S.UpSampling(S.var("a"), scale=2, sample_type="nearest", name="n")
    assert _refusal(lambda: up.infer_shape_partial(a=(2, 3, 0, 4))) == (
        "Error in operator n: Check failed: dim_size >= -1 (-2 vs. -1) : shape dim size must be >= -1, while received -2")
    assert S.argmax_channel(S.var("a")).infer_shape(a=(4,))[1] == [(1,)]


def test_outputs_of_partly_known_data_as_mxnet_gives_them():
    d, l = S.var("d"), S.var("l")
    assert S.pick(d, l, axis=1).infer_shape_partial(d=(0, 3))[1] == [(0,)]
    assert S.pick(d, l, axis=0, keepdims=True).infer_shape_partial(d=(2, 0))[1] == [(1, 0)]
    assert S.SoftmaxOutput(d, l).infer_shape_partial(d=(0, 3), l=(2,))[1] == [(0, 3)]
    # the regression outputs and gather_nd wait for every size
    assert S.LinearRegressionOutput(d, l).infer_shape_partial(d=(0, 3), l=(0, 3))[1] == [()]
    assert S.gather_nd(d, l).infer_shape_partial(d=(0, 3), l=(2, 3))[1] == [()]
