"""Searches and reductions of an empty array in a bound graph. The imperative call reads a legacy 0 size as
unknown and fails shape inference; MXNet's bind took the array's real sizes, so the graph runs the operator and
fails (or not) where its kernel does."""
import math

import numpy as np

from ..base import log_time
from ..base import MXNetError, located
from ..ndarray.kernel_folds import reduce_folds
from ..ndarray.ops_reduce import EMPTY_AXIS_CHECK, EMPTY_SEQUENCE_CHECK
from ..ndarray.shape_text import provided

_SEARCHES = {"argmax", "argmin", "argmax_channel"}
_EXTREMES = {"max", "min"}
_BROADCAST_REDUCE = "../src/operator/tensor/./broadcast_reduce_op.h"


def runs_on_known_sizes(op):
    """Whether ``op``'s graph step over an empty input is settled here rather than by its imperative call."""
    return op.name in _SEARCHES or op.name in _EXTREMES or op.name == "norm"


def known_empty_step(op, data, attrs, node_name):
    """The result of ``op``'s graph step (node ``node_name``) over empty ``data`` (a numpy array): raises the
    check MXNet's run fails, else returns the result as a numpy array."""
    if op.name in _EXTREMES:
        raise MXNetError(f"Error in operator {node_name}: {log_time()} {_BROADCAST_REDUCE}:334: "
                         f"Check failed: (*in_attrs)[0].Size() > 0U (0 vs. 0) : Reduction input's size should > 0 "
                         f"{provided(data.shape)}")
    if op.name == "norm":
        return _empty_norm(data, attrs)
    return _empty_search(op, data, attrs)


def _axes(data, axis):
    if axis is None or axis == ():
        return None
    axes = (axis,) if isinstance(axis, (int, np.integer)) else tuple(axis)
    return tuple(sorted(a % data.ndim for a in axes))


def _empty_search(op, data, attrs):
    """argmax/argmin: an empty searched axis fails its kernel's checks; else the result keeps a 0 size, which a
    legacy vector result cannot hold."""
    keepdims = bool(attrs.get("keepdims", False))
    axis = 1 if op.name == "argmax_channel" else attrs.get("axis")
    if axis is None:
        raise located(MXNetError("Check failed: inputs[0].shape_.Size() != 0U (0 vs. 0) : attempt to search an "
                                 "empty sequence"), EMPTY_SEQUENCE_CHECK)
    ax = int(axis) % data.ndim
    if data.shape[ax] == 0:
        raise located(MXNetError(f"Check failed: inputs[0].shape_[axis] != 0 (0 vs. 0) : searching input tensor "
                                 f"of shape {provided(data.shape)} along axis = {ax} of zero dim-size is not "
                                 f"allowed"), EMPTY_AXIS_CHECK)
    shape = data.shape[:ax] + ((1,) if keepdims else ()) + data.shape[ax + 1:]
    if len(shape) == 1:
        raise located(MXNetError("Check failed: ndim_is_known(this->ndim()): Shape is unknown."),
                      ("../include/mxnet/./tuple.h", 521))
    return np.zeros(shape, data.dtype)


def _empty_norm(data, attrs):
    """norm: the kernel folds the empty input into the reduced blocks, which fails unless they are empty too;
    a norm over nothing is 0."""
    axes = _axes(data, attrs.get("axis"))
    if axes is not None:
        small = [1 if i in axes else n for i, n in enumerate(data.shape)]
        folded = math.prod(big for big, _ in reduce_folds(data.shape, small))
        if folded:
            raise located(MXNetError(f"Check failed: this->shape_.Size() == shape.Size() (0 vs. {folded}) : "
                                     f"Shape size mismatch 0 v.s. {folded}"), ("../include/mxnet/././tensor_blob.h", 197))
    keepdims = bool(attrs.get("keepdims", False))
    if axes is None:
        shape = (1,) * data.ndim if keepdims else (1,)
    else:
        shape = tuple(1 if i in axes else n for i, n in enumerate(data.shape) if keepdims or i not in axes)
    dtype = attrs.get("out_dtype") or data.dtype
    return np.zeros(shape, np.dtype(str(dtype)))
