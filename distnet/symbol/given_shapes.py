"""A given label, index or length input checked against the shape its op infers from the data, in MXNet's words."""
import numpy as np

from ..base import MXNetError
from ..ndarray.shape_text import in_operator, inferred_dims, legacy_dim
from .shape_rules import REGRESSIONS, shape_assign

_TUPLE_SHOWN = {"SequenceMask", "SequenceLast", "SequenceReverse"}      # these print the inferred shape as (3,)
LABEL_CHECKED = {"SoftmaxOutput", "SVMOutput", "softmax", "log_softmax", "softmin", "pick", *_TUPLE_SHOWN, *REGRESSIONS}


def expected_shape(node, given, data, derived):
    """The shape ``given`` must fit: pick compares an index of the data's rank with the data's shape, its axis 1;
    FullyConnected takes a 2-D bias for a column of num_hidden."""
    if node.op.name == "FullyConnected" and given is not None and len(given) == 2 and len(derived) == 1:
        return tuple(derived) + (1,)
    if node.op.name == "pick" and given is not None and len(given) == len(data) > 1:
        axis = int(node.attrs.get("axis", -1)) % len(data)
        return tuple(data[:axis]) + (1,) + tuple(data[axis + 1:])
    return derived


def check_given(node, given, data, expected, sized=False):
    """Refuse a given input whose known sizes or rank differ from ``expected`` (unknown sizes are 0, unless the
    data's are real sizes: ``sized``, under NumPy shape semantics)."""
    if node.op.name in REGRESSIONS:
        return _check_regression_label(node, given, data, sized)
    if node.op.name == "SoftmaxOutput" and tuple(given) == tuple(data):
        return                      # a label of the data's shape holds probabilities
    if node.op.name == "pick" and given == ():
        return                      # a 0-d index an op computed fails to fit silently: the output stays

    if node.op.name == "SoftmaxOutput" and str(node.attrs.get("multi_output")).lower() in ("1", "true"):
        return _check_multi_output_label(node, given, data)
    filled, fits = shape_assign(given, expected)
    if sized and expected is not None:      # every size is known: the given shape must be the expected one
        filled, fits = tuple(given), tuple(given) == tuple(expected)
    if not fits:
        shown = _as_tuple(expected) if node.op.name in _TUPLE_SHOWN else inferred_dims(expected)
        raise MXNetError(f"Error in operator {node.name}: Shape inconsistent, Provided = {inferred_dims(filled)}, "
                         f"inferred shape={shown}")


def _check_multi_output_label(node, given, data):
    """SoftmaxOutput(multi_output) takes a label of the data's batch and spatial sizes, flattened or not; once the
    data is known a label with unknown sizes fits neither."""
    if 0 in data or 0 not in given:
        return
    flat, kept = (data[0], int(np.prod(data[2:]))), (data[0],) + tuple(data[2:])
    raise MXNetError(f"Error in operator {node.name}: Expecting {inferred_dims(flat)} or {inferred_dims(kept)}. "
                     f"But got {inferred_dims(given)}")


def _as_tuple(shape):
    """A shape as MXNet prints a tuple: ``(3,)``, ``(-1,)``."""
    dims = [str(legacy_dim(d)) for d in shape]
    return "(" + ",".join(dims) + ("," if len(dims) == 1 else "") + ")"


def _check_regression_label(node, given, data, sized=False):
    """The regression outputs compare the batch, then the sizes: an unknown size of the label cannot be counted
    (``sized``: the data's 0 sizes are real, under NumPy shape semantics)."""
    if 0 in data and not sized or not given:
        return
    if not data:        # a 0-d data (a scalar) takes a 0-d label; MXNet reads a given one's batch from it
        raise MXNetError(in_operator(node.name, node.op.name, "Check failed: i >= 0 && i < ndim(): index = 0 must be "
                                     "in range [0, 0)", ("../include/mxnet/tuple.h", 244)))
    if given[0] == data[0] and 0 in given and not sized:
        raise MXNetError(f"Error in operator {node.name}: Check failed: dim_size_is_known(*it): Shape dim size cannot "
                         f"be a negative value -1")
    if given[0] != data[0] or np.prod(given) != np.prod(data):
        raise MXNetError(f"Error in operator {node.name}: Shape inconsistent, Provided={inferred_dims(given)}, "
                         f"inferred shape={inferred_dims(data)}")
