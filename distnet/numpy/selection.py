"""``mx.np`` selection and sorting: where, take, sort, argsort, unique, searchsorted."""
import functools
import inspect

import numpy as _np

from ..autograd import is_recording
from ..base import MXNetError
from ..ndarray.failures import backward_kernel_error, waited_copy_taker as _waited_copy_taker
from ..ndarray.failures import with_copy_error as _with_copy_error
from ..ndarray.shape_text import inference_failure, legacy_broadcast_shape as _legacy_broadcast_shape
from ..ndarray.ndarray import NDArray
from ..ndarray.registry import defop, unbroadcast
from ..util import is_np_shape
from .cpp_sort import cpp_stable_sort
from .multiarray import INTERNAL, KERNEL_MAX_DIMS, fails_when_read, invoke_np, ndarray, refuse_legacy_arrays
from .multiarray import not_an_array, refuse_unknown_shapes, refuse_unknown_sizes, type_inconsistent, type_text, wrap_np
from .shaping import _check_out, _rearrange, written_into
from .umath import check_same_dtype


@defop("_npi_where")
def where_op(condition, x, y):
    """``x`` where ``condition`` holds, else ``y`` (broadcast together)."""
    if x.dtype != y.dtype:          # (a graph's check: mx.np.where's front end made it before calling)
        check_same_dtype("where", "biuf", x.dtype, y.dtype)
    return _np.where(condition, x, y)


_FLOAT_BACKWARD_ONLY = "Check failed: common: :is_float(inputs[0].type_flag_): Backward only supports float types!"


def _check_float_backward(dy):
    """MXNet's where backward kernels have floating point cases only: integer branches have no gradient."""
    if _np.dtype(dy.dtype).kind != "f":
        backward_kernel_error(_FLOAT_BACKWARD_ONLY)


@where_op.grad
def _(dy, out, c, x, y):
    _check_float_backward(dy)
    mask, zero = _np.asarray(c).astype(bool), _np.zeros((), dy.dtype)    # (dy's dtype, 0-d ones too)
    return None, unbroadcast(_np.where(mask, dy, zero), x), unbroadcast(_np.where(mask, zero, dy), y)


def _scalar_branch_where(name, scalar_is_x):
    """MXNet's where with one scalar branch; its backward masks the array branch's gradient with the condition
    the other way round (dy where ``condition`` is false for where(c, array, scalar)), as MXNet 1.9.1 does."""
    def forward(condition, data, *, scalar=0.0):
        s = _np.asarray(scalar, data.dtype)
        return _np.where(condition, s, data) if scalar_is_x else _np.where(condition, data, s)

    def backward(dy, out, c, data, scalar=0.0):
        _check_float_backward(dy)
        mask, zero = _np.asarray(c).astype(bool), _np.zeros((), dy.dtype)
        return None, unbroadcast(_np.where(mask, dy, zero) if scalar_is_x else _np.where(mask, zero, dy), data)
    forward.__name__ = name
    forward.__doc__ = f"``{'scalar' if scalar_is_x else 'data'}`` where ``condition`` holds, else " \
                      f"``{'data' if scalar_is_x else 'scalar'}``."
    op = defop(name)(forward)
    op.grad(backward)
    return op


where_lscalar_op = _scalar_branch_where("_npi_where_lscalar", True)
where_rscalar_op = _scalar_branch_where("_npi_where_rscalar", False)


_SCALARS = (int, float, bool, _np.generic)


def where_operator(x, y):
    """The operator MXNet's where picks for its branches ``x`` and ``y``: which of them are arrays."""
    return "_npi_where" + {(True, True): "", (True, False): "_rscalar", (False, True): "_lscalar",
                           (False, False): "_scalar2"}[isinstance(x, NDArray), isinstance(y, NDArray)]


def check_branches(x, y):
    """MXNet's TypeErrors for where's branches: an array with a non-number, or two non-arrays not both numbers."""
    arrays = [isinstance(b, NDArray) for b in (x, y)]
    if not any(arrays) and not all(isinstance(b, _SCALARS) for b in (x, y)):
        raise TypeError(f"type {type_text(x)} and {type_text(y)} not supported")
    for b, is_array in zip((x, y), arrays):
        if any(arrays) and isinstance(b, _np.ndarray) and b.size != 1:    # (NumPy 1.23's words, as MXNet's)
            raise TypeError("only size-1 arrays can be converted to Python scalars")
        if any(arrays) and not is_array and not isinstance(b, _SCALARS + (_np.ndarray, str)):
            raise TypeError(f"float() argument must be a string or a real number, not '{type(b).__name__}'")


def where(condition, x=None, y=None):
    """Elements of ``x`` where ``condition`` holds, else of ``y``; with one argument, ``nonzero(condition)``."""
    if x is None and y is None:
        from .reductions import nonzero
        return nonzero(condition)
    if isinstance(condition, _SCALARS):         # MXNet picks a branch in Python
        return x if condition else y
    check_branches(x, y)
    # MXNet takes the number of a one-element NumPy array or of a text as Python's float() reads it
    x, y = (b.reshape(-1)[0] if isinstance(b, _np.ndarray) else float(b) if isinstance(b, str) else b for b in (x, y))
    like = next(a for a in (x, y, condition) if isinstance(a, NDArray))
    dt = like.dtype if like is x or like is y else _np.dtype(_np.float32)
    refuse_legacy_arrays(where_operator(x, y), (condition,))
    _refuse_unknown_where(condition, x, y)
    _check_where_shapes(condition, x, y)        # (shapes are inferred before types)
    if isinstance(x, NDArray) and isinstance(y, NDArray):
        check_same_dtype("where", "biuf", x.dtype, y.dtype)
    data, scalar = (x, y) if isinstance(x, NDArray) else (y, x)
    if isinstance(condition, NDArray) and isinstance(data, NDArray) and isinstance(scalar, (int, float, _np.generic)):
        op = where_rscalar_op if data is x else where_lscalar_op
        res = invoke_np(op, (condition, data.astype(dt, copy=False)), {"scalar": float(scalar)})
        return _broadcast_kernel_dims(res, 278)
    by_kernel = isinstance(x, NDArray) or isinstance(y, NDArray)    # (two numbers: MXNet's scalar operator)
    x, y = [a.astype(dt, copy=False) if isinstance(a, NDArray) else wrap_np(_np.asarray(a, dt), like.ctx)
            for a in (x, y)]
    with INTERNAL:          # Python scalars became 0-d arrays here
        res = invoke_np(where_op, (condition, x, y))
    return _broadcast_kernel_dims(res, 130) if by_kernel else res


def _refuse_unknown_where(condition, x, y):
    """Without NumPy shape semantics a condition of unknown shape fails the shape inference of the operator the
    branches pick (numbers as its attributes), listing the broadcast shape it inferred from shapes of known rank."""
    if not isinstance(condition, NDArray) or condition.ndim and condition.size:
        return
    arrays = [a for a in (condition, x, y) if isinstance(a, NDArray)]

    def operator():
        if len(arrays) == 3:
            return "_npi_where", []
        if len(arrays) == 2:
            return f"_npi_where_{'r' if arrays[1] is x else 'l'}scalar", [("scalar", float(y if arrays[1] is x else x))]
        return "_npi_where_scalar2", [("y", float(y)), ("x", float(x))]
    shapes = [a.shape for a in arrays]
    if len(arrays) == 3 and all(shapes) and not is_np_shape():   # (its check reads an unknown size as a size)
        _check_where_shapes(condition, x, y)
    inferred = functools.reduce(_legacy_broadcast_shape, shapes) if all(shapes) else 1
    refuse_unknown_shapes(operator, arrays, outputs=inferred)


def _check_where_shapes(condition, x, y):
    """MXNet's shape checks of where's operands (arrays among them), in the words of the operator it picks."""
    shapes = [a.shape for a in (condition, x, y) if isinstance(a, NDArray)]
    try:
        _np.broadcast_shapes(*shapes)
    except ValueError:
        if len(shapes) == 3:
            raise MXNetError("Check failed: (s1 == 1 && s2 == 1) || (s1 == 1 && s3 == 1) || (s2 == 1 && s3 == 1) || "
                             "(s1 == 1 && s2 == s3) || (s2 == 1 && s1 == s3) || (s3 == 1 && s1 == s2): Operands could "
                             "not be broadcast together.") from None
        raise MXNetError(f"Check failed: l == 1 || r == 1: operands could not be broadcast together with shapes "
                         f"[{','.join(map(str, shapes[0]))}] [{','.join(map(str, shapes[1]))}]") from None


def _broadcast_kernel_dims(res, line):
    """``res`` of MXNet's where kernel (its check at ``line``: the three arrays' kernel's, or that of an array and
    a number), which broadcasts up to KERNEL_MAX_DIMS dimensions (failing when read)."""
    if res.ndim <= KERNEL_MAX_DIMS:
        return res
    return fails_when_read(res, f"Check failed: outputs[0].shape_.ndim() <= broadcast: :MAX_DIM ({res.ndim} vs. 5) : ",
                           site=("../src/operator/numpy/np_where_op-inl.h", line))


def _take_front_end(a, indices, axis=None, mode="raise", out=None):  # noqa: ARG001
    """MXNet's checks of take's arguments before it hands ``out=`` to its operator: the mode, the arrays' types,
    and (without an axis) the flattening of ``a`` by a reshape operator of its own."""
    if mode not in ("raise", "wrap", "clip"):
        raise NotImplementedError(f"function take does not support mode '{mode}'")
    if a is not None and not isinstance(a, NDArray):
        raise not_an_array("a", a)
    if axis is None:
        if a is None:
            raise not_an_array("a", a, "_npx_reshape")
        refuse_legacy_arrays("_npi_reshape", (a,))
    if indices is not None and not isinstance(indices, NDArray):
        raise not_an_array("indices", indices)
    return True


def take(a, indices, axis=None, mode="raise", out=None):
    """Elements of ``a`` at ``indices`` (along ``axis``, or of the flattened array); differentiable."""
    _take_front_end(a, indices, axis, mode)
    if a is None or indices is None:
        raise not_an_array("a" if a is None else "indices", None, "take", 1, 2)
    refuse_legacy_arrays("_npi_take", (a, indices))
    if not is_np_shape() and not INTERNAL.depth:
        _refuse_unknown_ranks(a, indices, axis, mode)
    if axis is not None and not -a.ndim <= axis < a.ndim:
        raise MXNetError("Check failed: param.axis >= -1 * arrshape.ndim() && param.axis < arrshape.ndim(): Axis "
                         "should be in the range of [-r, r-1] where r is the rank of input tensor")
    with _np.errstate(invalid="ignore"):
        idx = indices._data.astype(_np.int64)
    n = a.size if axis is None else a.shape[axis]
    raw = indices._data     # MXNet's check reads the indices as given: -0.5 and 3.5 (of 4) are out, NaN is not
    bad = mode == "raise" and n is not None and idx.size and bool((raw < 0).any() or (raw > n - 1).any())
    if bad:     # MXNet's kernel finds them (an empty axis has no valid index): the result fails when read
        shape = idx.shape if axis is None else a.shape[:axis % a.ndim] + idx.shape + a.shape[axis % a.ndim + 1:]
        if out is not None:
            _check_take_out(out, shape, a.dtype)
        res = out if out is not None else _rearrange(lambda d: _np.zeros(shape, d.dtype), a)
        return fails_when_read(res, "Check failed: is_valid: take operator contains indices out of bound")
    if mode in ("raise", "wrap") and n:
        # (raise: checked, only a NaN's position is out, which MXNet's kernel wraps; wrap: numpy's own wrapping
        # steps by n, endless for an index far out)
        idx = _np.mod(idx, n)
    res = _rearrange(functools.partial(_np.take, indices=idx, axis=axis, mode=mode), a,
                     index_fn=_take_backward_positions(raw, idx, n, axis, mode) if is_recording() else None)
    if axis is None and res._node is not None and not res._node[0].is_leaf:
        from ..autograd import reserve_sequence
        reserve_sequence(1)         # MXNet records its flattening reshape first: the take takes the next number
        res._node[0].seq += 1
    if out is not None:
        _check_take_out(out, res.shape, res.dtype)
        _check_out(out, res)
        return written_into(out, res)
    return res


def _refuse_unknown_ranks(a, indices, axis, mode):
    """Without NumPy shape semantics a 0-d array's rank is unknown: MXNet's flattening reshape of a 0-d ``a``
    (``axis`` None), else its take's shape inference given 0-d indices, fails; an axis out of a 0-d ``a``'s
    range is refused first."""
    if axis is None and not a.ndim:
        raise inference_failure("_npx_reshape", [None], [None], [("newshape", -1)])
    if not indices.ndim and (axis is None or -a.ndim <= axis < a.ndim):
        raise inference_failure("take", [(a.size,) if axis is None else a.shape, None], [None],
                                [("mode", mode), ("axis", 0 if axis is None else axis)])


def _check_take_out(out, shape, dtype):
    """take's checks of an ``out=`` array: its type inference runs first, its shape inference ignores out=."""
    if out.dtype != dtype:
        raise type_inconsistent(out.dtype, dtype)
    if tuple(out.shape) != tuple(shape):
        raise MXNetError(f"Check failed: outputs[i]->shape() == out_shapes[i] ({_dims(out.shape)} vs. "
                         f"{_dims(shape)}) : 0-th output has invalid shape. Expecting {_dims(shape)} got "
                         f"{_dims(out.shape)} in operator take")


def _take_backward_positions(raw, idx, n, axis, mode):
    """Where take's backward sends the gradient, when not where the forward took from (None): it reads the
    indices as 32-bit ones (beyond 32 bits wrapped, or INT_MIN for a float) and wraps them under mode='raise'."""
    from ..ndarray.ops_select import _index32, _positions
    if not n or raw.dtype == _np.bool_:
        return None
    pos = _positions("take", _index32(raw), n, "wrap" if mode == "raise" else mode)
    return None if _np.array_equal(pos, idx) else functools.partial(_np.take, indices=pos, axis=axis)


take.front_end = _take_front_end


def _dims(shape):
    return f"[{','.join(map(str, shape))}]"


def _cpu_order(d, axis):
    """Positions sorting ``d`` along ``axis`` as MXNet's CPU kernel orders them: ``std::sort`` of the positions
    by value, so ties in long rows and NaNs land where its introsort leaves them."""
    from ..ndarray.ops_sort import _order, _rows, _unrows
    if axis is not None and not -d.ndim <= axis < d.ndim:     # (a 0-d array has no axis: pass None)
        raise MXNetError("Check failed: *axis >= 0 && *axis < static_cast<int>(src_shape.ndim()): Invalid axis! "
                         f"axis should be between 0 and {d.ndim}, found axis={axis + d.ndim if axis < 0 else axis}")
    if d.size == 0:
        return _np.argsort(d, axis=axis, kind="stable")
    rows, ax = _rows(d, axis, "argsort")
    return _unrows(_order(rows, rows.shape[1], True), d, ax)


def _no_order(order):
    if order is not None:
        raise NotImplementedError("order not supported here")


def order_refused_first(fn):
    """``fn`` (sort, argsort or their methods) refusing an ``order`` before any other check of its arguments, once
    Python has bound the call, as MXNet's front end does."""
    signature = inspect.signature(fn)

    @functools.wraps(fn)
    def run(*args, **kwargs):
        try:
            order = signature.bind(*args, **kwargs).arguments.get("order")
        except TypeError:       # (Python's refusal, in fn's words)
            order = None
        _no_order(order)
        return fn(*args, **kwargs)
    return run


def _unknown_shape_check(a, axis):
    """Without NumPy shape semantics a 0-d array has an unknown rank (-1), which no axis is within, and an empty
    one unknown sizes, which MXNet's sort reads."""
    if not isinstance(a, NDArray) or (a.ndim and a.size) or is_np_shape():
        return
    if a.ndim == 0 and axis is not None:
        raise MXNetError("Check failed: *axis >= 0 && *axis < static_cast<int>(src_shape.ndim()): Invalid axis! "
                         f"axis should be between 0 and -1, found axis={axis - 1 if axis < 0 else axis}")
    if axis is None or -a.ndim <= axis < a.ndim:
        refuse_unknown_sizes((a,))


def argsort(a, axis=-1, kind=None, order=None):
    """Indices (int64) that sort ``a`` along ``axis``."""
    _no_order(order)
    _unknown_shape_check(a, axis)
    if is_recording():        # recorded with MXNet's zero gradient
        from .shaping import zero_gradient
        return _with_copy_error(zero_gradient(lambda d: _cpu_order(d, axis).astype(_np.int64), a))
    return _with_copy_error(wrap_np(_cpu_order(a._data, axis).astype(_np.int64), a.ctx._op_ctx))


def sort(a, axis=-1, kind=None, order=None):
    """``a`` sorted along ``axis``; the gradient goes back to the elements' places."""
    _no_order(order)
    if axis is not None and not isinstance(axis, (int, _np.integer)):
        raise MXNetError(f"Invalid Parameter format for axis expect int or None but value='{axis!s}', in operator "
                         "sort")
    _unknown_shape_check(a, axis)
    if axis is None:
        from .shaping import ravel
        a, axis = ravel(a), -1
    idx = _cpu_order(a._data, axis)
    return _rearrange(functools.partial(_np.take_along_axis, indices=idx, axis=axis), a)


@_waited_copy_taker
def unique(ar, return_index=False, return_inverse=False, return_counts=False, axis=None):
    """The sorted unique elements of ``ar`` (with int64 indices/inverse/counts when asked)."""
    refuse_legacy_arrays("_npi_unique", (ar,))
    flags = (return_index, return_inverse, return_counts)
    for name, flag in zip(("return_index", "return_inverse", "return_counts"), flags):
        if not isinstance(flag, (bool, _np.bool_, int)):        # MXNet parses each as a boolean attribute
            raise MXNetError(f"Invalid Parameter format for {name} expect boolean but value='{flag!s}', in operator "
                             "_npi_unique")
    if axis is None and not any(flags):
        find = _unique_values
    else:
        axis = _unique_axis(ar, axis)
        find = functools.partial(_unique_rows, axis=axis)
    res = find(ar._data)
    if is_recording():        # the values are recorded with MXNet's zero gradient
        from .shaping import zero_gradient
        values = zero_gradient(lambda d: find(d)[0] if isinstance(res, tuple) else find(d), ar)
    else:
        values = wrap_np(res[0] if isinstance(res, tuple) else res, ar.ctx._op_ctx)
    if not any(flags):
        return values
    if is_recording():        # the indices and counts too: outputs of the same recorded op
        return tuple([values] + [zero_gradient(lambda d, r=r: r, ar) for r, asked in zip(res[1:], flags) if asked])
    return tuple([values] + [wrap_np(r, ar.ctx._op_ctx) for r, asked in zip(res[1:], flags) if asked])


def _unique_axis(ar, axis):
    if axis is not None and ar.ndim == 0 and axis not in (0, -1):    # a 0-d array is taken as one element
        raise MXNetError("Check failed: !param.axis.has_value() || param.axis.value() == -1 || param.axis.value() == "
                         "0: Axis can only be -1 or 0 for scalor tensor")
    if axis is not None and ar.size == 0 and ar.ndim and not 0 <= (axis + ar.ndim if axis < 0 else axis) < ar.ndim:
        raise MXNetError("Check failed: axis >= 0 && axis < inputs[0].shape().ndim(): Axis must be within the range "
                         "of input tensor's dimension")      # (the words of its path for an empty input)
    if axis is not None and ar.ndim and not -ar.ndim <= axis < ar.ndim:
        raise MXNetError("Check failed: param.axis.value() >= -1 * inputs[0].shape().ndim() && param.axis.value() < "
                         "inputs[0].shape().ndim(): Axis should be in the range of [-r, r-1] where r is the rank of "
                         "input tensor")
    return axis


def _unique_rows(data, axis):
    """MXNet's unique with indices, inverse, counts or an axis: the rows along ``axis`` (the elements when None)
    in ``std::stable_sort``'s order, a new value wherever a row's bits differ from the one before (so 0.0 and
    -0.0, or NaNs of one bit pattern, are told apart or not by their bits). An empty array gives 1-d results."""
    if not data.size:
        empty = _np.zeros(0, _np.int64)
        return _np.zeros(0, data.dtype), empty, empty, empty
    moved = data.reshape(-1) if axis is None or not data.ndim else _np.moveaxis(data, axis, 0)
    rows = moved.reshape(len(moved), -1)
    order = _stable_row_order(rows)
    bits = _np.ascontiguousarray(rows[order]).view(_np.uint8).reshape(len(order), -1)
    starts = _np.concatenate([[True], (bits[1:] != bits[:-1]).any(axis=1)])
    firsts = _np.flatnonzero(starts)
    inverse = _np.empty(len(order), _np.int64)
    inverse[order] = _np.cumsum(starts) - 1
    values = moved[order[firsts]]
    values = values if axis is None or not data.ndim else _np.moveaxis(values, 0, axis)
    counts = _np.diff(_np.append(firsts, len(order)))
    return values, order[firsts].astype(_np.int64), inverse, counts.astype(_np.int64)


def _stable_row_order(rows):
    """The order ``std::stable_sort`` puts ``rows`` in, compared lexicographically with ``<``."""
    if rows.dtype.kind != "f" or not _np.isnan(rows).any():
        return _np.lexsort(rows.T[::-1])

    def less(i, j):
        for a, b in zip(rows[i], rows[j]):
            if a < b:
                return True
            if b < a:
                return False
        return False
    return _np.array(cpp_stable_sort(range(len(rows)), less), dtype=_np.int64)


def _unique_values(data):
    """The sorted unique elements of ``data`` (flattened) as MXNet's kernel gives them: of equal values the first
    (0.0 or -0.0); when it holds NaN, just NaN if the first element is NaN, else the values without their NaNs."""
    flat = _np.ravel(data)
    if flat.dtype.kind != "f" or not flat.size:
        return _np.unique(flat)
    if _np.isnan(flat).any():
        if _np.isnan(flat[0]):
            return flat[:1].copy()
        flat = flat[~_np.isnan(flat)]
    ordered = flat[_np.argsort(flat, kind="stable")]
    return ordered[_np.concatenate([[True], ordered[1:] != ordered[:-1]])]


def searchsorted(a, v, side="left", sorter=None):
    """Indices (int64) at which ``v`` would be inserted into sorted ``a``."""
    vals = v._data if isinstance(v, NDArray) else v
    res = _np.searchsorted(a._data, vals, side=side, sorter=None if sorter is None else _np.asarray(sorter))
    if not isinstance(v, NDArray):
        return _np.int64(res) if _np.ndim(res) == 0 else wrap_np(_np.asarray(res, _np.int64), a.ctx._op_ctx)
    return wrap_np(_np.asarray(res, _np.int64), a.ctx._op_ctx)


ndarray.take = lambda self, indices, axis=None, mode="raise": take(self, indices, axis, mode)     # (no out=)
ndarray.argsort = lambda self, axis=-1, kind=None, order=None: argsort(self, axis, kind, order)
ndarray.take.__doc__ = "``np.take`` of this array: its elements at ``indices`` along ``axis``."
ndarray.argsort.__doc__ = "``np.argsort`` of this array: the indices that sort it along ``axis``."
def _sort_method(self, axis=-1, kind=None, order=None):
    """MXNet 1.9.1's ndarray.sort sorts (so a bad axis raises that error) and then raises the sorted array, a
    non-exception that Python reports as this TypeError."""
    from .. import numpy as mx_np
    mx_np.sort(self, axis=axis, kind=kind, order=order)
    raise TypeError("exceptions must derive from BaseException")


ndarray.sort = _sort_method
