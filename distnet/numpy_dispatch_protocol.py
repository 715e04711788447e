"""NumPy's dispatch protocols for ``mx.np`` arrays: which NumPy functions and ufuncs run MXNet's own operators.

``ndarray.__array_function__`` / ``__array_ufunc__`` (in ``distnet.numpy.umath``) do the dispatching; this module
is MXNet's public view of it: the two name lists, the NumPy-callable -> ``mx.np`` function tables and the test
decorators that run a function only under NumPy versions with the protocol.
"""
import functools

import numpy as _np

from . import numpy as mx_np
from .numpy.umath import ARRAY_FUNCTIONS, ARRAY_UFUNCS

_NUMPY_ARRAY_FUNCTION_LIST = list(ARRAY_FUNCTIONS)
_NUMPY_ARRAY_UFUNC_LIST = list(ARRAY_UFUNCS)
_NUMPY_ARRAY_FUNCTION_DICT = {}     # NumPy function -> the mx.np function it dispatches to
_NUMPY_ARRAY_UFUNC_DICT = {}        # ufunc name -> the mx.np function it dispatches to


def _find_duplicate(strs):
    """The first string of ``strs`` seen twice, or None."""
    seen = set()
    for s in strs:
        if s in seen:
            return s
        seen.add(s)
    return None


def _implements(numpy_function):
    """A decorator recording its function as what ``numpy_function`` dispatches to."""
    def decorator(func):
        _NUMPY_ARRAY_FUNCTION_DICT[numpy_function] = func
        return func
    return decorator


def _numpy_at_least(version):
    return tuple(int(p) for p in _np.__version__.split(".")[:2]) >= version


def _protocol_runner(protocol, version):
    def decorator(func):
        @functools.wraps(func)
        def run(*args, **kwargs):
            if not _numpy_at_least(version):
                return
            try:
                func(*args, **kwargs)       # as MXNet's decorators, the result is not passed on
            except Exception as e:
                raise RuntimeError(f"Running function {func.__name__} with NumPy array {protocol} protocol failed "
                                   f"with exception {e}") from e
        return run
    return decorator


with_array_function_protocol = _protocol_runner("function", (1, 17))
with_array_function_protocol.__doc__ = "Run the decorated function only under NumPy >= 1.17 (errors: RuntimeError)."
with_array_ufunc_protocol = _protocol_runner("ufunc", (1, 15))
with_array_ufunc_protocol.__doc__ = "Run the decorated function only under NumPy >= 1.15 (errors: RuntimeError)."


def _lookup(space, dotted):
    for part in dotted.split("."):
        space = getattr(space, part)
    return space


@with_array_function_protocol
def _register_array_function():
    """Fill ``_NUMPY_ARRAY_FUNCTION_DICT`` from ``_NUMPY_ARRAY_FUNCTION_LIST``."""
    dup = _find_duplicate(_NUMPY_ARRAY_FUNCTION_LIST)
    if dup is not None:
        raise ValueError(f"Duplicate operator name {dup} in _NUMPY_ARRAY_FUNCTION_LIST")
    for name in _NUMPY_ARRAY_FUNCTION_LIST:
        _implements(_lookup(_np, name))(_lookup(mx_np, name))


@with_array_ufunc_protocol
def _register_array_ufunc():
    """Fill ``_NUMPY_ARRAY_UFUNC_DICT`` from ``_NUMPY_ARRAY_UFUNC_LIST``."""
    dup = _find_duplicate(_NUMPY_ARRAY_UFUNC_LIST)
    if dup is not None:
        raise ValueError(f"Duplicate operator name {dup} in _NUMPY_ARRAY_UFUNC_LIST")
    for name in _NUMPY_ARRAY_UFUNC_LIST:
        if not hasattr(mx_np, name):
            raise AttributeError(f"mxnet.numpy does not have operator named {name}")
        _NUMPY_ARRAY_UFUNC_DICT[name] = getattr(mx_np, name)


_register_array_function()
_register_array_ufunc()
