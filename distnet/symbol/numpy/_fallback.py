"""``mx.sym.np`` functions NumPy computes inside the graph: each builds a ``Custom`` node of the operator
``distnet.numpy.fallback_operators`` registers (``<name>_fallback``), with no gradient."""
from ...numpy.creation import _empty_like_name
from ..symbol import Symbol
from ._symbol import _refuse_legacy_symbols, create_np


def custom(op_type, *data, **attrs):
    """A ``Custom`` node of the registered operator ``op_type`` over the np symbols ``data``."""
    for d in data:
        if not isinstance(d, Symbol):
            raise AssertionError(f"Positional arguments must be Symbol instances, but got {d}")
    _refuse_legacy_symbols("_npi_Custom", data)      # (the name MXNet's np front end gives the operator)
    return create_np("Custom", *data, op_type=op_type, hint="custom", **attrs)


def empty_like(prototype, dtype=None, order="C", subok=False, shape=None):
    """An array shaped as ``prototype``, of ``dtype`` (its own by default); NumPy leaves its values unset."""
    if order != "C":
        raise NotImplementedError("Only support C order at this moment")
    if subok:
        raise NotImplementedError("Creating array by using sub-class is not supported at this moment")
    if shape is not None:
        raise NotImplementedError("Parameter 'shape' is not supported at this moment")
    return custom("empty_like_fallback", prototype, dtype=_empty_like_name(dtype), order=order, subok=subok,
                  shape=shape)


def resize(a, new_shape):
    """``a``'s elements, repeated or cut, filling ``new_shape`` (an int or a tuple)."""
    return custom("resize_fallback", a, new_shape=new_shape)


def unravel_index(indices, shape, order="C"):
    """The coordinates in ``shape`` of the flat ``indices``, stacked: one row per dimension of ``shape``."""
    if order != "C":
        raise NotImplementedError("Don not support column-major (Fortran-style) order at this moment")
    return custom("unravel_index_fallback", indices, shape=shape)
