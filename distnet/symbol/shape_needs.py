"""Operators whose MXNet shape function reads an input's dimensions without first checking that they are
known: shape inference fails there (an MXNetError) instead of leaving the shapes unknown."""
import math

import numpy as np

from ..base import MXNetError, message_of, negative_size_text
from ..ndarray.ops_deformable import DEFORMABLE_OPS
from ..ndarray.shape_text import inferred_dims, zeros_are_unknown
from ..util import is_np_shape
from .graph import input_names

# op -> positions of the inputs whose rank must be known (the generic words: MXNet's own are not reproduced)
NEEDS_RANK = dict.fromkeys(("_linalg_extractdiag", "_linalg_extracttrian"), (0,))


def _index_words(i, colon=":"):
    """MXNet reading dimension ``i`` of a shape of unknown rank (any known rank passes)."""
    return None, f"Check failed: i >= 0 && i < ndim(){colon} index = {i} must be in range [0, -1)"


def _rank_check(expr, want, what, cmp="=="):
    """MXNet's check of an input's rank: (which ranks pass, its words with {nd} the rank, {shape} the shape)."""
    n = int(str(want).rstrip("U"))
    ok = (lambda nd: nd == n) if cmp == "==" else (lambda nd: nd >= n)
    return ok, f"Check failed: {expr} {cmp} {want} ({{nd}} vs. {n}) : {what}"


_HWC_IMAGE = _rank_check("dshape.ndim()", 3, "Input image must have shape (height, width, channels), but got {shape}")
_DATA_4D = "data should be a 4D tensor"
_BBOX = "bbox should be a 2D tensor of shape [batch, {}]"


def _flag(attrs, key):
    return str(attrs.get(key, False)).lower() in ("1", "true")


def _l2_normalization(attrs):
    mode = attrs.get("mode", "instance")
    if mode == "instance":
        return [(0, _index_words(0))]
    return [(0, _rank_check("dshape.ndim()", 3, f"At lease 3 dimensions required in {mode} mode", ">="))]


def _upsampling(attrs):
    if attrs.get("sample_type") != "bilinear":         # nearest: the first input's sizes, then each input's rank
        rank = _rank_check("shape.ndim()", "4U", "UpSamplingNearest: Input data should be 4D in (batch, channel, y, x)")
        return [(0, _index_words(1))] + [(j, rank) for j in range(1, int(attrs.get("num_args", 1)))]
    return [(0, _rank_check("dshape.ndim()", "4U", "UpSamplingBilinear: Input data should be 4D in (batch, channel, "
                                                   "y, x)"))]


def _grid_generator(attrs):
    if attrs.get("transform_type") == "affine":
        return [(0, _rank_check("lshape.ndim()", "2U", "if transform_type is affine, data is affine matrixaffine "
                                                       "matrix should be 2D in batch-num_hidden"))]
    return [(0, _rank_check("lshape.ndim()", "4U", "if transform_type is warp, data is optical flowoptical flow "
                                                   "should be 4D in batch-num_hidden-y-x"))]


def _time_axis_read(axis):
    """SequenceMask and SequenceLast check their time axis is 0 or 1 before they read the batch axis' size."""
    if axis not in (0, 1):
        return [(0, (None, "Check failed: (param_.axis == 0) || (param_.axis == 1): Current implementation expects "
                           "axis to be 0 or 1."))]
    return [(0, _index_words(1 - axis))]


def _arange_like(attrs):
    if attrs.get("axis") in (None, "None"):
        return []
    return [(0, (None, "Check failed: real_axis >=0 && real_axis < (*in_attrs)[0].ndim(): cannot handle param.axis "
                       f"{attrs['axis']}."))]


def _khatri_rao(attrs):
    """Each input's column count is read in turn: a rank below 2 (or unknown) fails the read."""
    def read(colon, site=""):
        return (lambda nd: nd >= 2), (f"{site}Check failed: i >= 0 && i < ndim(){colon} index = 1 must be in range "
                                      "[0, {nd})")
    return [(0, read(":"))] + [(j, read("", "../include/mxnet/./tuple.h:244: ")) for j in range(1, 64)]


# op -> [(input position, (which known ranks pass (None: all), MXNet's words))] in the order its shape function
# checks them, or a function of the attributes giving that list: the rank is read before anything waits for sizes
RANK_CHECKS = {
    **dict.fromkeys(("InstanceNorm", "IdentityAttachKLSparseReg"), [(0, _index_words(1))]),
    **dict.fromkeys(("_linalg_makediag", "_linalg_maketrian"), [(0, _index_words(-2))]),
    **dict.fromkeys(("SequenceMask", "SequenceLast"), lambda a: _time_axis_read(int(a.get("axis", 0)))),
    "SequenceReverse": lambda a: [(0, _index_words(1 - int(a.get("axis", 0))))] if _flag(a, "use_sequence_length")
    else [],
    "softmax": lambda a: [(0, (None, "Check failed: ndim >= -1 (-2 vs. -1) : ndim cannot be less than -1, received "
                                     "-2"))] if _flag(a, "use_length") else [],
    "L2Normalization": _l2_normalization, "UpSampling": _upsampling, "GridGenerator": _grid_generator,
    "_contrib_arange_like": _arange_like, "khatri_rao": _khatri_rao,
    "Pad": [(0, ((lambda nd: nd in (4, 5)), "Current implementation only supports 4-D or 5-D input."))],
    "ROIPooling": [(0, _rank_check("dshape.ndim()", "4U", _DATA_4D)),
                   (1, _rank_check("bshape.ndim()", "2U", _BBOX.format(5)))],
    "_contrib_ROIAlign": [(0, _rank_check("dshape.ndim()", 4, _DATA_4D)),
                          (1, _rank_check("bshape.ndim()", 2, _BBOX.format(5)))],
    "_contrib_PSROIPooling": [(0, _rank_check("dshape.ndim()", 4, _DATA_4D)),
                              (1, _rank_check("bshape.ndim()", 2, _BBOX.format(5)))],
    "_contrib_RROIAlign": [(0, _rank_check("dshape.ndim()", "4U", _DATA_4D)),
                           (1, _rank_check("bshape.ndim()", "2U", _BBOX.format(6)))],
    "_contrib_DeformablePSROIPooling": lambda a: (
        [] if _flag(a, "no_trans") else [(2, _rank_check("tshape.ndim()", 4, "trans should be a 4D tensor of shape"))])
    + [(0, _rank_check("dshape.ndim()", 4, _DATA_4D)), (1, _rank_check("bshape.ndim()", 2, _BBOX.format(5)))],
    "_contrib_ModulatedDeformableConvolution": [
        (j, _rank_check(f"{short}shp.ndim()", "4U", f"Input {name} should be 4D in batch-num_filter-y-x"))
        for j, short, name in ((0, "d", "data"), (1, "o", "offset"), (2, "m", "offset"))],     # (sic: mask)
    "depth_to_space": [(0, _rank_check("in_attrs->at(0).ndim()", 4, "Operation Depth To Space requires exactly 4D "
                                                                      "tensor"))],
    "space_to_depth": [(0, _rank_check("in_attrs->at(0).ndim()", 4, "Operation Space To Depth requires exactly 4D "
                                                                      "tensor"))],
    "_linalg_syevd": [(0, (None, "Check failed: ndim_is_known(this->ndim()): Shape is unknown."))],
    "_contrib_box_iou": [(0, _rank_check("lshape.ndim()", 2, "lhs must have dim >= 2 {nd} provided", ">=")),
                         (1, _rank_check("rshape.ndim()", 2, "rhs must have dim >= 2 {nd} provided", ">="))],
    "_contrib_box_decode": [(0, _rank_check("dshape.ndim()", 3, "data shape must have dim == 3, {nd} provided"))],
    "_contrib_box_encode": [
        (0, _rank_check("sshape.ndim()", 2, "samples shape must have dim == 2, {nd} provided")),
        (1, _rank_check("mshape.ndim()", 2, "matches shape must have dim == 2, {nd} provided", ">=")),
        (2, _rank_check("ashape.ndim()", 3, "matches shape must have dim == 3, {nd} provided", ">="))],     # (sic)
    "_contrib_bipartite_matching": [(0, _rank_check("dshape.ndim()", 2, "score matrix must have dim >= 2 {nd} "
                                                                        "provided", ">="))],
    "_contrib_index_copy": [(1, _rank_check("in_attrs->at(1).ndim()", 1, ""))],
    "_contrib_edge_id": [(1, _rank_check("in_attrs->at(1).ndim()", "1U", "")),
                         (2, _rank_check("in_attrs->at(2).ndim()", "1U", ""))],
    "_contrib_getnnz": [(0, _rank_check("in_attrs->at(0).ndim()", 2, ""))],
    "_contrib_hawkesll": [(0, _rank_check("in_attrs->at(hawkesll::kMu).ndim()", 2, "")),
                          (1, _rank_check("in_attrs->at(hawkesll::kAlpha).ndim()", 1, ""))],
    "_contrib_MultiBoxPrior": [(0, _rank_check("dshape.ndim()", 4, "Input data should be 4D: batch-channel-y-x",
                                               ">="))],
    "_contrib_MultiBoxDetection": [(0, _rank_check("cshape.ndim()", "3U", "Provided: {shape}")),
                                   (1, _rank_check("lshape.ndim()", "2U", "Provided: {shape}")),
                                   (2, _rank_check("ashape.ndim()", "3U", "Provided: {shape}"))],
    "_contrib_MultiBoxTarget": [(0, _rank_check("ashape.ndim()", 3, "Anchor should be batch shared N*4 tensor"))],
    "_contrib_interleaved_matmul_selfatt_qk": [(0, _rank_check(
        "qkv_shape.ndim()", "3U", "Input queries_keys_values should be 3D in seq_length-batch-proj_dim, currently is: "
                                  "{nd}D"))],
    "_contrib_interleaved_matmul_selfatt_valatt": [
        (0, _rank_check("qkv_shape.ndim()", "3U", "Input queries_keys_values should be 3D in "
                                                  "seq_length-batch-3*proj_dim, currently is: {nd}D")),
        (1, _rank_check("att_shape.ndim()", "3U", "Input attention should be 3D in batch-seq_length-seq_length, "
                                                  "currently is: {nd}D"))],
    "_contrib_interleaved_matmul_encdec_qk": [
        (0, _rank_check("q_shape.ndim()", "3U", "Input queries should be 3D in seq_length-batch-proj_dim, currently "
                                                "is {nd}D")),
        (1, _rank_check("kv_shape.ndim()", "3U", "Input queries should be 3D in seq_length-batch-2*proj_dim, "
                                                 "currently is {nd}D"))],
    "_contrib_interleaved_matmul_encdec_valatt": [
        (0, _rank_check("kv_shape.ndim()", "3U", "Input keys_values should be 3D in seq_length-batch-2*proj_dim, "
                                                 "currently is {nd}D")),
        (1, _rank_check("att_shape.ndim()", "3U", "Input attention should be 3D in batch-seq_length-seq_length, "
                                                  "currently is {nd}D"))],
    **dict.fromkeys(("_image_flip_left_right", "_image_flip_top_bottom", "_image_random_flip_left_right",
                     "_image_random_flip_top_bottom", "_image_random_brightness", "_image_random_contrast",
                     "_image_random_saturation", "_image_random_hue", "_image_random_color_jitter",
                     "_image_adjust_lighting", "_image_random_lighting"), [(0, _HWC_IMAGE)]),
    "_image_normalize": [(0, ((lambda nd: nd in (3, 4)), "Check failed: (dshape.ndim() == 3) || (dshape.ndim() == 4): "
                              "Input tensor must have shape (channels, height, width), or (N, channels, height, "
                              "width), but got {shape}"))],
    "_image_resize": [(0, ((lambda nd: nd in (3, 4)), "Check failed: (in_attrs->at(0).ndim() == 3U) || "
                           "(in_attrs->at(0).ndim() == 4U): Input image dimension should be 3 or 4 but got {nd}"))],
    "_image_crop": [(0, ((lambda nd: nd in (3, 4)), "Image Crop expects inputs of 3D (h, w, c) or 4D (n, h, w, c). "
                         "But got {nd}"))],
}


def _shape_words(shape):
    return "[" + ",".join(str(d or -1) for d in shape) + "]"


def _rank_refusal(node, shapes):
    """MXNet's words for the first input (in its shape function's order) whose rank it refuses, unknown or wrong."""
    from .graph import exec_attrs
    return _rank_words(node.op.name, exec_attrs(node), shapes)


def _rank_words(op_name, attrs, shapes):
    """MXNet's words for the first input of ``op_name`` (in its shape function's order) whose rank it refuses."""
    checks = RANK_CHECKS.get(op_name, ())
    for j, (ok, words) in checks(attrs) if callable(checks) else checks:
        if j >= len(shapes):
            break
        if shapes[j] is None or ok is None and not _rank_known(shapes[j]):
            return words.format(nd=-1, shape="None")
        if ok is not None and not ok(len(shapes[j])):       # (a 0-d shape here is one an op computed: see _rank)
            return words.format(nd=len(shapes[j]), shape=_shape_words(shapes[j]))
    return None


# op -> positions of the inputs whose every dimension must be known
NEEDS_DIMS = {
    **dict.fromkeys(("softmax_cross_entropy", "Correlation", "batch_take"), (0, 1)),
    "CTCLoss": (0, 1, 2, 3),       # data, label and the lengths its flags add
}


def _rank(shape):
    """An input's rank as MXNet's checks print it: -1 unknown (the pass holds a 0-d shape only where an op
    computed it, split's squeezed parts of 1-D data)."""
    return -1 if shape is None else len(shape)


def _dim(shape, i):
    return shape[i] or -1 if _rank_known(shape) and i < len(shape) else -1


def _batch_take_words(shapes, attrs):
    data, indices = shapes[0], shapes[1]
    if data == ():          # (its shape function reads a 0-d data as unknown, NumPy shapes or not: no check)
        return None
    if _rank(data) < 2:
        return f"Check failed: (*in_attrs)[0].ndim() >= 2 ({_rank(data)} vs. 2) : Data array must have at least 2 dimensional"
    if not _rank_known(indices) or indices == ():     # (0-d indices leave the output's shape unknown)
        return "Check failed: ndim_is_known(this->ndim()): Shape is unknown."
    if not (_dims_known(data) and _dims_known(indices)):
        return "Check failed: dim_size_is_known(*it): Shape dim size cannot be a negative value -1"
    return None


def _softmax_cross_entropy_words(shapes, attrs):
    data, label = shapes[0], shapes[1]
    if _rank(data) != 2:
        return f"Check failed: (*in_attrs)[0].ndim() == 2U ({_rank(data)} vs. 2) : SoftmaxCrossEntropy only accept 2D data"
    if _rank(label) != 1:
        return (f"Check failed: (*in_attrs)[1].ndim() == 1U ({_rank(label)} vs. 1) : SoftmaxCrossEntropy only "
                "accept 1D label")
    if _dim(data, 0) != _dim(label, 0):
        return (f"Check failed: (*in_attrs)[0][0] == (*in_attrs)[1][0] ({_dim(data, 0)} vs. {_dim(label, 0)}) : "
                "SoftmaxCrossEntropy: data label shape mismatch")
    return None


def _correlation_words(shapes, attrs):
    for i in (0, 1):
        if _rank(shapes[i]) != 4:
            return f"Check failed: dshape{i + 1}.ndim() == 4U ({_rank(shapes[i])} vs. 4) : data should be a 4D tensor"
    return None     # (unknown sizes of known ranks: its shape rule reads them as -1)


def _ctc_loss_words(shapes, attrs):
    data, label = shapes[0], shapes[1]
    if _rank(data) != 3:
        return f"Check failed: dshape.ndim() == 3U ({_rank(data)} vs. 3) : The number of dimensions of data array must be 3."
    if _rank(label) != 2:
        return (f"Check failed: lshape.ndim() == 2U ({_rank(label)} vs. 2) : The number of dimensions of labels "
                "array must be 2.")
    if _dim(data, 1) != _dim(label, 0):
        return (f"Check failed: dshape[1] == lshape[0] ({_dim(data, 1)} vs. {_dim(label, 0)}) : The batch size for "
                "the labels and data arrays must be the same.")
    lengths = iter(shapes[2:])
    for flag, name, vector, batch in (("use_data_lengths", "dlshape", "Data", ("dshape[1]", _dim(data, 1), "data")),
                                      ("use_label_lengths", "llshape", "Label", ("lshape[0]", _dim(label, 0), "labels"))):
        if not _flag(attrs, flag):
            continue
        shape = next(lengths, None)
        if _rank(shape) != 1:
            return f"Check failed: {name}.ndim() == 1U ({_rank(shape)} vs. 1) : {vector} length array must be a vector."
        if _dim(shape, 0) != batch[1]:
            return (f"Check failed: {name}[0] == {batch[0]} ({_dim(shape, 0)} vs. {batch[1]}) : The batch size for "
                    f"the {batch[2]} and {vector.lower()} lengths must be the same.")
    if _dim(data, 0) < _dim(label, 1):      # (unknown sizes compared as -1)
        return (f"Check failed: dshape[0] >= lshape[1] ({_dim(data, 0)} vs. {_dim(label, 1)}) : The max number of "
                "labels cannot exceed the maximum sequence length of the data.")
    return None if len(shapes) == 2 else ""


def _roi_width_words(unsigned):
    """The ROI operators' check of the boxes' width (5) once the ranks pass, an unknown one -1."""
    def words(shapes, attrs):
        width = _dim(shapes[1], 1)
        if width != 5:
            return (f"Check failed: bshape[1] == 5{'U' if unsigned else ''} ({width} vs. 5) : bbox should be a 2D "
                    "tensor of shape [batch, 5]")
        return None
    return words


def _index_copy_words(shapes, attrs):
    """index_copy's checks once its index is a vector: the old and new arrays' ranks, their sizes (the old one's
    first at least the new one's), then the index's length against the new array's (unknown sizes -1)."""
    old, index, new = shapes[:3]
    if _rank(old) != _rank(new):
        return f"Check failed: in_attrs->at(0).ndim() == in_attrs->at(2).ndim() ({_rank(old)} vs. {_rank(new)}) : "
    for i in range(max(_rank(old), 0)):
        a, b = _dim(old, i), _dim(new, i)
        if i == 0 and a < b:
            return f"Check failed: in_attrs->at(0)[i] >= in_attrs->at(2)[i] ({a} vs. {b}) : "
        if i > 0 and a != b:
            return f"Check failed: in_attrs->at(0)[i] == in_attrs->at(2)[i] ({a} vs. {b}) : "
    if not _rank_known(new):
        return _index_words(0)[1]
    if _dim(index, 0) != _dim(new, 0):
        return f"Check failed: in_attrs->at(1)[0] == in_attrs->at(2)[0] ({_dim(index, 0)} vs. {_dim(new, 0)}) : "
    return None


def _edge_id_words(shapes, attrs):
    """edge_id's check that its two vertex lists have one length (unknown ones -1)."""
    u, v = _dim(shapes[1], 0), _dim(shapes[2], 0)
    return None if u == v else f"Check failed: in_attrs->at(1)[0] == in_attrs->at(2)[0] ({u} vs. {v}) : "


def _selfatt_valatt_words(shapes, attrs):
    """interleaved_matmul_selfatt_valatt's checks once both ranks are 3: the sequence length against the
    attention's two last sizes, then the projections' count (C++'s % on an unknown -1)."""
    qkv, att = shapes[:2]
    for axis in (1, 2):
        if _dim(qkv, 0) != _dim(att, axis):
            return (f"Check failed: qkv_shape[0] == att_shape[{axis}] ({_dim(qkv, 0)} vs. {_dim(att, axis)}) : "
                    f"queries_keys_values.shape[0] and attention.shape[{axis}] should be the same, currently are "
                    f"{_dim(qkv, 0)} and {_dim(att, axis)}")
    width = _dim(qkv, 2)
    if width % 3:
        return (f"Check failed: qkv_shape[2] % 3 == 0 ({int(math.fmod(width, 3))} vs. 0) : queries_keys_values.shape[2] "
                f"should be a multiple of 3, currently is {width}")
    return None


def _count_sketch_words(shapes, attrs):
    """count_sketch's checks once its 2-D data is fully known: each of the hash (H) and sign (S) arrays is read
    at its second size (an array of unknown or low rank fails the read), which must be the data's."""
    data = shapes[0]
    if not _dims_known(data) or len(data) != 2:
        return None
    for name, shape in (("H", shapes[1]), ("S", shapes[2])):
        if _rank(shape) < 2:
            return _index_words(1)[1].replace("[0, -1)", f"[0, {_rank(shape)})")
        if _dim(shape, 1) != data[1]:
            return (f"Check failed: (*in_shape)[CountSketch::k{name}][1] == dshape[1] ({_dim(shape, 1)} vs. {data[1]}) "
                    f": {name} should be 2D tensor with same length as input shape[1], {_dim(shape, 1)} v.s. {data[1]}")
    return None


def _multibox_detection_words(shapes, attrs):
    """MultiBoxDetection's checks of the anchor counts and box size once its inputs' ranks pass (unknown sizes -1,
    as C++'s arithmetic sees them)."""
    cls, loc, anchor = shapes[:3]
    if _dim(cls, 2) != _dim(anchor, 1):
        return f"Check failed: cshape[2] == ashape[1] ({_dim(cls, 2)} vs. {_dim(anchor, 1)}) : Number of anchors mismatch"
    if _dim(cls, 2) * 4 != _dim(loc, 1):
        return (f"Check failed: cshape[2] * 4 == lshape[1] ({_dim(cls, 2) * 4} vs. {_dim(loc, 1)}) : # anchors "
                "mismatch with # loc")
    if _dim(anchor, 2) != 4:
        return f"Check failed: ashape[2] == 4U ({_dim(anchor, 2)} vs. 4) : "
    return None


def _multibox_target_words(shapes, attrs):
    """MultiBoxTarget's checks once its anchors' rank is known: the anchors' sizes, the label's rank and width, the
    prediction's rank and anchor count (unknown sizes -1)."""
    anchor, label, pred = (list(shapes) + [None] * 3)[:3]
    if _rank(anchor) != 3:
        return None
    if _dim(anchor, 0) != 1:
        return (f"Check failed: ashape[0] == 1 ({_dim(anchor, 0)} vs. 1) : Anchors are shared across batches, first "
                "dimension should be 1")
    if _dim(anchor, 1) <= 0:
        return f"Check failed: ashape[1] > 0 ({_dim(anchor, 1)} vs. 0) : Number boxes should be greater than 0"
    if _dim(anchor, 2) != 4:
        return f"Check failed: ashape[2] == 4 ({_dim(anchor, 2)} vs. 4) : Box dimension should be 4: [xmin, ymin, xmax, ymax]"
    if _rank(label) != 3:
        return (f"Check failed: lshape.ndim() == 3 ({_rank(label)} vs. 3) : Label should be [batch, num_labels, "
                "label_width] tensor")
    if _dim(label, 2) < 5:
        return (f"Check failed: lshape[2] >= 5 ({_dim(label, 2)} vs. 5) : Label width should be greater than or equal "
                "to 5")
    if _rank(pred) != 3:
        return f"Check failed: pshape.ndim() == 3 ({_rank(pred)} vs. 3) : Prediction: [batch, num_classes, num_anchors]"
    if _dim(pred, 2) != _dim(anchor, 1):
        return f"Check failed: pshape[2] == ashape[1] ({_dim(pred, 2)} vs. {_dim(anchor, 1)}) : Number of anchors mismatch"
    return None


def _check_deformable(node, shapes):
    """The deformable convolutions' checks over sizes left unknown (-1 in their words): version 1's shape function
    waits for every size of the data, version 2's checks at once."""
    from .shape_rules import deformable_output
    if node.op.name == "_contrib_ModulatedDeformableConvolution" or _dims_known(shapes[0]):
        deformable_output(node, shapes)


# op -> MXNet's checks of its inputs' shapes as its shape function makes them, unknown ones included: the words
# of the first that fails, None when they pass (the shapes are left as inferred), '' for the generic words
_CHECKED_IN_ORDER = {"batch_take": _batch_take_words, "softmax_cross_entropy": _softmax_cross_entropy_words,
                     "Correlation": _correlation_words, "CTCLoss": _ctc_loss_words,
                     "_contrib_MultiBoxTarget": _multibox_target_words,
                     "_contrib_MultiBoxDetection": _multibox_detection_words,
                     "ROIPooling": _roi_width_words(True), "_contrib_index_copy": _index_copy_words,
                     "_contrib_edge_id": _edge_id_words,
                     "_contrib_interleaved_matmul_selfatt_valatt": _selfatt_valatt_words,
                     "_contrib_count_sketch": _count_sketch_words,
                     **dict.fromkeys(("_contrib_ROIAlign", "_contrib_PSROIPooling"), _roi_width_words(False))}


def unknown_input_words(op_name, attrs, shapes):
    """MXNet's words when the shape function of ``op_name`` refuses an input of unknown shape (None) before it
    leaves the shapes unknown; None when it refuses none."""
    words = _rank_words(op_name, attrs, shapes)
    checked = _CHECKED_IN_ORDER.get(op_name)
    if words is None and checked is not None:
        words = checked(list(shapes) + [None] * (2 - len(shapes)), attrs) or None
    return words


# op -> positions of the inputs whose every dimension must be known once their rank is
NEEDS_DIMS_OF_KNOWN_RANK = {}
# image op -> the axes (from the end) of its data whose sizes its shape function reads even while unknown
_IMAGE_AXES = {"_image_crop": (-3, -2, -1), "_image_normalize": (-3,)}


def _normalize_words(node, data):
    """image.normalize's channel check, unknown sizes read as -1."""
    channels = data[-3] or -1
    if channels in (1, 3):
        return None
    which = "first" if len(data) == 3 else "second"
    return (f"Check failed: nchannels == 3 || nchannels == 1: The {which} dimension of input tensor must be the "
            f"channel dimension with either 1 or 3 elements, but got input with shape {_shape_words(data)}")


def _crop_words(node, data):
    """image.crop's checks of the channels, then of the box against the width and the height (unknown: -1)."""
    from .graph import exec_attrs
    attrs = exec_attrs(node)
    axis, channels = len(data) - 1, data[-1] or -1
    if channels not in (1, 3):
        return (f"Check failed: (in_attrs->at(0)[{axis}] == 1) || (in_attrs->at(0)[{axis}] == 3): Expect channel of "
                f"the input image is 1 or 3, but got{channels}")
    if int(attrs["x"]) + int(attrs["width"]) > (data[-2] or -1):
        return ("Check failed: param.x + param.width <= ishape[ishape.ndim() - 2]:  x + width should not be greater "
                "than input width")
    if int(attrs["y"]) + int(attrs["height"]) > (data[-3] or -1):
        return ("Check failed: param.y + param.height <= ishape[ishape.ndim() - 3]:  y + height should not be "
                "greater than input height")
    return None


def _hwc_words(node, data):
    """The (height, width, channels) image ops' channel check, unknown sizes read as -1."""
    if len(data) != 3 or (data[-1] or -1) in (1, 3):
        return None
    return ("Check failed: nchannels == 3 || nchannels == 1: The last dimension of input image must be the channel "
            f"dimension with either 1 or 3 elements, but got input with shape {_shape_words(data)}")


def _multi_output_words(node, data):
    """SoftmaxOutput over several outputs per sample sizes its label from every size of the data."""
    from .graph import exec_attrs
    if str(exec_attrs(node).get("multi_output", False)).lower() not in ("1", "true"):
        return None
    return "Check failed: dim_size_is_known(*it): Shape dim size cannot be a negative value -1"


def _ravel_words(node, data):
    """ravel_multi_index takes a matrix with one row per axis of ``shape``."""
    from .graph import exec_attrs
    shape = exec_attrs(node).get("shape")
    if not shape:
        return (f"Check failed: shape.ndim() > 0 ({0 if shape == () else -1} vs. 0) : Empty shape parameter for ravel "
                "operator.")
    if len(data) != 2:
        return (f"Check failed: (*in_attrs)[0].ndim() == 2 ({len(data)} vs. 2) : Input to ravel operator must be "
                "two-dimensional.")
    axes = 1 if isinstance(shape, int) else len(shape)
    if (data[0] or -1) != axes:
        return (f"Check failed: (*in_attrs)[0][0] == shape.ndim() ({data[0] or -1} vs. {axes}) : First dimension of "
                "input of ravel operator does not match shape parameter dimension.")
    return None


def _box_decode_words(node, data):
    last = data[-1] or -1
    if len(data) == 3 and last != 4:
        return f"Check failed: ldim == 4 ({last} vs. 4) : last dimension of data must be 4, {last} provided"
    return None


# op -> MXNet's checks of its data's sizes, run on unknown sizes too (as -1)
_SIZE_CHECKS = {"ravel_multi_index": _ravel_words, "_contrib_box_decode": _box_decode_words,
                "_image_normalize": _normalize_words, "_image_crop": _crop_words, "SoftmaxOutput": _multi_output_words,
                 **dict.fromkeys(("_image_flip_left_right", "_image_flip_top_bottom", "_image_random_flip_left_right",
                                  "_image_random_flip_top_bottom", "_image_random_brightness", "_image_random_contrast",
                                  "_image_random_saturation", "_image_random_hue", "_image_random_color_jitter",
                                  "_image_adjust_lighting", "_image_random_lighting"), _hwc_words)}


# Reductions whose shape function checks the axes against the data's rank, known sizes or not
# (max and min check the size first under NumPy shape semantics, and pass over unknown sizes otherwise)
_REDUCTIONS = frozenset({"sum", "mean", "prod", "nansum", "nanprod"})


def _kept_ratio_words(node, data):
    """image.resize keeping the ratio of a one-number size computes the other side from the height and width,
    an unknown one read as -1: a side below -1 is refused as the output shape is made."""
    from ..ndarray.image import _size_hw
    from .graph import exec_attrs
    attrs = exec_attrs(node)
    sides = _size_hw(data[-3] or -1, data[-2] or -1, attrs.get("size", ()), True)
    bad = [n for n in sides[::-1] if n < -1]
    return negative_size_text(bad[0]) if bad else None


def _image_axes(node):
    """The data axes an image op's shape function reads: resize reads the height and width to keep the
    ratio of a one-number size."""
    if node.op.name == "_image_resize":
        from .graph import exec_attrs
        attrs = exec_attrs(node)
        size = attrs.get("size", ())
        one_number = not isinstance(size, (tuple, list)) or len(size) == 1
        return (-3, -2) if attrs.get("keep_ratio", False) and one_number else ()
    return _IMAGE_AXES.get(node.op.name, ())


def _rank_known(shape):
    return shape is not None and (len(shape) > 0 or is_np_shape())


_SIZE_OF_UNKNOWN = "Check failed: dim_size_is_known(*it): Shape dim size cannot be a negative value -1"
_PRODUCT_OF_UNKNOWN = "Check failed: dim_size_is_known(d[i]): Shape dim size must be known, while received -1"

# op -> (positions of the inputs whose size its shape function takes, the dimensions read of such an input, the
# words of the check): under NumPy shape semantics an unknown dimension (-1) there fails the size's check (legacy
# semantics read it as 0)
_NP_SIZES_READ = {**dict.fromkeys(("sort", "argsort", "topk"), ((0,), lambda shape, attrs: shape, _SIZE_OF_UNKNOWN)),
                  "reshape_like": ((0, 1), lambda shape, attrs: shape, _SIZE_OF_UNKNOWN),
                  "FullyConnected": ((0,), lambda shape, attrs: shape[1:] if _flag(attrs, "flatten") else (),
                                     _PRODUCT_OF_UNKNOWN)}


def check_np_sizes(node, shapes, real_zeros):
    """Raise MXNet's failure when, under NumPy shape semantics, ``node``'s shape function takes the size of an
    input of known rank with an unknown dimension; ``real_zeros``: per input, whether its 0 dimensions are real
    sizes."""
    positions, read, words = _NP_SIZES_READ.get(node.op.name, ((), None, None))
    inputs = [(shapes[j], real_zeros[j]) for j in positions if j < len(shapes)]
    if not is_np_shape() or not inputs or any(shape is None for shape, _ in inputs):
        return
    from .graph import exec_attrs
    attrs = {"flatten": True, **exec_attrs(node)}
    if any(not real and 0 in read(shape, attrs) for shape, real in inputs):
        raise _refused(node, words)


def _dims_known(shape):
    return _rank_known(shape) and (is_np_shape() or 0 not in shape)


def _refused(node, words):
    """``words`` of ``node``'s shape check as MXNet's graph words them, naming the node (its operator decides the
    check's source line)."""
    error = MXNetError(f"Error in operator {node.name}: {words}")
    error.op_name = node.op.name
    return error


def check_known_inputs(node, shapes):
    """Raise MXNet's shape-inference failure for ``node`` if an input it reads is unknown.

    ``shapes``: the node's input shapes (None or with 0 dimensions where unknown)."""
    name = node.op.name
    words = _rank_refusal(node, shapes)
    if words is not None:
        raise _refused(node, words)
    if name in DEFORMABLE_OPS:
        return _check_deformable(node, shapes)
    checked = _CHECKED_IN_ORDER.get(name)
    words = checked(list(shapes) + [None] * (2 - len(shapes)), node.attrs) if checked is not None else ""
    if words:
        raise _refused(node, words)
    if words is None:
        return
    needed = [(j, _rank_known) for j in NEEDS_RANK.get(name, ())] + \
             [(j, _dims_known) for j in NEEDS_DIMS.get(name, ())] + \
             [(j, _dims_known) for j in NEEDS_DIMS_OF_KNOWN_RANK.get(name, ()) if j < len(shapes)
              and _rank_known(shapes[j])]
    data = shapes[0] if shapes else None
    if name in ("max", "min") and not zeros_are_unknown() and data is not None and 0 in data:
        raise MXNetError(f"Error in operator {node.name}: Check failed: (*in_attrs)[0].Size() > 0U (0 vs. 0) : "
                         f"Reduction input's size should > 0 {inferred_dims(data)}")
    if name in _REDUCTIONS and _rank_known(data) and 0 in data:      # the axes are checked against the rank
        from ..ndarray.ops_reduce import reduced_axes
        from .graph import exec_attrs
        attrs = exec_attrs(node)
        try:
            reduced_axes(data, attrs.get("axis"), attrs.get("exclude", False))
        except MXNetError as e:
            raise _refused(node, message_of(e)) from None
    if _rank_known(data) and zeros_are_unknown() and 0 in data and name in _SIZE_CHECKS:
        words = _SIZE_CHECKS[name](node, data)
        if words is not None:
            raise _refused(node, words)
    if _rank_known(data) and not is_np_shape() and 0 in data and _image_axes(node):
        words = _kept_ratio_words(node, data) if node.op.name == "_image_resize" else None
        if words is not None:
            raise _refused(node, words)
        if node.op.name != "_image_resize" and any(-a <= len(data) and data[a] == 0 for a in _image_axes(node)):
            raise MXNetError(f"Error in operator {node.name}: the data's shape {data} leaves a size unknown that "
                             f"{name} reads to infer shapes. Give every image dimension to infer_shape")
        from .infer import _run_on_probes      # its checks of the known sizes (a channel count) still run
        _run_on_probes(node, [(tuple(d or 1 for d in data), np.float32)])
    for j, known in needed:
        if j < len(shapes) and known is _rank_known and not known(shapes[j]):
            raise _refused(node, "std::bad_alloc")      # (MXNet sizes a work array by the rank, unknown: -1)
        if j < len(shapes) and not known(shapes[j]):
            label = input_names(node.op)[j] if j < len(input_names(node.op)) else f"input {j}"
            raise MXNetError(f"Error in operator {node.name}: the shape of its input '{label}' is "
                             f"{'unknown' if shapes[j] is None or not shapes[j] else shapes[j]}; {name} needs "
                             "it to infer shapes. Give it (every dimension) to infer_shape")
