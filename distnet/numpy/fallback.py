"""``mx.np`` functions computed by NumPy on the host copies of their array arguments (not differentiable),
as MXNet's own fallback runs them: array results come back as ``mx.np.ndarray`` with NumPy's dtype."""
import functools

import numpy as _np

from ..ndarray.ndarray import NDArray
from .multiarray import wrap_np

_NAMES = (
    "allclose", "alltrue", "apply_along_axis", "apply_over_axes", "argpartition", "argwhere", "array_equal",
    "array_equiv", "bincount", "blackman", "choose", "compress", "corrcoef", "correlate", "cov", "delete",
    "diag_indices_from", "diff", "digitize", "divmod", "ediff1d", "extract", "finfo", "flatnonzero",
    "float_power", "frexp", "hamming", "hanning", "heaviside", "histogram", "histogram2d", "histogram_bin_edges",
    "histogramdd", "i0", "in1d", "insert", "interp", "intersect1d", "isclose", "isin", "ix_", "lexsort",
    "may_share_memory", "min_scalar_type", "modf", "msort", "nan_to_num", "nanargmax", "nanargmin", "nancumprod",
    "nancumsum", "nanmax", "nanmedian", "nanmin", "nanpercentile", "nanprod", "nanquantile", "ndim", "packbits",
    "partition", "percentile", "piecewise", "poly", "polyadd", "polydiv", "polyfit", "polyint", "polymul",
    "polysub", "polyval", "product", "promote_types", "ptp", "quantile", "real", "resize", "result_type",
    "roots", "set_printoptions", "shape", "setdiff1d", "setxor1d", "shares_memory", "size", "sometrue", "spacing",
    "take_along_axis", "trapz", "tril_indices_from", "trim_zeros", "triu_indices_from", "union1d", "unpackbits",
    "unravel_index", "unwrap", "vander", "genfromtxt")


def _host(x):
    if isinstance(x, NDArray):
        return x.asnumpy()
    if isinstance(x, (list, tuple)):
        return type(x)(_host(v) for v in x)
    return x


def _device(x, ctx, float32=False):
    if isinstance(x, _np.generic) and x.dtype.kind in "iuf":    # numeric scalars come back as 0-d arrays
        return wrap_np(_np.asarray(x, _np.float32 if float32 and x.dtype == _np.float64 else x.dtype), ctx)
    if isinstance(x, _np.ndarray):
        return wrap_np(x, ctx)
    if isinstance(x, tuple):
        return tuple(_device(v, ctx) for v in x)
    if isinstance(x, list):
        return [_device(v, ctx) for v in x]
    return x


def _fallback(name):
    fn = getattr(_np, name)

    @functools.wraps(fn)
    def run(*args, **kwargs):
        ctx = next((a.ctx for a in list(args) + list(kwargs.values()) if isinstance(a, NDArray)), None)
        res = fn(*_host(args), **{k: _host(v) for k, v in kwargs.items()})
        arrays = [a for a in list(args) + list(kwargs.values()) if isinstance(a, NDArray)]
        float32 = bool(arrays) and all(a.dtype != _np.float64 for a in arrays)
        return res if ctx is None else _device(res, ctx, float32)
    run.__doc__ = f"NumPy's ``{name}`` run on host copies of the arrays (not differentiable)."
    return run


for _name in _NAMES:
    globals()[_name] = _fallback(_name)

__all__ = list(_NAMES)
