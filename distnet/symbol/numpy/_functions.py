"""``mx.sym.np`` functions whose node runs the ``mx.np`` function whole (see ``distnet.numpy.graph_functions``):
each builds the node MXNet's ``mx.sym.np`` builds, with its name and attributes."""
import numbers as _numbers

import numpy as _onp

from ...base import class_text as _class_text
from ...numpy.graph_functions import NUM_OUTPUTS as _FUNCTION_OUTPUTS, UNCOUNTED as _UNCOUNTED
from ... import name as _name
from .. import symbol as _symbol_module
from ._symbol import UnbuiltNumpySymbolError, _Symbol, create_np as _create_np

_symbol_module._NUM_OUTPUTS.update(_FUNCTION_OUTPUTS)
_symbol_module._NUM_OUTPUTS["_histogram"] = lambda a: 2
_symbol_module._COUNTED_BY_OTHER.update(_UNCOUNTED)

__all__ = ["append", "array_split", "atleast_1d", "atleast_2d", "atleast_3d", "average", "bincount", "bitwise_and",
           "bitwise_not", "bitwise_or", "bitwise_xor", "blackman", "column_stack", "delete", "diag_indices_from",
           "diff", "dsplit", "dstack", "ediff1d", "hamming", "hanning", "histogram", "hsplit",
           "identity", "indices", "insert", "invert", "lcm", "logspace", "may_share_memory", "nan_to_num", "pad",
           "percentile", "polyval", "quantile", "rot90", "shares_memory", "unique"]


def _context(ctx):
    from ...context import current_context
    return str(ctx or current_context())


def _several(parts):
    """A node's outputs: one symbol, or a list of them."""
    return parts if isinstance(parts, list) and len(parts) > 1 else parts[0] if isinstance(parts, list) else parts


def _atleast(n):
    def function(*arys, **kwargs):
        return _several(_create_np(f"_np_atleast_{n}d", *arys, hint=f"atleast_{n}d", **kwargs))
    function.__name__ = function.__qualname__ = f"atleast_{n}d"
    function.__doc__ = f"The symbols with at least {n} dimension(s): one symbol, or a list for several."
    return function


atleast_1d, atleast_2d, atleast_3d = _atleast(1), _atleast(2), _atleast(3)


def append(arr, values, axis=None):
    """``values`` appended to ``arr`` along ``axis`` (both flattened when None)."""
    return _create_np("_npi_concatenate", arr, values, axis=axis, hint="concatenate")


def array_split(ary, indices_or_sections, axis=0):
    """``ary`` split along ``axis`` into N sections or at the given indices: a list of symbols."""
    from . import split
    return split(ary, indices_or_sections, axis)


def _split_attrs(indices_or_sections):
    if isinstance(indices_or_sections, _numbers.Integral):
        return [], int(indices_or_sections)
    return [0] + list(indices_or_sections), 0


def hsplit(ary, indices_or_sections):
    """``ary`` split along its columns (axis 1): a list of symbols."""
    indices, sections = _split_attrs(indices_or_sections)
    return _create_np("_npi_hsplit", ary, indices=indices, axis=1, squeeze_axis=False, sections=sections,
                      hint="hsplit")


def dsplit(ary, indices_or_sections):
    """``ary`` split along its depth (axis 2): a list of symbols."""
    indices, sections = _split_attrs(indices_or_sections)
    return _create_np("_npi_dsplit", ary, indices=indices, axis=2, squeeze_axis=False, sections=sections,
                      hint="dsplit")


def column_stack(tup):
    """1-D symbols as columns (2-D ones as they are), joined along axis 1."""
    return _create_np("_npi_column_stack", *tup, hint="column_stack")


def dstack(arrays):
    """The symbols joined along the third axis."""
    return _create_np("_npi_dstack", *arrays, hint="dstack")


def average(a, axis=None, weights=None, returned=False, out=None):
    """The (weighted) average over ``axis``; with ``returned``, [average, sum of the weights]."""
    if weights is None:
        parts = _create_np("_npi_average", a, axis=axis, returned=returned, weighted=False, hint="average")
    else:
        parts = _create_np("_npi_average", a, weights, axis=axis, returned=returned, hint="average")
    return parts


def bincount(x, weights=None, minlength=0):
    """Occurrences of each value of the non-negative integers ``x`` (weighted sums with ``weights``)."""
    if weights is None:
        return _create_np("_npi_bincount", x, minlength=minlength, has_weights=False, hint="bincount")
    return _create_np("_npi_bincount", x, weights, minlength=minlength, has_weights=True, hint="bincount")


def _integer_binary(name):
    def function(x1, x2, out=None):
        if isinstance(x1, _symbol_module.Symbol) and isinstance(x2, _symbol_module.Symbol):
            return _create_np(f"_npi_{name}", x1, x2, hint=name)
        sym, scalar = (x1, x2) if isinstance(x1, _symbol_module.Symbol) else (x2, x1)
        return _create_np(f"_npi_{name}_scalar", sym, scalar=float(scalar), is_int=True, hint=f"{name}_scalar")
    function.__name__ = function.__qualname__ = name
    function.__doc__ = f"Elementwise ``np.{name}`` of integer symbols, or of a symbol and an integer."
    return function


bitwise_and, bitwise_or, bitwise_xor, lcm = (_integer_binary(n) for n in ("bitwise_and", "bitwise_or", "bitwise_xor",
                                                                           "lcm"))


def bitwise_not(x, out=None, **kwargs):
    """The bits of the integer symbol ``x`` inverted."""
    return _create_np("_npi_bitwise_not", x, hint="bitwise_not")


def invert(x, out=None, **kwargs):
    """``bitwise_not`` under NumPy's other name."""
    return _create_np("_npi_bitwise_not", x, hint="bitwise_not")


def _window(name):
    def function(M, dtype=_onp.float32, ctx=None):  # noqa: N803  (NumPy's name)
        given = {} if dtype is None else {"dtype": dtype}       # (None: the operator's default)
        return _create_np(f"_npi_{name}", M=M, ctx=_context(ctx), hint=name, **given)
    function.__name__ = function.__qualname__ = name
    function.__doc__ = f"The {name} window of ``M`` points."
    return function


blackman, hamming, hanning = _window("blackman"), _window("hamming"), _window("hanning")


def identity(n, dtype=None, ctx=None):
    """The ``n`` x ``n`` identity matrix."""
    return _create_np("_npi_identity", shape=(n, n), ctx=_context(ctx), dtype=dtype or "float32", hint="identity")


def indices(dimensions, dtype=_onp.int32, ctx=None):
    """The grid indices of an array of shape ``dimensions``, stacked."""
    return _create_np("_npi_indices", dimensions=tuple(dimensions), ctx=_context(ctx), dtype=dtype, hint="indices")


def logspace(start, stop, num=50, endpoint=True, base=10.0, dtype=None, axis=0, ctx=None):
    """``num`` numbers spaced evenly on a log scale from ``base**start`` to ``base**stop``."""
    attrs = {"dtype": dtype} if dtype is not None else {}
    return _create_np("_npi_logspace", start=start, stop=stop, num=num, endpoint=endpoint, base=base,
                      ctx=_context(ctx), hint="logspace", **attrs)


def delete(arr, obj, axis=None):
    """``arr`` without the entries ``obj`` (an int, a slice or an integer symbol) along ``axis``."""
    if isinstance(obj, _Symbol):
        return _create_np("_npi_delete", arr, obj, axis=axis, hint="delete")
    if isinstance(obj, slice):
        return _create_np("_npi_delete", arr, start=obj.start, stop=obj.stop,
                          step=1 if obj.step is None else obj.step, axis=axis, hint="delete")
    if isinstance(obj, _numbers.Integral):
        return _create_np("_npi_delete", arr, int_ind=int(obj), axis=axis, hint="delete")
    raise TypeError(f"'obj' can not support type {_class_text(obj)}")


def insert(arr, obj, values, axis=None):
    """``values`` (a scalar or a symbol) inserted before ``obj`` (an int, a slice or an integer symbol) along
    ``axis``; as MXNet's, a scalar with any other ``obj`` is refused as a value of the wrong type."""
    scalar = isinstance(values, _numbers.Number)
    if not scalar and not isinstance(values, _Symbol) or scalar and not _insert_index(obj):
        raise TypeError(f"'values' can not support type {_class_text(values)}")
    given = {"val": values} if scalar else {}
    inputs = (arr,) if scalar else (arr, values)
    if isinstance(obj, slice):
        return _create_np("_npi_insert_slice", *inputs, start=obj.start, stop=obj.stop,
                          step=1 if obj.step is None else obj.step, axis=axis, hint="insert_slice", **given)
    if isinstance(obj, _Symbol):
        if given:       # MXNet's front end passes the indices as ``values``, which that operator has no input for
            raise _symbol_module.keyword_not_found("Symbol.Compose", "values", ["arr", "obj"])
        return _create_np("_npi_insert_tensor", *inputs, obj, axis=axis, hint="insert_tensor")
    if _insert_index(obj):
        return _create_np("_npi_insert_scalar", *inputs, int_ind=obj, axis=axis, hint="insert_scalar", **given)
    raise TypeError(f"'obj' can not support type {_class_text(obj)}")


def _insert_index(obj):
    """Whether insert takes ``obj`` as where to insert: a slice, an int or an (integer) symbol."""
    return isinstance(obj, (slice, _Symbol, _numbers.Integral))


def diag_indices_from(arr):
    """The indices of the main diagonal of the square symbol ``arr``."""
    return _create_np("_npi_diag_indices_from", arr, hint="diag_indices_from")


def _given(**attrs):
    """The attributes a caller gave (MXNet's generated op functions write only those)."""
    return {k: v for k, v in attrs.items() if v is not None}


def diff(a, n=1, axis=-1, prepend=None, append=None):  # noqa: ARG001  (MXNet 1.9.1 ignores prepend/append)
    """The ``n``-th discrete difference along ``axis``."""
    return _create_np("_npi_diff", a, n=n, axis=axis, hint="diff")


def ediff1d(ary, to_end=None, to_begin=None):
    """The differences of the flattened ``ary``, with ``to_begin``/``to_end`` (scalars or symbols) around them."""
    inputs = [ary] + [x for x in (to_begin, to_end) if isinstance(x, _Symbol)]
    return _create_np("_npi_ediff1d", *inputs, to_begin_arr_given=isinstance(to_begin, _Symbol),
                      to_end_arr_given=isinstance(to_end, _Symbol),
                      to_begin_scalar=None if isinstance(to_begin, _Symbol) else to_begin,
                      to_end_scalar=None if isinstance(to_end, _Symbol) else to_end, hint="ediff1d")


def histogram(a, bins=10, range=None, normed=None, weights=None, density=None):  # noqa: A002
    """[counts, bin edges] of ``a`` in ``bins`` equal bins over ``range``."""
    if not isinstance(bins, _numbers.Integral) or range is None:
        raise UnbuiltNumpySymbolError("mx.sym.np.histogram: distnet builds it for a number of bins and a range")
    return _create_np("_histogram", a, bin_cnt=bins, range=range, hint="histogram")


def may_share_memory(a, b, max_work=None):
    """Whether ``a`` and ``b`` may share memory."""
    return _create_np("_npi_share_memory", a, b, hint="share_memory")


def shares_memory(a, b, max_work=None):
    """``may_share_memory`` under NumPy's other name."""
    return may_share_memory(a, b, max_work)


def nan_to_num(x, copy=True, nan=0.0, posinf=None, neginf=None, **kwargs):  # noqa: ARG001  (ignored, as MXNet's)
    """``x`` with nan, inf and -inf replaced by finite numbers."""
    from ._symbol import refuse_legacy_symbol
    refuse_legacy_symbol(x)
    return _create_np("_npi_nan_to_num", x, copy=copy, nan=nan, posinf=posinf, neginf=neginf, hint="nan_to_num")


def pad(x, pad_width, mode="constant", **kwargs):
    """``x`` padded by ``pad_width`` ((before, after) per axis) in ``mode``."""
    from ...numpy.shaping import _integral
    if not _integral(pad_width):
        raise TypeError("`pad_width` must be of integral type.")
    if not isinstance(pad_width, tuple):
        raise TypeError("`pad_width` must be tuple.")       # (MXNet's symbol takes no int or list)
    extra = {}
    if mode == "constant":
        extra["constant_value"] = kwargs.get("constant_values", 0)
        _name.active_manager().get(None, "pad")        # MXNet's constant pad uses up one name more
    return _create_np("_npi_pad", x, pad_width=pad_width, mode=mode, hint="pad", **extra)


def percentile(a, q, axis=None, out=None, overwrite_input=None, interpolation="linear", keepdims=False):
    """The ``q``-th percentiles of ``a`` over ``axis``."""
    if isinstance(q, _Symbol):
        return _create_np("_npi_percentile", a, q, axis=axis, interpolation=interpolation, keepdims=keepdims,
                          q_scalar=None, hint="percentile")
    return _create_np("_npi_percentile", a, axis=axis, interpolation=interpolation, keepdims=keepdims, q_scalar=q,
                      hint="percentile")


def quantile(a, q, axis=None, out=None, overwrite_input=None, interpolation="linear", keepdims=False):
    """The ``q``-th quantiles (0 to 1) of ``a`` over ``axis``: the percentiles of ``q * 100`` (for a symbol ``q``
    a node of its own)."""
    return percentile(a, q * 100, axis, out, overwrite_input, interpolation, keepdims)


def polyval(p, x):
    """The polynomial with coefficients ``p`` at ``x``."""
    return _create_np("_npi_polyval", p, x, hint="polyval")


def rot90(m, k=1, axes=(0, 1)):
    """``m`` rotated by 90 degrees ``k`` times in the plane of ``axes``."""
    return _create_np("_npi_rot90", m, k=k, axes=axes, hint="rot90")


def unique(ar, return_index=False, return_inverse=False, return_counts=False, axis=None):
    """The sorted unique elements of ``ar`` (and the requested indices and counts, as a list)."""
    return _create_np("_npi_unique", ar, return_index=return_index, return_inverse=return_inverse,
                      return_counts=return_counts, axis=axis, hint="unique")
