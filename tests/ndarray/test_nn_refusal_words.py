"""Refusals of the legacy nn operators read as MXNet 1.9.1's (measured there): required parameters through the
parameter parser, input counts, and the kernels' own checks when the result is read."""
import pytest

from distnet import autograd, nd
from distnet.base import MXNetError, message_of

o = nd.ones


def _refused(call, words, when_read=False):
    with pytest.raises(MXNetError) as err:
        out = call()
        if when_read:
            (out[0] if isinstance(out, list) else out).asnumpy()
    assert words in message_of(err.value)


@pytest.mark.parametrize("call, words", [
    (lambda: nd.FullyConnected(o((2, 3)), o((4, 3)), o((4,)), no_bias=False, flatten=False),
     'Required parameter num_hidden of int is not presented, in operator FullyConnected(name="", flatten="False", '
     'no_bias="False")'),
    (lambda: nd.FullyConnected(o((2, 3)), o((4, 3)), o((4,)), no_bias=True, num_hidden=4),
     "Check failed: num_inputs == infered_num_inputs (3 vs. 2) : Operator FullyConnected expects 2 inputs, but got 3 "
     "instead."),
    (lambda: nd.FullyConnected(o((2, 3)), o((4, 3)), num_hidden=4),
     "Check failed: num_inputs == infered_num_inputs (2 vs. 3) : Operator FullyConnected expects 3 inputs, but got 2 "
     "instead."),
    (lambda: nd.LRN(o((2, 3, 1, 1)), alpha=0.1, beta=0.2, knorm=1),
     'Required parameter nsize of int (non-negative) is not presented, in operator LRN(name="", beta="0.2", '
     'knorm="1", alpha="0.1")'),
    # the attributes are parsed before the inputs are counted, also when inputs are missing
    (lambda: nd.FullyConnected(o((2, 3))),
     'Required parameter num_hidden of int is not presented, in operator FullyConnected(name="")'),
    (lambda: nd.Convolution(o((1, 1, 3, 3)), kernel=(1, 1)),
     'Required parameter num_filter of int (non-negative) is not presented, in operator Convolution(name="", '
     'kernel="(1, 1)")'),
    # the operator states num_args (the input count) after the call's own attributes
    (lambda: nd.UpSampling(o((1, 1, 2, 2)), o((1, 1, 4, 4)), sample_type="bilinear", num_filter=1),
     'Required parameter scale of int is not presented, in operator UpSampling(name="", num_args="2", '
     'num_filter="1", sample_type="bilinear")'),
    (lambda: nd.UpSampling(o((1, 1, 2, 2)), sample_type="nearest", num_filter=3, workspace=10, multi_input_mode="sum"),
     'Required parameter scale of int is not presented, in operator UpSampling(name="", multi_input_mode="sum", '
     'workspace="10", num_filter="3", num_args="1", sample_type="nearest")'),
    (lambda: nd.UpSampling(o((1, 1, 2, 2)), scale=2, sample_type="bilinear", num_filter=1),
     "Check failed: num_inputs == infered_num_inputs (1 vs. 2) : Operator UpSampling expects 2 inputs, but got 1 "
     "instead."),
])
def test_parser_and_input_count_refusals(call, words):
    _refused(call, words)


@pytest.mark.parametrize("call, words", [
    # an even window: MXNet's own kernel refuses it (before the rank), oneDNN's (float32 2-D/4-D) runs it
    (lambda: nd.LRN(o((2, 3, 4)), nsize=2),
     "Check failed: param_.nsize % 2 == 1U (0 vs. 1) : LRN only supports odd values for local_size"),
    (lambda: nd.LRN(o((2, 3, 4, 4), dtype="float64"), nsize=4),
     "Check failed: param_.nsize % 2 == 1U (0 vs. 1) : LRN only supports odd values for local_size"),
    (lambda: nd.LRN(o((2, 3, 4, 4), dtype="float64"), nsize=3),
     "Check failed: mshadow: :DataType<DType>::kFlag == type_flag_: TBlob.get_with_shape: data type do not match "
     "specified type.Expected: double v.s. given float"),
    # GroupNorm reshapes gamma, then beta, to one value per group
    (lambda: nd.GroupNorm(o((2, 4, 2)), o((2,)), o((4,)), num_groups=2),
     "Check failed: this->shape_.Size() == shape.Size() (4 vs. 2) : Shape size mismatch 4 v.s. 2"),
    # InstanceNorm reshapes them to one value per sample and channel
    (lambda: nd.InstanceNorm(o((2, 3, 2)), o((3,)), o((4,))),
     "Check failed: ishape.Size() == shape.Size() (8 vs. 6) : reshape size must match"),
    (lambda: nd.InstanceNorm(o((2, 3, 2)), o((1, 3)), o((3,))),
     "Check failed: dim == ndim() (1 vs. 2) : dimension do not match target dimension 1 vs 2"),
])
def test_kernel_refusals_when_read(call, words):
    _refused(call, words, when_read=True)


def test_even_window_runs_on_float32_2d():
    x = nd.array([[0.0, 0.3, 0.6]])
    assert nd.LRN(x, nsize=2, alpha=0.5).shape == (1, 3)


def test_group_params_of_group_size_any_shape():
    out = nd.GroupNorm(o((2, 4, 2)), o((1, 2)), o((2,)), num_groups=2)
    assert out.asnumpy().tolist() == [[[1.0, 1.0]] * 4] * 2      # constant data: normalised to 0, plus beta 1


@pytest.mark.parametrize("call, words", [
    (lambda: nd.Convolution(o((1, 2, 5, 5, 5)), o((2, 2, 2, 2)), kernel=(2, 2), num_filter=2, no_bias=True),
     "Check failed: dshp.ndim() == 4U (5 vs. 4) : Input data should be 4D in batch-num_filter-y-x"),
    (lambda: nd.Convolution(o((1, 2, 5)), o((2, 2, 2, 2, 2)), kernel=(2, 2, 2), num_filter=2, no_bias=True),
     "Check failed: dshp.ndim() == 5U (3 vs. 5) : Input data should be 5D in batch-num_filter-depth-y-x"),
    (lambda: nd.Deconvolution(o((1, 2, 5, 5)), o((2, 2, 2)), kernel=(2,), num_filter=2),
     "Check failed: dshape.ndim() == 3U (4 vs. 3) : Input data should be 3D in batch-num_filter-x"),
    # a layout of another rank: mshadow's number of the layout
    (lambda: nd.Convolution(o((1, 2, 5)), o((2, 2, 2)), kernel=(2,), num_filter=2, no_bias=True, layout="NDHWC"),
     "Invalid layout for 3d shape 33"),
    (lambda: nd.Deconvolution(o((1, 2, 5, 5)), o((2, 2, 2, 2)), kernel=(2, 2), num_filter=2, layout="NCW"),
     "Invalid layout for 4d shape 8"),
    (lambda: nd.Pooling(o((1, 2, 5, 5)), kernel=(2, 2), layout="NCDHW"),
     "Check failed: layout == mshadow: :kNCHW || layout == mshadow::kNHWC: Need 2D layout"),
    (lambda: nd.Deconvolution(o((1, 1, 3, 3)), o((1, 2, 3, 3)), kernel=(3, 3), num_filter=2, target_shape=(4, 8)),
     "Check failed: o_pad[i] >= target_shape[i] (5 vs. 8) : too big target shape"),
])
def test_convolution_and_pooling_shape_refusals(call, words):
    _refused(call, words)


def test_global_pooling_in_a_layout_of_another_rank_refused_when_read():
    # the shapes infer (channels last, as the layout says); MXNet's own kernel refuses the layout
    _refused(lambda: nd.Pooling(o((1, 2, 5)), global_pool=True, layout="NHWC"),
             "Unsupported layout, expecting kNCW or kNWC, saw: 1", when_read=True)


def test_deconvolution_target_shape_needing_pad_refused_when_read():
    _refused(lambda: nd.Deconvolution(o((2, 6, 6)), o((6, 1, 2)), kernel=(2,), num_filter=2, num_group=2,
                                      target_shape=(5,)),
             "could not create a descriptor for a dilated deconvolution forward propagation primitive", when_read=True)


@pytest.mark.parametrize("name", ["gemm2", "trsm", "potrf", "syevd", "inverse", "sumlogdiag", "extracttrian"])
def test_linalg_of_half_floats_fails_when_read_in_mxnets_words(name):
    a = nd.array([[2.0, 0.0], [0.5, 2.0]], dtype="float16")
    args = (a, a) if name in ("gemm2", "trsm") else (a,)
    _refused(lambda: getattr(nd.linalg, name)(*args),
             "This operation only supports 32-bit and 64-bit floating point", when_read=True)


@pytest.mark.parametrize("name", ["det", "slogdet"])
def test_det_of_other_types_refused_at_the_call(name):
    # type inference refuses them: no array comes back
    _refused(lambda: getattr(nd.linalg, name)(nd.ones((2, 2), dtype="int32")),
             "Check failed: dtype == kFloat32 || dtype == kFloat64: This operation only supports 32-bit and 64-bit "
             "floating point")


@pytest.mark.parametrize("call", [lambda: nd.dot(o((2, 2), dtype="float16"), o((2, 2), dtype="float16")),
                                  lambda: nd.batch_dot(o((1, 2, 2), dtype="int32"), o((1, 2, 2), dtype="int32"))])
def test_dot_of_other_types_fails_when_read(call):
    _refused(call, "Check failed: outputs[0].type_flag_ == kFloat32 || outputs[0].type_flag_ == kFloat64 || "
                   "(outputs[0].type_flag_ == kFloat16 && ctx.run_ctx.ctx.dev_mask() == mshadow: :gpu::kDevMask): dot "
                   "only supports float32/float64 for CPU, and float16/float32/float64 for GPU", when_read=True)


@pytest.mark.parametrize("call, words", [
    (lambda: nd.linalg.syevd(o((1, 2, 2, 3))),
     "Check failed: in_a[ndim-2] == in_a[ndim-1] (2 vs. 3) : Input A shape wrong: Last two dimensions must be equal"),
    (lambda: nd.linalg.syevd(o((3,))), "Operator _linalg_syevd inferring shapes failed."),
    # shapes are inferred before types: a dot of mixed types and unfit shapes fails the shape check
    (lambda: nd.dot(o((2, 3), dtype="float16"), o((2, 2))),
     "Check failed: L[!Ta].Size() == R[Tb].Size() (3 vs. 2) : dot shape error: [2,3] X [2,2]"),
    # softmax's length shape is inferred before its kernel checks the axis
    (lambda: nd.softmax(o((3, 4)), nd.array([1, 2, 3], dtype="int32"), axis=-3, use_length=True),
     "Check failed: i >= 0 && i < ndim(): index = 1 must be in range [0, 1)"),
    # a channel-last Deconvolution shows the weight shape it infers in the layout's order
    (lambda: nd.Deconvolution(o((1, 4, 5, 3)), o((2, 2, 3, 3)), kernel=(3, 3), num_filter=2, layout="NHWC"),
     "Shape inconsistent, Provided = [2,2,3,3], inferred shape=(3,3,3,2)"),
])
def test_checks_in_mxnets_order_and_words(call, words):
    _refused(call, words)


def test_same_global_pooling_without_kernel_passes_the_pad_check():
    # the kernel then refuses the layout, when the result is read
    _refused(lambda: nd.Pooling(o((1, 2, 5)), pooling_convention="same", global_pool=True, layout="NCHW"),
             "Unsupported layout, expecting kNCW or kNWC, saw: 0", when_read=True)


def test_same_global_pooling_without_kernel_runs():
    out = nd.Pooling(nd.array([[[1.0, 2.0, 4.0]]]), pool_type="avg", pooling_convention="same", global_pool=True)
    assert out.shape == (1, 1, 1) and out.asnumpy().item() == pytest.approx(7 / 3)


UNKNOWN = "Check failed: dim_size_is_known(*it): Shape dim size cannot be a negative value -1"


@pytest.mark.parametrize("call, words", [
    (lambda: nd.Convolution(o((1, 2, 5, 5)), o((2, 2, 2, 2)), kernel=(2, 2), num_filter=2, no_bias=True, stride=(1, 0)),
     "Check failed: param_.stride.Size() > 0U (0 vs. 0) : incorrect stride size: [1,0]"),
    (lambda: nd.Deconvolution(o((1, 2, 5)), o((2, 2, 2)), kernel=(2,), num_filter=2, dilate=(0,)),
     "Check failed: param_.dilate.Size() > 0U (0 vs. 0) : incorrect dilate size: [0]"),
    (lambda: nd.Convolution(o((1, 2, 5, 5)), o((2, 2, 2, 2)), kernel=(2, 2), num_filter=2, no_bias=True,
                            dilate=(2, -1)), UNKNOWN),
    (lambda: nd.Convolution(o((1, 2, 5, 5)), o((2, 2, 2, 2)), kernel=(2, 2), num_filter=2, no_bias=True,
                            stride=(-2, 1)),
     "Check failed: dim_size >= -1 (-2 vs. -1) : shape dim size must be >= -1, while received -2"),
    # a kernel size of -1 fits any weight size, then is refused as unknown; -2 shows in the inferred weight shape
    (lambda: nd.Deconvolution(o((1, 2, 5, 5)), o((2, 2, 2, 2)), kernel=(-1, 2), num_filter=2), UNKNOWN),
    (lambda: nd.Convolution(o((1, 2, 5, 5)), o((2, 2, 2, 2)), kernel=(-2, 1), num_filter=2, no_bias=True),
     "Shape inconsistent, Provided = [2,2,2,2], inferred shape=(2,2,-2,1)"),
    (lambda: nd.Deconvolution(o((1, 2, 4, 4)), o((2, 2, 2, 2)), kernel=(2, 2), num_filter=-2),
     "Check failed: dim_size >= -1 (-2 vs. -1) : shape dim size must be >= -1, while received -2"),
    (lambda: nd.Pooling(o((1, 2, 5, 5)), kernel=(2, -1)).asnumpy(),       # (oneDNN's kernel: when read)
     "Check failed: kernel[1] > 0 (-1 vs. 0) : Filter dimensions cannot be zero."),
    # GroupNorm divides with C++'s remainder; -1 groups is an unknown size, refused after the types
    (lambda: nd.GroupNorm(o((2, 3, 2)), o((1,)), o((1,)), num_groups=-1), UNKNOWN),
    (lambda: nd.GroupNorm(o((2, 3, 2), dtype="float64"), o((1,)), o((1,)), num_groups=-1),
     "Incompatible attr in node  at 1-th input: expected float64, got float32"),
    (lambda: nd.GroupNorm(o((2, 4, 2)), o((1,)), o((1,)), num_groups=-3),
     "Check failed: dshape[1] % num_groups == 0 (1 vs. 0) : # of channels must be divisible by # of groups"),
    (lambda: nd.GroupNorm(o((2, 4, 2)), o((1,)), o((1,)), num_groups=-2),
     "Check failed: dim_size >= -1 (-2 vs. -1) : shape dim size must be >= -1, while received -2"),
    # shapes are inferred before types
    (lambda: nd.Convolution(o((1, 2, 4, 4), dtype="float16"), o((2, 2, 3, 3)), kernel=(2, 2), num_filter=2,
                            no_bias=True), "Shape inconsistent, Provided = [2,2,3,3], inferred shape=(2,2,2,2)"),
    (lambda: nd.UpSampling(o((1, 2, 2, 2), dtype="float16"), o((2, 1, 2, 2)), scale=1, sample_type="bilinear",
                           num_filter=2), "Shape inconsistent, Provided = [2,1,2,2], inferred shape=(2,1,1,1)"),
    # the parser checks the attributes in its map's order
    (lambda: nd.Embedding(o((2,)), o((2, 2)), input_dim=0, output_dim=0),
     "value 0 for Parameter output_dim should be greater equal to 1"),
])
def test_window_and_size_refusals(call, words):
    _refused(call, words)


@pytest.mark.parametrize("call, words", [
    # of several refused enum values, the first in the parser's map order
    (lambda: nd.SpatialTransformer(o((1, 2, 3, 3)), o((1, 6)), target_shape=(2, 2), transform_type="bad",
                                   sampler_type="bad"),
     "Invalid Input: 'bad', valid values are: {'bilinear'}, in operator SpatialTransformer(name=\"\", "
     "sampler_type=\"bad\", transform_type=\"bad\", target_shape=\"(2, 2)\")"),
    (lambda: nd.contrib.box_nms(o((3, 6)), score_index=1, in_format="bad"),
     "Invalid Input: 'bad', valid values are: {'center', 'corner'}, in operator _contrib_box_nms(name=\"\", "
     "in_format=\"bad\", score_index=\"1\")"),
    # the samplers check shapes before types, in MXNet's words
    (lambda: nd.BilinearSampler(o((1, 2, 3), dtype="int32"), o((1, 2, 2, 2), dtype="int32")),
     "Check failed: dshape.ndim() == 4U (3 vs. 4) : input data should be 4D in batch-num_filter-y-x"),
    (lambda: nd.BilinearSampler(o((1, 2, 3, 3)), o((1, 2, 2, 2), dtype="float64")),
     "Check failed: type == dtype || type == -1: Non-uniform data type in BilinearSampler"),
    (lambda: nd.SpatialTransformer(o((1, 2, 3, 3)), o((1, 6), dtype="float64"), target_shape=(2, 2),
                                   transform_type="affine", sampler_type="bilinear"),
     "Check failed: i_type == dtype || i_type == -1: Non-uniform data type in SpatialTransformer"),
    (lambda: nd.SpatialTransformer(o((1, 2, 3, 3), dtype="int32"), o((1, 5), dtype="int32"), target_shape=(2, 2),
                                   transform_type="affine", sampler_type="bilinear"),
     "Check failed: lshape[1] == 6U (5 vs. 6) : incorrect locolisation network shape[1], should be 6"),
    (lambda: nd.SpatialTransformer(o((1, 2, 3, 3)), o((1, 6)), target_shape=(0, 2), transform_type="affine",
                                   sampler_type="bilinear"),
     "Check failed: param_.target_shape[0] > 0U (0 vs. 0) : incorrect target_shape: 0"),
    (lambda: nd.GridGenerator(o((1, 5), dtype="float64"), transform_type="affine", target_shape=(2, 2)),
     "Check failed: lshape[1] == 6U (5 vs. 6) : incorrect data shape[1], should be 6"),
    (lambda: nd.GridGenerator(o((1, 6), dtype="int32"), transform_type="warp"),
     "Check failed: lshape.ndim() == 4U (2 vs. 4) : if transform_type is warp, data is optical flowoptical flow "
     "should be 4D in batch-num_hidden-y-x"),
    (lambda: nd.GridGenerator(o((1, 6), dtype="float64"), transform_type="affine", target_shape=(2, 2)),
     "Other DTypes are not supported!"),
    (lambda: nd.Correlation(o((1, 5), dtype="int32"), o((1, 2, 5, 5), dtype="int32")),
     "Check failed: dshape1.ndim() == 4U (2 vs. 4) : data should be a 4D tensor"),
    (lambda: nd.Correlation(o((1, 2, 5, 5)), o((1, 2, 5, 5)), stride1=0),
     "Check failed: top_width_ >= 1U (0 vs. 1) : Correlation cannot be done with current settings."),
])
def test_vision_op_checks_in_mxnets_order(call, words):
    _refused(call, words)


def test_spatial_transformer_batch_mismatch_refused_when_read():
    _refused(lambda: nd.SpatialTransformer(o((1, 2, 3, 3), dtype="float64"), o((2, 6), dtype="float64"),
                                           target_shape=(2, 2), transform_type="affine", sampler_type="bilinear"),
             "(12 vs. 6) : new and old shape do not match total elements", when_read=True)


@pytest.mark.parametrize("call, words", [
    # box_iou checks each side's rank, then its width
    (lambda: nd.contrib.box_iou(o((3, 5)), o((3,))),
     "Check failed: ldim == 4 (5 vs. 4) : last dimension of lhs must be 4 5 provided"),
    # RNN counts its inputs before it infers shapes
    (lambda: nd.RNN(o((1, 5)), o((45,)), o((1, 2, 3)), mode="lstm", state_size=2, num_layers=1),
     "Check failed: num_inputs == infered_num_inputs (3 vs. 4) : Operator RNN expects 4 inputs, but got 3 instead."),
    # InstanceNorm's shape inference reads the channels of 1-D data before the types are checked
    (lambda: nd.InstanceNorm(o((2,), dtype="float16"), o((2,), dtype="float16"), o((2,), dtype="float16")),
     "Check failed: i >= 0 && i < ndim(): index = 1 must be in range [0, 1)"),
])
def test_contrib_and_rnn_checks_in_mxnets_order(call, words):
    _refused(call, words)


def test_adaptive_pooling_to_nothing_has_zero_gradient():
    x = o((1, 2, 4, 4))
    x.attach_grad()
    with autograd.record():
        y = nd.contrib.AdaptiveAvgPooling2D(x, output_size=(0, 2))
    y.backward()
    assert y.shape == (1, 2, 0, 2) and not x.grad.asnumpy().any()


@pytest.mark.parametrize("call, words", [
    # linalg's shape inference runs before its type checks; operands of another rank fail it
    (lambda: nd.linalg.gemm2(o((2, 1, 3, 3), dtype="int32"), o((1, 3, 3), dtype="int32")),
     "Operator _linalg_gemm2 inferring shapes failed."),
    (lambda: nd.linalg.gemm(o((3, 3)), o((3, 3)), o((2, 3, 3))),
     "Shape inconsistent, Provided = [2,3,3], inferred shape=[3,3]"),
    # trmm/trsm check A is square before the batch axes
    (lambda: nd.linalg.trmm(o((2, 2, 3)), o((1, 3, 3))),
     "Check failed: (*in_attrs)[0][ndim-2] == (*in_attrs)[0][ndim-1] (2 vs. 3) : First operand must be a tensor of "
     "square matrices"),
    (lambda: nd.linalg.trsm(o((3, 3)), o((3,))), "Operator _linalg_trsm inferring shapes failed."),
])
def test_linalg_shape_checks_before_types(call, words):
    _refused(call, words)


@pytest.mark.parametrize("name", ["LinearRegressionOutput", "LogisticRegressionOutput", "MAERegressionOutput"])
def test_regression_outputs_let_unknown_attributes_pass(name):
    out = getattr(nd, name)(nd.array([[0.0, 2.0]]), nd.array([[1.0, 1.0]]), foo=1)
    expected = [0.5, 1 / (1 + 2.718281828459045 ** -2)] if name.startswith("Logistic") else [0.0, 2.0]
    assert out.asnumpy().ravel().tolist() == pytest.approx(expected)


@pytest.mark.parametrize("call, words", [
    # the diagonal's entry count (negative too); MXNet's words name the rank as the dimension
    (lambda: nd.linalg.extractdiag(o((1, 2, 2, 2)), offset=3),
     "Check failed: n > 0 (-1 vs. 0) : Illegal offset 3 for diag/trian extraction of matrix with dimension 4"),
    (lambda: nd.linalg.extracttrian(o((3, 3)), offset=-5),
     "Check failed: n > 0 (-2 vs. 0) : Illegal offset -5 for diag/trian extraction of matrix with dimension 2"),
    # Deconvolution infers its output size before it checks groups or 3-D dilation
    (lambda: nd.Deconvolution(o((1, 3, 3, 3)), o((3, 1, 2, 2)), kernel=(2, 2), num_filter=2, num_group=2,
                              target_shape=(9, 9)),
     "Check failed: o_pad[i] >= target_shape[i] (4 vs. 9) : too big target shape"),
    (lambda: nd.softmax(o((4, 2, 4)), o((4, 2), dtype="int32"), axis=3, use_length=True),
     "Check failed: i >= 0 && i < ndim(): index = 2 must be in range [0, 2)"),
])
def test_offsets_targets_and_length_axes(call, words):
    _refused(call, words)


def _words(call, when_read=False):
    with pytest.raises(MXNetError) as err:
        out = call()
        if when_read:
            (out[0] if isinstance(out, list) else out).asnumpy()
    return message_of(err.value)


@pytest.mark.parametrize("call", [
    lambda: nd.abs(o((2,), dtype="bool")), lambda: nd.relu(o((2,), dtype="bool")),
    lambda: nd.where(o((2,), dtype="bool"), o((2,)), o((2,))), lambda: nd.topk(o((2, 2), dtype="bool")),
    lambda: nd.random.shuffle(o((3,), dtype="bool")), lambda: nd.split(o((2, 2), dtype="bool"), 2),
    lambda: nd.Dropout(o((3,), dtype="bool"), mode="always"), lambda: nd.SequenceMask(o((2, 2), dtype="bool")),
    lambda: nd.random.normal(o((2,), dtype="bool"), o((2,), dtype="bool")),
])
def test_a_kernel_without_a_bool_case_says_only_unknown_type_enum_7(call):
    assert _words(call, when_read=True) == "Unknown type enum 7"


def test_refusals_carry_no_words_beyond_the_check():
    x, w = o((1, 2, 3, 3)), o((2, 2, 2, 2))
    assert _words(lambda: nd.Convolution(x, w, kernel=(2, 2), num_filter=2)) == (
        "Check failed: num_inputs == infered_num_inputs (2 vs. 3) : Operator Convolution expects 3 inputs, but got 2 "
        "instead.")
    assert _words(lambda: nd.Deconvolution(x, w, o((2,)), kernel=(2, 2), num_filter=2, no_bias=True)) == (
        "Check failed: num_inputs == infered_num_inputs (3 vs. 2) : Operator Deconvolution expects 2 inputs, but got "
        "3 instead.")
    assert _words(lambda: nd.Activation(o((2,)))) == (
        'Required parameter act_type of int is not presented, in operator Activation(name="")')
    assert _words(lambda: nd.cast(o((2,)))) == 'Required parameter dtype of int is not presented, in operator Cast(name="")'
    assert _words(lambda: nd.Dropout(o((2, 3, 4)), axes=(5,), mode="always")) == (
        "Check failed: i >= 0 && i < ndim(): index = 5 must be in range [0, 3)")
    assert _words(lambda: nd.where(o((2,)), o((2,), dtype="int32"), o((2,)))) == (
        "Check failed: infer_type_success: Operator where is missing FInferType attribute")
    assert _words(lambda: nd.Dropout(o((3,), dtype="int32"), mode="always"), when_read=True) == (
        "This operation only support floating point types, not int32")
    assert _words(lambda: nd.FullyConnected(o((2, 2), dtype="int32"), o((2, 2), dtype="int32"), num_hidden=2,
                                            no_bias=True), when_read=True) == "Unsupported type 4"


def test_pad_names_every_given_attribute_when_a_required_one_is_missing():
    x = nd.ones((1, 1, 2, 2))
    with pytest.raises(MXNetError) as info:
        nd.Pad(x, pad_width=None)
    assert message_of(info.value).startswith('Required parameter mode of int is not presented, in operator '
                                      'Pad(name="", pad_width="None")')
    with pytest.raises(MXNetError) as info:
        nd.Pad(x, constant_value=2.5)
    assert 'Pad(name="", constant_value="2.5")' in message_of(info.value)
    with pytest.raises(MXNetError, match="Required parameter pad_width of Shape"):
        nd.Pad(x, mode="edge")


def test_pad_width_given_as_none_is_a_tuple_of_unknown_length():
    with pytest.raises(MXNetError, match=r"index = 0 must be in range \[0, -1\)"):
        nd.Pad(nd.ones((1, 1, 2, 2)), mode="edge", pad_width=None)
