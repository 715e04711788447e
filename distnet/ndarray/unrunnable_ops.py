"""Operators MXNet 1.9.1 registers that a Python call cannot run: the backward operators of its graphs and a few
graph internals. ``mx.nd._internal`` and ``mx.sym._internal`` list them as MXNet's generated functions, which
fail as MXNet's do: a required parameter not given, else too few inputs (the array parameters of most are not
listed, so nothing reaches them), or the refusal of the operator's own check."""
import inspect

from ..base import MXNetError, located
from .param_text import in_operator
from .registry import generated_signature

# operators -> the number of inputs they expect (-1: a legacy operator, which counts its inputs itself)
_INPUTS = {
    -1: "_backward_BatchNorm_v1 _backward_BilinearSampler _backward_Correlation _backward_Crop "
        "_backward_GridGenerator _backward_IdentityAttachKLSparseReg _backward_InstanceNorm "
        "_backward_L2Normalization _backward_MakeLoss _backward_Pad _backward_SVMOutput _backward_SequenceLast "
        "_backward_SequenceMask _backward_SequenceReverse _backward_SliceChannel _backward_SpatialTransformer "
        "_backward_SwapAxis _backward__CrossDeviceCopy _backward__contrib_DeformablePSROIPooling "
        "_backward__contrib_MultiBoxDetection _backward__contrib_MultiBoxPrior _backward__contrib_MultiBoxTarget "
        "_backward__contrib_MultiProposal _backward__contrib_PSROIPooling _backward__contrib_Proposal "
        "_backward__contrib_SyncBatchNorm _backward__contrib_count_sketch _backward__contrib_fft "
        "_backward__contrib_ifft",
    1: "_CrossDeviceCopy _backward_add _backward_amp_cast _backward_amp_multicast _backward_broadcast_add "
       "_backward_broadcast_sub _backward_cast _backward_col2im _backward_contrib_AdaptiveAvgPooling2D "
       "_backward_contrib_BilinearResize2D _backward_contrib_box_iou _backward_copy _backward_diag "
       "_backward_im2col _backward_image_crop _backward_linalg_extractdiag _backward_linalg_extracttrian "
       "_backward_linalg_makediag _backward_linalg_maketrian _backward_mean _backward_np_broadcast_to "
       "_backward_np_column_stack _backward_np_concat _backward_np_cumsum _backward_np_diag "
       "_backward_np_diagflat _backward_np_diagonal _backward_np_dstack _backward_np_hstack _backward_np_mean "
       "_backward_np_sum _backward_np_trace _backward_np_vstack _backward_npi_copysign_scalar _backward_npi_diff "
       "_backward_npi_flip _backward_npi_pad _backward_npi_rcopysign_scalar _backward_repeat _backward_reshape "
       "_backward_reverse _backward_slice _backward_slice_axis _backward_slice_like _backward_squeeze "
       "_backward_stack _backward_sub _backward_sum _backward_tile _backward_tril _broadcast_backward _imdecode "
       "_sg_mkldnn_selfatt_qk _split_v2_backward",
    2: "_backward_Activation _backward_Concat _backward_Dropout _backward_Embedding _backward_SoftmaxActivation "
       "_backward_SoftmaxOutput _backward_SparseEmbedding _backward_clip _backward_contrib_bipartite_matching "
       "_backward_foreach _backward_gather_nd _backward_hard_sigmoid _backward_image_normalize "
       "_backward_interleaved_matmul_selfatt_qk _backward_linalg_inverse _backward_linalg_potrf "
       "_backward_linalg_sumlogdiag _backward_linalg_syrk _backward_linear_reg_out _backward_log_softmax "
       "_backward_logistic_reg_out _backward_mae_reg_out _backward_np_where _backward_np_where_lscalar "
       "_backward_np_where_rscalar _backward_npi_arctan2_scalar _backward_npi_einsum _backward_npi_ldexp_scalar "
       "_backward_npi_rarctan2_scalar _backward_npi_rldexp_scalar _backward_npi_tensorinv _backward_pick "
       "_backward_softmax _backward_softmin _backward_sparse_retain _backward_square_sum _backward_take "
       "_backward_where _sg_mkldnn_selfatt_valatt",
    3: "_backward_Deconvolution _backward_FullyConnected _backward_LRN _backward_LeakyReLU "
       "_backward_broadcast_div _backward_broadcast_hypot _backward_broadcast_maximum "
       "_backward_broadcast_minimum _backward_broadcast_mod _backward_broadcast_mul _backward_broadcast_power "
       "_backward_contrib_boolean_mask _backward_div _backward_dot _backward_hypot "
       "_backward_interleaved_matmul_encdec_qk _backward_interleaved_matmul_encdec_valatt "
       "_backward_interleaved_matmul_selfatt_valatt _backward_linalg_gemm2 _backward_linalg_potri "
       "_backward_linalg_trmm _backward_max _backward_maximum _backward_min _backward_minimum _backward_mod "
       "_backward_mul _backward_nanprod _backward_nansum _backward_norm _backward_np_dot _backward_np_matmul "
       "_backward_np_max _backward_np_min _backward_np_prod _backward_npi_arctan2 _backward_npi_broadcast_add "
       "_backward_npi_broadcast_div _backward_npi_broadcast_mod _backward_npi_broadcast_mul "
       "_backward_npi_broadcast_power _backward_npi_broadcast_sub _backward_npi_copysign _backward_npi_hypot "
       "_backward_npi_ldexp _backward_npi_tensordot _backward_npi_tensordot_int_axes _backward_power "
       "_backward_prod _backward_sample_multinomial _backward_softmax_cross_entropy _backward_topk "
       "_scatter_set_nd",
    4: "_backward_Convolution _backward_backward_FullyConnected _backward_broadcast_exponential "
       "_backward_broadcast_gumbel _backward_broadcast_logistic _backward_broadcast_normal "
       "_backward_broadcast_rayleigh _backward_contrib_box_nms _backward_ctc_loss _backward_linalg_det "
       "_backward_linalg_gelqf _backward_linalg_gemm _backward_linalg_syevd _backward_linalg_trsm "
       "_backward_npi_solve _backward_npi_tensorsolve _backward_pdf_dirichlet _backward_pdf_exponential "
       "_backward_pdf_poisson",
    5: "_backward_GroupNorm _backward_LayerNorm _backward_broadcast_pareto _backward_broadcast_weibull "
       "_backward_linalg_slogdet _backward_moments _backward_pdf_gamma "
       "_backward_pdf_generalized_negative_binomial _backward_pdf_negative_binomial _backward_pdf_normal "
       "_backward_pdf_uniform",
    6: "_backward_RNN _backward_np_average _backward_npi_svd",
    8: "_backward_BatchNorm",
    9: "_backward_contrib_BatchNormWithReLU _backward_npi_norm",
}
EXPECTED_INPUTS = {name: count for count, names in _INPUTS.items() for name in names.split()}

# operators -> the required parameters their parser reads, in its order, with their types (an indented line
# continues the one before)
_REQUIRED = """\
_NDArray info ptr
_Native info ptr
_backward__NDArray info ptr
_backward__Native info ptr
_backward_Activation act_type int
_backward_Concat num_args int
_backward_Convolution kernel Shape(tuple); num_filter int (non-negative)
_backward_Convolution_v1 kernel Shape(tuple); num_filter int (non-negative)
_backward_Crop num_args int
_backward_Deconvolution kernel Shape(tuple); num_filter int (non-negative)
_backward_Embedding input_dim int; output_dim int
_backward_FullyConnected num_hidden int
_backward_backward_FullyConnected num_hidden int
_backward_GridGenerator transform_type int
_backward_LRN nsize int (non-negative)
_backward_Pad mode int; pad_width Shape(tuple)
_backward_RNN mode int; num_layers int (non-negative); state_size int (non-negative)
_backward_ROIAlign pooled_size Shape(tuple)
_backward_ROIPooling pooled_size Shape(tuple)
_backward_RROIAlign pooled_size Shape(tuple)
_backward_SliceChannel num_outputs int
_backward_SparseEmbedding input_dim int; output_dim int
_backward_SpatialTransformer sampler_type int; transform_type int
_backward_UpSampling num_args int; sample_type int
_backward__contrib_DeformableConvolution kernel Shape(tuple); num_filter int
_backward__contrib_DeformablePSROIPooling group_size int; output_dim int; pooled_size int; spatial_scale float
_backward__contrib_ModulatedDeformableConvolution kernel Shape(tuple); num_filter int (non-negative)
_backward__contrib_PSROIPooling output_dim int; pooled_size int; spatial_scale float
_backward__contrib_SyncBatchNorm key string
_backward__contrib_count_sketch out_dim int
_backward_amp_multicast num_outputs int
_backward_broadcast_gumbel loc float or None; scale float or None
_backward_broadcast_logistic loc float or None; scale float or None
_backward_broadcast_normal loc float or None; scale float or None
_backward_clip a_max float; a_min float
_backward_col2im kernel Shape(tuple); output_size Shape(tuple)
_backward_cond cond_input_locs tuple of <long>; else_input_locs tuple of <long>; num_args int
_backward_foreach in_data_locs tuple of <long>; in_state_locs tuple of <long>; num_args int; num_out_data int;
    num_outputs int; remain_locs tuple of <long>
_backward_while_loop cond_input_locs tuple of <long>; func_input_locs tuple of <long>;
    func_var_locs tuple of <long>; max_iterations int; num_args int
_backward_contrib_bipartite_matching threshold float
_backward_gather_nd shape Shape(tuple)
_backward_im2col kernel Shape(tuple)
_backward_image_crop height int; width int; x int; y int
_backward_interleaved_matmul_encdec_qk heads int
_backward_interleaved_matmul_encdec_valatt heads int
_backward_interleaved_matmul_selfatt_qk heads int
_backward_interleaved_matmul_selfatt_valatt heads int
_backward_np_column_stack num_args int
_backward_np_concat num_args int
_backward_np_dstack num_args int
_backward_np_hstack num_args int
_backward_np_vstack num_args int
_backward_npi_flip axis Shape(tuple)
_backward_npi_pad pad_width tuple of <Shape(tuple)>
_backward_npi_tensordot a_axes_summed Shape(tuple); b_axes_summed Shape(tuple)
_backward_npi_tensordot_int_axes axes int
_backward_repeat repeats int
_backward_reverse axis Shape(tuple)
_backward_slice begin Shape(tuple); end Shape(tuple)
_backward_slice_axis axis int; begin int; end int or None
_backward_stack num_args int
_backward_tile reps Shape(tuple)
_sample_unique_zipfian range_max int
_scatter_set_nd shape Shape(tuple)
_sg_mkldnn_selfatt_qk heads int
_sg_mkldnn_selfatt_valatt heads int
_split_v2_backward indices Shape(tuple)
_backward_npi_einsum num_args int
_foreach in_data_locs tuple of <long>"""
_REQUIRED = {line.split(" ", 1)[0]: [p.split(" ", 1) for p in line.split(" ", 1)[1].split("; ")]
             for line in _REQUIRED.replace("\n    ", " ").splitlines()}
_UNNAMED_PARSERS = frozenset({"_backward_Deconvolution"})      # (its refusal names no operator)

# the parameters the generated functions list, where they list any: "inputs; attributes", or "*name" (variadic)
_LISTED = {
    **dict.fromkeys(("_CachedOp", "_CachedOpThreadSafe", "_NDArray", "_Native", "_cond", "_foreach",
                     "_while_loop"), "*data"),
    **dict.fromkeys(("_backward_log_softmax", "_backward_softmax", "_backward_softmin"), "*args"),
    "_backward_amp_multicast": "*grad",
    **dict.fromkeys(("_backward_broadcast_exponential", "_backward_broadcast_rayleigh"), "; scale size ctx"),
    **dict.fromkeys(("_backward_broadcast_gumbel", "_backward_broadcast_logistic"), "; loc scale size ctx"),
    "_backward_broadcast_normal": "; loc scale size ctx dtype",
    **dict.fromkeys(("_backward_broadcast_pareto", "_backward_broadcast_weibull"), "; a size ctx"),
    "_backward_contrib_bipartite_matching": "; is_ascend threshold topk",
    "_backward_contrib_boolean_mask": "; axis",
    "_backward_contrib_box_iou": "; format",
    "_backward_contrib_box_nms": "; overlap_thresh valid_thresh topk coord_start score_index id_index "
                                 "background_id force_suppress in_format out_format",
    "_backward_dot": "; transpose_a transpose_b forward_stype",
    "_backward_gather_nd": "data indices; shape",
    **dict.fromkeys(("_backward_npi_arctan2_scalar", "_backward_npi_ldexp_scalar", "_backward_npi_rarctan2_scalar",
                     "_backward_npi_rldexp_scalar"), "lhs rhs; scalar is_int"),
    **dict.fromkeys(("_backward_npi_copysign_scalar", "_backward_npi_rcopysign_scalar"), "data; scalar is_int"),
    "_imdecode": "mean; index x0 y0 x1 y1 c size",
    "_sample_unique_zipfian": "; range_max shape",
    "_scatter_set_nd": "lhs rhs indices; shape",
    "_sg_mkldnn_selfatt_qk": "queries_keys_values; heads quantized enable_float_output min_calib_range "
                             "max_calib_range",
    "_sg_mkldnn_selfatt_valatt": "queries_keys_values attention; heads quantized enable_float_output "
                                 "min_calib_range max_calib_range",
}

_ANY = "Check failed: type_ != nullptr: The any container is empty requested="
# operators whose own check refuses any call first: (source, line, words)
_OWN_CHECKS = {
    "_CachedOp": ("../include/dmlc/./any.h", 319, _ANY + "St10shared_ptrIN5mxnet8CachedOpEE"),
    "_backward_CachedOp": ("../include/dmlc/./any.h", 319, _ANY + "St10shared_ptrIN5mxnet8CachedOpEE"),
    "_CachedOpThreadSafe": ("../include/dmlc/./any.h", 319, _ANY + "St10shared_ptrIN5mxnet18CachedOpThreadSafeEE"),
    "_backward_Custom": ("../include/dmlc/././any.h", 319, _ANY + "N5mxnet2op6custom11CustomParamE"),
    "_backward_CustomFunction": ("../include/dmlc/././any.h", 319,
                                 _ANY + "N5mxnet15custom_function19CustomFunctionParamE"),
    "_backward_Pooling": ("../src/operator/nn/pooling.cc", 53,
                          "Check failed: param.kernel.ndim() == 3U (0 vs. 3) : 0D pooling not supported"),
    "_backward_Pooling_v1": ("../src/operator/./pooling_v1-inl.h", 228,
                             "Check failed: param_.kernel.ndim() == 3U (0 vs. 3) : 0D pooling not supported"),
    "_NoGradient": ("../src/imperative/./imperative_utils.h", 170,
                    "Check failed: infer_type_success: Operator _NoGradient is missing FInferType attribute"),
}
# control-flow operators counting their inputs in a num_args they must have at least: name -> (least, what it is)
_COUNTED = {"_cond": (3, "Number of input arguments, including cond, then and else as three symbol inputs."),
            "_foreach": (1, "Number of inputs."),
            "_while_loop": (2, "Number of input arguments, including cond and func as two symbol inputs.")}
_INPUT_COUNT_SITE = ("../src/api/operator/numpy/../../../imperative/imperative_utils.h", 371)

NAMES = sorted(set(EXPECTED_INPUTS) | set(_REQUIRED) | set(_LISTED) | set(_OWN_CHECKS))


def _parameters(name):
    """(array inputs, attributes, the variadic parameter or None) of ``name``'s generated function."""
    listed = _LISTED.get(name, ";")
    if listed.startswith("*"):
        return (), (), listed[1:]
    inputs, attributes = listed.split(";")
    return tuple(inputs.split()), tuple(attributes.split()), None


def refusal(name, arrays, attrs):
    """The error MXNet raises running operator ``name`` on ``arrays`` (how many) with attributes ``attrs``."""
    if name in _OWN_CHECKS:
        source, line, words = _OWN_CHECKS[name]
        return located(MXNetError(words), (source, line))
    if name in _COUNTED:
        least, what = _COUNTED[name]
        attrs = {"num_args": arrays, **attrs}
        if arrays < least:
            return MXNetError(f"value {arrays} for Parameter num_args should be greater equal to {least}\n"
                              f"num_args: {what}{in_operator(name, attrs, imperative=True)}")
    for param, kind in _REQUIRED.get(name, ()):
        if param not in attrs:
            where = "" if name in _UNNAMED_PARSERS else in_operator(name, attrs, imperative=True)
            return MXNetError(f"Required parameter {param} of {kind} is not presented{where}")
    wanted = EXPECTED_INPUTS.get(name, 1)
    if arrays == wanted:        # (MXNet runs its kernel: distnet has none for these operators)
        return MXNetError(f"{name}: distnet does not run this backward operator on its own")
    return located(MXNetError(f"Check failed: num_inputs == infered_num_inputs ({arrays} vs. {wanted}) : Operator "
                              f"{name} expects {wanted} inputs, but got {arrays} instead."), _INPUT_COUNT_SITE)


def _bound(name, trailing, args, kwargs):
    """(how many arrays, the attributes) of a call of ``name``'s generated function."""
    inputs, attributes, variadic = _parameters(name)
    if variadic is not None:
        return len(args), {k: v for k, v in kwargs.items() if k not in trailing}
    params = (*inputs, *attributes, *trailing)
    if len(args) > len(params):
        raise TypeError(f"{name}() takes from 0 to {len(params)} positional arguments but {len(args)} were given")
    given = dict(zip(params, args), **kwargs)
    arrays = sum(given.get(n) is not None for n in inputs)
    return arrays, {k: v for k, v in given.items() if k not in inputs and k not in trailing}


def ndarray_function(name):
    """``mx.nd._internal.<name>``: MXNet's generated function, refusing every call as MXNet does."""
    def function(*args, **kwargs):
        raise refusal(name, *_bound(name, ("out", "name"), args, kwargs))
    function.__module__ = "ndarray"     # (MXNet's generated functions' module)
    return _named(function, name, ("out", "name"))


def symbol_function(name):
    """``mx.sym._internal.<name>``: MXNet's generated symbol function; its parameters are read, then composing
    the node fails (the graph inputs of these operators are not listed)."""
    def function(*args, **kwargs):
        from ..symbol.symbol import composing_error
        arrays, attrs = _bound(name, ("name", "attr", "out"), args, kwargs)
        error = refusal(name, arrays, attrs)
        if "Required parameter" in str(error) or name in _COUNTED:
            raise error
        raise composing_error(369, f"Not enough argument to call operator {name}")
    function.__module__ = "symbol"
    return _named(function, name, ("name", "attr", "out"))


def _named(function, name, trailing):
    inputs, attributes, variadic = _parameters(name)
    function.__name__ = function.__qualname__ = name
    function.__doc__ = f"MXNet's internal operator {name}, which a Python call cannot run."
    if variadic is None:
        function.__signature__ = generated_signature(inputs, attributes, trailing)
    else:
        kinds = inspect.Parameter
        function.__signature__ = inspect.Signature([kinds(variadic, kinds.VAR_POSITIONAL),
                                                    kinds("kwargs", kinds.VAR_KEYWORD)])
    return function
