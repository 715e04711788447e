"""Operators whose MXNet shape function reads an input's dimensions without first checking that they are
known: shape inference fails there (an MXNetError) instead of leaving the shapes unknown."""
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
    **dict.fromkeys(("sort", "argsort", "topk", "moments", "Crop"), (0,)),
    **dict.fromkeys(("softmax_cross_entropy", "CTCLoss", "Correlation", "batch_take", "reshape_like"), (0, 1)),
}
# op -> positions of the inputs whose every dimension must be known once their rank is
NEEDS_DIMS_OF_KNOWN_RANK = {"diag": (0,)}


def _rank_known(shape):
    return shape is not None and (len(shape) > 0 or is_np_shape())


def _dims_known(shape):
    return _rank_known(shape) and (is_np_shape() or 0 not in shape)


def check_known_inputs(node, shapes):
    """Raise MXNet's shape-inference failure for ``node`` if an input it reads is unknown.

    ``shapes``: the node's input shapes (None or with 0 dimensions where unknown)."""
    name = node.op.name
    needed = [(j, _rank_known) for j in NEEDS_RANK.get(name, ())] + \
             [(j, _dims_known) for j in NEEDS_DIMS.get(name, ())] + \
             [(j, _dims_known) for j in NEEDS_DIMS_OF_KNOWN_RANK.get(name, ()) if j < len(shapes)
              and _rank_known(shapes[j])]
    for j, known in needed:
        if j < len(shapes) and not known(shapes[j]):
            label = input_names(node.op)[j] if j < len(input_names(node.op)) else f"input {j}"
            raise MXNetError(f"Error in operator {node.name}: the shape of its input '{label}' is "
                             f"{'unknown' if shapes[j] is None or not shapes[j] else shapes[j]}; {name} needs "
                             "it to infer shapes. Give it (every dimension) to infer_shape")
