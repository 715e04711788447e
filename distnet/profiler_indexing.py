"""The operators MXNet 1.9.1's ``NDArray.__getitem__`` runs, as its profiler lists them.

Basic indexing mostly makes views (``At``, flat ``Slice``, ``reshape``): they run no operator, but under
autograd they are recorded as ``slice`` / ``Reshape`` nodes whose backward does run. Only a slice that
is not one contiguous block runs the ``slice`` operator.
"""
import sys

import numpy as np

from .ndarray.index_record import contiguous

_ADVANCED = (["stack", "broadcast_to", "broadcast_to", "gather_nd"], ["_backward_gather_nd"])


def mxnet_indexing(shape, key):
    """(operators run, backward operators run when differentiated) for ``array[key]`` of ``shape``."""
    views = _views(shape, key)
    if views is None:
        run, backward = _ADVANCED
        copies = ["CopyCPU2CPU"] * 2 if isinstance(key, np.ndarray) else []    # an NDArray index is cast
        return copies + run, backward
    run = ["slice"] if "slice_op" in views else []
    return run, ["_backward_slice" if v.startswith("slice") else "_backward_reshape" for v in views]


def _views(shape, key):
    """The view and slice steps MXNet takes for a basic ``key`` (None for advanced indexing)."""
    ndim = len(shape)
    if isinstance(key, tuple) and not key:
        return []
    if isinstance(key, tuple) and len(key) == ndim and all(_is_int(k) for k in key):
        return ["slice"] * ndim + ["reshape"] * (ndim - 1)         # one At per integer
    if _is_int(key):
        return ["slice"] + (["reshape"] if ndim > 1 else [])
    if isinstance(key, slice) and key.step in (None, 1):
        return [] if key.start is None and key.stop is None else ["slice"]
    entries = key if isinstance(key, tuple) else (key,)
    if not all(_is_int(k) or k is None or k is Ellipsis or isinstance(k, slice) for k in entries):
        return None
    slices = _expand(entries, ndim)
    if contiguous(slices, shape):          # a flat slice of the flattened array, reshaped twice
        return ["reshape", "slice", "reshape", "reshape"]
    return ["slice_op", "reshape"]


def _is_int(k):
    return isinstance(k, (int, np.integer)) and not isinstance(k, bool)


def _expand(entries, ndim):
    """One slice per axis: Ellipsis widened, integers as one-element slices, None dropped."""
    real = [k for k in entries if k is not None]
    out = []
    for k in real:
        if k is Ellipsis:
            out += [slice(None)] * (ndim - len(real) + 1)
        elif _is_int(k):
            out.append(slice(int(k), int(k) + 1 if int(k) != -1 else None))
        else:
            out.append(k)
    return out + [slice(None)] * (ndim - len(out))


# distnet modules whose assignments MXNet's Python code makes too (the rest are distnet's own bookkeeping)
_ASSIGNING_AS_MXNET = ("distnet.initializer", "distnet.operator")     # (the latter: CustomOp.assign)


def mxnet_assignment(array, key, value):
    """The operator MXNet 1.9.1 runs for ``array[key] = value`` when it is a plain one (None otherwise)."""
    caller = sys._getframe(2).f_globals.get("__name__", "")
    if caller.startswith("distnet.") and caller not in _ASSIGNING_AS_MXNET:
        return None
    whole = isinstance(key, slice) and key == slice(None)
    number = isinstance(value, (int, float, np.generic))
    if whole and number:
        return "_full"
    if whole and type(value).__name__ == "NDArray" and value.shape == array.shape:
        return "CopyCPU2CPU" if value is not array else None
    if whole and isinstance(value, np.ndarray) and value.size:
        return ""       # a copy from host memory (shown only under a custom operator)
    if number and (_is_int(key) or isinstance(key, slice)):
        return "_slice_assign_scalar"
    return None
