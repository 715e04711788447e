"""Reductions (sum, mean, max, norm, argmax, ...) with MXNet's axis/keepdims/exclude rules."""
import math
from array import array

import numpy as np

from ..base import MXNetError, located
from ..util import is_np_shape
from .failures import KernelError, backward_kernel_error
from .kernel_folds import reduce_folds, refuse_reduce_folds
from .ops_select import KERNEL_AXIS_CHECK, no_bool
from .registry import defop
from .shape_text import axis_exceeds, inferred_dims, provided, zeros_are_unknown
from .storage_report import accumulation_type, note_float16_accumulation


_BOOL_STRINGS = {"True": True, "true": True, "1": True, "False": False, "false": False, "0": False}


def _flag(op, name, value):
    """A boolean attribute; MXNet parses a string strictly (it must spell a boolean)."""
    if type(value) is not str:
        return value
    if value not in _BOOL_STRINGS:
        raise MXNetError(f"{op}: invalid value {value!r} for boolean parameter {name}")
    return _BOOL_STRINGS[value]


def reduced_axes(shape, axis, exclude):
    """The reduced axes of an array of ``shape`` as a tuple (MXNet: None or () means all, even with ``exclude``;
    ``exclude`` inverts a named set). Negative axes count from the end; MXNet checks the sorted axes for
    duplicates, then the largest, then the smallest."""
    exclude = _flag("reduce", "exclude", exclude)
    ndim = -1 if shape is None else len(shape)      # (None: a legacy 0-d input, of unknown rank to MXNet)
    given = () if axis is None else (axis,) if isinstance(axis, (int, np.integer)) else tuple(axis)
    if not given:
        return tuple(range(ndim))
    axes = sorted(int(a) + ndim if a < 0 else int(a) for a in given)
    for before, after in zip(axes, axes[1:]):
        if before == after:
            raise MXNetError(f"Check failed: axes[i-1] < axes[i] ({before} vs. {after}) : Reduction axes have "
                             f"duplicates {provided(axes)}")
    if axes[-1] >= ndim:
        raise MXNetError(f"Check failed: axes[axes.ndim()-1] < ishape.ndim() ({axes[-1]} vs. {ndim}) : Reduction axis "
                         f"{axes[-1]} Exceeds input dimensions {_dims_text(shape)}")
    if axes[0] < 0:
        raise MXNetError(f"Check failed: axes[0] >= 0 ({axes[0]} vs. 0) : Reduction axis {provided(given)} Exceeds "
                         f"input dimensions {_dims_text(shape)}")
    if exclude:
        return tuple(i for i in range(ndim) if i not in axes)
    return tuple(axes)


def _dims_text(shape):
    """The input's shape as reduced_axes' refusals print it (None: a legacy 0-d input)."""
    return "None" if shape is None else inferred_dims(shape)


def _finish(r, keepdims, full):
    """MXNet returns shape (1,) for a reduction over every axis."""
    r = np.asarray(r)
    return r.reshape(1) if full and not keepdims else r


def _refuse_folds(name, data, axes, result):
    """MXNet's reduce kernel folds the input's shape into blocks of reduced and kept axes: more blocks than it
    is compiled for fail; so does an empty input whose trailing block, reducing a size 0, is dropped (sum over
    axis 1 of a (3, 0) array fails; over axis 1 of (2, 0, 3) it gives zeros). Either fails when read."""
    small = [1 if i in axes else n for i, n in enumerate(data.shape)]
    refuse_reduce_folds(name, data.shape, small, result)
    if data.size or math.prod(small) == 1:
        return
    folded = math.prod(big for big, _ in reduce_folds(data.shape, small))
    if folded != data.size:
        raise KernelError(_size_mismatch(data.size, folded), result)


def _size_mismatch(size, folded):
    """The words of MXNet's reduce kernel reshaping an array of ``size`` elements to folds of ``folded``."""
    return (f"Check failed: this->shape_.Size() == shape.Size() ({size} vs. {folded}) : Shape size mismatch {size} "
            f"v.s. {folded}")


def reduced_shape(name, shape, axis=None, keepdims=False, exclude=False):
    """The shape a reduction of an array of ``shape`` infers."""
    axes = reduced_axes(shape, axis, exclude)
    if _flag(name, "keepdims", keepdims):
        return tuple(1 if i in axes else n for i, n in enumerate(shape))
    return tuple(n for i, n in enumerate(shape) if i not in axes) or (1,)


_OVER_NO_ELEMENTS = {"sum": 0, "nansum": 0, "prod": 1, "nanprod": 1, "mean": 0}


def into_filled_out(name, data, out, axis=None, keepdims=False, exclude=False):
    """MXNet's reduce kernel over ``data`` of unknown (legacy 0) sizes into an output whose sizes shape inference
    took from the out= array (``out``: its buffer): it folds the data against the output's shape (with keepdims,
    else the data's own with the reduced axes kept), checks the data's and the output's sizes against the folds
    (a KernelError, raised when read) and reduces no elements into each output value."""
    axes = reduced_axes(data.shape, axis, exclude)
    small = out.shape if _flag(name, "keepdims", keepdims) else [1 if i in axes else n
                                                                 for i, n in enumerate(data.shape)]
    folds = reduce_folds(data.shape, small)
    for size, folded in ((data.size, math.prod(b for b, _ in folds)), (out.size, math.prod(s for _, s in folds))):
        if size != folded:
            raise KernelError(_size_mismatch(size, folded), out.copy())
    value = _OVER_NO_ELEMENTS[name]
    if name == "mean" and data.dtype.kind == "f":
        with np.errstate(all="ignore"):     # (a mean of no elements: 0 / 0)
            value = np.divide(data.dtype.type(0), data.dtype.type(0))
    return np.full(out.shape, value, data.dtype)


def _first_zero_signs(data, axes, r):
    """A zero max/min takes the sign of the lane's first zero: MXNet's reducer keeps the value it holds
    when the next one is equal (max(-0., 0.) is -0.), where numpy's answer depends on its vector loop."""
    rows, _ = _rows(data, axes)
    first = np.argmax(rows == 0, axis=0)
    negative = np.signbit(rows[first, np.arange(rows.shape[1])]).reshape(r.shape)
    return np.where(r == 0, np.where(negative, -r.dtype.type(0), r.dtype.type(0)), r).astype(r.dtype)


def kept_first(data, axes, r):
    """The max/min ``r`` of float ``data`` over ``axes`` as MXNet's reducer leaves it: zeros and NaNs as the first
    of them in the lane."""
    if (r == 0).any():
        r = _first_zero_signs(data, axes, r)
    if np.isnan(r).any():
        r = _first_nans(data, axes, r)
    return r


def _first_nans(data, axes, r):
    """A NaN max/min is the lane's first NaN, its sign kept: MXNet's reducer holds the first NaN it meets, where
    numpy's vector loops give a NaN of their own."""
    rows, _ = _rows(data, axes)
    first = np.argmax(np.isnan(rows), axis=0)
    nans = rows[first, np.arange(rows.shape[1])].reshape(r.shape)
    return np.where(np.isnan(r), nans, r).astype(r.dtype)


def _expand(g, x, axes):
    """Broadcast a reduced gradient back over ``x``'s shape."""
    shape = [1 if i in axes else s for i, s in enumerate(x.shape)]
    return g.reshape(tuple(shape))


def _reduction(name, fn, aliases=(), methods=None, first_of_ties=False):
    """A reduction op; ``first_of_ties``: MXNet keeps the first of equal values (max/min: the sign of a zero)."""
    whole = getattr(np.ndarray, name, fn)    # the ndarray method skips numpy's function dispatch

    def forward(data, axis=None, keepdims=False, exclude=False):
        # max/min check their input's size before axes (where a 0 size is a size)
        if first_of_ties and not data.size and (is_np_shape() or not zeros_are_unknown()):
            raise MXNetError("Check failed: (*in_attrs)[0].Size() > 0U (0 vs. 0) : Reduction input's size should > 0 "
                             + inferred_dims(data.shape))
        keepdims = _flag(name, "keepdims", keepdims)
        if axis is None and not keepdims and not exclude and data.dtype != np.float16:   # the common case, cheap
            with np.errstate(all="ignore"):     # (MXNet's kernels overflow silently)
                r = whole(data).reshape(1).astype(data.dtype, copy=False)
            if not (first_of_ties and (r[0] == 0 or r[0] != r[0]) and data.dtype.kind == "f"):
                return r
        axes = reduced_axes(data.shape, axis, exclude)
        with np.errstate(all="ignore"):
            r = _finish(fn(data, axis=axes, keepdims=keepdims).astype(data.dtype, copy=False), keepdims,
                        len(axes) == data.ndim)
        _refuse_folds(name, data, axes, r)
        if first_of_ties and data.dtype.kind == "f" and data.size:
            r = kept_first(data, axes, r)
        return r
    forward.__doc__ = f"``{name}`` over ``axis`` (all axes by default; ``exclude`` reduces the others)."
    return defop(name, aliases=aliases, methods=(name,) if methods is None else methods)(forward)


# MXNet's CPU sum walks each output's reduced elements in row-major order, one at a time, keeping a
# Kahan residual in the input's float type; the printed digits depend on that exact order.
_SCALAR_OUTPUTS = 16      # with fewer outputs a scalar loop per output beats a loop of vector ops
_EXACT_SCALAR = 1 << 20   # elements a scalar loop follows exactly (0.16 s a million); beyond: vector loop, float64 once
_EXACT_ROWS = 1 << 13     # reduced length a vector loop follows exactly (~25 ms) beyond _EXACT_SCALAR elements
_TINY_SUM = 64            # whole arrays up to this size: a plain scalar loop


def _rows(data, axes):
    """``data`` as a (reduced, outputs) matrix in MXNet's walking order, and the output shape."""
    kept = [a for a in range(data.ndim) if a not in axes]
    shape = tuple(data.shape[a] for a in kept)
    moved = np.transpose(data, list(axes) + kept)
    return np.ascontiguousarray(moved).reshape(-1, int(np.prod(shape, dtype=np.int64))), shape


def _kahan_scalar(lane, skip_nan):
    """Kahan-sum one lane in its own float type, as MXNet's reducer does."""
    if skip_nan:
        lane = lane[lane == lane]
    s = _kahan_small(lane)
    if np.isfinite(s) or skip_nan or np.isnan(lane).any():     # nansum's reducer has no overflow rule
        return s
    # an infinite partial sum (overflow or an inf term): MXNet's sum drops the residual, keeps the inf
    return _kahan_rows(lane[:, None], False)[0]


def _kahan_rows(rows, skip_nan, overflowed=False):
    """Kahan-sum each column of ``rows``, looping over the reduced axis only.

    A first pass assumes no overflow; only if a sum ends non-finite is it redone with MXNet's
    overflow rule (the residual is dropped once a partial sum is infinite).
    """
    if not (skip_nan or overflowed) and rows.shape[1] <= _EXACT_COLUMNS:
        exact = _exact_running_sum(rows)
        if exact is not None:
            return exact
    n = rows.shape[1]
    s, c, y, t = (np.zeros(n, rows.dtype) for _ in range(4))
    for v in rows:
        np.subtract(v, c, out=y)
        np.add(s, y, out=t)
        if overflowed:
            np.copyto(t, s, where=np.isnan(s))      # a nan sum keeps its first nan (its sign) to the end
        if skip_nan:
            nan = np.isnan(v)
            np.copyto(t, s, where=nan)
            np.copyto(y, -c, where=nan)     # so that the residual below comes out unchanged
        np.subtract(t, s, out=s)
        np.subtract(s, y, out=c)
        if overflowed:
            c[np.isinf(t)] = 0
        s, t = t, s
    if not overflowed and not skip_nan and not np.isfinite(s).all():
        return _kahan_rows(rows, skip_nan, overflowed=True)
    return s


_F32 = np.dtype(np.float32)
_EXACT_HEAD = 4096
_LOOP_ONLY = 32         # lanes up to this long take the Kahan loop alone (it costs less than the exactness check)
_EXACT_COLUMNS = 64     # wider matrices: the loop of row vectors already beats whole-matrix passes


def _exact_running_sum(lane):
    """The Kahan sum of ``lane`` (float32 or float64; of each column of a matrix) when every partial sum is
    exact in its type (masks, counts, integer-valued data), else None. Exact steps leave the compensation at
    +0.0, so the loop's sum is then the running sum from +0.0 (in order, as accumulate adds), each step checked
    by Knuth's TwoSum."""
    if len(lane) > _EXACT_HEAD and _exact_running_sum(lane[:_EXACT_HEAD]) is None:
        return None     # (most data shows a rounded step early: no full pass)
    with np.errstate(all="ignore"):
        sums = np.add.accumulate(np.concatenate((np.zeros((1,) + lane.shape[1:], lane.dtype), lane)))
        total, before = sums[1:], sums[:-1]
        rebuilt = total - lane
        error = (before - rebuilt) + (lane - (total - rebuilt))
        if error.any() or not np.isfinite(sums[-1]).all():
            return None
    return float(sums[-1]) if lane.ndim == 1 else sums[-1]


def _kahan_float32(lane):
    """The float32 Kahan sum of ``lane`` as a Python float, each step rounded to float32 by a float32 cell.

    Exact: one operation on two float32 values, done in double and rounded to float32, gives the float32
    operation's result (double has more than twice float32's precision), and Python floats skip numpy's
    per-scalar costs."""
    exact = _exact_running_sum(lane) if len(lane) > _LOOP_ONLY else None
    if exact is not None:
        return exact
    cell = array("f", b"\0\0\0\0")
    values = iter(lane.tolist())
    # the first step, 0 + v, is exact and leaves c at 0 (-0.0 becomes 0.0; an inf first term gives a
    # non-finite sum either way, which the callers redo with numpy)
    s, c = next(values, 0.0) + 0.0, 0.0
    for v in values:
        cell[0] = v - c
        y = cell[0]
        cell[0] = s + y
        t = cell[0]
        if abs(s) >= abs(y):        # Dekker's Fast2Sum: t - s and the compensation are float32 values, exact
            c = (t - s) - y         # in double too (half the roundings of the loop)
        else:
            cell[0] = t - s
            cell[0] = cell[0] - y
            c = cell[0]
        s = t
    return s


def _kahan_float64(lane):
    """The float64 Kahan sum of ``lane`` in Python floats (IEEE doubles: the same steps, without numpy's
    per-scalar costs)."""
    exact = _exact_running_sum(lane) if len(lane) > _LOOP_ONLY else None
    if exact is not None:
        return exact
    s = c = 0.0
    for v in lane.tolist():
        y = v - c
        t = s + y
        c = (t - s) - y
        s = t
    return s


def _kahan_small(lane):
    """Kahan-sum a lane in its own float type, element by element (an overflow ends as nan)."""
    if lane.dtype is _F32 or lane.dtype == np.float64:
        s = (_kahan_float32 if lane.dtype is _F32 else _kahan_float64)(lane)
        if math.isfinite(s):
            return lane.dtype.type(s)      # (otherwise numpy's steps below: the first nan's sign kept)
    s = c = lane.dtype.type(0)
    with np.errstate(over="ignore", invalid="ignore"):      # inf - inf: MXNet's C++ loop warns of nothing
        for v in lane:
            y = v - c
            t = s + y
            c = (t - s) - y
            s = t
            if s != s:      # MXNet's sum keeps the first nan it meets (numpy's + may return the other's sign)
                break
    return s


def kahan_sum(data, axes, skip_nan=False):
    """MXNet's float sum over ``axes`` (exact while cheap; else summed in float64 and rounded once)."""
    if data.dtype.kind != "f" or data.size == 0:
        return (np.nansum if skip_nan else np.sum)(data, axis=axes)
    if not skip_nan and all(data.shape[a] == 1 for a in axes):     # one term each: 0 + x, as the loop gives
        return data.reshape([n for i, n in enumerate(data.shape) if i not in axes]) + data.dtype.type(0)
    if not skip_nan and len(axes) == data.ndim and data.size <= _TINY_SUM:
        r = _kahan_small(data.ravel())                           # a whole small array: the common case
        if np.isfinite(r):
            return np.asarray(r)
    rows, shape = _rows(data, axes)
    m, n = rows.shape
    with np.errstate(over="ignore", invalid="ignore"):
        if n < _SCALAR_OUTPUTS and m * n <= _EXACT_SCALAR:
            r = np.array([_kahan_scalar(lane, skip_nan) for lane in rows.T], rows.dtype)
        elif m <= _EXACT_ROWS or m * n <= _EXACT_SCALAR:
            r = _kahan_rows(rows, skip_nan)
        else:
            r = (np.nansum if skip_nan else np.sum)(rows, axis=0, dtype=np.float64).astype(rows.dtype)
            bad = ~np.isfinite(r)
            if bad.any():       # overflow, inf or nan terms: MXNet's own steps (nansum's overflow ends as nan)
                r[bad] = _kahan_rows(rows[:, bad], skip_nan)
    return r.reshape(shape)


# the C++ names MXNet's kernels give each type in their messages
C_TYPE_NAMES = {"float32": "float", "float64": "double", "float16": "half", "int32": "int", "int64": "long long",
                "uint8": "unsigned char", "int8": "char", "bool": "bool"}


def c_divide(total, n):
    """Integers ``total`` divided by the count ``n`` > 0 in their own type, truncating toward zero as C does
    (exact for int64, where a division in double is not). The count is cast to that type first: in int8 a
    count of 200 divides as -56."""
    with np.errstate(all="ignore"):
        divisor = total.dtype.type(n)
        q = np.floor_divide(total, divisor)
        exact = q * divisor == total      # (wrapping products: the remainder's test still holds)
        return (q + (((total < 0) != (divisor < 0)) & ~exact)).astype(total.dtype)


def plain_kahan_sum(data, axes):
    """A float sum over ``axes`` by Kahan's steps with no rule for an infinite partial sum (an inf followed by a
    finite term leaves nan), as MXNet's moments sums."""
    total = np.array(kahan_sum(data, axes))
    bad = ~np.isfinite(total)
    if bad.any():
        lanes = np.moveaxis(data, axes, range(-len(axes), 0)).reshape(total.size, -1)
        flat = total.reshape(-1)
        for i in np.flatnonzero(bad.reshape(-1)):
            flat[i] = _kahan_small(lanes[i])
        total = flat.reshape(total.shape)
    return total


def _summing(name, skip_nan=False, divide=False, aliases=()):
    """A sum-like reduction (sum, mean, nansum) with MXNet's accumulation order."""
    def forward(data, axis=None, keepdims=False, exclude=False):
        if axis is None and keepdims is False and exclude is False and not (skip_nan or divide) \
                and data.dtype is _F32 and 1 < data.size <= _TINY_SUM:     # a whole small array: the commonest sum
            r = _kahan_float32(data.ravel())
            if math.isfinite(r):
                out = np.empty(1, _F32)     # (a third cheaper than np.array([r], np.float32))
                out[0] = r
                return out
        keepdims = _flag(name, "keepdims", keepdims)
        axes = reduced_axes(data.shape, axis, exclude)
        r = kahan_sum(data, axes, skip_nan)
        if data.dtype.kind in "iub":
            r = r.astype(data.dtype)        # MXNet sums in the integer type, wrapping, before dividing
        count = data.size // max(1, r.size) if data.size else math.prod(data.shape[a] for a in axes)
        if divide and (count > 1 or count == 0 and r.dtype.kind == "f"):      # an empty mean is 0/0: nan
            with np.errstate(invalid="ignore"):
                r = c_divide(r, count) if r.dtype.kind in "iu" else (r / r.dtype.type(count)).astype(r.dtype)
        if keepdims:
            r = np.expand_dims(r, axes)
        r = _finish(r.astype(data.dtype, copy=False), keepdims, len(axes) == data.ndim)
        _refuse_folds(name, data, axes, r)
        return r
    forward.__doc__ = f"``{name}`` over ``axis`` (all axes by default; ``exclude`` reduces the others)."
    return defop(name, aliases=aliases, methods=(name,))(forward)


sum_ = _summing("sum", aliases=("sum_axis",))
mean = _summing("mean", divide=True)
nansum = _summing("nansum", skip_nan=True)
def _half_prod(data, axis=None, keepdims=False):
    """MXNet's float16 product: one element at a time in row-major order, rounded to half each step."""
    rows, shape = _rows(data, axis)
    r = np.ones(rows.shape[1], np.float16)
    with np.errstate(over="ignore", under="ignore", invalid="ignore"):
        for row in rows:
            r = r * row
    r = r.reshape(shape)
    return np.expand_dims(r, axis) if keepdims else r


def _prod(data, axis=None, keepdims=False):
    if data.dtype == np.float16 and data.size:
        return _half_prod(data, tuple(range(data.ndim)) if axis is None else axis, keepdims)
    return np.prod(data, axis=axis, keepdims=keepdims)


def _nanprod(data, axis=None, keepdims=False):
    if data.dtype == np.float16 and data.size:
        return _prod(np.where(np.isnan(data), np.float16(1), data), axis, keepdims)
    return np.nanprod(data, axis=axis, keepdims=keepdims)


prod = _reduction("prod", _prod)
nanprod = _reduction("nanprod", _nanprod)
max_ = _reduction("max", np.max, aliases=("max_axis",), first_of_ties=True)
min_ = _reduction("min", np.min, aliases=("min_axis",), first_of_ties=True)


def _no_bool_gradient(x):
    """MXNet's backward kernels of the reductions other than sum have no bool version: the error shows when
    the gradient is read."""
    if x.dtype == np.bool_:
        backward_kernel_error("Unknown type enum 7")


@sum_.grad
def _(dy, out, x, axis=None, keepdims=False, exclude=False):
    return _expand(dy, x, reduced_axes(x.shape, axis, exclude)) * np.ones_like(x)


@mean.grad
def _(dy, out, x, axis=None, keepdims=False, exclude=False):
    _no_bool_gradient(x)
    axes = reduced_axes(x.shape, axis, exclude)
    n = 1
    for a in axes:
        n *= x.shape[a]
    # numpy promotes a float16 array divided by a count above 255 to float32: keep x's dtype, as MXNet's
    return (np.broadcast_to(_expand(dy, x, axes), x.shape) / n).astype(x.dtype, copy=False)


@prod.grad
def _(dy, out, x, axis=None, keepdims=False, exclude=False):
    _no_bool_gradient(x)
    axes = reduced_axes(x.shape, axis, exclude)
    return _expand(dy, x, axes) * _quotient(_expand(out, x, axes), x)     # MXNet's order: dy * (prod / x)


def _quotient(prod, x):
    """prod / x in ``x``'s type: for integers the quotient is converted as C converts (a 0 / 0 is the minimum),
    then multiplied in the integer type."""
    with np.errstate(divide="ignore", invalid="ignore"):
        q = prod / x
    if x.dtype.kind in "iu":
        from .ops_elemwise import c_cast
        return c_cast(q, x.dtype)
    return q


@nanprod.grad
def _(dy, out, x, axis=None, keepdims=False, exclude=False):
    _no_bool_gradient(x)
    axes = reduced_axes(x.shape, axis, exclude)
    with np.errstate(divide="ignore", invalid="ignore"):
        return (_expand(dy, x, axes) * np.where(x == x, _quotient(_expand(out, x, axes), x), 0)).astype(x.dtype)


@nansum.grad
def _(dy, out, x, axis=None, keepdims=False, exclude=False):
    _no_bool_gradient(x)
    return _expand(dy, x, reduced_axes(x.shape, axis, exclude)) * (x == x)


def _extreme_grad(dy, out, x, axis=None, keepdims=False, exclude=False):
    _no_bool_gradient(x)
    axes = reduced_axes(x.shape, axis, exclude)
    return _expand(dy, x, axes) * (x == _expand(out, x, axes))    # MXNet: every tied element gets dy


max_.grad(_extreme_grad)
min_.grad(_extreme_grad)


@defop("norm", methods=("norm",))
def norm(data, ord=2, axis=None, out_dtype=None, keepdims=False):
    """The L1 or L2 norm over ``axis`` (all elements by default)."""
    if out_dtype in (None, "None"):
        out_dtype = None
    if ord not in (1, 2):       # checked by the kernel (before the types): the result is made, reading it fails
        shaped = norm.fwd(data.astype(np.float32), 2, axis, None, keepdims)    # (its shape; no float16 advice)
        raise KernelError("Check failed: param.ord == 1 || param.ord == 2: norm only supports ord=1 and ord=2",
                          shaped.astype(out_dtype or data.dtype))
    note_float16_accumulation("LpNorm", "../src/operator/tensor/./.././../common/utils.h", data.dtype)
    if out_dtype is not None and np.dtype(out_dtype) != data.dtype:
        return _norm_other_dtype(data, ord, axis, keepdims, np.dtype(out_dtype))
    axes = reduced_axes(data.shape, axis, False)
    # (MXNET_SAFE_ACCUMULATION=1: in the wider type, the result rounded once)
    if ord == 1:
        r = _l1(data.astype(accumulation_type(data.dtype), copy=False), axes)
        r = np.expand_dims(r, axes) if keepdims else r
    else:
        r = _l2(data.astype(accumulation_type(data.dtype), copy=False), axes)
        r = np.expand_dims(r, axes) if keepdims else r
    return _finish(r.astype(out_dtype or data.dtype, copy=False), keepdims, len(axes) == data.ndim)


_WIDER = {np.dtype(np.float16): np.float32, np.dtype(np.float32): np.float64, np.dtype(np.float64): np.float64}


def _norm_other_dtype(data, ord, axis, keepdims, out_dtype):
    """norm(out_dtype=...) other than the input's: MXNet runs it only with MXNET_SAFE_ACCUMULATION=1, then
    accumulating in the wider float type."""
    import os
    wide = norm.fwd(data.astype(_WIDER.get(data.dtype, np.float64)), ord=ord, axis=axis, keepdims=keepdims)
    if os.environ.get("MXNET_SAFE_ACCUMULATION", "0") != "1" or data.dtype not in _WIDER:
        # found by the kernel: the shape and dtype are inferred, reading the result fails
        raise KernelError("Check failed: mshadow: :DataType<DType>::kFlag == type_flag_: TBlob.get_with_shape: data "
                          f"type do not match specified type.Expected: {C_TYPE_NAMES[out_dtype.name]} v.s. given "
                          f"{C_TYPE_NAMES[data.dtype.name]}", np.zeros(wide.shape, out_dtype))
    return wide.astype(out_dtype)


def _l1(data, axes):
    """MXNet's L1 norm: a Kahan sum of magnitudes that, unlike sum, keeps the residual past an infinite
    partial sum (so an inf followed by any term gives nan)."""
    magnitudes = np.abs(data)
    r = kahan_sum(magnitudes, axes)
    if data.dtype.kind != "f" or np.isfinite(r).all():
        return r
    rows, shape = _rows(magnitudes, axes)
    r = np.array(r, rows.dtype).reshape(-1)
    with np.errstate(invalid="ignore"):
        for j in np.flatnonzero(~np.isfinite(r)):
            r[j] = _kahan_small(rows[:, j])
    return r.reshape(shape)


def _l2(data, axes):
    """MXNet's L2 norm: a running scale and a scaled sum of squares, element by element in its dtype."""
    if data.dtype.kind in "iu" and data.size:
        return _nrm2_integer(data, axes)
    if data.dtype.kind != "f" or data.size == 0:
        return np.sqrt(np.sum(np.square(data, dtype=np.float64), axis=axes)).astype(data.dtype)
    rows, shape = _rows(np.abs(data), axes)
    m, n = rows.shape
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        if data.dtype == np.float16:        # half steps; the final scale * sqrt in float
            scale, ssq = _nrm2_state(rows)
            return (scale.astype(np.float32) * np.sqrt(ssq.astype(np.float32))).astype(np.float16).reshape(shape)
        if n * 40 < m * (8 + n / 128):      # lanes cost ~40 us each, rows ~8 us plus 8 ns an output each
            r = np.array([_nrm2_lane(lane) for lane in rows.T], rows.dtype).reshape(n)
        else:
            r = _nrm2_rows(rows)
    return r.reshape(shape)


def _nrm2_integer(data, axes):
    """MXNet's scaled L2 norm in integer arithmetic: the ratios truncate (norm([7, -7, 3]) is 9, not 10)."""
    rows, shape = _rows(np.abs(data), axes)
    scale = np.zeros(rows.shape[1], rows.dtype)
    ssq = np.zeros(rows.shape[1], rows.dtype)
    with np.errstate(divide="ignore", over="ignore"):
        for v in rows:
            grow = (v != 0) & (scale < v)
            keep = (v != 0) & ~grow
            r = np.where(grow, scale // np.where(grow, v, 1), 0)
            ssq = np.where(grow, 1 + ssq * r * r, ssq)
            q = np.where(keep, v // np.where(keep, scale, 1), 0)
            ssq = np.where(keep, ssq + q * q, ssq)
            scale = np.where(grow, v, scale)
    total = scale.astype(np.float32) * np.sqrt(ssq.astype(np.float32))
    return np.trunc(total).astype(data.dtype).reshape(shape)


def _nrm2_lane(lane):
    """One lane of MXNet's scaled L2 norm, in vector steps between the places the scale grows."""
    one = lane.dtype.type(1)
    peak = np.fmax.accumulate(lane)                 # the scale after each element (NaN never raises it)
    before = np.concatenate((np.zeros(1, lane.dtype), peak[:-1]))      # the scale starts at 0
    terms = lane / peak
    terms = terms * terms
    terms[lane == 0] = 0
    grows = np.flatnonzero(before < lane)
    ends = list(grows[1:]) + [len(lane)]
    ssq = np.add.accumulate(terms[:grows[0]])[-1] if len(grows) and grows[0] else lane.dtype.type(0)
    for g, end in zip(grows, ends):
        r = before[g] / lane[g]
        ssq = one + ssq * r * r
        if end > g + 1:     # accumulate adds strictly in order, as MXNet's loop does
            ssq = np.add.accumulate(np.concatenate(([ssq], terms[g + 1:end])))[-1]
    if not len(grows):
        ssq = np.add.accumulate(terms)[-1]
    return peak[-1] * np.sqrt(ssq)


def _nrm2_rows(rows):
    """MXNet's scaled L2 norm of each column of ``rows``, looping over the reduced axis only."""
    scale, ssq = _nrm2_state(rows)
    return scale * np.sqrt(ssq)


def _nrm2_state(rows):
    """The running (scale, scaled sum of squares) of MXNet's L2 norm over each column of ``rows``."""
    one = rows.dtype.type(1)
    scale = np.zeros(rows.shape[1], rows.dtype)
    ssq = np.zeros(rows.shape[1], rows.dtype)
    for v in rows:
        grow = scale < v
        r = np.where(grow, scale / v, v / scale)
        ssq = np.where(grow, one + ssq * r * r, np.where(v != 0, ssq + r * r, ssq))
        scale = np.where(grow, v, scale)
    return scale, ssq


@norm.grad
def _(dy, out, x, ord=2, axis=None, keepdims=False, out_dtype=None):
    _no_bool_gradient(x)
    axes = reduced_axes(x.shape, axis, False)
    if ord == 1:        # MXNet's sign of NaN is 0
        return _expand(dy, x, axes) * np.where(np.isnan(x), x.dtype.type(0), np.sign(x))
    with np.errstate(divide="ignore", invalid="ignore"):    # MXNet: 0/0 -> nan at a zero norm
        g = _expand(dy, x, axes) * (x / _expand(out, x, axes))     # MXNet's order: dy * (x / norm)
    return g if g.dtype == x.dtype else g.astype(x.dtype)      # an out_dtype norm: the gradient in x's type


SEARCH_KERNEL = "../src/operator/tensor/./broadcast_reduce_op.h"
EMPTY_SEQUENCE_CHECK, EMPTY_AXIS_CHECK = (SEARCH_KERNEL, 591), (SEARCH_KERNEL, 586)


def _refuse_empty_search(data, axis, keepdims):
    """argmax/argmin of an empty array under NumPy shapes: shape inference lets it through and the kernel's
    checks fail, when the result is read (an axis of non-zero size gives an empty result)."""
    if axis is None:
        words = "Check failed: inputs[0].shape_.Size() != 0U (0 vs. 0) : attempt to search an empty sequence"
        shape, site = (1,) * data.ndim if keepdims else (1,), EMPTY_SEQUENCE_CHECK
    elif not -data.ndim <= axis < data.ndim:
        words, shape, site = axis_exceeds(axis, data.ndim), (1,), KERNEL_AXIS_CHECK
    else:
        ax = axis % data.ndim
        if data.shape[ax]:
            return
        words = (f"Check failed: inputs[0].shape_[axis] != 0 (0 vs. 0) : searching input tensor of shape "
                 f"{provided(data.shape)} along axis = {ax} of zero dim-size is not allowed")
        # (a vector's result: shape (1,), as any legacy reduction to a scalar)
        shape, site = data.shape[:ax] + ((1,) if keepdims else ()) + data.shape[ax + 1:] or (1,), EMPTY_AXIS_CHECK
    raise located(KernelError(words, np.zeros(shape, data.dtype)), site)


def _refuse_scalar_axis(keepdims, dtype):
    """MXNet's arg reductions over the one axis a 0-d shape admits: kept, its size is read; else the reduced
    shape has no rank, and the kernel, run at the call to size it, refuses bool first."""
    if not keepdims and dtype == np.bool_:
        raise located(MXNetError("Unknown type enum 7"), (SEARCH_KERNEL, 603))
    if keepdims:
        raise located(MXNetError("Check failed: i >= 0 && i < ndim(): index = 0 must be in range [0, 0)"),
                      ("../include/mxnet/tuple.h", 230))
    raise located(MXNetError("Check failed: ndim_is_known(this->ndim()): Shape is unknown."),
                  ("../include/mxnet/./tuple.h", 521))


def _arg(name, fn):
    def forward(data, axis=None, keepdims=False):
        if not data.size and is_np_shape():
            _refuse_empty_search(data, axis, keepdims)
        if data.ndim == 0 and axis in (0, -1):
            _refuse_scalar_axis(keepdims, data.dtype)
        if axis is not None and not -data.ndim <= axis < data.ndim:
            if data.ndim == 1:      # the (1,) result fails when read
                raise located(KernelError(axis_exceeds(axis, 1), np.zeros((1,), data.dtype)),
                              KERNEL_AXIS_CHECK)
            raise MXNetError(axis_exceeds(axis, data.ndim))
        if data.size:       # (over no elements its kernel returns before its type switch)
            no_bool(name, data)
        if axis is None:
            r = np.asarray(fn(data.reshape(-1)))
            return r.reshape((1,) * data.ndim if keepdims else (1,)).astype(data.dtype)
        r = np.asarray(fn(data, axis=axis, keepdims=keepdims)).astype(data.dtype)
        return r.reshape(1) if r.ndim == 0 else r      # MXNet: a reduction to a scalar has shape (1,)
    forward.__doc__ = f"Indices of the {name[3:]} values along ``axis``, in the input's dtype (float32 usually)."
    return defop(name, methods=(name,))(forward)


_arg("argmax", np.argmax)
_arg("argmin", np.argmin)


@defop("argmax_channel", methods=("argmax_channel",))
def argmax_channel(data):
    """Indices of the maximum along axis 1, in the input's dtype."""
    if data.ndim >= 2 and data.size:    # (its kernel checks the axis, and returns over no elements, before its
        no_bool("argmax_channel", data)     # type switch)
    if not data.size and is_np_shape():
        _refuse_empty_search(data, 1, False)
    if data.ndim == 0:      # (its shape function checks the axis against a 0-d shape)
        raise MXNetError(axis_exceeds(1, 0))
    if data.ndim < 2:       # its kernel's check: the (1,) result fails when read
        raise KernelError(axis_exceeds(1, data.ndim), np.zeros((1,), data.dtype))
    return np.argmax(data, axis=1).astype(data.dtype)

argmax_channel.nondifferentiable = True      # MXNet registers no gradient: a backward through it fails
