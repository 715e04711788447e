"""The ``mx.np`` / ``mx.npx`` operators MXNet 1.9.1 built without a kernel for some input types.

Given such an input, most of them return a result of the inferred shape and dtype whose first read (or
``waitall``) raises MXNet's error (``Unknown type enum 7`` for bool arrays); a few compute their output shape
from the data and so raise at the call.
"""
import functools

import numpy as _np

from ..base import MXNetError
from ..ndarray.failures import _forget
from ..ndarray.ndarray import NDArray
from .multiarray import ndarray

BOOL = "Unknown type enum 7"
HALF = "This operation does not support float16"
BOOL_DEFERRED = ("transpose", "moveaxis", "flip", "fliplr", "flipud", "argsort", "sort", "clip", "split",
                 "array_split", "hsplit", "vsplit", "dsplit", "tril", "hstack", "vstack", "dstack", "column_stack", "row_stack",
                 "diag", "diagflat", "diagonal", "trace", "roll", "rot90", "insert", "percentile", "quantile", "polyval",
                 "histogram")
EMPTY_SKIPS = ("percentile", "quantile", "roll", "transpose", "flip", "fliplr", "flipud", "rot90")   # whose kernels
# are not run for an empty output
BOOL_AT_CALL = ("swapaxes", "unique", "delete")
NPX_BOOL_DEFERRED = ("relu", "sigmoid", "pick")
BOOL_METHODS = ("transpose", "swapaxes", "argsort", "clip")
BOOL_RESULT = ("trace", "relu")     # MXNet infers a bool result where NumPy's rules give an integer
HALF_DEFERRED = ("sort", "argsort")
_OPERATORS = {"diag": "_npi_diag"}     # MXNet's operator of a function, where an ndarray operator has its name


def _argument(args, kwargs, position, name, default=None):
    return args[position] if len(args) > position else kwargs.get(name, default)


def _unique_site(args, kwargs):
    """Where unique's kernel refuses the type: that of a 0-d array, of the flattened array, or along an axis."""
    line = 297 if _argument(args, kwargs, 0, "ar").ndim == 0 else 165 if _argument(args, kwargs, 4, "axis") is None \
        else 275
    return "../src/operator/numpy/np_unique_op.cc", line


def _transpose_site(args, kwargs):
    """transpose's kernels: that of a vector (or 0-d array), that of others."""
    vector = _argument(args, kwargs, 0, "a").ndim <= 1
    return "../src/operator/numpy/linalg/./../../tensor/matrix_op-inl.h", 355 if vector else 417


def _flip_site(args, kwargs):
    """flip's kernels: that of a 0-d array, that of others."""
    if _argument(args, kwargs, 0, "m").ndim == 0:
        return "../src/operator/numpy/./np_matrix_op-inl.h", 480
    return "../src/operator/numpy/np_matrix_op.cc", 1204


def _trace_site(args, kwargs):
    """trace's kernels: that zeroing the result of an empty array, that summing diagonals."""
    return "../src/operator/numpy/./np_trace_op-inl.h", 123 if _argument(args, kwargs, 0, "a").size == 0 else 204


def _rot90_site(args, kwargs):
    """rot90's kernels: one per number of quarter turns."""
    turns = int(_argument(args, kwargs, 1, "k", 1)) % 4
    return "../src/operator/numpy/./np_matrix_op-inl.h", (811, 731, 674, 766)[turns]


def _roll_site(args, kwargs):
    """roll's kernels: that of the flattened array, or that along axes."""
    return "../src/operator/numpy/./np_matrix_op-inl.h", 369 if _argument(args, kwargs, 2, "axis") is None else 441


def tril_kernel_site(ndim):
    """tril's kernels (forward and backward alike): one for a vector (or 0-d array), one for a matrix, one for a
    stack of them."""
    return "../src/operator/numpy/./np_tril_op-inl.h", 187 if ndim <= 1 else 165 if ndim == 2 else 173


def _tril_site(args, kwargs):
    return tril_kernel_site(_argument(args, kwargs, 0, "m").ndim)


def _insert_site(args, kwargs):
    """insert's kernels: that for several places, for one given by an index array, or for one given by a number."""
    from .fallback import insert_kernel_site
    return insert_kernel_site(_argument(args, kwargs, 0, "arr"), _argument(args, kwargs, 1, "obj"),
                              _argument(args, kwargs, 3, "axis"))


def _histogram_site(args, kwargs):
    """histogram's kernels: that for bin edges given as an array, or that for a count of bins over a range."""
    bins = _argument(args, kwargs, 1, "bins")
    return "../src/operator/tensor/histogram.cc", 89 if isinstance(bins, NDArray) else 116


def _diag_site(args, kwargs):
    """diag's kernels: that building a matrix from a vector, or that taking a diagonal."""
    return "../src/operator/numpy/./np_matrix_op-inl.h", 1110 if _argument(args, kwargs, 0, "v").ndim == 1 else 1102


# the source line of a function's type refusal, where its arguments decide which kernel refuses
_SITES = {"_npi_diag": _diag_site, "unique": _unique_site, "rot90": _rot90_site, "roll": _roll_site, "tril": _tril_site,
          "insert": _insert_site, "transpose": _transpose_site, "flip": _flip_site, "trace": _trace_site,
          "histogram": _histogram_site}


def _first_array(args):
    """The first array among ``args`` (or in a sequence given first), else None."""
    for a in args:
        for x in (a if isinstance(a, (list, tuple)) else (a,)):
            if isinstance(x, NDArray):
                return x
    return None


def _of_dtype(dtype):
    def check(args, kwargs):
        x = _first_array(args)
        x = _first_array(tuple(kwargs.values())) if x is None else x
        return x if x is not None and _np.dtype(x.dtype) == dtype else None
    return check


def _nonempty_bool(args, kwargs):
    """A bool array with elements (unique's kernel is not run for an empty one)."""
    x = _of_dtype(_np.bool_)(args, kwargs)
    return x if x is not None and x.size else None


def _bool_insert(args, kwargs):
    """insert's bool array, unless it is 0-d and an axis is given (MXNet's front end then copies it, no kernel run)."""
    x = _of_dtype(_np.bool_)(args, kwargs)
    return None if x is not None and not x.ndim and _argument(args, kwargs, 3, "axis") is not None else x


def _bool_delete(args, kwargs):
    """delete's bool array, unless ``obj`` is a list (MXNet refuses the list first: its TypeError) or a slice
    selecting nothing (MXNet's front end then copies the array without the kernel)."""
    obj = args[1] if len(args) > 1 else kwargs.get("obj")
    x = None if isinstance(obj, list) else _of_dtype(_np.bool_)(args, kwargs)
    if x is not None and isinstance(obj, slice):
        axis = args[2] if len(args) > 2 else kwargs.get("axis")
        n = x.size if axis is None or not -x.ndim <= axis < x.ndim else x.shape[axis]
        return x if len(range(*obj.indices(n))) else None
    return x


def _bins_of_other_dtype(args, kwargs):
    """histogram's array and array bins of different dtypes (its kernel reads the bins as the array's type)."""
    a = args[0] if args else kwargs.get("a")
    bins = args[1] if len(args) > 1 else kwargs.get("bins")
    if isinstance(a, NDArray) and isinstance(bins, NDArray) and a.dtype != bins.dtype:
        return a
    return None


def _bins_mismatch(args, kwargs):
    """histogram's kernel reading the bins as the array's type."""
    from .umath import tblob_mismatch
    a = args[0] if args else kwargs.get("a")
    bins = args[1] if len(args) > 1 else kwargs.get("bins")
    return tblob_mismatch(bins.dtype, a.dtype)


def _deferred(result, source, message, dtype=None, name=None, site=None):
    """``result`` (an array or a list of them) as arrays of its shapes and dtypes (or ``dtype``) that raise
    ``message`` when read (``name``: the function's; ``site``: the source line of the refusal, where known)."""
    from .umath import _failing
    if isinstance(result, (list, tuple)):       # one operator, one error: every output carries the same
        parts = [_deferred(r, source, message, dtype, name, site) for r in result]
        failed = [p for p in parts if getattr(p, "_pending", None) is not None]
        for p in failed[1:]:
            _forget(p._pending)
            p._pending = failed[0]._pending
        return type(result)(parts)
    if not isinstance(result, NDArray):
        return result
    return _failing(source, source, message, dtype or _np.dtype(result.dtype), result.shape, op=name, site=site)


def guard(func, condition, message, at_call=False, dtype=None, name=None):
    """``func`` (MXNet's operator ``name``, by default its own name) failing as that operator does when
    ``condition(args, kwargs)`` finds an input it has no kernel for (and returns it); ``message`` is the text, or
    makes it from the arguments."""
    name = name or func.__name__

    @functools.wraps(func)
    def run(*args, **kwargs):
        source = condition(args, kwargs)
        if source is None:
            return func(*args, **kwargs)
        text = message(args, kwargs) if callable(message) else message
        site = _SITES[name](args, kwargs) if name in _SITES and text == BOOL else None
        if at_call:         # refused after the operator's own checks of shapes and axes
            from ..ndarray.shape_text import OperatorMessage
            func(*args, **kwargs)
            raise MXNetError(OperatorMessage(text, name, site))
        result = func(*args, **kwargs)
        if name in EMPTY_SKIPS and isinstance(result, NDArray) and result.size == 0:
            return result       # an empty output runs no kernel
        parts = result if isinstance(result, (list, tuple)) else (result,)
        failed = [p._pending for p in parts if getattr(p, "_pending", None) is not None]
        if failed and (dtype is None or kwargs.get("out") is result):
            return result       # the operator's own kernel already failed (raised when read)
        for failure in failed:      # a step of the composition failed: MXNet's one operator (of its dtype) fails
            _forget(failure)
        return _deferred(result, source, text, dtype, name, site)
    return run


def install(namespace):
    """Guards the functions of ``mx.np`` (``namespace``, its globals) and the ndarray methods."""
    is_bool, is_half = _of_dtype(_np.bool_), _of_dtype(_np.float16)
    for name in HALF_DEFERRED:
        namespace[name] = guard(namespace[name], is_half, HALF)
    ndarray.argsort = guard(ndarray.argsort, is_half, HALF)
    for name in BOOL_DEFERRED + BOOL_AT_CALL:
        condition = {"delete": _bool_delete, "unique": _nonempty_bool, "insert": _bool_insert}.get(name, is_bool)
        namespace[name] = guard(namespace[name], condition, BOOL,
                                at_call=name in BOOL_AT_CALL,
                                dtype=_np.bool_ if name in BOOL_RESULT else None, name=_OPERATORS.get(name))
    for name in BOOL_METHODS:
        setattr(ndarray, name, guard(getattr(ndarray, name), is_bool, BOOL, at_call=name in BOOL_AT_CALL, name=name))
    namespace["histogram"] = guard(namespace["histogram"], _bins_of_other_dtype, _bins_mismatch)


def install_npx(namespace):
    """Guards the functions of ``mx.npx`` (``namespace``, its globals)."""
    for name in NPX_BOOL_DEFERRED:     # (sequence_mask's own checks refuse bools, after its shape checks)
        namespace[name] = guard(namespace[name], _of_dtype(_np.bool_), BOOL,
                                dtype=_np.bool_ if name in BOOL_RESULT else None)
