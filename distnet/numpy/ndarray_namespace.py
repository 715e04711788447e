"""``mx.nd.np`` (``F.np`` in a hybrid_forward run imperatively): the mx.np functions, except those MXNet's
``mxnet.ndarray.numpy`` defines as generated operator functions, whose parameters come in another order
(prod: keepdims before out) or under other names (``data``), with the operator's ``initial``."""
import sys

import numpy as _onp

from .. import numpy as _np
from ..base import module_view as _module_view, view_module as _view_module
from ..context import current_context as _current_context
from ..ndarray.ndarray import NDArray as _NDArray


# mx.np's names MXNet's mxnet.ndarray.numpy lacks (its array types, constants, creation from data, NumPy fallbacks)
_ABSENT = frozenset(
    "NAN NINF NZERO NaN PINF PZERO _STR_2_DTYPE_ allclose alltrue apply_along_axis apply_over_axes argpartition "
    "argwhere array array_equal array_equiv arrayprint bool bool_ broadcast_arrays choose compress corrcoef correlate "
    "count_nonzero cov digitize divmod e empty extract fallback fallback_linalg finfo flatnonzero float16 float32 "
    "float64 float_power frexp function_base genfromtxt heaviside histogram2d histogram_bin_edges histogramdd i0 in1d "
    "inf int32 int64 int8 interp intersect1d io isclose isin ix_ lexsort meshgrid min_scalar_type mirr modf msort "
    "multiarray nan nanargmax nanargmin nancumprod nancumsum nanmax nanmedian nanmin nanpercentile nanprod "
    "nanquantile ndarray ndim newaxis npv packbits partition pi piecewise poly polyadd polydiv polyfit polyint polymul "
    "polysub positive ppmt promote_types ptp pv rate real result_type rollaxis roots searchsorted select "
    "set_printoptions setdiff1d setxor1d signbit size spacing stride_tricks take_along_axis trapz tril_indices_from "
    "trim_zeros triu_indices_from uint8 union1d unpackbits unwrap utils vander".split())


__getattr__, __dir__ = _module_view(_np, _ABSENT, "mxnet.ndarray.numpy")


def prod(a=None, axis=None, dtype=None, keepdims=False, initial=None, out=None, name=None, **kwargs):
    """``np.prod`` as the generated ``_np_prod`` function takes its parameters."""
    return _np.prod(a, axis=axis, dtype=dtype, out=out, keepdims=keepdims, initial=initial, **kwargs)


def _extreme(fn):
    def function(a=None, axis=None, keepdims=False, initial=None, out=None, name=None, **kwargs):
        return fn(a, axis=axis, keepdims=keepdims, out=out, initial=initial, **kwargs)
    function.__name__ = function.__qualname__ = fn.__name__
    function.__doc__ = f"``np.{fn.__name__}`` as the generated operator function takes its parameters."
    return function


def _logical(fn):
    def function(data=None, axis=None, keepdims=False, out=None, name=None, **kwargs):
        return fn(data, axis=axis, keepdims=keepdims, out=out, **kwargs)
    function.__name__ = function.__qualname__ = fn.__name__
    function.__doc__ = f"``np.{fn.__name__}`` of ``data`` (the generated operator function's name for it)."
    return function




def product(a=None, axis=None, dtype=None, keepdims=False, initial=None, out=None, name=None, **kwargs):
    """``np.product`` as the generated ``_np_product`` function takes its parameters (``prod``'s)."""
    return prod(a, axis, dtype, keepdims, initial, out, name, **kwargs)


max, min, amax, amin = (_extreme(f) for f in (_np.max, _np.min, _np.amax, _np.amin))  # noqa: A001
all, any, sometrue = (_logical(f) for f in (_np.all, _np.any, _np.sometrue))  # noqa: A001


def diag(data=None, k=0, out=None, name=None):
    """``np.diag`` of ``data``."""
    return _np.diag(data, k)


def diagflat(data=None, k=0, out=None, name=None):
    """``np.diagflat`` of ``data``."""
    return _np.diagflat(data, k)


def diagonal(data=None, offset=0, axis1=0, axis2=1, out=None, name=None):
    """``np.diagonal`` of ``data``."""
    return _np.diagonal(data, offset, axis1, axis2)


def repeat(data=None, repeats=None, axis=None, out=None, name=None):
    """``np.repeat`` of ``data``."""
    return _np.repeat(data, repeats, axis)


def roll(data=None, shift=None, axis=None, out=None, name=None):
    """``np.roll`` of ``data``."""
    return _np.roll(data, shift, axis)


def trace(data=None, offset=0, axis1=0, axis2=1, out=None, name=None, **kwargs):
    """``np.trace`` of ``data``."""
    return _np.trace(data, offset, axis1, axis2, out=out, **kwargs)


# mx.np's linalg and random as MXNet's mxnet.ndarray.numpy has them (``import mxnet.ndarray.numpy.linalg`` finds them):
# no NumPy-run linalg functions (those of mx.np.linalg's fallback module) nor randn; the module names random imports
linalg = sys.modules["distnet.ndarray.numpy.linalg"] = _view_module(
    _np.linalg, "mxnet.ndarray.numpy.linalg",
    absent=("cond", "fallback_linalg", "lstsq", "matrix_power", "matrix_rank", "multi_dot", "qr"))
random = sys.modules["distnet.ndarray.numpy.random"] = _view_module(
    _np.random, "mxnet.ndarray.numpy.random", absent=("randn",),
    NDArray=_NDArray, current_context=_current_context, np=_onp)
