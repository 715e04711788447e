"""``mx.np`` reductions (sum, mean, max, std, argmax, cumsum, ...) with MXNet's result dtypes and gradients."""
import builtins
import functools
import math
import weakref

import numpy as _np

from ..autograd import is_recording
from ..base import MXNetError, _Null, located, message_of
from ..ndarray.failures import KernelError, backward_kernel_error, deliver, with_copy_error as _with_copy_error
from ..ndarray.shape_text import inference_failure
from ..ndarray.kernel_folds import reduce_folds
from ..ndarray.ops_misc import cumsum_axis_refusal
from ..ndarray.ndarray import NDArray
from ..ndarray.ops_reduce import kahan_sum, kept_first
from ..ndarray.registry import defop
from .backend_names import backend_name as _backend_name
from .multiarray import INTERNAL, _dtype, invoke_np, ndarray, not_an_array, refuse_legacy_scalars, wrap_np
from .multiarray import KERNEL_MAX_DIMS, as_method, fails_when_read, refuse_legacy_arrays, refuse_unknown_sizes
from .multiarray import _is_np_shape, type_inconsistent
from .recorded_names import show_as_method, shown_as, with_shown


def _axis(axis):
    """A reduction's ``axis`` as MXNet reads it: a list as a tuple, a NumPy integer as an int."""
    if isinstance(axis, list):
        return tuple(axis)
    if isinstance(axis, _np.integer):
        return int(axis)
    return axis


def _expand(dy, shape, axis, keepdims):
    """``dy`` reshaped so that it broadcasts against an input of ``shape`` reduced over ``axis``."""
    if not shape:       # (a 0-d input's axis 0 or -1 reduces nothing)
        return _np.reshape(dy, ())
    if keepdims or axis is None and dy.ndim == len(shape):
        return dy
    if axis is None:
        return _np.reshape(dy, (1,) * len(shape))
    axes = (axis,) if isinstance(axis, int) else axis
    axes = sorted(a % len(shape) for a in axes)
    s = list(_np.shape(dy))
    for a in axes:
        s.insert(a, 1)
    return _np.reshape(dy, s)


def _count(shape, axis):
    if axis is None or not shape:
        return int(_np.prod(shape))
    axes = (axis,) if isinstance(axis, int) else axis
    return int(_np.prod([shape[a] for a in axes]))


def _axes(ndim, axis):
    if axis is None:
        return tuple(range(ndim))
    axes = (axis,) if isinstance(axis, (int, _np.integer)) else tuple(axis)
    for ax in axes:
        if not -ndim <= ax < builtins.max(ndim, 1):
            raise _np.AxisError(f"axis {ax} is out of bounds for array of dimension {ndim}")
    return tuple(sorted(ax % builtins.max(ndim, 1) for ax in axes))


def _float_sum(a, axis, dtype, keepdims):
    """MXNet's sum: floats are Kahan-summed in row-major order in the result type (float32 for float16); others as
    NumPy. Floats summed to an integer type are summed in their accumulation type, the total cast."""
    if dtype is not None and a.dtype.kind == "f" and _np.dtype(dtype).kind in "iu":
        return _float_to_int(_float_sum(_accumulated(a), axis, None, keepdims), dtype)
    if dtype is not None and _np.dtype(dtype) == _np.bool_ and a.dtype != _np.bool_:     # summed wide, then cast
        total = _float_sum(a, axis, None, keepdims) if a.dtype.kind == "f" else _np.sum(a, axis=axis, keepdims=keepdims)
        return _np.asarray(total).astype(_np.bool_)
    if _narrower_float(a, dtype):       # summed in the input's type, the total rounded to the narrower one
        return _float_sum(a, axis, None, keepdims).astype(dtype)
    if a.dtype == _np.float16 and dtype is not None and _np.dtype(dtype) == _np.float64:     # half sums in float
        return _float_sum(a, axis, _np.float32, keepdims).astype(dtype)
    a = a.astype(dtype, copy=False) if dtype is not None else a
    if a.dtype.kind != "f" or a.ndim == 0:
        return _np.asarray(_np.sum(a, axis=axis, keepdims=keepdims)).astype(a.dtype)
    axes = _axes(a.ndim, axis)
    wide = a.astype(_np.float32) if a.dtype == _np.float16 else a      # MXNet accumulates float16 in float32
    r = _np.asarray(kahan_sum(wide, axes))
    if not _np.isfinite(r).all():       # (x86's NaN of inf - inf is negative; a NaN term's sum keeps its own)
        r = _np.where(_kahan_turns_nan(wide, axes) & ~_np.isnan(r), -_np.float64(_np.nan), r)
    r = r.astype(a.dtype, copy=False)
    return _np.expand_dims(r, axes) if keepdims else r


def _kahan_turns_nan(a, axes):
    """Per lane (``a`` reduced over ``axes``): whether MXNet's np sum gives nan because a partial sum turned
    infinite before the last term (its Kahan residual then holds inf - inf, which every further term spreads)."""
    kept = [i for i in range(a.ndim) if i not in axes]
    lanes = [a.shape[i] for i in kept]
    rows = _np.transpose(a, list(axes) + kept).reshape(-1, int(_np.prod(lanes)))
    if len(rows) < 2:
        return _np.zeros(lanes, bool)
    with _np.errstate(over="ignore", invalid="ignore"):
        partial = _np.cumsum(rows[:-1].astype(_np.float64), axis=0).astype(a.dtype)
    return (~_np.isfinite(partial).all(axis=0)).reshape(lanes)


def _accumulated(a):
    """Float array ``a`` in the type MXNet's reduction to another dtype accumulates it in: double for float32,
    float for half."""
    return a.astype(_np.float64 if a.dtype == _np.float32 else _np.float32 if a.dtype == _np.float16 else a.dtype)


# the integer types MXNet's reductions accumulate each integer type in
_INT_ACCUMULATION = {"int8": _np.int32, "uint8": _np.uint32, "int32": _np.int64, "int64": _np.int64}


def _narrower_float(a, dtype):
    """Whether ``dtype`` is a float type narrower than float array ``a``'s (MXNet reduces in ``a``'s type then)."""
    return dtype is not None and a.dtype.kind == "f" and _np.dtype(dtype).kind == "f" and \
        _np.dtype(dtype).itemsize < a.dtype.itemsize


def _float_to_int(x, dtype):
    """Floats cast to an integer type as the CPU converts them (out of range: the type's minimum)."""
    with _np.errstate(invalid="ignore"):
        return _np.asarray(x).astype(dtype)


def _fails_when_empty(moment=False):
    """A reduction's forward that fails as MXNet's kernel does (when read) where an empty array reduces to an
    empty result, or, for std and var (``moment``), where the empty extent is the kernel's last reduced block."""
    def wrap(forward):
        @functools.wraps(forward)
        def checked(a, *, axis=None, **attrs):
            if type(axis) is tuple:         # a graph's node: the operator refuses repeated axes numpy would sum
                _reduce_axis(a, axis)
            try:
                result = forward(a, axis=axis, **attrs)
            except (ValueError, IndexError):        # a graph's node: the axes checked as the operator does
                _reduce_axis(a, axis)
                raise
            message = _empty_reduce_failure(a, axis, moment)
            if message:
                raise KernelError(message, result)
            if not a.size and result.size and result.dtype == _np.bool_ and not moment:
                # (the kernel fills an empty reduction's result by a type switch without bool)
                raise located(KernelError("Unknown type enum 7", result), _EMPTY_FILL_SITE)
            return result
        return checked
    return wrap


_EMPTY_FILL_SITE = ("../src/operator/numpy/np_broadcast_reduce_op.h", 265)


def _empty_reduce_failure(a, axis, moment):
    """MXNet's check message for the reduction of empty ``a`` over ``axis``, or None: the size its kernel folds
    the input into against the empty input's."""
    folded = _empty_fold(a, axis)
    if folded is None:
        return None
    small, size = folded
    if 0 not in small and not (moment and size):
        return None
    return _size_mismatch(size)


def _empty_fold(a, axis):
    """(the reduced shape, the size the kernel folds empty ``a`` into) for a reduction over some of its axes, or
    None."""
    if a.size or axis is None or not a.ndim:
        return None
    if builtins.any(not -a.ndim <= ax < a.ndim for ax in ((axis,) if isinstance(axis, (int, _np.integer)) else axis)):
        return None      # the operator refuses the axis itself
    axes = _axes(a.ndim, axis)
    if len(axes) == a.ndim:
        return None
    small = [1 if i in axes else n for i, n in enumerate(a.shape)]
    return small, math.prod(big for big, _ in reduce_folds(a.shape, small))     # (a trailing empty reduced block
    # is dropped)


def _size_mismatch(size):
    return f"Check failed: this->shape_.Size() == shape.Size() (0 vs. {size}) : Shape size mismatch 0 v.s. {size}"


def _empty_average_failure(a, axis):
    """The check message of MXNet's unweighted average of empty ``a`` into a non-empty result, or None: it fails
    where the empty extent is the last reduced block beside more than one kept value."""
    folded = _empty_fold(a, axis)
    if folded is None or 0 in folded[0] or folded[1] <= 1:
        return None
    return _size_mismatch(folded[1])


@defop("_np_sum")
@_fails_when_empty()
def sum_op(a, *, axis=None, dtype=None, keepdims=False, initial=None):
    """Sum over ``axis`` (a bool array sums in int64)."""
    if dtype is None and a.dtype == _np.bool_:
        dtype = _np.int64
    return _kernel_refusing_initial(_float_sum(a, axis, dtype, keepdims), initial, "_np_sum")


_NO_BOOL_GRADIENT = ("Check failed: outputs[0].type_flag_ != kBool (7 vs. 7) : reduce operators do not support "
                     "gradient calculation for input tensors of boolean type.")


def _refuse_bool_gradient(x):
    """Whether MXNet's backward kernel of sum and mean refuses ``x``, a bool input (shown when a gradient is read;
    the kernels after it are skipped, so the gradient passed on is zeros)."""
    if x.dtype != _np.bool_:
        return False
    from ..ndarray.failures import backward_kernel_error
    backward_kernel_error(_NO_BOOL_GRADIENT)
    return True


def _no_bool_kernel(x):
    """The backward kernels of prod, max and min have no bool case: an error shown when the gradient is read."""
    if x.dtype == _np.bool_:
        from ..ndarray.failures import backward_kernel_error
        backward_kernel_error("Unknown type enum 7")


@sum_op.grad
def _(dy, out, x, axis=None, dtype=None, keepdims=False):
    if _refuse_bool_gradient(x):
        return (_np.zeros(x.shape, x.dtype),)
    return (_np.broadcast_to(_expand(dy, x.shape, axis, keepdims), x.shape).astype(x.dtype),)


@defop("_npi_mean")
@_fails_when_empty()
def mean_op(a, *, axis=None, dtype=None, keepdims=False):
    """Mean over ``axis`` (0 where nothing is averaged, as MXNet gives); integers average in float32."""
    axis = _zero_dim_axis(a, axis)      # (a graph's node of a 0-d array)
    if dtype is None:
        dtype = a.dtype if a.dtype.kind == "f" else _np.dtype(_np.float32)
    n = _count(a.shape, axis)
    if n == 0:
        return _np.zeros(_np.sum(a, axis=axis, keepdims=keepdims).shape, dtype)
    if _np.dtype(dtype).kind == "f":
        total = _float_sum(a, axis, dtype, keepdims)
        return _np.asarray(total / total.dtype.type(n)).astype(dtype)
    total = _np.asarray(_float_sum(a, axis, dtype, keepdims))      # an integer mean: the total divided in integers
    return _c_divide(total, _count_in(n, total.dtype)).astype(dtype) if total.dtype.kind in "iu" else total


def _count_in(n, dtype):
    """The element count ``n`` as MXNet's kernels divide by it in integer ``dtype``: cast from an unsigned
    64-bit count, so wrapped round to the type's width (a count read as 0 crashes MXNet)."""
    return _np.array(n % 2 ** 64, _np.uint64).astype(dtype)


def _c_divide(total, count):
    """C's integer division of ``total`` by ``count``: truncated toward zero."""
    with _np.errstate(divide="ignore", invalid="ignore"):
        floor, inexact = total // count, total % count != 0
    return _np.asarray(floor + (inexact & ((total < 0) != (count < 0)))).astype(total.dtype)


@mean_op.grad
def _(dy, out, x, axis=None, dtype=None, keepdims=False):
    if _refuse_bool_gradient(x):
        return (_np.zeros(x.shape, x.dtype),)
    if x.dtype.kind == "f":     # the head of another float type is divided in the input's type
        dy = dy.astype(x.dtype, copy=False)
    g = _expand(dy, x.shape, axis, keepdims) / _count(x.shape, axis)
    return (_np.broadcast_to(g, x.shape).astype(x.dtype),)


@defop("_np_prod")
@_fails_when_empty()
def prod_op(a, *, axis=None, dtype=None, keepdims=False, initial=None):
    """Product over ``axis``; MXNet gives 0 (not 1) where nothing is multiplied."""
    if dtype is None:
        dtype = _np.int64 if a.dtype == _np.bool_ else a.dtype
    if a.dtype.kind in "iu" and _np.dtype(dtype) != a.dtype:     # multiplied in the accumulation type, cast
        res = _np.asarray(_np.prod(a, axis=axis, keepdims=keepdims, dtype=_INT_ACCUMULATION[a.dtype.name]))
        res = res.astype(dtype)
    elif a.dtype.kind == "f" and _np.dtype(dtype).kind in "iu":     # multiplied in the accumulation type, cast
        res = _float_to_int(_np.prod(_accumulated(a), axis=axis, keepdims=keepdims), dtype)
    elif a.dtype == _np.float16:        # MXNet multiplies half precision in float, rounding the product once
        res = _np.asarray(_np.prod(a.astype(_np.float32), axis=axis, keepdims=keepdims)).astype(dtype)
    elif _narrower_float(a, dtype):
        res = _np.asarray(_np.prod(a, axis=axis, keepdims=keepdims)).astype(dtype)
    else:
        res = _np.asarray(_np.prod(a, axis=axis, dtype=dtype, keepdims=keepdims))
    if a.size == 0 or res.size and _count(a.shape, axis) == 0:
        res = _np.zeros_like(res)
    return _kernel_refusing_initial(res, initial, "_np_prod")


def _kernel_refusing_initial(res, initial, op):
    """``res``, or (``initial`` given, as a graph's node gives it) the kernel's refusal of any initial value,
    raised when the result is read."""
    if initial is None:
        return res
    from ..ndarray.failures import KernelError
    error = KernelError("initial is not supported yet", res)
    error.op_name = op
    raise error


@prod_op.grad
def _(dy, out, x, axis=None, dtype=None, keepdims=False):
    _no_bool_kernel(x)
    if x.dtype.kind == "f":     # a product of another float type is rounded to the input's type first
        out, dy = out.astype(x.dtype, copy=False), dy.astype(x.dtype, copy=False)
    with _np.errstate(divide="ignore", invalid="ignore"):      # MXNet's order: (prod / x) * dy
        return ((_expand(out, x.shape, axis, keepdims) / x * _expand(dy, x.shape, axis, keepdims)).astype(x.dtype),)


# MXNet's shape check for max and min alike (both say "maximum")
_NO_IDENTITY = ("Check failed: is_all_reducded_axes_not_zero: zero-size array to reduction operation maximum which has "
                "no identity")


def _refuse_no_identity(a, axis):
    """max and min's first shape check: an empty array reduced whole, or an empty axis among those named, taken
    in order, from the front (its later checks of the axes themselves come after)."""
    if axis is None:
        if a.ndim and not a.size:
            raise MXNetError(_NO_IDENTITY)
        return
    axes = (axis,) if isinstance(axis, (int, _np.integer)) else axis
    if not isinstance(axes, (tuple, list)) or not builtins.all(isinstance(ax, (int, _np.integer)) for ax in axes):
        return      # (the attribute parser refuses it)
    for ax in axes:
        if ax >= a.ndim:
            return      # (indexing the shape there fails)
        if ax >= 0 and a.shape[ax] == 0:
            raise MXNetError(_NO_IDENTITY)


def _checked_axes(ndim, axis):
    """The axes whose length MXNet's max and min check (every axis for None; of those given, the ones not
    counted from the end)."""
    if axis is None:
        return range(ndim)
    return [ax for ax in ((axis,) if isinstance(axis, (int, _np.integer)) else axis) if ax >= 0]


def _extreme(name, fn):
    @defop(name)
    def op(a, *, axis=None, keepdims=False, initial=None):
        if builtins.any(a.shape[i] == 0 for i in _checked_axes(a.ndim, axis)):
            raise MXNetError(_NO_IDENTITY)
        if builtins.any(a.shape[i] == 0 for i in _axes(a.ndim, axis)):      # unchecked: a result never written
            return _np.zeros(_np.sum(a, axis=axis, keepdims=keepdims).shape, a.dtype)
        r = _np.asarray(fn(a, axis=axis, keepdims=keepdims))
        if a.dtype.kind == "f" and a.size:
            r = kept_first(a, _axes(a.ndim, axis), r)
        return _kernel_refusing_initial(r, initial, name)

    @op.grad
    def _(dy, out, x, axis=None, keepdims=False):
        _no_bool_kernel(x)
        mask = x == _expand(out, x.shape, axis, keepdims)
        return ((_expand(dy, x.shape, axis, keepdims) * mask).astype(x.dtype),)
    op.__doc__ = f"{fn.__name__} over ``axis``; the gradient goes to every extreme element."
    return op


max_op = _extreme("_np_max", _np.amax)
min_op = _extreme("_np_min", _np.amin)


@defop("_npi_moment")
@_fails_when_empty(moment=True)
def moment_op(a, *, axis=None, ddof=0, keepdims=False, root=False, dtype=None):
    """Variance (or its square root, the standard deviation) over ``axis``, as MXNet computes it: the mean and
    the squared deviations in the input type (an integer mean truncated), their sum and the division in ``dtype``
    (the input's by default; an integer ``dtype`` casts the result)."""
    if a.dtype == _np.bool_:       # no bool kernel in MXNet: a result (bool unless ``dtype``), failing when read
        shape = _np.sum(a, axis=axis, keepdims=keepdims).shape
        raise KernelError("Unknown type enum 7", _np.zeros(shape, dtype or _np.bool_))
    n = _count(a.shape, axis)
    if a.dtype.kind == "f":     # MXNet: sums accumulated in double (float for float16), each step in the input type
        acc, t = (_np.float32 if a.dtype == _np.float16 else _np.float64), a.dtype.type
        if a.dtype == _np.float64 and a.size:      # double sums are Kahan-compensated
            mean = _np.expand_dims(_np.asarray(kahan_sum(a, _axes(a.ndim, axis))), _axes(a.ndim, axis)) / t(n)
        else:
            mean = _np.sum(a, axis=axis, keepdims=True, dtype=acc).astype(a.dtype) / t(n)
        if not _np.isfinite(mean).all():
            turned = _kahan_turns_nan(a.astype(acc), _axes(a.ndim, axis))
            mean = _np.where(_np.expand_dims(turned, _axes(a.ndim, axis)), _np.nan, mean)
        dev = (a - mean.astype(a.dtype)).astype(a.dtype)
        squares = dev * dev
    elif a.dtype.kind in "iu":
        total = _np.sum(a, axis=axis, keepdims=True, dtype=a.dtype)       # wrapping round, as MXNet's kernel
        mean = _c_divide(total, _count_in(builtins.max(n, 1), a.dtype))
        dev = a - mean
        squares = dev * dev         # wrapping round in the integer type, as MXNet's kernel
    else:
        res = (_np.std if root else _np.var)(a, axis=axis, ddof=ddof, keepdims=keepdims)
        return _np.asarray(res).astype(dtype or a.dtype)
    out_t = _np.dtype(dtype) if dtype is not None else a.dtype
    if out_t.kind == "f":
        acc = _np.float32 if out_t == _np.float16 else _np.float64
        if squares.dtype == out_t == _np.float64 and squares.size:     # double sums are Kahan-compensated
            axes = _axes(a.ndim, axis)
            total = _np.asarray(kahan_sum(squares, axes))
            total = _np.expand_dims(total, axes) if keepdims else total
        else:
            total = _np.sum(squares, axis=axis, keepdims=keepdims, dtype=acc).astype(out_t)
            if _np.isinf(total).any():
                turned = _kahan_turns_nan(squares.astype(acc), _axes(a.ndim, axis))
                total = _np.where(_np.expand_dims(turned, _axes(a.ndim, axis)) if keepdims else turned, _np.nan, total)
        # MXNet divides by n - ddof as an unsigned 64-bit count: below zero it wraps round to about 2**64
        var = total / out_t.type(n - ddof if n >= ddof else 2.0 ** 64 + (n - ddof))
    else:                       # an integer variance is truncated
        total = _integer_sum(squares, axis, keepdims, out_t)
        var = _c_divide(total, _count_in(n - ddof, out_t))
    with _np.errstate(invalid="ignore"):
        return _np.asarray(_np.sqrt(var) if root else var).astype(out_t)


def _integer_sum(squares, axis, keepdims, out_t):
    """The squared deviations summed for an integer variance: integers wrap round in the result type; float
    squares are summed as floats and the sum truncated."""
    if squares.dtype.kind != "f":
        return _np.sum(squares, axis=axis, keepdims=keepdims, dtype=out_t)
    acc = _np.float32 if squares.dtype == _np.float16 else _np.float64
    return _np.sum(squares, axis=axis, keepdims=keepdims, dtype=acc).astype(squares.dtype).astype(out_t)


@moment_op.grad
def _(dy, out, x, axis=None, ddof=0, keepdims=False, root=False, dtype=None):
    return (_np.zeros(x.shape, x.dtype),)       # MXNet 1.9.1's std and var pass no gradient


@defop("_np_cumsum")
def cumsum_op(a, *, axis=None, dtype=None):
    """Cumulative sum along ``axis`` (of the flattened array when None), in the input's type (bool: int64)
    unless ``dtype`` says otherwise."""
    if dtype is None:
        dtype = _np.int64 if a.dtype == _np.bool_ else a.dtype
    if axis is not None and not 0 <= axis < a.ndim:     # its kernel's checks: the result fails when read
        raise KernelError(cumsum_axis_refusal(axis, a.ndim), _np.zeros(a.shape, dtype))
    return _np.cumsum(a, axis=axis, dtype=dtype)


@cumsum_op.grad
def _(dy, out, x, axis=None, dtype=None):
    if axis is not None and not 0 <= axis < x.ndim:     # its backward indexes the shape with the axis as given
        backward_kernel_error(f"Check failed: i >= 0 && i < ndim(): index = {axis} must be in range [0, {x.ndim})",
                              own=True)
        return (_np.zeros(x.shape, x.dtype),)
    if axis is None:
        return (_np.cumsum(dy[::-1])[::-1].reshape(x.shape).astype(x.dtype),)
    return (_np.flip(_np.cumsum(_np.flip(dy, axis), axis), axis).astype(x.dtype),)


def _check(a, name, shape_known=True, given=(), outputs=1):
    """``a`` must be an mx.np array (of a known shape, unless the caller checks that after its attributes);
    ``given``: the attributes the call hands MXNet's operator (its shape failure lists them)."""
    if not isinstance(a, NDArray):
        raise not_an_array("a", a, ("_npi_" if name in ("average", "std", "var", "mean") else "_np_") + name)
    if shape_known:
        refuse_legacy_scalars(_backend_name(name), (a,), given, outputs)
    else:
        refuse_legacy_arrays(_backend_name(name), (a,))


_REDUCE_DTYPES = ("bool", "float16", "float32", "float64", "int32", "int64", "int8")
_BOOL_REDUCE_DTYPES = ("int32", "int64", "float32", "float64")


def _reduce_dtype(a, dtype, name, allowed=_REDUCE_DTYPES, call=None, given=None):
    """``dtype`` (a numpy dtype) as MXNet's sum/mean/prod/cumsum accept it; ``call``: (function, its keywords)
    for the operator's call that MXNet's refusal names, or ``given``: the attributes its front end set."""
    dt = _np.dtype(dtype)       # (a NumPy type MXNet lacks is named by its parser's refusal below)
    if dt.name not in allowed:
        from .operator_text import in_operator
        from ..ndarray.param_text import in_operator as attrs_in_operator
        if given is not None:
            tail = attrs_in_operator(name, dict(given, dtype=dt.name), imperative=True)
        else:
            given = call and dict(call[1], dtype=dt.name)      # (the attribute holds the type's name: 'a' is bytes)
            tail = in_operator(call[0].__name__, call[0], (a,), given, *call[2:]) if call else ""
        raise MXNetError(f"Invalid Input: '{dt.name}', valid values are: "
                         "{None, " + ", ".join(repr(n) for n in allowed) + "}" + (tail or ", in operator " + name))
    return dt


def _refuse_bool_into(a, dt, axis, keepdims, out):
    """sum and prod's type check of a bool array's result type (``dt``), made after the shape checks of their
    ``axis`` and of an ``out=`` array."""
    if a.dtype != _np.bool_ or dt.name in _BOOL_REDUCE_DTYPES:
        return
    if isinstance(out, NDArray) and out.shape != _reduced_shape(a.shape, axis, keepdims):
        raise MXNetError(f"Shape inconsistent, Provided = [{','.join(map(str, out.shape))}], inferred shape="
                         f"[{','.join(map(str, _reduced_shape(a.shape, axis, keepdims)))}]")
    raise located(MXNetError("Check failed: param.dtype.value() == mshadow: :kInt32 || param.dtype.value() == "
                             "mshadow::kInt64 || param.dtype.value() == mshadow::kFloat32 || param.dtype.value() "
                             "== mshadow::kFloat64: Only support the following output dtypes when input dtype is "
                             "bool: int32, int64, float32, float64."),
                  ("../src/operator/numpy/np_broadcast_reduce_op_value.cc", 56))


def _reduced_shape(shape, axis, keepdims):
    """The shape a reduction of an array of ``shape`` over ``axis`` (checked) gives."""
    axes = range(len(shape)) if axis is None else (axis,) if isinstance(axis, (int, _np.integer)) else axis
    reduced = {ax % len(shape) for ax in axes} if shape else set()
    return tuple(1 if i in reduced else n for i, n in enumerate(shape) if keepdims or i not in reduced)


def _reduce_axis(a, axis, extreme=False):
    """``axis`` for a reduction, refused in the order of MXNet's shape check: (max and min's own words) the first
    axis given at ndim or above, then duplicates among the axes made non-negative, then the axes out of range."""
    axis = _axis(axis)
    given = () if axis is None else (axis,) if isinstance(axis, (int, _np.integer)) else tuple(axis)
    if extreme and a.ndim:
        past = next((ax for ax in given if ax >= a.ndim), None)
        if past is not None:
            raise located(MXNetError(f"Check failed: i >= 0 && i < ndim(): index = {past} must be in range "
                                      f"[0, {a.ndim})"), ("../include/mxnet/./tuple.h", 244))
    if isinstance(axis, tuple):
        _refuse_duplicate_axes(sorted(ax + a.ndim if ax < 0 else ax for ax in axis))
    _axes_within(a, axis)
    return axis


def _refuse_duplicate_axes(axes):
    """mx.np's check that reduction ``axes`` (sorted, made non-negative) name each axis once."""
    repeated = next((x for x, y in zip(axes, axes[1:]) if x == y), None)
    if repeated is not None:
        raise located(MXNetError(f"Check failed: axes[i-1] < axes[i] ({repeated} vs. {repeated}) : Reduction axes "
                                 f"have duplicates [{','.join(map(str, axes))}]"),
                      ("../src/operator/numpy/./np_broadcast_reduce_op.h", 142))


def _axes_within(a, axis):
    """MXNet's shape check of reduction axes (made non-negative): the last at ndim or above, then one below 0."""
    given = () if axis is None else (axis,) if isinstance(axis, (int, _np.integer)) else tuple(axis)
    if not a.ndim or not given:
        return
    dims = ",".join(map(str, a.shape))
    normalized = sorted(ax + a.ndim if ax < 0 else ax for ax in given)
    if normalized[-1] >= a.ndim:
        raise _axis_exceeds(normalized[-1], a.ndim, dims)
    if normalized[0] < 0:
        raise MXNetError(f"Check failed: axes[0] >= 0 ({normalized[0]} vs. 0) : Reduction axis "
                         f"[{','.join(map(str, given))}] Exceeds input dimensions [{dims}]")


def _axis_exceeds(axis, ndim, dims):
    """mx.np's reduction axis check (its own header's line, not the legacy reductions')."""
    return located(MXNetError(f"Check failed: axes[axes.ndim()-1] < ishape.ndim() ({axis} vs. {ndim}) : "
                               f"Reduction axis {axis} Exceeds input dimensions [{dims}]"),
                    ("../src/operator/numpy/./np_broadcast_reduce_op.h", 146))



def _int_axis(axis, name):
    if axis is not None and not isinstance(axis, (int, _np.integer)):
        raise MXNetError(f"Invalid Parameter format for axis expect int or None but value='{axis!s}', in operator "
                         f"{name}")
    return axis


def _zero_dim_axis(a, axis, accepted=(0, -1)):
    """``axis`` for a reduction, with a 0-d array's as MXNet takes them: the axes ``accepted`` reduce nothing
    (None), any other is refused in the words of MXNet's shape checks."""
    if a.ndim or axis is None:
        return axis
    axes = (axis,) if isinstance(axis, (int, _np.integer)) else tuple(axis)
    if 0 not in accepted:       # max and min index the shape with the first axis that is not negative
        first = next((ax for ax in axes if ax >= 0), None)
        if first is not None:
            raise located(MXNetError(f"Check failed: i >= 0 && i < ndim(): index = {first} must be in range [0, 0)"),
                          ("../include/mxnet/./tuple.h", 244))
    if len(axes) > 1:
        raise MXNetError(f"Check failed: axes.ndim() == 1 ({len(axes)} vs. 1) : ")
    if axes and axes[0] not in (0, -1):
        raise MXNetError("Check failed: axes[0] == 0 || axes[0] == -1: ")
    return None


def _bool_attribute(name, value, op):
    """MXNet parses a boolean attribute from its text: None or an array is refused."""
    if not isinstance(value, (bool, _np.bool_, int, _np.integer)):
        raise MXNetError(f"Invalid Parameter format for {name} expect boolean but value='{value!s}', in operator {op}")


def _initial_refused(res, initial, op):
    """``res``, failing when read if ``initial`` was given: MXNet's sum, prod, max and min operators (``op``)
    take the attribute and their kernels refuse any value of it."""
    return res if initial is None else fails_when_read(res, "initial is not supported yet", op=op)


def _no_more_arguments(name, kwargs):
    """MXNet hands keywords it does not know to the operator, whose parser refuses them (``name`` is every
    operator's own: ignored)."""
    unknown = [k for k in kwargs if k != "name"]
    if unknown:
        from .operator_text import unknown_argument
        raise MXNetError(unknown_argument(name.replace("_np_", ""), None, (), kwargs, unknown))


def _out(res, out):
    """``res`` written into ``out``, which must have its shape and dtype (MXNet's inference checks); recorded, the
    ``out`` array is the result in the graph."""
    if out is None:
        return res
    _check_out(res, out)
    from .shaping import written_into
    return written_into(out, res)


def _check_out(res, out):
    """MXNet's inference checks of an ``out=`` for ``res``: its shape, then its dtype."""
    if tuple(out.shape) != tuple(res.shape):
        raise MXNetError(f"Shape inconsistent, Provided = [{','.join(map(str, out.shape))}], inferred "
                         f"shape=[{','.join(map(str, res.shape))}]")
    if out.dtype != res.dtype:
        raise type_inconsistent(out.dtype, res.dtype)


def sum(a, axis=_Null, dtype=_Null, keepdims=_Null, initial=_Null, out=None, name=None, **kwargs):  # noqa: A001,ARG001
    """Sum of elements over ``axis`` (a bool array sums in int64)."""
    given = _given(axis, dtype, keepdims, initial)
    axis, dtype, keepdims, initial = _defaults(axis, dtype, keepdims, initial)
    _check(a, "sum", given=given)
    _no_more_arguments("_np_sum", kwargs)
    axis = _zero_dim_axis(a, axis)
    dt = _reduce_dtype(a, dtype, "_np_sum", given=_without_dtype(given)) if dtype is not None else (
        _np.dtype(_np.int64) if a.dtype == _np.bool_ else a.dtype)
    attrs = {"axis": _reduce_axis(a, axis), "dtype": dt.name, "keepdims": keepdims}
    _refuse_bool_into(a, dt, attrs["axis"], keepdims, out)
    return _initial_refused(invoke_np(sum_op, (a,), with_shown(attrs, given), out=out), initial, "_np_sum")


def mean(a, axis=None, dtype=None, out=None, keepdims=False):
    """Mean over ``axis`` (integers and bools average in float32)."""
    _check(a, "mean", given=_method_given(axis, dtype, keepdims))
    given = {"keepdims": keepdims, "axis": axis}
    axis = _zero_dim_axis(a, axis)
    dt = _reduce_dtype(a, dtype, "_npi_mean", given=given) if dtype is not None else (
        a.dtype if a.dtype.kind == "f" else _np.dtype(_np.float32))
    attrs = {"axis": _reduce_axis(a, axis), "dtype": dt.name, "keepdims": keepdims}
    return invoke_np(mean_op, (a,), with_shown(attrs, _method_given(axis, dtype, keepdims)), out=out)


def prod(a, axis=_Null, dtype=_Null, keepdims=_Null, initial=_Null, out=None, name=None, **kwargs):  # noqa: ARG001
    """Product of elements over ``axis`` (a bool array multiplies in int64)."""
    given = _given(axis, dtype, keepdims, initial)
    axis, dtype, keepdims, initial = _defaults(axis, dtype, keepdims, initial)
    _check(a, "prod", given=given)
    _no_more_arguments("_np_prod", kwargs)
    axis = _zero_dim_axis(a, axis)
    dt = _reduce_dtype(a, dtype, "_np_prod", given=_without_dtype(given)) if dtype is not None else (
        _np.dtype(_np.int64) if a.dtype == _np.bool_ else a.dtype)
    attrs = {"axis": _reduce_axis(a, axis), "dtype": dt.name, "keepdims": keepdims}
    _refuse_bool_into(a, dt, attrs["axis"], keepdims, out)
    return _initial_refused(invoke_np(prod_op, (a,), with_shown(attrs, given), out=out), initial, "_np_prod")


def amax(a, axis=_Null, keepdims=_Null, initial=_Null, out=None, name=None, **kwargs):  # noqa: ARG001
    """Maximum over ``axis``."""
    given = _given(axis, _Null, keepdims, initial)
    axis, _, keepdims, initial = _defaults(axis, _Null, keepdims, initial)
    _check(a, "max", given=given)
    _no_more_arguments("_np_max", kwargs)
    axis = _zero_dim_axis(a, axis, accepted=(-1,))
    _refuse_no_identity(a, axis)
    _reduce_axis(a, axis, extreme=True)
    res = invoke_np(max_op, (a,), with_shown({"axis": _axis(axis), "keepdims": keepdims}, given), out=out)
    return _initial_refused(res, initial, "_np_max")


def amin(a, axis=_Null, keepdims=_Null, initial=_Null, out=None, name=None, **kwargs):  # noqa: ARG001
    """Minimum over ``axis``."""
    given = _given(axis, _Null, keepdims, initial)
    axis, _, keepdims, initial = _defaults(axis, _Null, keepdims, initial)
    _check(a, "min", given=given)
    _no_more_arguments("_np_min", kwargs)
    axis = _zero_dim_axis(a, axis, accepted=(-1,))
    _refuse_no_identity(a, axis)
    _reduce_axis(a, axis, extreme=True)
    res = invoke_np(min_op, (a,), with_shown({"axis": _axis(axis), "keepdims": keepdims}, given), out=out)
    return _initial_refused(res, initial, "_np_min")


def max(a, axis=_Null, keepdims=_Null, initial=_Null, out=None, name=None, **kwargs):  # noqa: A001
    """Maximum over ``axis`` (``amax`` under its other name, a function of its own as MXNet's)."""
    return amax(a, axis=axis, keepdims=keepdims, initial=initial, out=out, name=name, **kwargs)


def min(a, axis=_Null, keepdims=_Null, initial=_Null, out=None, name=None, **kwargs):  # noqa: A001
    """Minimum over ``axis`` (``amin`` under its other name, a function of its own as MXNet's)."""
    return amin(a, axis=axis, keepdims=keepdims, initial=initial, out=out, name=name, **kwargs)


def _given(axis=_Null, dtype=_Null, keepdims=_Null, initial=_Null):
    """A reduction's attributes as MXNet's generated function records them: those the caller gave, a None or
    False too (but for a None dtype, which it drops)."""
    given = {} if axis is _Null else {"axis": axis}
    if dtype is not _Null and dtype is not None:
        given["dtype"] = _np.dtype(dtype).name
    if keepdims is not _Null:
        given["keepdims"] = keepdims
    if initial is not _Null:
        given["initial"] = initial
    return given


def _defaults(axis, dtype, keepdims, initial):
    """The arguments of a generated reduction function with those not given at their defaults."""
    return (None if axis is _Null else axis, None if dtype is _Null else dtype,
            False if keepdims is _Null else keepdims, None if initial is _Null else initial)


def _without_dtype(given):
    return {k: v for k, v in given.items() if k != "dtype"}


def _method_given(axis, dtype, keepdims):
    """A reduction's attributes as MXNet's ndarray method records them: the axis and keepdims always."""
    given = {"axis": axis, "keepdims": keepdims}
    if dtype is not None:
        given["dtype"] = _np.dtype(dtype).name
    return given


def _moment_given(axis, dtype, ddof, keepdims):
    return dict(_method_given(axis, dtype, keepdims), ddof=ddof)


def _int_ddof(ddof, op):
    """MXNet's parameter parser takes only an integer ``ddof``."""
    if not isinstance(ddof, (int, _np.integer)) or isinstance(ddof, (bool, _np.bool_)):
        raise MXNetError(f"Invalid Parameter format for ddof expect int but value='{ddof!s}', in operator {op}")


def var(a, axis=None, dtype=None, out=None, ddof=0, keepdims=False):
    """Variance over ``axis`` (in the input's dtype, as MXNet computes it)."""
    _check(a, "var", given=_moment_given(axis, dtype, ddof, keepdims), outputs=2)
    _int_ddof(ddof, "_npi_var")
    if dtype is not None:       # (its parser reads dtype before the shape check reads the axes)
        _reduce_dtype(a, dtype, "_npi_var", _REDUCE_DTYPES[1:],
                      (var, {"axis": axis, "dtype": dtype, "ddof": ddof, "keepdims": keepdims}))
    axis = _zero_dim_axis(a, axis)
    attrs = {"axis": _reduce_axis(a, axis), "ddof": ddof, "keepdims": keepdims,
             "dtype": None if dtype is None else _dtype(dtype).name}
    return invoke_np(moment_op, (a,), with_shown(attrs, _moment_given(axis, dtype, ddof, keepdims), "_npi_var"),
                     out=out)


def std(a, axis=None, dtype=None, out=None, ddof=0, keepdims=False):
    """Standard deviation over ``axis`` (in the input's dtype, as MXNet computes it)."""
    _check(a, "std", given=_moment_given(axis, dtype, ddof, keepdims), outputs=2)
    _int_ddof(ddof, "_npi_std")
    if dtype is not None:       # (its parser reads dtype before the shape check reads the axes)
        _reduce_dtype(a, dtype, "_npi_std", _REDUCE_DTYPES[1:],
                      (std, {"axis": axis, "dtype": dtype, "ddof": ddof, "keepdims": keepdims}))
    axis = _zero_dim_axis(a, axis)
    attrs = {"axis": _reduce_axis(a, axis), "ddof": ddof, "keepdims": keepdims, "root": True,
             "dtype": None if dtype is None else _dtype(dtype).name}
    return invoke_np(moment_op, (a,), with_shown(attrs, _moment_given(axis, dtype, ddof, keepdims), "_npi_std"),
                     out=out)


def _average_front_end(a, axis=None, weights=None, returned=False, out=None):  # noqa: ARG001
    """average's check of its weights in Python, before it hands ``out=`` to its operator."""
    if weights is not None and not isinstance(weights, NDArray):
        raise AssertionError(f"Argument weights must have NDArray type, but got {weights!s}")
    refuse_legacy_arrays("_npi_average", (weights,))
    return True


def average(a, axis=None, weights=None, returned=False, out=None):
    """The (weighted) average over ``axis``, in the input's dtype as MXNet's."""
    _check(a, "average", shape_known=False)
    _average_front_end(a, axis, weights)
    given = {"axis": axis, "returned": returned, **({} if weights is not None else {"weighted": False})}
    if isinstance(weights, NDArray) and not weights.ndim and a.ndim and a.size and not _is_np_shape():
        # (inferred from a's known shape, the weights' rank -1 is no 1)
        raise located(MXNetError("Check failed: w_shape.ndim() == 1U (-1 vs. 1) : 1D weights expected when shapes of "
                                 "a and weights differ."), ("../src/operator/numpy/np_broadcast_reduce_op.h", 556))
    refuse_legacy_scalars("_npi_average", (a,) if weights is None else (a, weights), given, outputs=2)
    if not isinstance(returned, (bool, _np.bool_)):
        raise MXNetError(f"Invalid Parameter format for returned expect boolean but value='{returned!s}', in operator "
                         "_npi_average")
    axis = _zero_dim_axis(a, _reduce_axis(a, axis)) if a.ndim else _zero_dim_axis(a, _axis(axis))
    if weights is not None and weights.shape != a.shape:
        _check_weights_shape(a.shape, weights.shape, axis)
        axis = axis[0] if isinstance(axis, tuple) else axis
    if weights is not None and weights.dtype != a.dtype:      # (inferred before the kernel's type switch runs)
        raise type_inconsistent(weights.dtype, a.dtype)
    if a.dtype == _np.bool_:        # the kernel's type switch has no bool case: raised when read
        shape = _np.sum(_np.zeros(a.shape), axis=axis).shape
        res = wrap_np(_np.zeros(shape, _np.bool_), a.ctx._op_ctx)
        if out is not None:     # (refused at the call, before the kernel runs)
            if tuple(out.shape) == tuple(res.shape) and out.dtype != res.dtype:
                raise type_inconsistent(a.dtype, out.dtype)     # (average checks its input against out='s type)
            _check_out(res, out)
            return fails_when_read(res, "Unknown type enum 7", op="_npi_average")
        return invoke_np(_bool_average_op, (a,), {"shape": shape})
    with INTERNAL:
        return _average(a, axis, weights, returned, out)


average.front_end = _average_front_end


@defop("_npi_bool_average")
def _bool_average_op(a, *, shape=()):
    """average of a bool array, recorded so that its gradients carry the error of the kernel's type switch, which
    has no bool case (raised when read)."""
    error = KernelError("Unknown type enum 7", _np.zeros(shape, _np.bool_))
    error.op_name = "_npi_average"
    raise error


_bool_average_op.stands_for = lambda attrs: "_npi_average"     # (the op MXNet records: see autograd's _mxnet_name)


@_bool_average_op.grad
def _(dy, out, a, shape=()):
    """MXNet's engine skips the backward, which reads the failed result: the gradient carries its error."""
    return _np.zeros(a.shape, a.dtype)


def _check_weights_shape(a_shape, w_shape, axis):
    """MXNet's checks of average's weights of another shape than the array: one dimension, along one given axis
    of the weights' length."""
    if len(w_shape) == len(a_shape):
        w, a = next((w, a) for w, a in zip(w_shape, a_shape) if w != a)
        raise MXNetError(f"Check failed: w_shape[i] == a_shape[i] ({w} vs. {a}) : ")
    if len(w_shape) != 1:
        raise MXNetError(f"Check failed: w_shape.ndim() == 1U ({len(w_shape)} vs. 1) : 1D weights expected when "
                         "shapes of a and weights differ.")
    if axis is None:
        raise MXNetError("Check failed: param.axis.has_value() == true (0 vs. 1) : Axis must be specified when shapes "
                         "of a and weights differ.")
    axes = axis if isinstance(axis, tuple) else (axis,)
    if len(axes) != 1:
        raise MXNetError(f"Check failed: axes.ndim() == 1U ({len(axes)} vs. 1) : Axis must be int when shapes of a "
                         "and weights differ.")
    if a_shape[axes[0]] != w_shape[0]:
        raise MXNetError(f"Check failed: a_shape[red_axis] == w_shape[0] ({a_shape[axes[0]]} vs. {w_shape[0]}) : "
                         "Length of weights not compatible with specified axis.")


def _exact_average(a, axis, w):
    """MXNet's float average: the (weighted) sum accumulated in double (float for float16), rounded to the input
    type, divided there by the count (or the weights' sum, accumulated the same way)."""
    acc, t = (_np.float32 if a.dtype == _np.float16 else _np.float64), a.dtype.type
    if w is None and a.dtype == _np.float64:        # double sums are Kahan-compensated
        return _np.asarray(_np.asarray(kahan_sum(a, _axes(a.ndim, axis))) / t(_count(a.shape, axis)))
    if w is None:
        return _np.asarray(_acc_sum(a, axis, acc).astype(a.dtype) / t(_count(a.shape, axis))).astype(a.dtype)
    w = _np.broadcast_to(w.astype(a.dtype).reshape([-1 if i == (axis or 0) % a.ndim else 1 for i in range(a.ndim)])
                         if w.shape != a.shape else w.astype(a.dtype), a.shape)
    num = _acc_sum((a * w).astype(a.dtype), axis, acc).astype(a.dtype)
    return _np.asarray(num / _acc_sum(w, axis, acc).astype(a.dtype)).astype(a.dtype)


@defop("_npi_weighted_average")
def weighted_average_op(a, w, *, axis=None):
    """The average of ``a`` over ``axis`` weighted by ``w`` (of ``a``'s shape, or 1-D along ``axis``)."""
    return _exact_average(a, axis, w)


@weighted_average_op.grad
def _(dy, out, a, w, axis=None):
    """MXNet's backward: dy * (w / sum(w)) for ``a``, dy * ((a * sum(w) - sum(a * w)) / sum(w) / sum(w)) for ``w``
    (summed in order over the other axes for 1-D weights), in the input type."""
    acc = _np.float32 if a.dtype == _np.float16 else _np.float64
    wide = _np.broadcast_to(w.reshape([-1 if i == axis % a.ndim else 1 for i in range(a.ndim)])
                            if w.shape != a.shape else w, a.shape).astype(a.dtype)
    keep = tuple(range(a.ndim)) if axis is None else axis

    def summed(x):
        return _np.expand_dims(_acc_sum(x, axis, acc).astype(a.dtype), keep)
    sw, num, dyk = summed(wide), summed((a * wide).astype(a.dtype)), _np.expand_dims(_np.asarray(dy, a.dtype), keep)
    ga = dyk * (wide / sw)
    gw = dyk * ((a * sw - num) / sw / sw)
    if w.shape != a.shape:      # summed one by one over the other axes (accumulate adds in order)
        rows = _np.moveaxis(gw, axis % a.ndim, 0).reshape(w.size, -1)
        gw = _np.add.accumulate(rows, axis=1)[:, -1] if rows.shape[1] else _np.zeros(w.size, a.dtype)
    return ga.astype(a.dtype), gw.reshape(w.shape).astype(w.dtype)


def _weights_sum(weights, a, axis, beside=None):
    """The sum of float weights average returns, summed in the wider type as MXNet's reducer (all of 1-D ones)."""
    acc = _np.float32 if a.dtype == _np.float16 else _np.float64
    total = _acc_sum(weights._data, None if weights.shape != a.shape else axis, acc).astype(a.dtype)
    return _without_gradient(wrap_np(total, a.ctx._op_ctx), a, weights, beside=beside)


def _acc_sum(x, axis, acc):
    """``x`` summed over ``axis`` in type ``acc`` (double: compensated, in order, as MXNet's reducer), nan where
    MXNet's compensated sum turns an inf into nan."""
    with _np.errstate(over="ignore", invalid="ignore"):
        if acc == _np.float64 and x.size:
            total = kahan_sum(x.astype(acc), _axes(x.ndim, axis))
        else:
            total = _np.sum(x, axis=axis, dtype=acc)
    if _np.isinf(total).any():
        total = _np.where(_kahan_turns_nan(x.astype(acc), _axes(x.ndim, axis)), _np.nan, total)
    return _np.asarray(total)


def _without_gradient(value, *inputs, beside=None, output=1):
    """``value`` (an output of average besides the average) as MXNet's backward of average treats it: a recorded
    output of the inputs passing them no gradient, numbered as the recorded ``beside`` (the average) and shown as
    ``output`` of MXNet's one operator."""
    if not is_recording():
        return value
    from .. import autograd
    from .shaping import zero_gradient
    if getattr(beside, "_node", None) is None:
        return zero_gradient(lambda *data: value._data, *inputs)
    attrs = beside._node[0].attrs
    fn = shown_as(lambda *data: value._data, "_npi_average", dict(getattr(attrs, "given", {})))
    fn.mxnet_output = output
    with autograd._numbered_from(beside._node[0].seq):
        return zero_gradient(fn, *inputs)


AVERAGE_NODES = weakref.WeakSet()      # the mean nodes recorded for an unweighted average


def _average(a, axis, weights, returned, out):
    if weights is None:
        shown = {"axis": axis, "returned": returned, "weighted": False}
        avg = invoke_np(mean_op, (a,), with_shown({"axis": _axis(axis), "dtype": a.dtype.name}, shown, "_npi_average"))
        if avg._node is not None:       # MXNet's _npi_average adds into an 'add' buffer as other ops do
            AVERAGE_NODES.add(avg._node[0])
        if a.size == 0:         # 0 / 0, as MXNet divides the empty sum by the count: x86's default NaN is negative
            avg = _without_gradient(wrap_np(_np.full(avg.shape, -_np.nan, a.dtype), a.ctx._op_ctx), a, beside=avg,
                                    output=0)
        scl = _without_gradient(wrap_np(_np.asarray(a.size / builtins.max(avg.size, 1), a.dtype), a.ctx._op_ctx), a,
                                beside=avg)
        failure = _empty_average_failure(a, _axis(axis))
        if failure is not None:     # (both outputs carry it; their placeholders read as zeros)
            avg._data[...] = 0
            deliver(KernelError(failure, avg._data), [avg, scl], None)
    elif a.dtype.kind == "f" and a.size and is_recording():      # MXNet's weighted kernel and its own backward
        shown = with_shown({"axis": axis}, {"axis": axis, "returned": returned}, "_npi_average")
        avg = invoke_np(weighted_average_op, (a, weights), shown)
        scl = _weights_sum(weights, a, axis, beside=avg)
        return [_out(avg, out), scl] if returned else _out(avg, out)
    else:
        from .umath import multiply, true_divide
        if weights.shape != a.shape:
            scl = sum(weights)              # MXNet returns the weights' sum, not broadcast
            shape = [1] * a.ndim
            shape[axis] = weights.size
            weights = invoke_np("reshape", (weights,), {"shape": tuple(shape)})
        else:
            scl = sum(weights, axis=axis)
        avg = true_divide(sum(multiply(a, weights), axis=axis), sum(invoke_np(
            "broadcast_to", (weights,), {"shape": a.shape}), axis=axis))
        avg = avg.astype(a.dtype, copy=False)        # an integer average is truncated, as MXNet's
    if a.dtype.kind == "f" and a.size and not is_recording():
        avg = wrap_np(_exact_average(a._data, axis, None if weights is None else weights._data), a.ctx._op_ctx)
        if weights is not None:
            scl = _weights_sum(weights, a, axis)
    elif a.dtype.kind == "f" and a.size:        # recorded: the same values, the gradient of the composed ops
        avg._data[...] = _exact_average(a._data, axis, None if weights is None else weights._data)
    if out is not None and tuple(out.shape) == tuple(avg.shape) and out.dtype != avg.dtype:
        raise type_inconsistent(avg.dtype, out.dtype)      # (average's check names them the other way round)
    avg = _out(avg, out)
    return [avg, scl] if returned else avg


_CUMSUM_TYPE_CALL = ("_np_cumsum", [("dtype", lambda b, given: given.get("dtype")),
                                     ("axis", lambda b, given: given["axis"])])     # (when refusing its dtype)


def cumsum(a, axis=_Null, dtype=_Null, out=None, **kwargs):
    """Cumulative sum along ``axis`` (bools sum in int64)."""
    shown = _given(axis, dtype)
    axis, dtype, _, _ = _defaults(axis, dtype, _Null, _Null)
    _check(a, "cumsum", shape_known=False)
    _no_more_arguments("_np_cumsum", kwargs)
    _int_axis(axis, "_np_cumsum")
    given = {"dtype": dtype} if "axis" not in shown else {"axis": axis, "dtype": dtype}
    dt = _reduce_dtype(a, dtype, "_np_cumsum", _REDUCE_DTYPES[1:], (cumsum, given, (), _CUMSUM_TYPE_CALL)) \
        if dtype is not None else (
        _np.dtype(_np.int64) if a.dtype == _np.bool_ else a.dtype)       # (its parser reads dtype before the axis)
    if axis is None:
        refuse_unknown_sizes((a,))      # (flattened first)
    refuse_legacy_scalars("_np_cumsum", (a,), shown, outputs=a.shape or 1)
    if axis is not None and isinstance(out, NDArray) and out.shape != a.shape:    # (its shape before its type)
        raise MXNetError("Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node  at 0-th output: "
                         f"expected [{','.join(map(str, a.shape))}], got [{','.join(map(str, out.shape))}]")
    if axis is None and isinstance(out, NDArray) and out.shape != (a.size,):
        raise MXNetError(f"Shape inconsistent, Provided = [{','.join(map(str, out.shape))}], inferred shape=[{a.size}]")
    if a.dtype == _np.bool_ and dtype is None and isinstance(out, NDArray):
        _refuse_bool_cumsum_out(out)
    return invoke_np(cumsum_op, (a,), with_shown({"axis": axis, "dtype": dt.name}, shown), out=out)


def _refuse_bool_cumsum_out(out):
    """MXNet's refusal of any out= for a bool array's cumsum without a dtype: its type inference keeps the bool
    type for the output (an out= of another type is inconsistent with it), its operator then makes int64."""
    if out.dtype != _np.bool_:
        raise type_inconsistent(out.dtype, _np.bool_)
    raise located(MXNetError("Check failed: outputs[i]->dtype() == out_types[i] (7 vs. 6) : 0-th output has invalid "
                             "shape. Expecting 6 got 7 in operator _np_cumsum"),
                  ("../src/imperative/./imperative_utils.h", 220))


def _on_vector(fn, d, axis):
    """``fn`` (argmax/argmin) of 0-d ``d`` read as a one-element vector: 0-d again."""
    return _np.asarray(fn(d.reshape(1), axis=axis))


def _arg(fn, a, axis, out):
    shown = (f"_npi_{fn.__name__}", {"axis": axis, "keepdims": False})     # (as MXNet records the call)
    _check(a, fn.__name__, given=shown[1])
    _int_axis(axis, f"_npi_{fn.__name__}")
    ndim = builtins.max(a.ndim, 1)        # a 0-d array takes axis 0 (or -1) as a one-element vector would
    if axis is not None and not -ndim <= axis < ndim:
        dims = ",".join(map(str, a.shape))
        if a.ndim == 0:     # (a check with no words after its condition)
            raise MXNetError("Check failed: axes[0] == 0 || axes[0] == -1: ")
        if axis < 0:
            raise MXNetError(f"Check failed: axes[0] >= 0 ({axis + ndim} vs. 0) : Reduction axis [{axis}] Exceeds "
                             f"input dimensions [{dims}]")
        raise _axis_exceeds(axis, ndim, dims)
    refused = _arg_kernel_refusal(a, axis)
    if refused:     # the kernel's checks: raised when the result is read
        shape = () if axis is None else tuple(_np.delete(a.shape, axis % builtins.max(a.ndim, 1))) if a.ndim else ()
        res = wrap_np(_np.zeros(shape, _np.int64), a.ctx._op_ctx)
        if out is not None:
            _check_out(res, out)        # (refused at the call, before the kernel runs)
        elif is_recording():        # recorded with MXNet's zero gradient
            from .shaping import zero_gradient
            res = zero_gradient(lambda d: _np.zeros(shape, _np.int64), a)
        return _out(fails_when_read(res, refused, op=f"_npi_{fn.__name__}"), out)
    if a.ndim == 0 and axis is not None:       # the one element's position
        fn, axis = functools.partial(_on_vector, fn), 0
    try:
        res = fn(a._data, axis=axis) if a.size else _np.zeros(_np.delete(a.shape, axis), _np.int64)
    except _np.AxisError as e:
        raise MXNetError(f"{fn.__name__}: {message_of(e)}") from None
    if out is None and is_recording():        # recorded with MXNet's zero gradient
        from .shaping import zero_gradient
        return zero_gradient(shown_as(lambda d: _np.asarray(fn(d, axis=axis), _np.int64), *shown), a)
    return _out(wrap_np(_np.asarray(res, _np.int64), a.ctx._op_ctx), out)      # (out's shape checked before its type)


def _arg_kernel_refusal(a, axis):
    """The check argmax/argmin's kernel fails for ``a`` along ``axis`` (an empty search, a bool array), or None."""
    if axis is not None and -a.ndim <= axis < a.ndim and a.shape[axis] == 0:
        return (f"Check failed: inputs[0].shape_[axis] != 0 (0 vs. 0) : searching input tensor of shape "
                f"[{','.join(map(str, a.shape))}] along axis = {axis % a.ndim} of zero dim-size is not allowed")
    if axis is None and a.size == 0:
        return "Check failed: inputs[0].shape_.Size() != 0U (0 vs. 0) : attempt to search an empty sequence"
    return "Unknown type enum 7" if a.dtype == _np.bool_ and a.size else None


def argmax(a, axis=None, out=None):
    """Indices (int64) of the maxima along ``axis``."""
    return _arg(_np.argmax, a, axis, out)


def argmin(a, axis=None, out=None):
    """Indices (int64) of the minima along ``axis``."""
    return _arg(_np.argmin, a, axis, out)


def all(a, axis=_Null, keepdims=_Null, out=None, name=None, **kwargs):  # noqa: A001,ARG001
    """Whether every element along ``axis`` is true (a bool array)."""
    given = _given(axis, _Null, keepdims)
    axis, _, keepdims, _ = _defaults(axis, _Null, keepdims, _Null)
    _check(a, "all", given=given)
    _no_more_arguments("_np_all", kwargs)
    _bool_attribute("keepdims", keepdims, "_np_all")
    axis = _zero_dim_axis(a, axis)
    _reduce_axis(a, axis)
    if out is None and is_recording():        # recorded with MXNet's zero gradient
        from .shaping import zero_gradient
        return _with_copy_error(zero_gradient(
            shown_as(lambda d: _np.asarray(_np.all(d, axis=_axis(axis), keepdims=keepdims)), "_np_all", given), a))
    return _with_copy_error(_out(wrap_np(_np.asarray(_np.all(a._data, axis=_axis(axis), keepdims=keepdims)),
                                        a.ctx._op_ctx), out))


def any(a, axis=_Null, keepdims=_Null, out=None, name=None, **kwargs):  # noqa: A001,ARG001
    """Whether any element along ``axis`` is true (a bool array)."""
    given = _given(axis, _Null, keepdims)
    axis, _, keepdims, _ = _defaults(axis, _Null, keepdims, _Null)
    _check(a, "any", given=given)
    _no_more_arguments("_np_any", kwargs)
    _bool_attribute("keepdims", keepdims, "_np_any")
    axis = _zero_dim_axis(a, axis)
    _reduce_axis(a, axis)
    if out is None and is_recording():        # recorded with MXNet's zero gradient
        from .shaping import zero_gradient
        return _with_copy_error(zero_gradient(
            shown_as(lambda d: _np.asarray(_np.any(d, axis=_axis(axis), keepdims=keepdims)), "_np_any", given), a))
    return _with_copy_error(_out(wrap_np(_np.asarray(_np.any(a._data, axis=_axis(axis), keepdims=keepdims)),
                                        a.ctx._op_ctx), out))


def count_nonzero(a, axis=None):
    """The number of non-zero elements (a Python int for the whole array, as MXNet's)."""
    _check(a, "count_nonzero")
    res = _np.count_nonzero(a._data, axis=_axis(axis))
    return res if axis is None else wrap_np(_np.asarray(res, _np.int64), a.ctx._op_ctx)


def nonzero(a):
    """A tuple of int64 index arrays, one per axis, of the non-zero elements."""
    _check(a, "nonzero", shape_known=isinstance(a, NDArray) and a.ndim > 0)
    if not a.ndim and not a._data and not _is_np_shape():
        # MXNet's operator takes a 0-d array as one element: no index leaves the (count, 1) positions of unknown
        # size, which its transpose into one array per axis fails to infer
        raise inference_failure("_np_transpose", [(0, 1)], [(1, 0)], [("axes", None)])
    if a.ndim > KERNEL_MAX_DIMS:
        raise MXNetError(f"Check failed: in.shape().ndim() <= 5 ({a.ndim} vs. 5) : ndim of input cannot larger than 5")
    if is_recording():        # recorded with MXNet's zero gradient
        from .shaping import zero_gradient
        return tuple(zero_gradient(lambda d, k=k: _np.nonzero(_np.atleast_1d(d))[k].astype(_np.int64), a)
                     for k in range(builtins.max(a.ndim, 1)))
    # (a 0-d array reads as one element, without the deprecation warning NumPy gives for it)
    return tuple(wrap_np(i.astype(_np.int64), a.ctx._op_ctx) for i in _np.nonzero(_np.atleast_1d(a._data)))


def _out_keepdims_method(func, name):
    """An ndarray method in MXNet's order ``(axis, out, keepdims)``, which the functions take as
    ``(axis, keepdims, out)``."""
    def method(self, axis=None, out=None, keepdims=False):
        _check(self, name, given={"axis": axis, "keepdims": keepdims})
        return show_as_method(func(self, axis=axis, keepdims=keepdims, out=out), {"axis": axis, "keepdims": keepdims})
    method.__name__ = name
    method.__doc__ = func.__doc__
    return method


def _dtype_method(func, name):
    """An ndarray method with MXNet's parameters ``(axis, dtype, out, keepdims)`` only (no ``initial``)."""
    def method(self, axis=None, dtype=None, out=None, keepdims=False):
        _check(self, name, given=_method_given(axis, dtype, keepdims))
        return show_as_method(func(self, axis=axis, dtype=dtype, keepdims=keepdims, out=out),
                              _method_given(axis, dtype, keepdims))
    method.__name__, method.__qualname__ = name, f"ndarray.{name}"
    method.__doc__ = func.__doc__
    return method


def _cumsum(self, axis=None, dtype=None, out=None):
    """Cumulative sum along ``axis`` (the method takes no operator keywords beyond these, unlike np.cumsum)."""
    given = {"axis": axis} if dtype is None else {"axis": axis, "dtype": _np.dtype(dtype).name}
    return show_as_method(cumsum(self, axis, dtype, out), given)


for _f in (mean, var, std, argmax, argmin, nonzero):
    setattr(ndarray, _f.__name__, as_method(_f))
ndarray.cumsum = as_method(_cumsum, "cumsum")
ndarray.sum, ndarray.prod = _dtype_method(sum, "sum"), _dtype_method(prod, "prod")
ndarray.max, ndarray.min = _out_keepdims_method(amax, "max"), _out_keepdims_method(amin, "min")
ndarray.all, ndarray.any = _out_keepdims_method(all, "all"), _out_keepdims_method(any, "any")
