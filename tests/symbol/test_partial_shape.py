"""MXNet 1.x legacy shape semantics: a 0 dimension is unknown and inference fills it (values measured on 1.9.1)."""
import re
import warnings

import numpy as np
import pytest

import distnet as mx
from distnet.base import MXNetError, message_of


def _args(sym, **shapes):
    arg_shapes, out_shapes, _ = sym.infer_shape(**shapes)
    return dict(zip(sym.list_arguments(), arg_shapes)), out_shapes


def test_elementwise_merges_unknown_dimensions():
    a = mx.sym.Variable("a", shape=(0, 10))
    b = mx.sym.Variable("b", shape=(12, 0))
    args, outs = _args(a + b)
    assert args == {"a": (12, 10), "b": (12, 10)} and outs == [(12, 10)]


def test_fully_connected_takes_batch_from_consumer():
    a = mx.sym.Variable("a", shape=(0, 10))
    d = mx.sym.FullyConnected(data=a, num_hidden=21, name="fc") + mx.sym.Variable("c", shape=(5, 0))
    args, outs = _args(d)
    assert args == {"a": (5, 10), "fc_weight": (21, 10), "fc_bias": (21,), "c": (5, 21)}


def test_slice_channel_backwards():
    a = mx.sym.Variable("a", shape=(0, 10))
    b = mx.sym.SliceChannel(data=a, num_outputs=10, axis=1, squeeze_axis=True)
    assert _args(b[1] + mx.sym.Variable("c", shape=(5,)))[0]["a"] == (5, 10)
    a = mx.sym.Variable("a", shape=(0, 15, 0))
    b = mx.sym.SliceChannel(data=a, num_outputs=3, squeeze_axis=False)
    assert _args(b[1] + mx.sym.Variable("c", shape=(3, 5, 2)))[0]["a"] == (3, 15, 2)


def test_convolution_and_concat_backwards():
    a = mx.sym.Variable("a", shape=(0, 10, 0, 0))
    b = mx.sym.Convolution(data=a, num_filter=21, kernel=(3, 3), dilate=(1, 1), pad=(1, 1), name="cv")
    assert _args(b + mx.sym.Variable("c", shape=(5, 21, 32, 32)))[0]["a"] == (5, 10, 32, 32)
    c = mx.sym.Concat(mx.sym.Variable("a", shape=(0, 10)), mx.sym.Variable("b", shape=(0, 5)), dim=1, name="cc")
    args, _ = _args(mx.sym.Variable("d", shape=(2, 0)) + c)
    assert args == {"d": (2, 15), "a": (2, 10), "b": (2, 5)}


def test_backward_inference_through_identity_like_rhs():
    w, data = mx.sym.Variable("weight"), mx.sym.Variable("data")
    wt = mx.sym.broadcast_add(w, mx.sym.Variable("wshift", shape=(1,)))
    wt = mx.sym._internal._identity_with_attr_like_rhs(wt, w)
    net = mx.sym.FullyConnected(data=data, weight=wt, num_hidden=11, no_bias=True, name="fc")
    assert _args(net, data=(7, 100))[0]["weight"] == (11, 100)


@pytest.mark.parametrize("make, shapes, expected", [
    (lambda x, y: mx.sym.dot(x, y), dict(x=(0, 3, 4), y=(4, 5)), [(0, 3, 5)]),
    (lambda x, y: mx.sym.batch_dot(x, y), dict(x=(0, 3, 4), y=(0, 0, 5)), [()]),
    (lambda x, y: mx.sym.where(mx.sym.Variable("cond"), x, y), dict(cond=(0, 2), x=(0, 2), y=(0, 2)), [()]),
    (lambda x, y: mx.sym.broadcast_add(x, y), dict(x=(0, 3), y=(2, 1)), [(0, 3)]),
    (lambda x, y: mx.sym.reshape(x, shape=(-1, 6)), dict(x=(0, 3, 2)), [(0, 6)]),
    (lambda x, y: mx.sym.reshape(x, shape=(0, -1)), dict(x=(0, 3, 2)), [(0, 0)]),
    (lambda x, y: mx.sym.Flatten(x), dict(x=(0, 3, 4, 4)), [()]),
    (lambda x, y: mx.sym.Pooling(x, kernel=(2, 2), pool_type="max", name="p"), dict(x=(0, 3, 4, 4)), [(0, 3, 3, 3)]),
    (lambda x, y: mx.sym.Concat(x, y, dim=0), dict(x=(0, 3), y=(2, 3)), [(0, 3)]),
    (lambda x, y: mx.sym.Concat(x, y, dim=1), dict(x=(0, 3), y=(2, 4)), [(2, 7)]),
    (lambda x, y: mx.sym.stack(x, y), dict(x=(0, 3), y=(2, 0)), [(2, 2, 3)]),
    (lambda x, y: mx.sym.ones_like(x) + y, dict(x=(0, 3), y=(2, 0)), [(2, 3)]),
])
def test_partial_outputs_match_mxnet(make, shapes, expected):
    with mx.name.NameManager():
        sym = make(mx.sym.Variable("x"), mx.sym.Variable("y"))
    assert sym.infer_shape_partial(**shapes)[1] == expected


def test_stack_and_concat_leave_inputs_as_mxnet_does():
    x, y = mx.sym.Variable("x"), mx.sym.Variable("y")
    assert mx.sym.stack(x, y).infer_shape_partial(x=(0, 3), y=(2, 0))[0] == [(0, 3), (2, 0)]
    assert mx.sym.Concat(x, y, dim=1).infer_shape_partial(x=(0, 3), y=(2, 4))[0] == [(2, 3), (2, 4)]


def test_unknown_batch_warns_and_returns_nones():
    fc = mx.sym.FullyConnected(mx.sym.Variable("x"), num_hidden=5, name="f2")
    assert fc.infer_shape_partial(x=(0, 7)) == ([(0, 7), (5, 7), (5,)], [(0, 5)], [])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert fc.infer_shape(x=(0, 7)) == (None, None, None)
    assert caught and caught[0].filename == __file__


def test_side_inputs_keep_their_own_shapes():
    x, length = mx.sym.Variable("x"), mx.sym.Variable("l")
    assert mx.sym.softmax(x, length, use_length=True, axis=0).infer_shape(x=(2, 3))[0] == [(2, 3), (3,)]
    prelu = mx.sym.LeakyReLU(x, act_type="prelu", name="p")
    assert prelu.infer_shape_partial(x=(0, 3, 4)) == ([(0, 3, 4), (3,)], [(0, 3, 4)], [])


@pytest.mark.parametrize("target, data, expected", [
    ((2, 0), (1, 0), ([(1, 0)], [(2, 0)], [])),
    ((2, 3), (1, 3), ([(1, 3)], [(2, 3)], [])),
])
def test_broadcast_to_keeps_an_unknown_dimension_its_shape_leaves_to_the_input(target, data, expected):
    assert mx.sym.broadcast_to(mx.sym.var("x"), shape=target).infer_shape_partial(x=data) == expected


@pytest.mark.parametrize("target, data, message", [
    ((2, 3), (1, 0), r"Array cannot be broadcasted from \[1,-1\] to \[2,3\]"),
    ((2, 3), (0, 3, 3), r"ishape.ndim\(\) == param.shape.ndim\(\) \(3 vs. 2\)"),
])
def test_broadcast_to_refuses_an_unknown_dimension_it_must_grow(target, data, message):
    with pytest.raises(mx.base.MXNetError, match=message):
        mx.sym.broadcast_to(mx.sym.var("x"), shape=target).infer_shape_partial(x=data)


@pytest.mark.parametrize("attrs, params, outs", [
    (dict(mode="lstm"), 80, [(5, 2, 4)]),
    (dict(mode="gru", bidirectional=True, state_outputs=True), 120, [(5, 2, 8), (2, 2, 4)]),
    (dict(mode="lstm", state_outputs=True, num_layers=2), 240, [(5, 2, 4), (2, 2, 4), (2, 2, 4)]),
    (dict(mode="rnn_tanh"), 20, [(5, 2, 4)]),
])
def test_rnn_with_an_unknown_input_size_sizes_its_parameters_with_minus_one(attrs, params, outs):
    attrs.setdefault("num_layers", 1)
    args, out_shapes, _ = mx.sym.RNN(mx.sym.var("x"), state_size=4, name="o", **attrs).infer_shape_partial(x=(5, 2, 0))
    assert args[1] == (params,) and out_shapes == outs


@pytest.mark.parametrize("attrs, data, message", [
    (dict(kernel=(2, 2), pool_type="max"), (1, 3, 0, 4), r"kernel size \(2\) exceeds input \(-1 padded to -1\)"),
    (dict(kernel=(2, 2), pool_type="avg", pad=(1, 1)), (1, 3, 0, 4), r"exceeds input \(-1 padded to 1\)"),
    (dict(kernel=(2, 2), pool_type="max", layout="NHWC"), (1, 0, 4, 3), r"param.kernel\[0\] <= dshape_nchw\[2\]"),
    (dict(kernel=(2, 2, 2), pool_type="max"), (1, 3, 0, 4, 4), r"\(2 vs. -1\) : kernel size exceeds input"),
])
def test_pooling_refuses_an_unknown_pooled_dimension_as_mxnet_compares_the_kernel_with_minus_one(attrs, data, message):
    with pytest.raises(mx.base.MXNetError, match=message):
        mx.sym.Pooling(mx.sym.var("x"), **attrs).infer_shape_partial(x=data)


@pytest.mark.parametrize("attrs, data, out", [
    (dict(kernel=(2, 2), global_pool=True), (1, 3, 0, 4), (1, 3, 1, 1)),
    (dict(kernel=(2, 2), pool_type="max"), (0, 3, 4, 4), (0, 3, 3, 3)),
])
def test_pooling_infers_past_an_unknown_batch_or_a_global_pool(attrs, data, out):
    assert mx.sym.Pooling(mx.sym.var("x"), **attrs).infer_shape_partial(x=data)[1] == [out]


@pytest.mark.parametrize("make, data, message", [
    (lambda x: mx.sym.split(x, num_outputs=2, axis=1), (2, 0), "2 does not evenly divide -1"),
    (lambda x: mx.sym.repeat(x, repeats=2, axis=0), (0, 3), r"dim_size >= -1 \(-2 vs. -1\)"),
    (lambda x: mx.sym.repeat(x, repeats=2), (0, 3), "Shape dim size cannot be a negative value -1"),
])
def test_split_and_repeat_over_an_unknown_dimension_fail_as_mxnets_minus_one_does(make, data, message):
    with pytest.raises(mx.base.MXNetError, match=message):
        make(mx.sym.var("x")).infer_shape_partial(x=data)


@pytest.mark.parametrize("make, data, outs", [
    (lambda x: mx.sym.split(x, num_outputs=1, axis=1), (2, 0), [(2, 0)]),
    (lambda x: mx.sym.split(x, num_outputs=2, axis=0), (2, 0), [(1, 0), (1, 0)]),
    (lambda x: mx.sym.repeat(x, repeats=1, axis=0), (0, 3), [(0, 3)]),
    (lambda x: mx.sym.repeat(x, repeats=2, axis=1), (0, 3), [(0, 6)]),
])
def test_split_and_repeat_keep_an_unknown_dimension_they_do_not_touch(make, data, outs):
    assert make(mx.sym.var("x")).infer_shape_partial(x=data)[1] == outs


@pytest.mark.parametrize("partial, shapes, expected", [
    (True, {"x": (2, -1), "y": (-1, 3)}, ([(2, 3), (2, 3)], [(2, 3)], [])),
    (False, {"x": (2, -1), "y": (2, 3)}, ([(2, 3), (2, 3)], [(2, 3)], [])),
    (True, {"x": (2, -1)}, ([(2, -1), (2, -1)], [(2, -1)], [])),
    (False, {"x": (2, -1)}, (None, None, None)),
])
def test_np_shape_minus_one_dimensions_are_unknown_to_inference(partial, shapes, expected):
    with mx.util.np_shape(True), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        sym = mx.sym.var("x") + mx.sym.var("y")
        got = sym.infer_shape_partial(**shapes) if partial else sym.infer_shape(**shapes)
    assert got == expected


def test_np_shape_unknown_batch_through_reductions_and_layers():
    with mx.util.np_shape(True):
        fc = mx.sym.FullyConnected(mx.sym.var("x"), num_hidden=4, name="fc").infer_shape_partial(x=(-1, 3))
        total = mx.sym.sum(mx.sym.var("x"), axis=1).infer_shape_partial(x=(-1, -1))
    assert fc == ([(-1, 3), (4, 3), (4,)], [(-1, 4)], [])
    assert total == ([(-1, -1)], [(-1,)], [])


@pytest.mark.parametrize("size, error", [(2.0, "'float' object cannot be interpreted as an integer"),
                                         ("2", "'>' not supported between instances of 'str' and 'int'")])
def test_shape_sizes_must_be_integers(size, error):
    fc = mx.sym.FullyConnected(mx.sym.var("x"), num_hidden=3, name="fc")
    with pytest.raises(TypeError, match=error):
        fc.infer_shape(x=(size, 5))


def test_a_true_size_is_one():
    fc = mx.sym.FullyConnected(mx.sym.var("x"), num_hidden=3, name="fc")
    shapes = fc.infer_shape(x=(True, 5))
    assert shapes == ([(1, 5), (3, 5), (3,)], [(1, 3)], []) and type(shapes[0][0][0]) is int


@pytest.mark.parametrize("make, full, partial", [
    (lambda: mx.sym.linspace(0, 1, 0), ([], [(0,)], []), ([], [(0,)], [])),
    (lambda: mx.sym.eye(2, 0), ([], [(2, 2)], []), ([], [(2, 2)], [])),        # M=0 is M=N
    (lambda: mx.sym.eye(0) * 2, ([], [(0, 0)], []), ([], [(0, 0)], [])),
    (lambda: mx.sym.zeros((0,)), (None, None, None), ([], [(0,)], [])),
    (lambda: mx.sym.ones(()), (None, None, None), ([], [()], [])),
    (lambda: mx.sym.zeros(()) + 1, (None, None, None), ([], [()], [])),
    (lambda: mx.sym.random.uniform(shape=()), (None, None, None), ([], [()], [])),
    (lambda: mx.sym.random.uniform(shape=(0,)), (None, None, None), ([], [(0,)], [])),
    (lambda: mx.sym.random.normal(shape=(2, 0)), (None, None, None), ([], [(2, 0)], [])),
])
def test_creation_ops_zero_sizes_are_real_only_when_computed(make, full, partial):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        sym = make()
        assert sym.infer_shape() == full
        assert sym.infer_shape_partial() == partial


@pytest.mark.parametrize("shape", [(None, 3), (2.0, 3), np.array([2, 3])])
def test_a_declared_shape_that_is_not_integers_fails_inference(shape):
    with pytest.raises(MXNetError, match=r"Check failed: is >> rshape\[out_ent_id\] Invalid attribute"):
        mx.sym.var("x", shape=shape).infer_shape_partial()


@pytest.mark.parametrize("data, kernel, pad, message", [
    ((1, 2, 5), (7,), (0,), "Check failed: param.kernel[0] <= dshape_ncw[2] + 2 * param.pad[0]: kernel size (7) "
                            "exceeds input (5 padded to 5)"),
    ((1, 2, 5, 5), (2, 8), (0, 1), "Check failed: param.kernel[1] <= dshape_nchw[3] + 2 * param.pad[1]: kernel size "
                                   "(8) exceeds input (5 padded to 7)"),
    ((1, 2, 5, 5, 5), (1, 1, 9), (0, 0, 1), "Check failed: param.kernel[2] <= dshape_ncdhw[4] + 2 * param.pad[2] "
                                            "(9 vs. 7) : kernel size exceeds input"),
])
def test_pooling_window_larger_than_a_known_padded_input_fails_with_the_check_words(data, kernel, pad, message):
    with pytest.raises(mx.base.MXNetError) as graph:
        mx.sym.Pooling(mx.sym.var("d"), kernel=kernel, pad=pad, name="pool").infer_shape(d=data)
    assert message_of(graph.value).endswith("Error in operator pool: " + message)
    with pytest.raises(mx.base.MXNetError) as call:
        mx.nd.Pooling(mx.nd.ones(data), kernel=kernel, pad=pad)
    assert message_of(call.value).endswith(message)


@pytest.mark.parametrize("make, shapes, message", [
    (mx.sym.batch_take, dict(a=(2, 3)), "Check failed: ndim_is_known(this->ndim()): Shape is unknown."),
    (mx.sym.batch_take, dict(b=(2,)), "Check failed: (*in_attrs)[0].ndim() >= 2 (-1 vs. 2) : Data array must have at "
                                      "least 2 dimensional"),
    (mx.sym.softmax_cross_entropy, dict(a=(2, 3)), "Check failed: (*in_attrs)[1].ndim() == 1U (-1 vs. 1) : "
                                                   "SoftmaxCrossEntropy only accept 1D label"),
    (mx.sym.softmax_cross_entropy, dict(a=(2, 3), b=(0,)), "Check failed: (*in_attrs)[0][0] == (*in_attrs)[1][0] "
                                                           "(2 vs. -1) : SoftmaxCrossEntropy: data label shape mismatch"),
    (mx.sym.Correlation, dict(a=(1, 2, 5)), "Check failed: dshape1.ndim() == 4U (3 vs. 4) : data should be a 4D tensor"),
    (mx.sym.Correlation, dict(a=(1, 2, 5, 5)), "Check failed: dshape2.ndim() == 4U (-1 vs. 4) : data should be a 4D "
                                               "tensor"),
    (mx.sym.CTCLoss, dict(a=(5, 2)), "Check failed: dshape.ndim() == 3U (2 vs. 3) : The number of dimensions of data "
                                     "array must be 3."),
    (mx.sym.CTCLoss, dict(a=(5, 0, 4), b=(2, 3)), "Check failed: dshape[1] == lshape[0] (-1 vs. 2) : The batch size "
                                                  "for the labels and data arrays must be the same."),
])
def test_ops_reading_unknown_input_shapes_fail_with_their_own_checks_in_order(make, shapes, message):
    with pytest.raises(mx.base.MXNetError) as info:
        make(mx.sym.var("a"), mx.sym.var("b"), name="op").infer_shape_partial(**shapes)
    assert message_of(info.value) == "Error in operator op: " + message


def test_checks_that_pass_leave_unknown_sizes_as_mxnet_does():
    a, b = mx.sym.var("a"), mx.sym.var("b")
    assert mx.sym.softmax_cross_entropy(a, b).infer_shape_partial(a=(2, 0), b=(2,))[1] == [(1,)]
    assert mx.sym.CTCLoss(a, b).infer_shape_partial(a=(5, 2, 4), b=(2, 0)) == ([(5, 2, 4), (2, 0)], [(2,)], [])


def _in_node(node, check):
    """A graph's error at ``node``: MXNet's words name the node, then the check's log line (time and source line)."""
    return re.escape(f"Error in operator {node}: ") + r"\[\d\d:\d\d:\d\d\] \S+:\d+: " + re.escape(check)


def test_broadcast_to_without_a_shape_broadcasts_to_the_empty_shape():
    message = "Check failed: ishape.ndim() == param.shape.ndim() (2 vs. 0) : Operand of shape [2,3] cannot be " \
              "broadcasted to []"
    with pytest.raises(mx.base.MXNetError, match=re.escape(message)):
        mx.nd.broadcast_to(mx.nd.ones((2, 3)))
    with pytest.raises(mx.base.MXNetError, match=_in_node("b", message)):
        mx.sym.broadcast_to(mx.sym.var("x"), name="b").infer_shape(x=(2, 3))


@pytest.mark.parametrize("given, params", [
    (dict(x=(2, 0), bn_gamma=(3,)), [(0,), (0,)]),          # channels unknown: the parameters are, whatever given
    (dict(x=(2, 0), bn_gamma=(3, 2)), [(0,), (0,)]),
    (dict(x=(2, 3), bn_gamma=(0, 3)), [(3,), (3,)]),
])
def test_batchnorm_sets_its_parameters_shapes_from_the_datas_channels(given, params):
    args, _, aux = mx.sym.BatchNorm(mx.sym.var("x"), name="bn").infer_shape_partial(**given)
    assert args[1:] == params and aux == params


def test_batchnorm_checks_its_axis_against_a_rank_known_without_sizes():
    with pytest.raises(mx.base.MXNetError, match=_in_node("bn", "Check failed: channelAxis < dshape.ndim() (1 vs. 1) "
                                                                ": Channel axis out of range: 1")):
        mx.sym.BatchNorm(mx.sym.var("x"), name="bn").infer_shape_partial(x=(0,))


@pytest.mark.parametrize("given, message", [
    (dict(x=(2, 4), ln_gamma=(4, 0)), "Provided = [4,-1], inferred shape=[4]"),
    (dict(x=(2, 0), ln_gamma=(3, 1)), "Provided = [3,1], inferred shape=[-1]"),
    (dict(x=(0, 4), ln_beta=(1, 1, 3)), "Provided = [1,1,3], inferred shape=[4]"),
])
def test_layernorm_checks_partly_known_parameters_against_the_channels(given, message):
    with pytest.raises(mx.base.MXNetError) as info:
        mx.sym.LayerNorm(mx.sym.var("x"), name="ln").infer_shape_partial(**given)
    assert message_of(info.value).splitlines()[0] == "Error in operator ln: Shape inconsistent, " + message


@pytest.mark.parametrize("dim, shapes, message", [
    (0, dict(x=(0, 2), c=(1,)), "Check failed: shape_assign(&(*in_shape)[i], dshape): Incompatible input shape: "
                                "expected [-1,2], got [1]"),
    (1, dict(x=(2, 4, 3), c=(0, 3)), "Check failed: shape_assign(&(*in_shape)[i], dshape): Incompatible input shape: "
                                     "expected [2,-1,3], got [-1,3]"),
    (1, dict(x=(0, 0), c=(1,)), "Check failed: axis < ndim && axis >= -ndim: axis 1 exceeds the input dimension of 1"),
])
def test_concat_checks_inputs_of_known_rank_against_those_before_them(dim, shapes, message):
    with pytest.raises(mx.base.MXNetError) as info:
        mx.sym.concat(mx.sym.var("x"), mx.sym.var("c"), dim=dim, name="cc").infer_shape_partial(**shapes)
    assert message_of(info.value) == "Error in operator cc: " + message


def test_rank_read_before_it_is_known_fails_in_the_ops_words():
    d = mx.sym.var("d")
    with pytest.raises(MXNetError, match=re.escape("index = 1 must be in range [0, -1)")):
        mx.sym.InstanceNorm(d, name="n").infer_shape_partial()
    with pytest.raises(MXNetError, match=re.escape("dshape.ndim() == 4U (-1 vs. 4) : data should be a 4D tensor")):
        mx.sym.ROIPooling(d, mx.sym.var("r"), pooled_size=(2, 2), spatial_scale=1.0).infer_shape_partial()
    with pytest.raises(MXNetError, match=re.escape("(2 vs. 4) : Operation Depth To Space requires exactly 4D")):
        mx.sym.depth_to_space(d, block_size=2).infer_shape_partial(d=(0, 3))
    with pytest.raises(MXNetError, match=re.escape("but got [-1,3]")):
        mx.sym.image.flip_left_right(d).infer_shape_partial(d=(0, 3))


def test_outputs_of_fixed_length_are_known_without_the_input():
    d, e = mx.sym.var("d"), mx.sym.var("e")
    assert mx.sym.shape_array(d).infer_shape_partial()[1] == [(0,)]
    assert mx.sym.shape_array(d).infer_shape_partial(d=(0, 3, 0))[1] == [(3,)]
    assert mx.sym.size_array(d).infer_shape_partial()[1] == [(1,)]
    assert mx.sym.all_finite(d).infer_shape_partial()[1] == [(1,)]
    assert mx.sym.multi_sum_sq(d, e, num_arrays=2).infer_shape_partial()[1] == [(2,)]


def test_multi_sum_sq_takes_one_dtype_and_gives_float32():
    s = mx.sym.multi_sum_sq(mx.sym.var("d"), mx.sym.var("e"), num_arrays=2, name="n")
    assert s.infer_type(d="float64", e="float64")[1] == [np.float32]
    with pytest.raises(MXNetError, match="Expected 'float32' v.s. given 'int64' at 'array_1'"):
        s.infer_type(d="float32", e="int64")


def test_linalg_shapes_follow_the_shape_functions_not_the_kernels():
    A, B, C = mx.sym.var("A"), mx.sym.var("B"), mx.sym.var("C")
    L = mx.sym.linalg
    assert L.potrf(A).infer_shape(A=(2, 3))[1] == [(2, 3)]          # only the kernel wants a square matrix
    assert L.sumlogdiag(A).infer_shape_partial(A=(0, 3))[1] == [(1,)]
    assert L.det(A).infer_shape_partial(A=(2, 0, 0))[1] == [(2,)]
    assert L.gelqf(A).infer_shape_partial(A=(0, 3))[1] == [(0, 3), (0, 0)]
    assert L.syrk(A).infer_shape(A=(1, 3, 2))[1] == [(1, 3, 3)]
    assert L.gemm(A, B, C).infer_shape_partial(A=(0, 3), B=(3, 3))[0] == [(0, 3), (3, 3), (0, 3)]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert L.gemm2(A, B).infer_shape(A=(2, 3, 3), B=(3, 3)) == (None, None, None)   # two ranks: undecided
    with pytest.raises(MXNetError, match=re.escape("in[ndim-2] == in[ndim-1] (-1 vs. 3) : Input A's last two")):
        L.inverse(A).infer_shape_partial(A=(0, 3))
    with pytest.raises(MXNetError, match=re.escape("n > 0 (-2 vs. 0) : Illegal offset 1 for diag/trian")):
        L.extracttrian(A, offset=1).infer_shape_partial(A=(0, 0))
    with pytest.raises(MXNetError, match=re.escape("(*in_attrs)[0][ndim-2] == (*in_attrs)[1][ndim-1] (-1 vs. 3)")):
        L.trsm(A, B, rightside=True).infer_shape_partial(A=(0, 0), B=(3, 3))
    with pytest.raises(MXNetError, match=re.escape("in_a[ndim-2] == in_a[ndim-1] (2 vs. 3) : Input A shape wrong")):
        L.syevd(A).infer_shape(A=(2, 3))


def test_ops_waiting_for_every_size_leave_their_output_unknown():
    d = mx.sym.var("d")
    assert mx.sym.im2col(d, kernel=(2, 2)).infer_shape_partial(d=(0, 1, 3, 3))[1] == [()]
    assert mx.sym.LRN(d, nsize=3).infer_shape_partial(d=(0, 3, 2, 2))[1] == [()]
    assert mx.sym.LRN(d, nsize=3).infer_shape(d=(1, 3, 2, 2))[1] == [(1, 3, 2, 2)]


def test_sampler_parameter_arrays_share_one_shape():
    a, b = mx.sym.var("a"), mx.sym.var("b")
    s = mx.sym.sample_uniform(a, b, shape=(2,))
    assert s.infer_shape_partial(a=(3,)) == ([(3,), (3,)], [(3, 2)], [])
    assert s.infer_shape_partial(a=(2, 0), b=(0, 3)) == ([(2, 3), (2, 3)], [(2, 3, 2)], [])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert s.infer_shape(a=(3,), b=(4,)) == (None, None, None)      # two shapes: undecided, as in MXNet


def test_diag_softmax_lengths_and_nearest_upsampling_read_unknown_inputs():
    d, e = mx.sym.var("d"), mx.sym.var("e")
    with pytest.raises(MXNetError, match=r"Error in operator n: \[\d\d:\d\d:\d\d\] \S+:\d+: Diagonal does not exist\."):
        mx.sym.diag(d, name="n").infer_shape_partial(d=(0, 3))
    assert mx.sym.diag(d, k=1).infer_shape_partial(d=(0,))[1] == [(0, 0)]
    assert mx.sym.diag(d).infer_shape(d=(3,))[1] == [(3, 3)]
    with pytest.raises(MXNetError, match=re.escape("ndim cannot be less than -1, received -2")):
        mx.sym.softmax(data=d, length=e, use_length=True).infer_shape_partial()
    with pytest.raises(MXNetError, match=re.escape("index = 1 must be in range [0, -1)")):
        mx.sym.SequenceReverse(d, e, use_sequence_length=True).infer_shape_partial()
    assert mx.sym.SequenceReverse(d).infer_shape_partial() == ([()], [()], [])
    up = mx.sym.UpSampling(d, e, scale=2, sample_type="nearest", num_args=2)
    with pytest.raises(MXNetError, match=re.escape("shape.ndim() == 4U (3 vs. 4) : UpSamplingNearest")):
        up.infer_shape_partial(d=(1, 1, 2, 2), e=(1, 2, 1))


def test_allclose_infers_one_flag_whatever_the_operand_shapes():
    a, b = mx.sym.var("a"), mx.sym.var("b")
    assert mx.sym.contrib.allclose(a, b).infer_shape(a=(2, 3), b=(3,)) == ([(2, 3), (3,)], [()], [])


def test_broadcast_like_checks_ranks_before_sizes():
    s = mx.sym.broadcast_like(mx.sym.var("a"), mx.sym.var("b"), name="n")
    with pytest.raises(MXNetError, match=re.escape("lhs_shape.ndim() == rhs_shape.ndim() (1 vs. 2) : Operand of shape "
                                                   "[3] cannot be broadcasted to [-1,-1]")):
        s.infer_shape_partial(a=(3,), b=(0, 0))


def test_normalizations_set_their_parameter_shapes_from_the_data():
    d = mx.sym.var("d")
    gn = mx.sym.GroupNorm(d, num_groups=1, name="g")
    assert gn.infer_shape(d=(2, 4, 2), g_gamma=(2,))[0] == [(2, 4, 2), (1,), (1,)]      # given (2,): MXNet's (1,)
    sync = mx.sym.contrib.SyncBatchNorm(d, key="k", name="s")
    assert sync.infer_shape(d=(3, 2))[0] == [(3, 2), (2,), (2,)]
    assert sync.infer_shape_partial(d=(0, 3, 2)) == ([(0, 3, 2), (), ()], [()], [(), ()])


def test_shape_functions_leave_parameter_layouts_to_the_kernels():
    d = mx.sym.var("data")
    fc = mx.sym.FullyConnected(d, num_hidden=4, name="n")
    assert fc.infer_shape(data=(2, 3), n_bias=(4, 1))[0] == [(2, 3), (4, 3), (4, 1)]      # a (n, 1) bias fits
    with pytest.raises(MXNetError, match=re.escape("Unexpected shape for bias [5]")):
        fc.infer_shape(data=(2, 3), n_bias=(5,))
    prelu = mx.sym.LeakyReLU(d, act_type="prelu", name="p")
    assert prelu.infer_shape(data=(2, 3), p_gamma=(4,)) == ([(2, 3), (4,)], [(2, 3)], [])


def test_concat_checks_each_inputs_axis_before_its_shape():
    s = mx.sym.concat(mx.sym.var("a"), mx.sym.var("b"), dim=1, name="c")
    with pytest.raises(MXNetError, match=re.escape("axis 1 exceeds the input dimension of 1")):
        s.infer_shape(a=(2, 3), b=(2,))
    with pytest.raises(MXNetError, match=re.escape("Incompatible input shape: expected [2,-1], got [3,3]")):
        s.infer_shape(a=(2, 3), b=(3, 3))


def test_reshape_codes_over_unknown_sizes():
    d = mx.sym.var("d")
    assert mx.sym.reshape(d, shape=(-4, 1, 2, 0)).infer_shape_partial(d=(0, 3)) == ([(2, 3)], [(1, 2, 3)], [])
    assert mx.sym.reshape(d, shape=(-4, -1, 2, -2)).infer_shape_partial(d=(0, 3, 4))[1] == [(0, 2, 3, 4)]
    assert mx.sym.reshape(d, shape=(-3, -2)).infer_shape_partial(d=(2, 0, 4))[1] == [(0, 4)]
    with pytest.raises(MXNetError, match=re.escape("Split dims 1, 2 do not divide original dim 4")):
        mx.sym.reshape(d, shape=(-4, 1, 2, 0)).infer_shape_partial(d=(4, 0))
    with pytest.raises(MXNetError, match=re.escape("Check failed: i + 2 < params_len (5 vs. 4) : ")):
        mx.sym.reshape(d, shape=(-4, 1, 2, 0), reverse=True).infer_shape_partial(d=(0, 3))


def test_image_normalize_and_crop_check_unknown_sizes_as_minus_one():
    d = mx.sym.var("d")
    with pytest.raises(MXNetError, match=re.escape("but got input with shape [2,-1,3]")):
        mx.sym.image.normalize(d).infer_shape_partial(d=(2, 0, 3))
    with pytest.raises(MXNetError, match=re.escape("y + height should not be greater than input height")):
        mx.sym.image.crop(d, 0, 0, 1, 2).infer_shape_partial(d=(0, 2, 3))
    with pytest.raises(MXNetError, match=re.escape("Expect channel of the input image is 1 or 3, but got-1")):
        mx.sym.image.crop(d, 0, 0, 1, 2).infer_shape_partial(d=(2, 2, 0))


def test_channel_last_image_ops_and_multi_output_softmax_read_unknown_sizes():
    d = mx.sym.var("d")
    with pytest.raises(MXNetError, match=re.escape("The last dimension of input image must be the channel dimension "
                                                   "with either 1 or 3 elements, but got input with shape [2,2,-1]")):
        mx.sym.image.flip_left_right(d).infer_shape_partial(d=(2, 2, 0))
    assert mx.sym.image.flip_left_right(d).infer_shape(d=(2, 2, 3))[1] == [(2, 2, 3)]
    with pytest.raises(MXNetError, match=re.escape("dim_size_is_known(*it): Shape dim size cannot be a negative")):
        mx.sym.SoftmaxOutput(d, multi_output=True).infer_shape_partial(d=(0, 3, 2))
    assert mx.sym.SoftmaxOutput(d).infer_shape_partial(d=(0, 3))[0][0] == (0, 3)


def test_size_checks_of_ravel_box_decode_and_multibox_target_read_unknown_sizes():
    d, e, f = mx.sym.var("d"), mx.sym.var("e"), mx.sym.var("f")
    with pytest.raises(MXNetError, match=re.escape("(*in_attrs)[0].ndim() == 2 (3 vs. 2) : Input to ravel operator")):
        mx.sym.ravel_multi_index(d, shape=(2, 3)).infer_shape_partial(d=(0, 0, 0))
    with pytest.raises(MXNetError, match=re.escape("(*in_attrs)[0][0] == shape.ndim() (-1 vs. 2)")):
        mx.sym.ravel_multi_index(d, shape=(2, 3)).infer_shape_partial(d=(0, 3))
    assert mx.sym.unravel_index(d, shape=(2, 3)).infer_shape_partial(d=(0, 0, 0))[1] == [(2, 0)]
    with pytest.raises(MXNetError, match=re.escape("ldim == 4 (-1 vs. 4) : last dimension of data must be 4")):
        mx.sym.contrib.box_decode(d, e).infer_shape_partial(d=(0, 0, 0))
    with pytest.raises(MXNetError, match=re.escape("ashape[0] == 1 (-1 vs. 1) : Anchors are shared across batches")):
        mx.sym.contrib.MultiBoxTarget(d, e, f).infer_shape_partial(d=(0, 0, 0))


def test_rnn_outputs_keep_unknown_sequence_and_batch_sizes():
    d = mx.sym.var("d")
    lstm = mx.sym.RNN(d, state_size=2, num_layers=1, mode="lstm", name="r")
    assert lstm.infer_shape_partial(d=(0, 0, 0))[1] == [(0, 0, 2)]
    gru = mx.sym.RNN(d, state_size=2, num_layers=1, mode="gru", state_outputs=True, name="g")
    assert gru.infer_shape_partial(d=(3, 0, 0))[1] == [(3, 0, 2), (1, 0, 2)]


def test_prelu_reads_the_data_only_to_fill_an_unknown_gamma():
    s = mx.sym.LeakyReLU(mx.sym.var("d"), mx.sym.var("g"), act_type="prelu", name="p")
    assert s.infer_shape(d=(3,), g=(3,)) == ([(3,), (3,)], [(3,)], [])
    assert s.infer_shape(d=(2, 3)) == ([(2, 3), (3,)], [(2, 3)], [])
    with pytest.raises(MXNetError, match=r"index = 1 must be in range \[0, 1\)"):
        s.infer_shape(d=(3,))


@pytest.mark.parametrize("make, words", [(mx.sym.ravel_multi_index, "Empty shape parameter for ravel operator"),
                                         (mx.sym.unravel_index, "Empty shape parameter for unravel operator")])
def test_ravel_ops_without_shape_are_refused_before_the_data_sizes(make, words):
    with pytest.raises(MXNetError, match=r"shape.ndim\(\) > 0 \(-1 vs. 0\) : " + words):
        make(mx.sym.var("a")).infer_shape_partial(a=(0, 3))
