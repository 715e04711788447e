"""``mx.np`` selection and sorting: where, take, sort, argsort, unique, searchsorted."""
import functools

import numpy as _np

from ..autograd import is_recording
from ..base import MXNetError
from ..ndarray.ndarray import NDArray
from ..ndarray.registry import defop, unbroadcast
from .multiarray import INTERNAL, invoke_np, ndarray, refuse_legacy_arrays, refuse_legacy_scalars, wrap_np
from .shaping import _rearrange


@defop("_npi_where")
def where_op(condition, x, y):
    """``x`` where ``condition`` holds, else ``y`` (broadcast together)."""
    return _np.where(condition, x, y)


@where_op.grad
def _(dy, out, c, x, y):
    mask = _np.asarray(c).astype(bool)
    return None, unbroadcast(_np.where(mask, dy, 0), x), unbroadcast(_np.where(mask, 0, dy), y)


def _scalar_branch_where(name, scalar_is_x):
    """MXNet's where with one scalar branch; its backward masks the array branch's gradient with the condition
    the other way round (dy where ``condition`` is false for where(c, array, scalar)), as MXNet 1.9.1 does."""
    def forward(condition, data, *, scalar=0.0):
        s = _np.asarray(scalar, data.dtype)
        return _np.where(condition, s, data) if scalar_is_x else _np.where(condition, data, s)

    def backward(dy, out, c, data, scalar=0.0):
        mask = _np.asarray(c).astype(bool)
        return None, unbroadcast(_np.where(mask, dy, 0) if scalar_is_x else _np.where(mask, 0, dy), data)
    forward.__name__ = name
    forward.__doc__ = f"``{'scalar' if scalar_is_x else 'data'}`` where ``condition`` holds, else " \
                      f"``{'data' if scalar_is_x else 'scalar'}``."
    op = defop(name)(forward)
    op.grad(backward)
    return op


where_lscalar_op = _scalar_branch_where("_npi_where_lscalar", True)
where_rscalar_op = _scalar_branch_where("_npi_where_rscalar", False)


def where(condition, x=None, y=None):
    """Elements of ``x`` where ``condition`` holds, else of ``y``; with one argument, ``nonzero(condition)``."""
    if x is None and y is None:
        from .reductions import nonzero
        return nonzero(condition)
    like = next(a for a in (x, y, condition) if isinstance(a, NDArray))
    dt = like.dtype if like is x or like is y else _np.dtype(_np.float32)
    if isinstance(x, NDArray) and isinstance(y, NDArray) and x.dtype != y.dtype:
        raise MXNetError(f"Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node  at 1-th input: "
                         f"expected {x.dtype}, got {y.dtype}")
    refuse_legacy_scalars("where", (condition,))
    data, scalar = (x, y) if isinstance(x, NDArray) else (y, x)
    if isinstance(condition, NDArray) and isinstance(data, NDArray) and isinstance(scalar, (int, float, _np.generic)):
        op = where_rscalar_op if data is x else where_lscalar_op
        return invoke_np(op, (condition, data.astype(dt, copy=False)), {"scalar": float(scalar)})
    x, y = [a.astype(dt, copy=False) if isinstance(a, NDArray) else wrap_np(_np.asarray(a, dt), like.ctx)
            for a in (x, y)]
    with INTERNAL:          # Python scalars became 0-d arrays here
        return invoke_np(where_op, (condition, x, y))


def take(a, indices, axis=None, mode="raise", out=None):
    """Elements of ``a`` at ``indices`` (along ``axis``, or of the flattened array); differentiable."""
    refuse_legacy_arrays("_npi_take", (a, indices))
    if not isinstance(indices, NDArray):
        raise AssertionError(f"Argument indices must have NDArray type, but got {indices}")
    if axis is not None and not -a.ndim <= axis < a.ndim:
        raise MXNetError("Check failed: param.axis >= -1 * arrshape.ndim() && param.axis < arrshape.ndim(): Axis "
                         "should be in the range of [-r, r-1] where r is the rank of input tensor")
    idx = indices._data.astype(_np.int64)
    n = a.size if axis is None else a.shape[axis]
    if mode == "raise" and n is not None and idx.size and (idx.min() < 0 or idx.max() >= n):
        raise MXNetError("Check failed: is_valid: take operator contains indices out of bound (mode 'raise' takes "
                         f"indices in [0, {n}) only; use mode='clip' or 'wrap' for others)")
    res = _rearrange(functools.partial(_np.take, indices=idx, axis=axis, mode=mode), a)
    if out is not None:
        out._data[...] = res._data
        return out
    return res


def _cpu_order(d, axis):
    """Positions sorting ``d`` along ``axis`` as MXNet's CPU kernel orders them: ``std::sort`` of the positions
    by value, so ties in long rows and NaNs land where its introsort leaves them."""
    from ..ndarray.ops_sort import _order, _rows, _unrows
    if d.ndim == 0 and axis is not None:
        raise MXNetError(f"Check failed: *axis >= 0 && *axis < static_cast<int>(src_shape.ndim()): Invalid axis "
                         f"{axis} for a 0-d array: pass axis=None to sort its one element")
    if d.size == 0:
        return _np.argsort(d, axis=axis, kind="stable")
    rows, ax = _rows(d, axis, "argsort")
    return _unrows(_order(rows, rows.shape[1], True), d, ax)


def argsort(a, axis=-1, kind=None, order=None):
    """Indices (int64) that sort ``a`` along ``axis``."""
    if is_recording():        # recorded with MXNet's zero gradient
        from .shaping import zero_gradient
        return zero_gradient(lambda d: _cpu_order(d, axis).astype(_np.int64), a)
    return wrap_np(_cpu_order(a._data, axis).astype(_np.int64), a.ctx)


def sort(a, axis=-1, kind=None, order=None):
    """``a`` sorted along ``axis``; the gradient goes back to the elements' places."""
    if axis is not None and not isinstance(axis, (int, _np.integer)):
        raise MXNetError(f"Invalid Parameter format for axis expect int or None but value='{axis}', in operator "
                         "sort")
    if axis is None:
        from .shaping import ravel
        a, axis = ravel(a), -1
    idx = _cpu_order(a._data, axis)
    return _rearrange(functools.partial(_np.take_along_axis, indices=idx, axis=axis), a)


def unique(ar, return_index=False, return_inverse=False, return_counts=False, axis=None):
    """The sorted unique elements of ``ar`` (with int64 indices/inverse/counts when asked)."""
    refuse_legacy_arrays("_npi_unique", (ar,))
    flags = return_index or return_inverse or return_counts
    res = _unique_values(ar._data) if axis is None and not flags else \
        _np.unique(ar._data, return_index, return_inverse, return_counts, axis)
    if is_recording():        # the values are recorded with MXNet's zero gradient
        from .shaping import zero_gradient
        values = zero_gradient(lambda d: _unique_values(d) if axis is None and not flags else
                               _np.unique(d, axis=axis), ar)
        res = (values,) + res[1:] if isinstance(res, tuple) else values
    if not isinstance(res, tuple):
        return res if isinstance(res, NDArray) else wrap_np(res, ar.ctx)
    values = res[0] if isinstance(res[0], NDArray) else wrap_np(res[0], ar.ctx)
    return tuple([values] + [wrap_np(r.astype(_np.int64), ar.ctx) for r in res[1:]])


def _unique_values(data):
    """The sorted unique elements of ``data`` (flattened) as MXNet's kernel gives them when it holds NaN: just
    NaN if the first element is NaN, else the values without their NaNs."""
    flat = _np.ravel(data)
    if flat.dtype.kind != "f" or not _np.isnan(flat).any():
        return _np.unique(flat)
    return flat[:1].copy() if _np.isnan(flat[0]) else _np.unique(flat[~_np.isnan(flat)])


def searchsorted(a, v, side="left", sorter=None):
    """Indices (int64) at which ``v`` would be inserted into sorted ``a``."""
    vals = v._data if isinstance(v, NDArray) else v
    res = _np.searchsorted(a._data, vals, side=side, sorter=None if sorter is None else _np.asarray(sorter))
    if not isinstance(v, NDArray):
        return _np.int64(res) if _np.ndim(res) == 0 else wrap_np(_np.asarray(res, _np.int64), a.ctx)
    return wrap_np(_np.asarray(res, _np.int64), a.ctx)


ndarray.take = lambda self, indices, axis=None, mode="raise", out=None: take(self, indices, axis, mode, out)
ndarray.argsort = lambda self, axis=-1, kind=None, order=None: argsort(self, axis, kind, order)
def _sort_method(self, axis=-1, kind=None, order=None):
    """MXNet 1.9.1's ndarray.sort sorts (so a bad axis raises that error) and then raises the sorted array, a
    non-exception that Python reports as this TypeError."""
    from .. import numpy as mx_np
    mx_np.sort(self, axis=axis, kind=kind, order=order)
    raise TypeError("exceptions must derive from BaseException")


ndarray.sort = _sort_method
