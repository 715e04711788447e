"""The ``mx.np`` / ``mx.npx`` operators MXNet 1.9.1 built without a bool kernel.

Given a bool array, most of them return a result of the inferred shape and dtype whose first read (or
``waitall``) raises MXNet's ``Unknown type enum 7``; a few compute their output shape from the data and so
raise at the call.
"""
import functools

import numpy as _np

from ..base import MXNetError
from ..ndarray.failures import _forget
from ..ndarray.ndarray import NDArray
from .multiarray import ndarray

MESSAGE = "Unknown type enum 7"
DEFERRED = ("transpose", "moveaxis", "flip", "fliplr", "flipud", "argsort", "sort", "clip", "split",
            "array_split", "hsplit", "vsplit", "tril", "hstack", "vstack", "dstack", "column_stack", "row_stack",
            "diag", "diagflat", "diagonal", "trace", "roll", "rot90", "insert")
AT_CALL = ("swapaxes", "unique", "delete")
NPX_DEFERRED = ("relu", "sigmoid", "pick")
METHODS = ("transpose", "swapaxes", "argsort", "clip")
BOOL_RESULT = ("trace", "relu")     # MXNet infers a bool result where NumPy's rules give an integer


def _bool_operand(args):
    """The first array among ``args`` (or in a sequence given first) if it is a bool array, else None."""
    for a in args:
        for x in (a if isinstance(a, (list, tuple)) else (a,)):
            if isinstance(x, NDArray):
                return x if _np.dtype(x.dtype) == _np.bool_ else None
    return None


def _deferred(result, source, dtype=None):
    """``result`` (an array or a list of them) as arrays of its shapes and dtypes (or ``dtype``) that raise when
    read."""
    from .umath import _failing
    if isinstance(result, (list, tuple)):       # one operator, one error: every output carries the same
        parts = [_deferred(r, source, dtype) for r in result]
        failed = [p for p in parts if getattr(p, "_pending", None) is not None]
        for p in failed[1:]:
            _forget(p._pending)
            p._pending = failed[0]._pending
        return type(result)(parts)
    if not isinstance(result, NDArray):
        return result
    return _failing(source, source, MESSAGE, dtype or _np.dtype(result.dtype), result.shape)


def guard(func, at_call=False):
    """``func`` failing as MXNet's operator does when its array operand is a bool array."""
    @functools.wraps(func)
    def run(*args, **kwargs):
        source = _bool_operand(args)
        if source is None:
            source = _bool_operand(tuple(kwargs.values()))
        if source is None:
            return func(*args, **kwargs)
        if at_call:
            raise MXNetError(f"{MESSAGE}: {func.__name__} has no kernel for bool arrays in MXNet 1.9.1; "
                             "cast with astype first")
        return _deferred(func(*args, **kwargs), source, _np.bool_ if func.__name__ in BOOL_RESULT else None)
    return run


def install(namespace):
    """Guards the functions of ``mx.np`` (``namespace``, its globals) and the ndarray methods."""
    for name in DEFERRED + AT_CALL:
        namespace[name] = guard(namespace[name], at_call=name in AT_CALL)
    for name in METHODS:
        setattr(ndarray, name, guard(getattr(ndarray, name), at_call=name in AT_CALL))


def install_npx(namespace):
    """Guards the functions of ``mx.npx`` (``namespace``, its globals)."""
    for name in NPX_DEFERRED:
        namespace[name] = guard(namespace[name])
