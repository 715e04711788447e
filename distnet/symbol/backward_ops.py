"""The backward nodes MXNet's gradient pass makes for each forward op (what a training executor's
``debug_str`` lists, and what the profiler names during backward).

A rule is one of:
  ``(backward op, reads)``: one node ``<name>_backward`` reading ``reads`` (``g<k>`` the gradient of
      output k, ``i<k>`` input k, ``o<k>`` output k, ``i*`` every input) with one output per
      differentiable input (``(op, reads, n)`` for n outputs), the forward attributes copied;
  a list of ``(op, reads, name suffix, inputs served, attributes or None for the forward ones)``;
  ``ZEROS`` (a ``zeros_like`` per input), ``CLONE`` (the output gradient itself for every input),
  ``COPIES`` (one unnamed ``_copy`` of it per input).
"""
import os
import re

ZEROS, CLONE, COPIES = "zeros", "clone", "copies"


def keeps_pooling_workspace(attrs):
    """Whether a Pooling node of ``attrs`` keeps oneDNN's workspace as a hidden second output: max pooling over a
    given kernel in a channel-first layout (a global pooling told no kernel has none)."""
    return str(attrs.get("pool_type", "max")) == "max" and \
        str(attrs.get("layout", "None")) in ("None", "NCW", "NCHW", "NCDHW") and \
        str(attrs.get("kernel", "()")) not in ("()", "[]")


def sum_cap():
    """Gradients summed by one add_n below this many terms, else by a chain of _grad_add (MXNet's
    MXNET_EXEC_INPLACE_GRAD_SUM_CAP)."""
    return int(os.environ.get("MXNET_EXEC_INPLACE_GRAD_SUM_CAP", 8))

_USE_IN = ("_backward_{}", "g0 i0")
_USE_OUT = ("_backward_{}", "g0 o0")
_USE_NONE = ("_backward_{}", "g0")
_USE_BOTH = ("_backward_{}", "g0 i0 i1")

_BY_KIND = {
    _USE_IN: "abs arccos arccosh arcsin arcsinh arctan arctanh cos cosh degrees erf expm1 gamma gammaln "
             "hard_sigmoid log log10 log1p log2 radians rcbrt reciprocal rsqrt sign sin sinh smooth_l1 softsign "
             "square clip _hypot_scalar _maximum_scalar _minimum_scalar _mod_scalar _power_scalar "
             "_rdiv_scalar _rmod_scalar",
    _USE_OUT: "relu sigmoid tanh tan sqrt cbrt erfinv softmax log_softmax softmin SoftmaxActivation "
              "_rpower_scalar",
    _USE_NONE: "sum mean slice slice_axis tile repeat Pad Crop UpSampling SwapAxis SequenceLast "
               "SequenceReverse squeeze stack _mul_scalar _div_scalar diag",
    _USE_BOTH: "_maximum _minimum _power _hypot _mod broadcast_div broadcast_hypot broadcast_maximum "
               "broadcast_minimum broadcast_mod broadcast_mul broadcast_power dot softmax_cross_entropy",
}
_ZERO_OPS = ("BlockGrad zeros_like ones_like argmax argmin argsort topk sort one_hot ceil floor fix rint round "
             "trunc logical_not shape_array size_array _equal_scalar _not_equal_scalar _greater_scalar "
             "_greater_equal_scalar _lesser_scalar _lesser_equal_scalar _logical_and_scalar _logical_or_scalar "
             "_logical_xor_scalar _equal _not_equal _greater _greater_equal _lesser _lesser_equal _logical_and "
             "_logical_or _logical_xor broadcast_equal broadcast_not_equal broadcast_greater broadcast_greater_equal "
             "broadcast_lesser broadcast_lesser_equal broadcast_logical_and broadcast_logical_or "
             "broadcast_logical_xor _contrib_arange_like _contrib_index_array _sample_exponential _sample_gamma "
             "_sample_generalized_negative_binomial _sample_multinomial _sample_negative_binomial _sample_normal "
             "_sample_poisson _sample_uniform")

_BROADCAST_BACK = {"keepdims": "true"}

RULES = {name: (kind[0].format(name.lstrip("_")), kind[1]) for kind, names in _BY_KIND.items()
         for name in names.split()}
RULES.update({name: ZEROS for name in _ZERO_OPS.split()})
RULES.update({
    "elemwise_add": CLONE, "_grad_add": CLONE, "add_n": COPIES,
    "elemwise_sub": ("_backward_sub", "g0"), "elemwise_mul": ("_backward_mul", "g0 i0 i1"),
    "elemwise_div": ("_backward_div", "g0 i0 i1"),
    "broadcast_add": ("_backward_broadcast_add", "g0"), "broadcast_sub": ("_backward_broadcast_sub", "g0"),
    "_plus_scalar": ("_copy", "g0"), "_minus_scalar": ("_copy", "g0"), "_rminus_scalar": ("negative", "g0"),
    "negative": ("negative", "g0"), "exp": ("elemwise_mul", "g0 o0"), "transpose": ("transpose", "g0"),
    "identity": ("_copy", "g0"), "_copy": ("_copy", "g0"), "_copyto": ("CopyCPU2CPU", "g0"), "Flatten": ("_backward_copy", "g0"),
    "expand_dims": ("_backward_reshape", "g0"), "Reshape": ("_backward_reshape", "g0"),
    "Cast": ("_backward_cast", "g0"), "max": ("_backward_max", "g0 i0 o0"), "min": ("_backward_min", "g0 i0 o0"),
    "prod": ("_backward_prod", "g0 i0 o0"), "nanprod": ("_backward_nanprod", "g0 i0 o0"),
    "nansum": ("_backward_nansum", "g0 i0 o0"), "norm": ("_backward_norm", "g0 i0 o0"),
    "cumsum": ("_backward_np_cumsum", "g0"), "_np_cumsum": ("_backward_np_cumsum", "g0"),
    "_np_sum": ("_backward_np_sum", "g0"), "_np_mean": ("_backward_np_mean", "g0"),
    "_np_concat": ("_backward_np_concat", "g0"), "_np_where": ("_backward_np_where", "g0 i0"),
    "_npi_where_rscalar": ("_backward_np_where_rscalar", "g0 i0"),
    "_npi_where_lscalar": ("_backward_np_where_lscalar", "g0 i0"),
    "_npi_flip": ("_backward_npi_flip", "g0"), "_np_broadcast_to": ("_backward_np_broadcast_to", "g0"), "slice_like": ("_backward_slice_like", "g0"),
    "take": ("_backward_take", "g0 i1"), "Embedding": ("_backward_Embedding", "g0 i0"),
    "_contrib_div_sqrt_dim": ("_contrib_div_sqrt_dim", "g0"), "_contrib_quadratic": ("_contrib_backward_quadratic", "g0 i0"),
    "_contrib_gradientmultiplier": ("_contrib_backward_gradientmultiplier", "g0"),
    "FullyConnected": ("_backward_FullyConnected", "g0 i0 i1"),
    "Convolution": ("_backward_Convolution", "g0 i*"), "Deconvolution": ("_backward_Deconvolution", "g0 i*"),
    "Concat": ("_backward_Concat", "g0 i*"), "_rnn_param_concat": ("_backward_Concat", "g0 i*"),
    "SliceChannel": ("_backward_SliceChannel", "g*"), "_split_v2": ("_split_v2_backward", "g*"),
    "BatchNorm": ("_backward_BatchNorm", "g0 o1 o2 i*", 3),
    "BatchNorm_v1": ("_backward_BatchNorm_v1", "g0 o1 o2 i0 i1 i3 i4", 3),
    "_contrib_BatchNormWithReLU": ("_backward_contrib_BatchNormWithReLU", "g0 o1 o2 i* o3", 3),
    "InstanceNorm": ("_backward_InstanceNorm", "g0 o1 o2 i0 i1"),
    "LayerNorm": ("_backward_LayerNorm", "g0 i0 i1 o1 o2"), "GroupNorm": ("_backward_GroupNorm", "g0 i0 i1 o1 o2"),
    "LRN": ("_backward_LRN", "g0 i0 o1"), "CTCLoss": ("_backward_ctc_loss", "g0 g1 o0 o1"), "L2Normalization": ("_backward_L2Normalization", "g0 o0 o1"),
    "Dropout": ("_backward_Dropout", "g0 o1"),
    "SoftmaxOutput": ("_backward_SoftmaxOutput", "o0 i1"), "SVMOutput": ("_backward_SVMOutput", "i1 o0"),
    "LinearRegressionOutput": ("_backward_linear_reg_out", "i1 o0"),
    "LogisticRegressionOutput": ("_backward_logistic_reg_out", "i1 o0"),
    "MAERegressionOutput": ("_backward_mae_reg_out", "i1 o0"),
    "MakeLoss": ("_backward_MakeLoss", ""), "IdentityAttachKLSparseReg": ("_backward_IdentityAttachKLSparseReg",
                                                                       "g0 i0 i1"),
    "ROIPooling": ("_backward_ROIPooling", "g0 i1 o1"),
    "make_loss": [("ones_like", "i0", "_backward", (0,), {})],
    "pick": [("_backward_pick", "g0 i1", "_backward", (0,), None), ("zeros_like", "i1", "_index_backward", (1,), {})],
    "gather_nd": [("_backward_gather_nd", "g0 i1", "_backward", (0,), None),
                  ("zeros_like", "i1", "_backward_indices", (1,), {})],
    "where": [("zeros_like", "i0", "_cond_backward", (0,), {}), ("_backward_where", "g0 i0", "_backward", (1, 2), None)],
    "reshape_like": [("_backward_copy", "g0", "_backward", (0,), None), ("zeros_like", "i1", "_rhs_backward", (1,), {})],
    "_identity_with_attr_like_rhs": [("_backward_copy", "g0", "_backward", (0,), None),
                                     ("zeros_like", "i1", "_rhs_backward", (1,), {})],
    "broadcast_like": [("_broadcast_backward", "g0", "_backward", (0,), _BROADCAST_BACK),
                       ("zeros_like", "i1", "_rhs_backward", (1,), {})],
    "broadcast_to": [("_broadcast_backward", "g0", "_backward", (0,), _BROADCAST_BACK)],
    "broadcast_axis": [("_broadcast_backward", "g0", "_backward", (0,), _BROADCAST_BACK)],
    "reverse": ("_backward_reverse", "g0"), "amp_cast": ("_backward_amp_cast", "g0"),
    "amp_multicast": ("_backward_amp_multicast", "g*"),
    "space_to_depth": [("depth_to_space", "g0", "_backward", (0,), None)],
    "depth_to_space": [("space_to_depth", "g0", "_backward", (0,), None)],
    "moments": ("_backward_moments", "g0 g1 i0 o0 o1"), "Correlation": ("_backward_Correlation", "g0 o1 o2"),
    "BilinearSampler": ("_backward_BilinearSampler", "g0 i0 o1 i1"),
    "SpatialTransformer": ("_backward_SpatialTransformer", "g0 o1 o2 i0"),
    "_contrib_index_copy": ("_contrib_backward_index_copy", "g0 i0 i1 i2"),
    "_contrib_BilinearResize2D": ("_backward_contrib_BilinearResize2D", "g0"),
    "_contrib_AdaptiveAvgPooling2D": ("_backward_contrib_AdaptiveAvgPooling2D", "g0"),
    "_contrib_ROIAlign": ("_backward_ROIAlign", "g0 i1"),
    **{f"_linalg_{name}": (f"_backward_linalg_{name}", reads) for name, reads in (
        ("gemm", "g0 i0 i1 i2"), ("gemm2", "g0 i0 i1"), ("potrf", "g0 o0"), ("potri", "g0 i0 o0"),
        ("trmm", "g0 i0 i1"), ("trsm", "g0 i0 i1 o0"), ("sumlogdiag", "g0 i0"), ("syrk", "g0 i0"),
        ("gelqf", "g0 g1 o0 o1"), ("syevd", "g0 g1 o0 o1"), ("inverse", "g0 o0"), ("det", "g0 o0 o1 o2"),
        ("slogdet", "g1 o0 o1 o2 o3"), ("extractdiag", "g0"), ("makediag", "g0"), ("extracttrian", "g0"),
        ("maketrian", "g0"))},
    **{f"_random_pdf_{name}": (f"_backward_pdf_{name}", "g0 i* o0") for name in (
        "uniform", "normal", "gamma", "exponential", "poisson", "negative_binomial", "generalized_negative_binomial",
        "dirichlet")},
})
_ALIASES = {"stop_gradient": "BlockGrad", "ElementWiseSum": "add_n", "flatten": "Flatten", "reshape": "Reshape",
            "concat": "Concat", "split": "SliceChannel", "cast": "Cast", "broadcast_axes": "broadcast_axis",
            "swapaxes": "SwapAxis", "crop": "Crop", "pad": "Pad", "_plus": "elemwise_add", "_add": "elemwise_add",
            "_sub": "elemwise_sub", "_minus": "elemwise_sub", "_mul": "elemwise_mul", "_div": "elemwise_div",
            "ctc_loss": "CTCLoss", "_contrib_CTCLoss": "CTCLoss", "_contrib_ctc_loss": "CTCLoss",
            "broadcast_plus": "broadcast_add", "broadcast_minus": "broadcast_sub", "_Plus": "elemwise_add"}


# Ops whose gradient rule runs even when every output gradient is zero (MXNet's generic makers, behind the
# elementwise and reduction ops, hand zeros on instead): layers, legacy operators, losses, and the sums (which
# pass the gradient on, or copy it).
KEEPS_BACKWARD = frozenset((
    "elemwise_add _grad_add add_n FullyConnected LeakyReLU Activation Convolution Deconvolution BatchNorm BatchNorm_v1 _contrib_BatchNormWithReLU "
    "Pooling Dropout LayerNorm GroupNorm InstanceNorm L2Normalization LRN Concat SwapAxis where Pad UpSampling "
    "SliceChannel Crop SequenceLast SequenceReverse SequenceMask batch_dot IdentityAttachKLSparseReg "
    "MakeLoss make_loss gather_nd moments SoftmaxOutput LinearRegressionOutput LogisticRegressionOutput SVMOutput "
    "MAERegressionOutput ROIPooling Correlation BilinearSampler GridGenerator SpatialTransformer "
    "_npi_advanced_indexing").split())


def runs_on_zero_gradients(op_name):
    """Whether MXNet runs the backward of ``op_name`` when its output gradients are all zeros_like nodes (an op
    whose gradient is its output gradient itself hands those nodes on)."""
    op_name = _ALIASES.get(op_name, op_name)
    return op_name in KEEPS_BACKWARD and RULES.get(op_name) != CLONE


def zero_checked_outputs(op_name, count):
    """The output positions whose gradients, all zero, make MXNet's gradient pass hand zeros to the inputs of
    ``op_name`` instead of building its backward node (none for the ops that always build it)."""
    op_name = _ALIASES.get(op_name, op_name)
    if op_name in KEEPS_BACKWARD:
        return ()
    return range(1) if op_name in ("topk", "sort") else range(count)     # their maker looks at the values' only


# Inputs whose gradient buffer the backward kernel of the op leaves as it was (MXNet's legacy loss and
# sequence operators write only the data gradient; a bound 'write' array keeps its values).
UNWRITTEN_GRADS = {
    "SoftmaxOutput": ("label",), "SVMOutput": ("label",), "LinearRegressionOutput": ("label",),
    "LogisticRegressionOutput": ("label",), "MAERegressionOutput": ("label",),
    "CTCLoss": ("label", "data_lengths", "label_lengths"), "SequenceMask": ("sequence_length",),
    "SequenceLast": ("sequence_length",), "SequenceReverse": ("sequence_length",),
    "_contrib_boolean_mask": ("index",),
}


def rule(op_name, attrs):
    """The gradient rule of forward op ``op_name`` with attribute strings ``attrs``."""
    op_name = _ALIASES.get(op_name, op_name)
    if op_name == "Activation":
        reads = "g0 o0" if attrs.get("act_type") == "relu" else "g0 o0 i0"
        return ("_backward_Activation", reads)
    if op_name == "LeakyReLU":
        act = attrs.get("act_type", "leaky")
        reads = {"prelu": "g0 i0 i1 o0", "rrelu": "g0 g1 i0 o0 o1"}.get(act, "g0 i0 o0")
        return ("_backward_LeakyReLU", reads)
    if op_name == "Pooling":
        return ("_backward_Pooling", "g0 g1 i0 o0 o1" if keeps_pooling_workspace(attrs) else "g0 i0 o0")
    if op_name == "Custom":
        return _custom_rule(attrs)
    dynamic = _dynamic_rule(op_name, attrs)
    if dynamic is not None:
        return dynamic
    found = RULES.get(op_name)
    if found is None:          # not measured: MXNet's usual backward node, reading the gradient and the inputs
        return (f"_backward_{op_name}", "g0 i*")
    return found


def zero_gradient_inputs(op_name, attrs, count):
    """The positions among ``count`` inputs whose gradient MXNet's pass makes a ``zeros_like`` of the input."""
    found = rule(op_name, attrs)
    if found == ZEROS:
        return set(range(count))
    if isinstance(found, list):
        return {i for step in found if step[0] == "zeros_like" for i in step[3]}
    return set()


def ignores_output_grad(op_name, attrs, index):
    """Whether the measured gradient rule of ``op_name`` leaves the gradient of its output ``index`` unread
    (topk's indices, BatchNorm's mean and variance), so MXNet's graph has no head gradient node for it."""
    name = _ALIASES.get(op_name, op_name)
    if name in ("Activation", "LeakyReLU", "Pooling") or (_dynamic_rule(name, attrs) is None and name not in RULES):
        return False
    found = rule(name, attrs)
    if found in (ZEROS, CLONE, COPIES):
        return found == ZEROS
    parts = [found] if isinstance(found, tuple) else found
    reads = " ".join(part[1] for part in parts).split()
    return "g*" not in reads and f"g{index}" not in reads


def _custom_rule(attrs):
    """A Custom node's backward: one node under the forward node's own name, reading the output gradients (when its
    Prop needs them), the arguments and the outputs."""
    from ..ndarray.registry import OPS
    signature = OPS["Custom"].signature(attrs)
    nout, nargs = len(signature.outputs), len(signature.arguments)
    reads = [f"g{k}" for k in range(nout) if signature.need_top_grad] + [f"i{k}" for k in range(nargs)] + \
        [f"o{k}" for k in range(nout)]
    return [("_backward_Custom", " ".join(reads), "", tuple(range(nargs)), {})]     # (no attributes)


def _dynamic_rule(op_name, attrs):
    """Rules that depend on the op's attributes (None for the others)."""
    if op_name == "topk":
        return ("_backward_topk", "g0 o0 o1") if attrs.get("ret_typ") in ("value", "both") else ZEROS
    if op_name == "softmax" and attrs.get("use_length") in ("True", "true", "1"):
        return ("_backward_softmax", "g0 i0 i1 o0")
    if op_name == "UpSampling" and attrs.get("sample_type") == "bilinear":
        return ("_backward_UpSampling", "g0 i*")
    if op_name == "transpose":
        return _transpose_rule(attrs.get("axes", "()"))
    if op_name in ("SequenceMask", "SequenceLast", "SequenceReverse"):
        with_lengths = attrs.get("use_sequence_length") in ("True", "true", "1")
        return (f"_backward_{op_name}", "g0 i1" if with_lengths else "g0")
    if op_name == "GridGenerator":
        return ("_backward_GridGenerator", "g0 o1" if attrs.get("transform_type") == "affine" else "g0")
    if op_name == "batch_dot":
        return _batch_dot_rule(attrs.get("transpose_a") in ("True", "true", "1"),
                               attrs.get("transpose_b") in ("True", "true", "1"))
    if op_name == "sort":           # topk's backward over all the values (MXNet refuses a sort without an axis)
        ascend = "0" if attrs.get("is_ascend", "True").lower() in ("0", "false") else "1"
        sort_attrs = {"axis": attrs.get("axis", ""), "is_ascend": ascend, "k": "0", "ret_typ": "value"}
        return [("_backward_topk", "g0 o0 o1", "_backward", (0,), sort_attrs)]
    if op_name == "RNN":
        states = attrs.get("state_outputs") in ("True", "true", "1")
        lstm = attrs.get("mode") == "lstm"
        reads = "i0 i1 i2 o0 g0" + (" o1 g1" if states else "") + (" i3" if lstm else "") + \
            (" o2 g2" if states and lstm else "")
        return ("_backward_RNN", reads, 4 if lstm else 3)
    return None


def _batch_dot_rule(transpose_a, transpose_b):
    """batch_dot's gradients, each a batch_dot of the output gradient and the other operand, transposed as the
    forward product was: (reads, transpose_a, transpose_b) for the left operand, then the right."""
    if transpose_a and transpose_b:
        parts = (("i1 g0", "True", "True"), ("g0 i0", "True", "True"))
    elif transpose_b:
        parts = (("g0 i1", "false", "false"), ("g0 i0", "true", "false"))
    elif transpose_a:
        parts = (("i1 g0", "false", "true"), ("i0 g0", "false", "false"))
    else:
        parts = (("g0 i1", "false", "true"), ("i0 g0", "true", "false"))
    return [("batch_dot", reads, suffix, (k,), {"transpose_a": ta, "transpose_b": tb})
            for k, ((reads, ta, tb), suffix) in enumerate(zip(parts, ("_backward_lhs", "_backward_rhs")))]


def _transpose_rule(axes):
    """transpose's gradient: a transpose by the inverse permutation, which MXNet's listing prints as ``[1,2,0]``."""
    axes = [int(a) for a in re.findall(r"-?\d+", axes)]
    if sorted(axes) != list(range(len(axes))):      # none given, or a negative axis (which MXNet refuses)
        return None
    inverse = sorted(range(len(axes)), key=axes.__getitem__)
    return [("transpose", "g0", "_backward", (0,), {"axes": "[" + ",".join(map(str, inverse)) + "]"} if axes else {})]


def profiled_names(op_name, attrs, num_inputs, visible=1, missing=()):
    """The operator names MXNet's profiler lists when the backward of ``op_name`` runs: output gradients
    it reads that nothing gave (the ``missing`` visible ones, and hidden outputs') are made as zeros first."""
    found = rule(op_name, attrs)
    if found in (ZEROS, CLONE):         # zero gradients are dropped from the sums: nothing runs
        return []
    if found == COPIES:
        return ["_copy"] * num_inputs
    steps = found if isinstance(found, list) else [found]
    names = []
    for step in steps:
        if step[0] == "zeros_like":      # the gradient of an index or condition: dropped from the sums
            continue
        read = {int(t[1:]) for t in step[1].split() if t[0] == "g" and t[1:] != "*"}
        if "g*" in step[1].split():
            read = set(range(visible))
        names += ["_zeros_without_dtype"] * sum(1 for k in read if k >= visible or k in missing)
        names.append(step[0])
    return names
