"""Operators whose MXNet shape function reads an input's dimensions without first checking that they are
known: shape inference fails there (an MXNetError) instead of leaving the shapes unknown."""
import numpy as np

from ..base import MXNetError
from ..util import is_np_shape
from .graph import input_names

# op -> positions of the inputs whose rank must be known
NEEDS_RANK = {
    **dict.fromkeys(("IdentityAttachKLSparseReg", "InstanceNorm", "L2Normalization", "SequenceLast", "SequenceMask",
                     "Pad", "UpSampling", "_linalg_makediag", "_linalg_maketrian", "_linalg_extractdiag",
                     "_linalg_extracttrian"), (0,)),
    "ROIPooling": (0, 1),
}
# op -> positions of the inputs whose every dimension must be known
NEEDS_DIMS = {
    **dict.fromkeys(("softmax_cross_entropy", "Correlation", "batch_take"), (0, 1)),
    "CTCLoss": (0, 1, 2, 3),       # data, label and the lengths its flags add
}


def _rank(shape):
    return len(shape) if _rank_known(shape) else -1


def _dim(shape, i):
    return shape[i] or -1 if _rank_known(shape) and i < len(shape) else -1


def _batch_take_words(shapes):
    data, indices = shapes[0], shapes[1]
    if _rank(data) < 2:
        return f"Check failed: (*in_attrs)[0].ndim() >= 2 ({_rank(data)} vs. 2) : Data array must have at least 2 dimensional"
    if not _rank_known(indices):
        return "Check failed: ndim_is_known(this->ndim()): Shape is unknown."
    if not (_dims_known(data) and _dims_known(indices)):
        return "Check failed: dim_size_is_known(*it): Shape dim size cannot be a negative value -1"
    return None


def _softmax_cross_entropy_words(shapes):
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


def _correlation_words(shapes):
    for i in (0, 1):
        if _rank(shapes[i]) != 4:
            return f"Check failed: dshape{i + 1}.ndim() == 4U ({_rank(shapes[i])} vs. 4) : data should be a 4D tensor"
    return ""       # (unknown sizes of known ranks: the generic words)


def _ctc_loss_words(shapes):
    data, label = shapes[0], shapes[1]
    if _rank(data) != 3:
        return f"Check failed: dshape.ndim() == 3U ({_rank(data)} vs. 3) : The number of dimensions of data array must be 3."
    if _rank(label) != 2:
        return (f"Check failed: lshape.ndim() == 2U ({_rank(label)} vs. 2) : The number of dimensions of labels "
                "array must be 2.")
    if _dim(data, 1) != _dim(label, 0):
        return (f"Check failed: dshape[1] == lshape[0] ({_dim(data, 1)} vs. {_dim(label, 0)}) : The batch size for "
                "the labels and data arrays must be the same.")
    return None if len(shapes) == 2 else ""


# op -> MXNet's checks of its inputs' shapes as its shape function makes them, unknown ones included: the words
# of the first that fails, None when they pass (the shapes are left as inferred), '' for the generic words
_CHECKED_IN_ORDER = {"batch_take": _batch_take_words, "softmax_cross_entropy": _softmax_cross_entropy_words,
                     "Correlation": _correlation_words, "CTCLoss": _ctc_loss_words}
# op -> positions of the inputs whose every dimension must be known once their rank is
NEEDS_DIMS_OF_KNOWN_RANK = {"diag": (0,)}
# image op -> the axes (from the end) of its data whose sizes its shape function reads even while unknown
_IMAGE_AXES = {"_image_crop": (-3, -2, -1), "_image_normalize": (-3,)}


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


def _dims_known(shape):
    return _rank_known(shape) and (is_np_shape() or 0 not in shape)


def check_known_inputs(node, shapes):
    """Raise MXNet's shape-inference failure for ``node`` if an input it reads is unknown.

    ``shapes``: the node's input shapes (None or with 0 dimensions where unknown)."""
    name = node.op.name
    checked = _CHECKED_IN_ORDER.get(name)
    words = checked(list(shapes) + [None] * (2 - len(shapes))) if checked is not None else ""
    if words:
        raise MXNetError(f"Error in operator {node.name}: {words}")
    if words is None:
        return
    needed = [(j, _rank_known) for j in NEEDS_RANK.get(name, ())] + \
             [(j, _dims_known) for j in NEEDS_DIMS.get(name, ())] + \
             [(j, _dims_known) for j in NEEDS_DIMS_OF_KNOWN_RANK.get(name, ()) if j < len(shapes)
              and _rank_known(shapes[j])]
    data = shapes[0] if shapes else None
    if _rank_known(data) and not is_np_shape() and 0 in data and _image_axes(node):
        if any(-a <= len(data) and data[a] == 0 for a in _image_axes(node)):
            raise MXNetError(f"Error in operator {node.name}: the data's shape {data} leaves a size unknown that "
                             f"{name} reads to infer shapes. Give every image dimension to infer_shape")
        from .infer import _run_on_probes      # its checks of the known sizes (a channel count) still run
        _run_on_probes(node, [(tuple(d or 1 for d in data), np.float32)])
    for j, known in needed:
        if j < len(shapes) and not known(shapes[j]):
            label = input_names(node.op)[j] if j < len(input_names(node.op)) else f"input {j}"
            raise MXNetError(f"Error in operator {node.name}: the shape of its input '{label}' is "
                             f"{'unknown' if shapes[j] is None or not shapes[j] else shapes[j]}; {name} needs "
                             "it to infer shapes. Give it (every dimension) to infer_shape")
