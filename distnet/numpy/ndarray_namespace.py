"""``mx.nd.np`` (``F.np`` in a hybrid_forward run imperatively): the mx.np functions, except those MXNet's
``mxnet.ndarray.numpy`` defines as generated operator functions, whose parameters come in another order
(prod: keepdims before out) or under other names (``data``), with the operator's ``initial``."""
import sys

import numpy as _onp

from .. import numpy as _np
from ..base import module_view as _module_view, view_module as _view_module
from ..context import current_context as _current_context
from ..ndarray.ndarray import NDArray as _NDArray
from .signatures import GENERATED as _GENERATED, operator_function as _operator_function


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


for _name, (_, _inputs, _attributes) in _GENERATED.items():
    globals()[_name] = _operator_function(_name, getattr(_np, _name), _inputs, _attributes, "distnet.ndarray.numpy")


def matmul(a, b, out=None):
    """``np.matmul`` (without the keywords mx.np's takes)."""
    return _np.matmul(a, b, out=out)


def remainder(x1, x2, out=None):
    """``np.remainder`` (without the keywords mx.np's takes)."""
    return _np.remainder(x1, x2, out=out)


def _atleast(fn):
    def function(*arys, **kwargs):
        return fn(*arys, **kwargs)      # (whose operator refuses other keywords)
    function.__name__ = function.__qualname__ = fn.__name__
    function.__doc__ = fn.__doc__
    return function


atleast_1d, atleast_2d, atleast_3d = (_atleast(f) for f in (_np.atleast_1d, _np.atleast_2d, _np.atleast_3d))


def pad(x, pad_width, mode="constant", **kwargs):
    """``np.pad`` (whose ``pad_width`` this function requires)."""
    return _np.pad(x, pad_width, mode, **kwargs)


for _function in (matmul, remainder, atleast_1d, atleast_2d, atleast_3d, pad):
    _function.__module__ = "distnet.ndarray.numpy"      # (MXNet's module of them)


# mx.np's linalg and random as MXNet's mxnet.ndarray.numpy has them (``import mxnet.ndarray.numpy.linalg`` finds them):
# no NumPy-run linalg functions (those of mx.np.linalg's fallback module) nor randn; the module names random imports
linalg = sys.modules["distnet.ndarray.numpy.linalg"] = _view_module(
    _np.linalg, "mxnet.ndarray.numpy.linalg",
    absent=("cond", "fallback_linalg", "lstsq", "matrix_power", "matrix_rank", "multi_dot", "qr"))
random = sys.modules["distnet.ndarray.numpy.random"] = _view_module(
    _np.random, "mxnet.ndarray.numpy.random", absent=("randn",),
    NDArray=_NDArray, current_context=_current_context, np=_onp)
