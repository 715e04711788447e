"""``mx.sym.np`` creation functions: arrays of given shapes (or of another symbol's shape) as graph nodes."""
import numbers

import numpy as _onp

from ._symbol import UnbuiltNumpySymbolError, create_np


def _given(**attrs):
    """The attributes a caller set (MXNet's symbol functions leave the defaults out of the node)."""
    return {k: v for k, v in attrs.items() if v is not None and v is not False}


def _like(name, value):
    def function(a, dtype=None, order="C", ctx=None, out=None):
        return create_np("_npi_full_like", a, fill_value=value, ctx=str(ctx or _context()), hint="full_like",
                         **_given(dtype=dtype))
    function.__name__ = function.__qualname__ = name
    function.__doc__ = f"An array of ``a``'s shape filled with {value}."
    return function


zeros_like = _like("zeros_like", 0)
ones_like = _like("ones_like", 1)


def full_like(a, fill_value, dtype=None, order="C", ctx=None, out=None):
    """An array of ``a``'s shape filled with ``fill_value``."""
    return create_np("_npi_full_like", a, fill_value=fill_value, ctx=str(ctx or _context()), hint="full_like",
                     **_given(dtype=dtype))


def _context():
    from ...context import current_context
    return str(current_context())


def zeros(shape, dtype=_onp.float32, order="C", ctx=None):
    """A symbol of zeros of ``shape``."""
    return create_np("_npi_zeros", shape=_shape(shape), ctx=str(ctx or _context()), dtype=_dtype(dtype), hint="zeros")


def ones(shape, dtype=_onp.float32, order="C", ctx=None):
    """A symbol of ones of ``shape``."""
    return create_np("_npi_ones", shape=_shape(shape), ctx=str(ctx or _context()), dtype=_dtype(dtype), hint="ones")


def full(shape, fill_value, dtype=None, order="C", ctx=None, out=None):
    """A symbol of ``shape`` filled with ``fill_value`` (bool for a bool fill, else float32 unless told); a
    symbol ``fill_value`` broadcast to ``shape`` (cast when ``dtype`` is given)."""
    from ..symbol import Symbol
    if isinstance(fill_value, Symbol):
        from . import broadcast_to
        filled = broadcast_to(fill_value, shape)
        return filled if dtype is None else filled.astype(dtype)
    if dtype is None:
        dtype = "bool" if isinstance(fill_value, bool) else "float32"
    # the value's text as MXNet writes it: an integer (True is 1) without a decimal point
    value = int(fill_value) if isinstance(fill_value, numbers.Integral) else float(fill_value)
    return create_np("_full", shape=_shape(shape), value=value, ctx=str(ctx or _context()),
                     dtype=_dtype(dtype), hint="full")


def arange(start, stop=None, step=1, dtype=None, ctx=None):
    """Evenly spaced values in [start, stop)."""
    if stop is None:
        start, stop = 0, start
    return create_np("_npi_arange", start=start, stop=stop, step=1 if step is None else step,
                     ctx=str(ctx or _context()), dtype=_dtype(dtype), hint="arange")


def eye(N, M=None, k=0, dtype=_onp.float32, **kwargs):  # noqa: N803  (NumPy's names)
    """Ones on the ``k``-th diagonal of an N x M matrix (of the keywords, only ``ctx`` is read)."""
    ctx = kwargs.get("ctx")
    return create_np("_npi_eye", N=N, M=M, k=k, ctx=str(ctx or _context()), dtype=_dtype(dtype), hint="eye")


def linspace(start, stop, num=50, endpoint=True, retstep=False, dtype=None, axis=0, ctx=None):
    """``num`` evenly spaced values from ``start`` to ``stop``."""
    if retstep or axis != 0:
        raise UnbuiltNumpySymbolError("mx.sym.np.linspace: distnet builds it without retstep and with axis=0 only")
    return create_np("_linspace", start=start, stop=stop, num=num, endpoint=endpoint, ctx=str(ctx or _context()),
                     hint="linspace", **_given(dtype=dtype))


def _shape(shape):
    """A shape as MXNet's node writes it: one int stays an int."""
    return int(shape) if isinstance(shape, numbers.Integral) else tuple(shape)


def _dtype(dtype):
    import numpy
    return numpy.dtype("float32" if dtype is None else dtype).name
