"""Layer failures in MXNet 1.9.1's words: checks made when a layer is built name its graph node, a pooling
layer checks the data's rank against its window before its layout, and a kernel's refusal (read later)
names no operator."""
import re

import numpy as np
import pytest

import distnet as mx
from distnet import autograd, nd
from distnet.base import MXNetError, message_of
from distnet.gluon import nn


def first_line(error):
    return message_of(error).splitlines()[0]


def without_log_lines(text):
    """``text`` without the log lines (time of day, source line) MXNet leads an inner check's message with."""
    return re.sub(r"\[\d\d:\d\d:\d\d\] \S+:\d+: ", "", text)


def built(layer_class, *args, **kwargs):
    with mx.name.NameManager():
        return layer_class(*args, **kwargs)


def run(layer, x):
    layer.initialize()
    y = layer(x)
    nd.waitall()
    return y


@pytest.mark.parametrize("make, node, check", [
    (lambda: built(nn.Conv2D, 4, 3, groups=3), "conv0_convolution0",
     "param_.num_filter % param_.num_group == 0U (1 vs. 0) : output num_filter must divide group size"),
    (lambda: built(nn.Conv1D, 4, 3, groups=2, in_channels=3), "conv0_convolution0",
     "dshape[1] % param_.num_group == 0U (1 vs. 0) : input num_filter must divide group size"),
    # an unknown in_channels is -1 read as unsigned: (2**64 - 1) % 4 == 3
    (lambda: built(nn.Conv2DTranspose, 4, 3, groups=4), "conv0_deconvolution0",
     "dshape_nchw[1] % param_.num_group == 0U (3 vs. 0) : input num_filter must divide group size"),
    (lambda: built(nn.Conv1DTranspose, 3, 3, groups=2, in_channels=4), "conv0_deconvolution0",
     "param_.num_filter % param_.num_group == 0U (1 vs. 0) : output num_filter must divide group size"),
    (lambda: built(nn.Conv3DTranspose, 4, 3, dilation=(1, 2, 3), in_channels=2), "conv0_deconvolution0",
     "param_.dilate.Size() == 1U (6 vs. 1) : Dilate is not supported in 3d deconvolution"),
    # the group check comes before the dilation's
    (lambda: built(nn.Conv3DTranspose, 4, 3, dilation=2, groups=2), "conv0_deconvolution0",
     "dshape_ncdhw[1] % param_.num_group == 0U (1 vs. 0) : input num_filter must divide group size"),
    (lambda: built(nn.Conv2DTranspose, 4, 3, groups=2, prefix="up_"), "up_deconvolution0",
     "dshape_nchw[1] % param_.num_group == 0U (1 vs. 0) : input num_filter must divide group size"),
])
def test_a_convolution_refused_when_built_names_its_graph_node(make, node, check):
    with pytest.raises(MXNetError) as info:
        make()
    # (a group check names its source line, which differs per rank; the dilation check is found by its words)
    assert re.fullmatch(rf"Error in operator {node}: (\.\./src/operator/nn/\w+\.cc:\d+: )?Check failed: "
                        + re.escape(check), message_of(info.value))


def test_a_nested_convolution_node_carries_the_parent_prefix():
    net = built(nn.HybridSequential)
    with pytest.raises(MXNetError, match="Error in operator hybridsequential0_conv0_deconvolution0: "):
        with net.name_scope():
            net.add(nn.Conv2DTranspose(4, 3, groups=2))


@pytest.mark.parametrize("layer, shape, words", [
    (nn.MaxPool2D, (2, 4, 4), "dshape.ndim() == 4U (3 vs. 4) : Input data should be 4D in (batch, channel, y, x)"),
    (nn.AvgPool1D, (2, 4, 4, 4), "dshape.ndim() == 3U (4 vs. 3) : Input data should be 3D in (batch, channel, x)"),
    (nn.MaxPool3D, (2, 4, 4, 4),
     "dshape.ndim() == 5U (4 vs. 5) : Input data should be 5D in (batch, channel, d, y, x)"),
])
def test_a_pooling_layer_checks_the_data_rank_against_its_window_first(layer, shape, words):
    with pytest.raises(MXNetError) as info:
        run(built(layer), nd.ones(shape))
    assert message_of(info.value) == "Pooling: Check failed: " + words
    hybrid = built(layer)
    hybrid.hybridize()
    with pytest.raises(MXNetError) as info:        # a graph's node shows the check's words as they are
        run(hybrid, nd.ones(shape))
    check, _, rest = words.partition(" : ")
    assert message_of(info.value) == f"Error in operator pool0_fwd: Check failed: {check} : Pooling: {rest}"


@pytest.mark.parametrize("layer, shape, words", [
    (nn.GlobalAvgPool2D, (2, 3, 4), "Check failed: kernel[1] > 0 (0 vs. 0) : Filter dimensions cannot be zero."),
    (nn.GlobalAvgPool3D, (2, 3, 4, 4), "Check failed: kernel[2] > 0 (0 vs. 0) : Filter dimensions cannot be zero."),
    (nn.GlobalMaxPool1D, (2, 3, 4, 4), "dimensions are invalid"),
    (nn.GlobalAvgPool1D, (2, 3, 4, 4, 4), "Check failed: i >= 0 && i < ndim(): index = 2 must be in range [0, 1)"),
])
def test_a_global_pooling_of_another_rank_fails_when_read(layer, shape, words):
    out = built(layer)
    out.initialize()
    y = out(nd.ones(shape))         # the shapes infer; the kernel refuses
    with pytest.raises(MXNetError) as info:
        y.asnumpy()
    assert first_line(info.value) == words


@pytest.mark.parametrize("make, x, words", [
    (lambda: nn.Activation("relu"), nd.ones((2, 3), dtype="int32"),
     "This operation only support floating point types, not int32"),
    (lambda: nn.LeakyReLU(0.1), nd.ones((2, 3), dtype="int8"), "This operation only support floating point types not int8"),
    (lambda: nn.BatchNorm(), nd.ones((2, 3), dtype="int32"), "This operation only support floating point types, not int32"),
    (lambda: nn.MaxPool2D(), nd.ones((1, 1, 4, 4), dtype="int32"),
     "This operation only support floating point types, not int32"),
    (lambda: nn.MaxPool2D(2, 1, 2), nd.ones((1, 1, 3, 3)), "Check failed: pad_l[0] < kernel[0] (2 vs. 2) : "),
    (lambda: nn.InstanceNorm(), nd.ones((2, 3)),
     "Check failed: in_data[instance_norm: :kData].ndim() >= 3 (2 vs. 3) : InstanceNorm only supports input tensors "
     "of rank >= 3."),
    (lambda: nn.Conv2D(2, 3, layout="NHWC"), nd.ones((1, 5, 5, 3)),
     "could not create a descriptor for a dilated convolution forward propagation primitive"),
    (lambda: nn.Conv2DTranspose(2, 3, layout="NHWC"), nd.ones((1, 5, 5, 3)),
     "could not create a descriptor for a dilated deconvolution forward propagation primitive"),
    (lambda: nn.BatchNormReLU(), nd.ones((2, 3, 4)), "BatchNormWithReLU operator only supports MKL-DNN Backend."),
])
def test_a_kernel_refusal_names_no_operator(make, x, words):
    with pytest.raises(MXNetError) as info:
        run(built(make), x)
    assert first_line(info.value) == words


@pytest.mark.parametrize("padding, shape, words", [
    (1, (1, 3, 3), "Current implementation only supports 4-D or 5-D input."),
    (4, (1, 1, 3, 3), "Current implementation of reflection padding only supports padding sizes smaller than the "
                      "input size."),
])
def test_reflection_padding_refusals_name_no_operator(padding, shape, words):
    with pytest.raises(MXNetError) as info:
        run(built(nn.ReflectionPad2D, padding), nd.ones(shape))
    assert first_line(info.value) == words


def test_instance_norm_refuses_float64_in_the_type_checks_words():
    layer = built(nn.InstanceNorm, in_channels=2)
    layer.initialize()
    layer.cast("float64")
    with pytest.raises(MXNetError) as info:
        layer(nd.ones((1, 2, 3), dtype="float64"))
    assert first_line(info.value) == ("Check failed: in_type->at(i) == mshadow: :default_type_flag || "
                                      "in_type->at(i) == -1: Unsupported data type 1")


def test_an_embedding_index_gradient_is_refused_when_read_in_the_checks_words():
    layer = built(nn.Embedding, 4, 2)
    layer.initialize()
    idx = nd.array([0, 3])
    idx.attach_grad()
    with autograd.record():
        y = layer(idx)
    y.backward()
    with pytest.raises(MXNetError) as info:
        nd.waitall()
    assert first_line(info.value) == ("Check failed: req[embedding: :kData] == kNullOp (1 vs. 0) : Embedding layer "
                                      "doesn't support calculate data gradient")


def test_a_failed_3d_transposed_convolution_fails_once_after_its_backward():
    layer = built(nn.Conv3DTranspose, 2, 2, in_channels=2)
    layer.initialize()
    layer.cast("float64")
    x = nd.ones((1, 2, 3, 3, 3), dtype="float64")
    x.attach_grad()
    with autograd.record():
        loss = layer(x).sum()
    loss.backward()         # the backward keeps the forward's error with the gradients: it does not raise
    with pytest.raises(MXNetError, match="Only 1D or 2D Deconvolution is natively supported. Fallback"):
        nd.waitall()
    nd.waitall()            # raised once, then forgotten
    assert x.grad.shape == x.shape and np.isfinite(x.grad.asnumpy()).all()


@pytest.mark.parametrize("make, shape, words", [
    (lambda: nn.Conv2D(2, 3), (2, 4, 4),
     "Error in operator conv0_fwd: Check failed: dshp.ndim() == 4U (3 vs. 4) : Input data should be 4D in "
     "batch-num_filter-y-x"),
    (lambda: nn.LayerNorm(axis=5), (2, 4),
     "Error in operator layernorm0_layernorm0: Check failed: axis >= 0 && axis < dshape.ndim(): Channel axis out "
     "of range: axis=5"),
    (lambda: nn.Conv2DTranspose(2, 3, layout="NHWC"), (1, 3, 3),
     "Error in operator conv0_fwd: Check failed: dshape.ndim() == 4U (3 vs. 4) : Input data should be 4D in "
     "batch-num_filter-y-x"),
    (lambda: nn.Conv2DTranspose(2, 3, layout="NHWC"), (1, 3, 3, 2, 1),
     "Error in operator conv0_fwd: Check failed: dshape.ndim() == 4U (5 vs. 4) : Input data should be 4D in "
     "batch-num_filter-y-x"),
])
def test_a_deferred_shape_failure_shows_the_core_error_as_mxnet_prints_it(make, shape, words):
    layer = built(make)
    layer.initialize()
    with pytest.raises(ValueError) as info:
        layer(nd.ones(shape))
    assert without_log_lines(first_line(info.value)) == (
        "Deferred initialization failed because shape cannot be inferred. MXNetError: " + words)


@pytest.mark.parametrize("make, node, check", [
    (lambda: built(nn.Conv2D, 2, 3, strides=(1, 0)), "conv0_convolution0",
     "param_.stride.Size() > 0U (0 vs. 0) : incorrect stride size: [1,0]"),
    (lambda: built(nn.Conv2DTranspose, 2, 0), "conv0_deconvolution0",
     "param_.kernel.Size() > 0U (0 vs. 0) : incorrect kernel size: [0,0]"),
    (lambda: built(nn.Conv1D, 2, 3, dilation=0), "conv0_convolution0",
     "param_.dilate.Size() > 0U (0 vs. 0) : incorrect dilate size: [0]"),
    (lambda: built(nn.Conv2D, 2, 3, strides=-1), "conv0_convolution0",
     "dim_size_is_known(*it): Shape dim size cannot be a negative value -1"),
    (lambda: built(nn.Conv2D, 2, 3, dilation=-2), "conv0_convolution0",
     "dim_size >= -1 (-2 vs. -1) : shape dim size must be >= -1, while received -2"),
    (lambda: built(nn.Conv2D, -16, 3), "conv0_convolution0",
     "dim_size >= -1 (-16 vs. -1) : shape dim size must be >= -1, while received -16"),
    (lambda: built(nn.Conv2DTranspose, -3, 3), "conv0_deconvolution0",
     "dim_size >= -1 (-3 vs. -1) : shape dim size must be >= -1, while received -3"),
    (lambda: built(nn.Conv2DTranspose, 2, 3, strides=(2, 3), output_padding=(1, 3)), "conv0_deconvolution0",
     "param_.stride[1]-1 >= o_adj[1] (2 vs. 3) : adj(x) must be samller than stride[1]"),
    (lambda: built(nn.Conv1DTranspose, 2, 3, strides=2, output_padding=2), "conv0_deconvolution0",
     "param_.stride[0]-1 >= o_adj[0] (1 vs. 2) : adj(x) must be samller than stride[0]"),
])
def test_a_convolution_window_refused_when_built_names_its_graph_node(make, node, check):
    with pytest.raises(MXNetError) as info:
        make()
    # (a check known by its words alone, or whose source line is given before them, as MXNet logs it)
    unlocated = re.sub(r"\.\./src/\S+:\d+: ", "", message_of(info.value), count=1)
    assert unlocated == f"Error in operator {node}: Check failed: {check}"


def test_a_deferred_parameter_check_shows_as_a_core_error_but_a_graph_composition_does_not():
    dense = built(nn.Dense, 0)
    dense.initialize()
    with pytest.raises(ValueError) as info:
        dense(nd.ones((2, 3)))
    assert first_line(info.value) == ("Deferred initialization failed because shape cannot be inferred. MXNetError: "
                                      "value 0 for Parameter num_hidden should be greater equal to 1")
    layer = built(mx.gluon.rnn.GRU, 3)
    layer.initialize()
    with pytest.raises(ValueError) as info:     # three states for a GRU, which takes one
        layer(nd.ones((3, 2, 4)), [nd.zeros((1, 2, 3))] * 3)
    assert without_log_lines(first_line(info.value)) == (
        "Deferred initialization failed because shape cannot be inferred. Symbol.ComposeKeyword argument name "
        "state_cell not found.")


@pytest.mark.parametrize("rate", [1.5, -0.1])
def test_an_rnn_dropout_rate_out_of_bounds_is_refused_in_the_parameter_checks_words(rate):
    layer = built(mx.gluon.rnn.LSTM, 3, dropout=rate)
    layer.initialize()
    with pytest.raises(ValueError) as info:
        layer(nd.ones((2, 2, 3)))
    assert first_line(info.value) == ("Deferred initialization failed because shape cannot be inferred. MXNetError: "
                                      f"value {rate} for Parameter p exceed bound [0,1]")


@pytest.mark.parametrize("make, x, words", [
    (lambda: mx.gluon.rnn.GRU(3, input_size=4), nd.ones((3, 2, 4), dtype="float16"),
     "FP16 gemm on cpu not implemented!"),
    (lambda: nn.Dense(2, in_units=3), nd.ones((2, 3), dtype="float16"),
     "float16 fully connected layer is currentlyonly supported by CuDNN version."),
])
def test_a_float16_gemm_refusal_reads_as_mxnet_prints_it(make, x, words):
    layer = built(make)
    layer.initialize()
    layer.cast("float16")
    y = layer(x)
    with pytest.raises(MXNetError) as info:
        (y[0] if isinstance(y, tuple) else y).asnumpy()
    assert first_line(info.value) == words


def test_a_norm_layer_refuses_data_of_another_type_than_its_parameters_in_the_assign_checks_words():
    layer = built(nn.LayerNorm)
    layer.initialize()
    with pytest.raises(MXNetError) as info:
        layer(nd.ones((2, 2), dtype="int64"))
    assert first_line(info.value) == ("Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node  at 1-th "
                                      "input: expected int64, got float32")


def test_a_convolution_attribute_of_the_wrong_format_lists_the_attributes_it_was_built_with():
    with pytest.raises(MXNetError) as info:
        built(nn.Conv3D, 2, 3, padding=0.5, use_bias=False)
    assert message_of(info.value) == (
        "Invalid Parameter format for pad expect Shape(tuple) but value='(0.5, 0.5, 0.5)', in operator "
        'Convolution(name="", layout="NCDHW", pad="(0.5, 0.5, 0.5)", num_filter="2", dilate="(1, 1, 1)", '
        'num_group="1", stride="(1, 1, 1)", no_bias="True", kernel="(3, 3, 3)")')
    with pytest.raises(MXNetError) as info:     # Deconvolution's parser names no operator
        built(nn.Conv1DTranspose, 2, 2.5)
    assert message_of(info.value) == "Invalid Parameter format for kernel expect Shape(tuple) but value='(2.5,)'"


@pytest.mark.parametrize("in_channels", ["2", 2.5])
def test_in_channels_that_are_no_whole_number_fail_the_shape_readers_check(in_channels):
    with pytest.raises(MXNetError) as info:
        built(nn.Conv2D, 2, 3, in_channels=in_channels)
    assert without_log_lines(message_of(info.value)) == "Check failed: is >> rshape[out_ent_id] Invalid attribute\n"


@pytest.mark.parametrize("make, shape, words", [
    (lambda: nn.Dense(3, in_units=2), (0, 2), "could not construct a memory descriptor using a format tag"),
    (lambda: nn.Conv2D(2, 3, in_channels=1), (0, 1, 4, 4), "could not construct a memory descriptor using a format tag"),
    (lambda: nn.MaxPool2D(), (0, 1, 4, 4), "Check failed: delay_alloc: "),
    (lambda: nn.LayerNorm(in_channels=2), (0, 2),
     "Check failed: dim_size_is_known(*it): Shape dim size cannot be a negative value -1"),
])
def test_a_layer_on_an_empty_batch_fails_where_mxnet_sets_its_kernel_up(make, shape, words):
    layer = built(make)
    layer.initialize()
    with pytest.raises(MXNetError) as info:     # legacy shape semantics read the 0 as unknown
        layer(nd.array(np.zeros(shape)))
    assert message_of(info.value) == words


@pytest.mark.parametrize("make, shape", [
    (lambda: nn.Dropout(0.5), (2, 3)),
    (lambda: nn.ReflectionPad2D(1), (1, 1, 3, 3)),
])
@pytest.mark.parametrize("dtype, words", [
    ("int32", "This operation only support floating point types, not int32"),
    ("uint8", "This operation only support floating point types not uint8"),
])
def test_a_type_switch_refusal_in_a_graph_names_no_node(make, shape, dtype, words):
    # the check runs when the operator runs, after the graph's inference: no "Error in operator" in front
    for hybrid in (False, True):
        layer = built(make)
        if hybrid:
            layer.hybridize()
        with pytest.raises(MXNetError) as info:
            run(layer, nd.ones(shape, dtype=dtype))
        assert first_line(info.value) == words


@pytest.mark.parametrize("data_type, param_type, flags", [("float64", "float32", "0 vs. 1"),
                                                         ("float32", "float64", "1 vs. 0")])
def test_batch_norm_relu_refuses_mixed_types_in_batch_norms_words(data_type, param_type, flags):
    words = (f"Check failed: (*in_type)[i] == dtype_param ({flags}) : This layer requires uniform type. Expected "
             f"'{data_type}' v.s. given '{param_type}' at 'gamma'")
    layer = built(nn.BatchNormReLU, in_channels=3)
    layer.initialize()
    layer.cast(param_type)
    with pytest.raises(MXNetError) as info:
        layer(nd.ones((2, 3, 4, 4), dtype=data_type))
    assert first_line(info.value) == words
    layer.hybridize()
    with pytest.raises(MXNetError) as info:
        layer(nd.ones((2, 3, 4, 4), dtype=data_type))
    check, _, rest = words.partition(" : ")
    assert first_line(info.value) == f"Error in operator batchnormrelu0_fwd: {check} : {rest}"


@pytest.mark.parametrize("hybridize", [False, True])
def test_a_prelu_slope_that_cannot_broadcast_is_the_kernel_s_check_shown_on_reading(hybridize):
    layer = built(nn.PReLU, in_channels=3)
    layer.initialize()
    if hybridize:
        layer.hybridize()
    x = nd.ones((2, 4))
    x.attach_grad()
    with autograd.record():
        y = layer(x)
    assert y.shape == (2, 4)
    y.backward()
    with pytest.raises(MXNetError) as info:     # raised by the first read, once
        layer.alpha.grad().asnumpy()
    assert x.grad.asnumpy().tolist() == [[0] * 4] * 2
    assert first_line(info.value) == "Check failed: s == -1: Cannot broadcast gamma to data. gamma: [3], data: [2,4]"
