"""What MXNet's messages say about operator parameters: the types of required ones; enumerations are
ndarray.param_text's (checked in nd calls and at symbol creation alike)."""
from ..base import MXNetError
from ..ndarray.param_text import in_operator

# How MXNet names the type of a required parameter in its "not presented" message.
REQUIRED_TYPES = {
    ("FullyConnected", "num_hidden"): "int", ("Activation", "act_type"): "int",
    ("Convolution", "kernel"): "Shape(tuple)", ("Convolution", "num_filter"): "int (non-negative)",
    ("Deconvolution", "kernel"): "Shape(tuple)", ("Deconvolution", "num_filter"): "int (non-negative)",
    ("Embedding", "input_dim"): "int", ("Embedding", "output_dim"): "int",
    ("clip", "a_min"): "float", ("clip", "a_max"): "float", ("Cast", "dtype"): "int",
    ("SliceChannel", "num_outputs"): "int", ("split", "num_outputs"): "int", ("one_hot", "depth"): "int",
    ("_contrib_SyncBatchNorm", "key"): "string", ("LRN", "nsize"): "int (non-negative)", ("Pad", "mode"): "int",
    ("Pad", "pad_width"): "Shape(tuple)", ("reverse", "axis"): "Shape(tuple)",
    ("_contrib_SparseEmbedding", "input_dim"): "int", ("_contrib_SparseEmbedding", "output_dim"): "int",
    ("_contrib_count_sketch", "out_dim"): "int", ("slice", "begin"): "Shape(tuple)", ("slice", "end"): "Shape(tuple)",
    ("cast_storage", "stype"): "int", ("_image_crop", "x"): "int", ("_image_crop", "y"): "int",
    ("_image_crop", "width"): "int", ("_image_crop", "height"): "int",
    ("_image_adjust_lighting", "alpha"): "tuple of <float>",
    **{(f"_image_random_{kind}", factor): "float" for kind in ("brightness", "contrast", "saturation", "hue")
       for factor in ("min_factor", "max_factor")},
    **{("_image_random_color_jitter", p): "float" for p in ("brightness", "contrast", "saturation", "hue")},
    ("_sparse_adagrad_update", "lr"): "float",
    # contrib operators
    ("_contrib_bipartite_matching", "threshold"): "float", ("_contrib_ROIAlign", "pooled_size"): "Shape(tuple)",
    ("_contrib_ROIAlign", "spatial_scale"): "float", ("_contrib_RROIAlign", "pooled_size"): "Shape(tuple)",
    ("_contrib_RROIAlign", "spatial_scale"): "float", ("_contrib_PSROIPooling", "spatial_scale"): "float",
    ("_contrib_PSROIPooling", "output_dim"): "int", ("_contrib_PSROIPooling", "pooled_size"): "int",
    **{("_contrib_DeformablePSROIPooling", p): "int" for p in ("output_dim", "group_size", "pooled_size")},
    ("_contrib_DeformablePSROIPooling", "spatial_scale"): "float",
    **{(f"_contrib_interleaved_matmul_{kind}", "heads"): "int"
       for kind in ("selfatt_qk", "selfatt_valatt", "encdec_qk", "encdec_valatt")},
    **{(f"_contrib_{conv}", p): kind for conv in ("DeformableConvolution", "ModulatedDeformableConvolution",
                                                   "quantized_conv")
       for p, kind in (("kernel", "Shape(tuple)"), ("num_filter", "int"))},
    ("_contrib_quantized_fully_connected", "num_hidden"): "int",
    ("_contrib_quantized_embedding", "input_dim"): "int", ("_contrib_quantized_embedding", "output_dim"): "int",
    # more operators' required parameters, as MXNet's messages name their types
    ("RNN", "mode"): "int", ("RNN", "state_size"): "int (non-negative)", ("RNN", "num_layers"): "int (non-negative)",
    ("Convolution_v1", "kernel"): "Shape(tuple)", ("GridGenerator", "transform_type"): "int",
    ("ROIPooling", "pooled_size"): "Shape(tuple)", ("ROIPooling", "spatial_scale"): "float",
    ("col2im", "output_size"): "Shape(tuple)", ("SpatialTransformer", "sampler_type"): "int",
    ("SpatialTransformer", "transform_type"): "int", ("Convolution_v1", "num_filter"): "int (non-negative)",
    ("_contrib_ModulatedDeformableConvolution", "num_filter"): "int (non-negative)", ("_random_randint", "high"): "long",
    ("UpSampling", "sample_type"): "int", ("_contrib_DeformableConvolution", "kernel"): "Shape(tuple)",
    ("UpSampling", "scale"): "int",
    ("_contrib_DeformablePSROIPooling", "group_size"): "int",
    ("_contrib_ModulatedDeformableConvolution", "kernel"): "Shape(tuple)",
    ("_contrib_group_adagrad_update", "lr"): "float", ("_contrib_interleaved_matmul_encdec_qk", "heads"): "int",
    ("_contrib_interleaved_matmul_encdec_valatt", "heads"): "int",
    ("_contrib_interleaved_matmul_selfatt_qk", "heads"): "int",
    ("_contrib_interleaved_matmul_selfatt_valatt", "heads"): "int", ("_contrib_quantized_act", "act_type"): "int",
    ("_contrib_quantized_conv", "kernel"): "Shape(tuple)", ("_contrib_quantized_rnn", "mode"): "int",
    ("adam_update", "lr"): "float", ("amp_cast", "dtype"): "int", ("amp_multicast", "num_outputs"): "int",
    ("col2im", "kernel"): "Shape(tuple)", ("depth_to_space", "block_size"): "int", ("expand_dims", "axis"): "int",
    ("ftml_update", "lr"): "float", ("ftrl_update", "lr"): "float", ("im2col", "kernel"): "Shape(tuple)",
    ("lamb_update_phase1", "t"): "int", ("lamb_update_phase1", "wd"): "float", ("lamb_update_phase2", "lr"): "float",
    ("ftml_update", "t"): "int",
    ("mp_lamb_update_phase1", "t"): "int", ("mp_lamb_update_phase2", "lr"): "float",
    ("mp_nag_mom_update", "lr"): "float", ("mp_sgd_mom_update", "lr"): "float", ("mp_sgd_update", "lr"): "float",
    ("multi_lars", "eps"): "float", ("multi_mp_sgd_mom_update", "lrs"): "tuple of <float>",
    ("multi_mp_sgd_update", "lrs"): "tuple of <float>", ("multi_sgd_mom_update", "lrs"): "tuple of <float>",
    ("multi_sgd_update", "lrs"): "tuple of <float>", ("multi_sum_sq", "num_arrays"): "int",
    ("nag_mom_update", "lr"): "float", ("repeat", "repeats"): "int", ("reset_arrays", "num_arrays"): "int",
    ("rmsprop_update", "lr"): "float", ("rmspropalex_update", "lr"): "float",
    ("scatter_nd", "shape"): "Shape(tuple)", ("sgd_mom_update", "lr"): "float", ("sgd_update", "lr"): "float",
    ("signsgd_update", "lr"): "float", ("signum_update", "lr"): "float", ("slice_axis", "axis"): "int",
    ("space_to_depth", "block_size"): "int", ("tile", "reps"): "Shape(tuple)",
    ("slice_axis", "begin"): "int", ("slice_axis", "end"): "int or None", ("_random_randint", "low"): "long",
    ("mp_lamb_update_phase1", "wd"): "float", ("multi_lars", "eta"): "float",
    **{(f"multi_{kind}_update", "wds"): "tuple of <float>" for kind in ("sgd", "sgd_mom", "mp_sgd", "mp_sgd_mom")},
}


def require_parameters(op_name, **given):
    """Raise MXNet's error for the first (by name, as MXNet checks them) of ``given`` left as None."""
    missing = sorted(k for k, v in given.items() if v is None)
    if missing:
        raise missing_parameter(op_name, missing[0], {k: v for k, v in given.items() if v is not None})


def missing_parameter(op_name, key, attrs, imperative=False):
    """MXNet's error for a required parameter left out, naming the op's given attributes (``imperative``: in the
    order an NDArray call's attribute map holds them)."""
    kind = REQUIRED_TYPES.get((op_name, key))
    return MXNetError(f"Required parameter {key}{f' of {kind}' if kind else ''} is not presented"
                      f"{in_operator(op_name, attrs, imperative)}")
