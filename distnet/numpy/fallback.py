"""``mx.np`` functions computed by NumPy on the host copies of their array arguments (not differentiable),
as MXNet's own fallback runs them: array results come back as ``mx.np.ndarray`` with NumPy's dtype."""
import functools

import numpy as _np

from ..autograd import is_recording
from ..ndarray.ndarray import NDArray
from ..ndarray.registry import defop
from ..context import current_context
from .multiarray import _dtype, wrap_np

_NAMES = (
    "allclose", "alltrue", "apply_along_axis", "apply_over_axes", "argpartition", "argwhere", "array_equal",
    "array_equiv", "choose", "compress", "corrcoef", "correlate", "cov",
    "diag_indices_from", "digitize", "divmod", "extract", "finfo", "flatnonzero",
    "float_power", "frexp", "heaviside", "histogram2d", "histogram_bin_edges",
    "histogramdd", "i0", "in1d", "insert", "interp", "intersect1d", "isclose", "isin", "ix_", "lexsort",
    "may_share_memory", "min_scalar_type", "modf", "msort", "nanargmax", "nanargmin", "nancumprod",
    "nancumsum", "nanmax", "nanmedian", "nanmin", "nanpercentile", "nanprod", "nanquantile", "ndim", "packbits",
    "partition", "piecewise", "poly", "polyadd", "polydiv", "polyfit", "polyint", "polymul",
    "polysub", "promote_types", "ptp", "real", "resize", "result_type",
    "roots", "select", "set_printoptions", "shape", "setdiff1d", "setxor1d", "shares_memory", "size", "spacing",
    "take_along_axis", "trapz", "tril_indices_from", "trim_zeros", "triu_indices_from", "union1d", "unpackbits",
    "unravel_index", "unwrap", "vander", "genfromtxt")


def _arrays(x):
    if isinstance(x, NDArray):
        yield x
    elif isinstance(x, (list, tuple)):
        for v in x:
            yield from _arrays(v)


def _host(x):
    if isinstance(x, NDArray):
        return x._data
    if isinstance(x, (list, tuple)):
        return type(x)(_host(v) for v in x)
    return x


def _device(x, ctx, inputs):
    """NumPy results back as ``mx.np`` arrays (copies, never views of an input); scalars stay NumPy's."""
    if isinstance(x, _np.ndarray):
        if any(_np.may_share_memory(x, a._data) for a in inputs):
            x = x.copy()
        return wrap_np(x, ctx)
    if isinstance(x, tuple):
        return tuple(_device(v, ctx, inputs) for v in x)
    if isinstance(x, list):
        return [_device(v, ctx, inputs) for v in x]
    return x


def _fallback(name):
    fn = getattr(_np, name)

    @functools.wraps(fn)
    def run(*args, **kwargs):
        inputs = list(_arrays(list(args) + list(kwargs.values())))
        ctx = inputs[0].ctx if inputs else current_context()
        res = fn(*_host(args), **{k: _host(v) for k, v in kwargs.items()})
        return _device(res, ctx, inputs)
    run.__doc__ = f"NumPy's ``{name}`` run on the arrays' data (not differentiable)."
    return run


for _name in _NAMES:
    globals()[_name] = _fallback(_name)



# ---- functions MXNet computes natively, with its own dtypes and checks -------------------------
def _window(name, terms):
    def window(M, dtype=None, ctx=None):
        n = _np.arange(M).astype(_np.float32)
        step = _np.float32(2 * _np.pi) * n / _np.float32(max(M - 1, 1))
        res = _np.float32(terms[0]) + _np.zeros(M, _np.float32)
        for k, coef in enumerate(terms[1:], 1):
            res = res + _np.float32(coef) * _np.cos(_np.float32(k) * step)
        if M == 1:
            res = _np.ones(1, _np.float32)
        return wrap_np(res.astype(_dtype(dtype)), ctx or current_context())
    window.__name__ = name
    window.__doc__ = f"The {name} window of ``M`` points, computed in float32 as MXNet does."
    return window


hanning = _window("hanning", (0.5, -0.5))
hamming = _window("hamming", (0.54, -0.46))
blackman = _window("blackman", (0.42, -0.5, 0.08))


def _quantile_like(fn):
    def run(a, q, axis=None, out=None, overwrite_input=None, interpolation="linear", keepdims=False):
        if not isinstance(q, (NDArray, int, float, _np.generic)):
            raise AssertionError(f"Argument q must have NDArray type, but got {q}")
        def compute(data):
            return _np.asarray(fn(data, _host(q), axis=axis, method=interpolation, keepdims=keepdims), data.dtype)
        if out is None and is_recording():      # recorded with MXNet's zero gradient
            from .shaping import zero_gradient
            return zero_gradient(compute, a)
        res = wrap_np(compute(a._data), a.ctx)
        if out is not None:
            out._data[...] = res._data
            return out
        return res
    run.__name__ = fn.__name__
    run.__doc__ = f"NumPy's ``{fn.__name__}`` as an ``mx.np`` array in the input's dtype."
    return run


percentile = _quantile_like(_np.percentile)
quantile = _quantile_like(_np.quantile)


def sometrue(a, axis=None, out=None, keepdims=False):
    """Whether any element along ``axis`` is true."""
    from .reductions import any as _any
    return _any(a, axis=axis, out=out, keepdims=keepdims)


def product(a, axis=None, dtype=None, out=None, keepdims=False):
    """``prod`` under its other name."""
    from .reductions import prod
    return prod(a, axis=axis, dtype=dtype, out=out, keepdims=keepdims)


def bincount(x, weights=None, minlength=0):
    """Occurrences of each value of the non-negative integers ``x`` (in ``x``'s dtype without weights)."""
    res = _np.bincount(x._data, None if weights is None else weights._data, minlength)
    return wrap_np(res.astype(x.dtype) if weights is None else res, x.ctx)


def delete(arr, obj, axis=None):
    """``arr`` without the entries ``obj`` (an int, slice or integer array; MXNet refuses lists)."""
    if isinstance(obj, list):
        raise TypeError(f"'obj' can not support type {type(obj)}")
    if isinstance(obj, NDArray):
        obj = obj._data.astype(_np.int64)
    return wrap_np(_np.delete(arr._data, obj, axis), arr.ctx)


def polyval(p, x):
    """The polynomial with coefficients ``p`` evaluated at ``x`` (both arrays, as MXNet requires)."""
    if not isinstance(p, NDArray) or not isinstance(x, NDArray):
        raise TypeError("type not supported")
    return wrap_np(_np.asarray(_np.polyval(p._data, x._data), x.dtype), x.ctx)


def histogram(a, bins=10, range=None, normed=None, weights=None, density=None):  # noqa: A002
    """(counts, bin edges) of ``a``; with a number of bins MXNet needs ``range``."""
    from .multiarray import refuse_legacy_arrays
    refuse_legacy_arrays("_npi_histogram", (a, bins))
    if isinstance(bins, (int, _np.integer)) and range is None:
        raise NotImplementedError("automatic range is not supported yet...")
    counts, edges = _np.histogram(a._data, _host(bins), range, weights=_host(weights), density=density)
    return [wrap_np(counts, a.ctx), wrap_np(edges.astype(a.dtype), a.ctx)]       # a list, as MXNet's


__all__ = list(_NAMES) + ["hanning", "hamming", "blackman", "percentile", "quantile", "sometrue", "bincount",
                          "polyval", "histogram", "product", "diff", "ediff1d", "nan_to_num", "delete"]


# ---- differentiable ones -----------------------------------------------------------------------
def diff(a, n=1, axis=-1, prepend=None, append=None):  # noqa: ARG001  (MXNet 1.9.1 ignores prepend/append)
    """The ``n``-th discrete difference along ``axis``, differentiable."""
    from ..base import MXNetError
    from .umath import subtract
    if a.ndim == 0:
        raise MXNetError("diff requires input that is at least one dimensional")
    axis = axis % a.ndim
    before = (slice(None),) * axis
    for _ in range(n):
        a = subtract(a[before + (slice(1, None),)], a[before + (slice(None, -1),)])
    return a


def ediff1d(ary, to_end=None, to_begin=None):
    """The differences between consecutive elements of the flattened ``ary``, with ``to_begin``/``to_end``
    (cast to its dtype) around them; differentiable."""
    from .shaping import concatenate, ravel
    parts = [diff(ravel(ary))]
    for extra, where in ((to_begin, 0), (to_end, len(parts) + 1)):
        if extra is not None:
            extra = ravel(extra).astype(ary.dtype, copy=False) if isinstance(extra, NDArray) else \
                wrap_np(_np.ravel(_np.asarray(extra)).astype(ary.dtype), ary.ctx)
            parts.insert(where, extra)
    return parts[0] if len(parts) == 1 else concatenate(parts)


@defop("_npi_nan_to_num")
def nan_to_num_op(data, *, nan=0.0, posinf=None, neginf=None):
    """``data`` with nan, inf and -inf replaced by finite numbers."""
    return _np.nan_to_num(data, nan=nan, posinf=posinf, neginf=neginf)


@nan_to_num_op.grad
def _(dy, out, x, nan=0.0, posinf=None, neginf=None):
    return (_np.where(_np.isfinite(x), dy, 0).astype(dy.dtype),)


def nan_to_num(x, copy=True, nan=0.0, posinf=None, neginf=None):
    """``x`` with nan, inf and -inf replaced by ``nan``, ``posinf``, ``neginf`` (the dtype's extremes by
    default); the gradient passes at the finite elements; ``copy=False`` writes into ``x``."""
    if not isinstance(x, NDArray):
        return _np.nan_to_num(x, copy=copy, nan=nan, posinf=posinf, neginf=neginf)
    from .multiarray import invoke_np
    return invoke_np(nan_to_num_op, (x,), {"nan": nan, "posinf": posinf, "neginf": neginf},
                     out=None if copy else x)

