"""``mx.sym.np``: NumPy functions on symbols (what ``F.np`` is while a HybridBlock is traced under npx.set_np()).

Each function builds a node of the operator MXNet's ``mx.sym.np`` builds (``_npi_exp``, ``_np_sum``, ...);
those operators are registered in ``distnet.numpy.graph_ops`` from the ones ``mx.np`` runs.
"""
import numbers as _numbers

import numpy as _onp

from ...base import MXNetError as _MXNetError
from ...numpy.signatures import GENERATED as _GENERATED
from ...util import wrap_np_binary_func as _wrap_np_binary_func
from ...numpy.graph_ops import UNARY as _UNARY
from . import _symbol
from ._symbol import _SCALARS, UnbuiltNumpySymbolError as _UnbuiltNumpySymbolError, _Symbol, arith as _arith, create_np as _create_np
from ._symbol import refuse_legacy_symbol as _refuse_legacy_symbol
from ._creation import (_dtype, _given, arange, eye, full, full_like, linspace, ones, ones_like, zeros,  # noqa: F401
                       zeros_like)


def _numbers_only(*args):
    """Whether a function got plain numbers only: MXNet's mx.sym.np then computes it with NumPy, no graph."""
    for a in args:             # (not all(): this module defines np.all)
        if not isinstance(a, _SCALARS) or isinstance(a, complex):
            return False
    return True


def _unary(name, hint):
    def function(x, out=None, **kwargs):
        if _numbers_only(x):
            return getattr(_onp, name)(x)
        _refuse_legacy_symbol(x)
        if out is not None:
            raise _MXNetError("out= is not supported on symbols: a graph makes new arrays")
        return _create_np(f"_npi_{name}", x, hint=hint)
    function.__name__ = function.__qualname__ = hint
    function.__doc__ = f"Elementwise ``np.{hint}`` of a symbol."
    return function


for _name in _UNARY:
    globals()[_name] = _unary(_name, _name)
abs, fabs = _unary("absolute", "abs"), _unary("absolute", "abs")  # noqa: A001  (both nodes named abs, as MXNet's)
fabs.__name__ = fabs.__qualname__ = "fabs"


def _binary(name, hint, keywords=True):
    """``np.<hint>`` of symbols: MXNet's function of the comparisons and true_divide takes no other keywords."""
    def apply(x1, x2, out=None, **kwargs):
        if _numbers_only(x1, x2):
            return getattr(_onp, name)(x1, x2)
        if out is not None:
            raise _MXNetError("out= is not supported on symbols: a graph makes new arrays")
        return _arith(name, x1, x2)

    def plain(x1, x2, out=None):
        return apply(x1, x2, out)
    function = apply if keywords else plain
    function.__name__ = function.__qualname__ = hint
    function.__doc__ = f"Elementwise ``np.{hint}`` of symbols or of a symbol and a scalar, broadcasting."
    return function


for _name in ("add", "subtract", "multiply", "mod", "power"):
    globals()[_name] = _binary(_name, _name)
for _name in ("true_divide", "equal", "not_equal", "greater", "greater_equal", "less", "less_equal"):
    globals()[_name] = _binary(_name, _name, keywords=False)


def _arrays_only(name):
    def function(x1, x2, out=None, **kwargs):
        if _numbers_only(x1, x2):
            return getattr(_onp, name)(x1, x2)
        if isinstance(x1, _symbol.Symbol) and isinstance(x2, _symbol.Symbol):
            return _create_np(f"_npi_{name}", x1, x2, hint=name)
        reflected = "r" if isinstance(x2, _symbol.Symbol) and name != "hypot" else ""     # (a scalar first)
        _symbol._refuse_legacy_symbols(f"_npi_{reflected}{name}_scalar", (x1, x2))
        array, scalar = (x2, x1) if isinstance(x2, _symbol.Symbol) else (x1, x2)
        if name in ("ldexp", "arctan2", "copysign") and isinstance(array, _symbol.Symbol) and isinstance(scalar, (int, float)):
            return _create_np(f"_npi_{reflected}{name}_scalar", array, scalar=float(scalar),
                              is_int=array is x1 and isinstance(scalar, int) and not isinstance(scalar, bool),
                              hint=f"{reflected}{name}_scalar")
        if name == "hypot" and isinstance(array, _symbol.Symbol) and isinstance(scalar, (int, float)):
            # (MXNet's legacy operator, for either order; a scalar given first counts as no integer)
            return _create_np("_hypot_scalar", array, scalar=float(scalar),
                              is_int=array is x1 and isinstance(scalar, int) and not isinstance(scalar, bool),
                              hint="hypot_scalar")
        raise _UnbuiltNumpySymbolError(f"mx.sym.np.{name}: distnet builds it for two symbols only")
    function.__name__ = function.__qualname__ = name
    function.__doc__ = f"Elementwise ``np.{name}`` of two symbols, broadcasting."
    return function


for _name in ("hypot", "arctan2", "copysign", "ldexp"):
    globals()[_name] = _arrays_only(_name)


def _predicate(name):
    def function(x, out=None, **kwargs):
        if _numbers_only(x):
            return getattr(_onp, name)(x)
        _refuse_legacy_symbol(x)
        return _create_np(f"_npi_{name}", x, hint=name)
    function.__name__ = function.__qualname__ = name
    function.__doc__ = f"Elementwise ``np.{name}`` of a symbol, as bools."
    return function


for _name in ("isnan", "isinf", "isfinite", "isposinf", "isneginf", "logical_not"):
    globals()[_name] = _predicate(_name)


def around(x, decimals=0, out=None, **kwargs):
    """``x`` rounded half to even to ``decimals`` places."""
    if _numbers_only(x):
        return _onp.around(x, decimals)
    _refuse_legacy_symbol(x)
    return _create_np("_npi_around", x, decimals=decimals, hint="around")


def round(x, decimals=0, out=None, **kwargs):  # noqa: A001
    """``around`` under NumPy's other name."""
    return around(x, decimals, out, **kwargs)


def round_(x, decimals=0, out=None, **kwargs):
    """``around`` under NumPy's other name."""
    return around(x, decimals, out, **kwargs)


divide = _binary("true_divide", "divide")
remainder = _binary("mod", "remainder")


def _extreme(name):
    def function(x1, x2, out=None, **kwargs):
        if _numbers_only(x1, x2):
            return getattr(_onp, name)(x1, x2)
        if isinstance(x1, _symbol.Symbol) and isinstance(x2, _symbol.Symbol):
            return _create_np(f"broadcast_{name}", x1, x2, hint=name)
        sym, scalar = (x1, x2) if isinstance(x1, _symbol.Symbol) else (x2, x1)
        is_int = sym is x1 and isinstance(scalar, _numbers.Integral)      # a scalar first counts as a float
        return _create_np(f"_{name}_scalar", sym, scalar=float(scalar), is_int=is_int, hint=f"{name}_scalar")
    function.__name__ = function.__qualname__ = name
    function.__doc__ = f"Elementwise ``np.{name}`` of symbols or of a symbol and a scalar."
    return function


maximum = _extreme("maximum")
minimum = _extreme("minimum")


def mean(a, axis=None, dtype=None, out=None, keepdims=False):
    """The mean along ``axis`` (a Python function in MXNet, writing axis and keepdims always)."""
    if out is not None:
        raise _MXNetError("out= is not supported on symbols: a graph makes new arrays")
    return _create_np("_npi_mean", a, axis=axis, keepdims=keepdims, hint="mean",
                      **_given(dtype=None if dtype is None else _dtype(dtype)))


def argmax(a, axis=None, out=None):
    """The indices of the maxima along ``axis``."""
    return _create_np("_npi_argmax", a, axis=axis, keepdims=False, hint="argmax")


def argmin(a, axis=None, out=None):
    """The indices of the minima along ``axis``."""
    return _create_np("_npi_argmin", a, axis=axis, keepdims=False, hint="argmin")


def std(a, axis=None, dtype=None, out=None, ddof=0, keepdims=False):
    """The standard deviation along ``axis``."""
    return _create_np("_npi_std", a, axis=axis, ddof=ddof, keepdims=keepdims, hint="std",
                      **_given(dtype=None if dtype is None else _dtype(dtype)))


def var(a, axis=None, dtype=None, out=None, ddof=0, keepdims=False):
    """The variance along ``axis``."""
    return _create_np("_npi_var", a, axis=axis, ddof=ddof, keepdims=keepdims, hint="var",
                      **_given(dtype=None if dtype is None else _dtype(dtype)))


# ---- shapes ----------------------------------------------------------------------------------------------


def expand_dims(a, axis):
    """``a`` with a new axis of size 1 at ``axis``."""
    return _create_np("expand_dims", a, axis=axis, hint="expand_dims")


def swapaxes(a, axis1, axis2):
    """``a`` with two axes interchanged."""
    return _create_np("SwapAxis", a, dim1=axis1, dim2=axis2, hint="swapaxes")


def tile(A, reps):  # noqa: N803  (NumPy's name)
    """``A`` repeated ``reps`` times along each axis."""
    _refuse_legacy_symbol(A)
    return _create_np("tile", A, reps=int(reps) if isinstance(reps, _numbers.Integral) else tuple(reps), hint="tile")


def flip(m, axis=None, out=None):
    """``m`` reversed along ``axis``."""
    _refuse_legacy_symbol(m)
    return _create_np("_npi_flip", m, axis=axis, hint="flip")


def fliplr(m):
    """``m`` with its columns reversed."""
    return flip(m, 1)


def flipud(m):
    """``m`` with its rows reversed."""
    return flip(m, 0)


def broadcast_to(array, shape):
    """``array`` broadcast to ``shape`` (one int stays an int in the node, as MXNet writes it)."""
    shape = int(shape) if isinstance(shape, _numbers.Integral) else tuple(shape)
    return _create_np("_npi_broadcast_to", array, shape=shape, hint="broadcast_to")


def clip(a, a_min, a_max, out=None):
    """``a`` limited to [a_min, a_max] (None: open on that side)."""
    return _symbol.clip(a, a_min, a_max)


def concatenate(seq, axis=0, out=None):
    """The symbols of ``seq`` joined along ``axis``."""
    return _create_np("_npi_concatenate", *seq, axis=axis, hint="concatenate")


def stack(arrays, axis=0, out=None):
    """The symbols of ``arrays`` stacked along a new ``axis``."""
    return _create_np("_npi_stack", *arrays, axis=axis, hint="stack")


def split(ary, indices_or_sections, axis=0):
    """``ary`` split along ``axis`` into N equal sections (an int) or at the given indices: a list of symbols."""
    if isinstance(indices_or_sections, _numbers.Integral):
        indices, sections = [], int(indices_or_sections)
    else:
        indices, sections = [0] + list(indices_or_sections), 0
    parts = _create_np("_split_v2", ary, indices=indices, axis=axis, squeeze_axis=False, sections=sections,
                      hint="split")
    return parts if isinstance(parts, list) else [parts]


def vsplit(ary, indices_or_sections):
    """``ary`` split into rows (``split`` along axis 0)."""
    return split(ary, indices_or_sections, axis=0)


def vstack(arrays, out=None):
    """The symbols stacked as rows."""
    return _create_np("_npi_vstack", *arrays, hint="vstack")


def row_stack(arrays):
    """``vstack`` under NumPy's other name."""
    return vstack(arrays)


def hstack(arrays):
    """The symbols stacked as columns."""
    return _create_np("_npi_hstack", *arrays, hint="hstack")


def ravel(x, order="C"):
    """The elements of ``x`` in one dimension."""
    _refuse_legacy_symbol(x)
    return _create_np("_npx_reshape", x, newshape=-1, hint="reshape")


def tril(m, k=0):
    """The lower triangle of ``m`` (below the ``k``-th diagonal)."""
    return _create_np("_npi_tril", m, k=k, hint="tril")


def take(a, indices, axis=None, mode="raise", out=None):
    """Elements of ``a`` at ``indices`` along ``axis`` (of the flattened ``a`` when None)."""
    return a.take(indices, axis, mode)


def argsort(a, axis=-1, kind=None, order=None):
    """The indices that sort ``a`` along ``axis``."""
    _symbol._refuse_legacy_symbols("_npi_argsort", (a,))
    return a.argsort(axis)


def sort(a, axis=-1, kind=None, order=None):
    """``a`` sorted along ``axis``."""
    return _create_np("sort", a, axis=axis, is_ascend=True, hint="sort")


def where(condition, x, y):
    """Elements of ``x`` where ``condition`` holds, else of ``y`` (either may be a scalar)."""
    x_sym, y_sym = isinstance(x, _symbol.Symbol), isinstance(y, _symbol.Symbol)
    if x_sym and y_sym:
        return _create_np("_npi_where", condition, x, y, hint="where")
    if x_sym:
        return _create_np("_npi_where_rscalar", condition, x, scalar=float(y), hint="where_rscalar")
    if y_sym:
        return _create_np("_npi_where_lscalar", condition, y, scalar=float(x), hint="where_lscalar")
    return _create_np("_npi_where_scalar2", condition, x=float(x), y=float(y), hint="where_scalar2")


def tensordot(a, b, axes=2):
    """Sums of products of ``a`` and ``b`` over the last/first ``axes`` axes (an int) or the given axes."""
    if isinstance(axes, _numbers.Integral):
        return _create_np("_npi_tensordot_int_axes", a, b, axes=int(axes), hint="tensordot_int_axes")
    a_axes, b_axes = ([x] if isinstance(x, _numbers.Integral) else x for x in axes)
    return _create_np("_npi_tensordot", a, b, a_axes_summed=a_axes, b_axes_summed=b_axes, hint="tensordot")


def inner(a, b):
    """Products summed over the last axes of ``a`` and ``b``."""
    return tensordot(a, b, ((-1,), (-1,)))


def outer(a, b):
    """Every product of an element of ``a`` with one of ``b`` (both flattened)."""
    return tensordot(a.flatten(), b.flatten(), 0)


def vdot(a, b):
    """The dot product of ``a`` and ``b`` flattened."""
    return tensordot(a.flatten(), b.flatten(), 1)


def matmul(a, b, out=None, **kwargs):
    """``np.matmul`` of two symbols."""
    return _create_np("_npi_matmul", a, b, hint="matmul")


def einsum(*operands, **kwargs):
    """``np.einsum(subscripts, *operands)`` on symbols."""
    subscripts, arrays = operands[0], operands[1:]
    return _create_np("_npi_einsum", *arrays, subscripts=subscripts, optimize=int(bool(kwargs.get("optimize"))),
                     hint="einsum")


from . import random  # noqa: E402,F401  (mx.sym.np.random)
from . import linalg  # noqa: E402,F401  (mx.sym.np.linalg)
from ._functions import *  # noqa: E402,F401,F403  (nodes that run an mx.np function whole)
from ._fallback import empty_like, resize, unravel_index  # noqa: E402,F401  (Custom nodes NumPy computes)



for _name, _generated in _GENERATED.items():
    globals()[_name] = _symbol.operator_symbol(_name, *_generated)
# the binary functions MXNet wraps to check NumPy's ufunc keywords (the others take none, or ignore them)
for _name in ("add", "subtract", "multiply", "divide", "mod", "remainder", "power", "maximum", "minimum", "hypot",
              "arctan2", "copysign", "ldexp", "bitwise_and", "bitwise_or", "bitwise_xor", "lcm"):
    globals()[_name] = _wrap_np_binary_func(globals()[_name])


def _internal_missing(name):
    def function(x, out=None, **kwargs):
        raise AttributeError(f"module 'distnet.symbol.numpy._internal' has no attribute '{name}'")
    function.__name__ = function.__qualname__ = name
    function.__doc__ = f"``np.{name}``: MXNet 1.9.1 has no operator for it on symbols."
    return function


deg2rad, rad2deg = _internal_missing("deg2rad"), _internal_missing("rad2deg")
