"""``mx.util``: the NumPy-semantics switches (shape and array semantics, per thread) and helpers.

As in MXNet 1.9.1, both start off in every thread. NumPy shape semantics makes 0 a real dimension
size and ``()`` a real (scalar) shape; NumPy array semantics makes Gluon create ``mx.np`` arrays.
"""
import ctypes
import functools
import inspect
import logging
import os
import threading

from .base import MXNetError, c_str, error_like, no_attribute, py_str  # noqa: F401  (c_str, py_str: as MXNet's util)
from .base import _LIB, check_call, hiding as _hiding  # noqa: F401

_OSError = error_like(OSError)


class _NumpyModes(threading.local):
    """The two switches of the current thread (a new thread starts with both off)."""

    shape = False
    array = False


_MODES = _NumpyModes()
_GLOBAL = {"shape": False}     # set_np_shape(2): NumPy shape semantics on in every thread (MXNet's GlobalOn)
# MXNet logs the first activation of each semantics once per process.
_ACTIVATION_MESSAGES = {
    "shape": "NumPy-shape semantics has been activated in your code. This is required for creating and manipulating "
             "scalar and zero-size tensors, which were not supported in MXNet before, as in the official NumPy "
             "library. Please DO NOT manually deactivate this semantics while using `mxnet.numpy` and "
             "`mxnet.numpy_extension` modules.",
    "array": "NumPy array semantics has been activated in your code. This allows you to use operators from MXNet "
             "NumPy and NumPy Extension modules as well as MXNet NumPy `ndarray`s.",
}
_activations_logged = set()


def is_np_array():
    """Whether NumPy array semantics is on (Gluon then makes and returns ``mx.np`` arrays)."""
    return _MODES.array


def is_np_shape():
    """Whether NumPy shape semantics is on (0 is a dimension size, () a scalar's shape)."""
    return _MODES.shape or _GLOBAL["shape"]


def is_np_shape_global():
    """Whether NumPy shape semantics is on in every thread (``set_np_shape(2)``, MXNet's GlobalOn)."""
    return _GLOBAL["shape"]


def _log_activation(mode):
    """Log, once per process, that NumPy ``mode`` semantics ("shape" or "array") was turned on."""
    if mode not in _activations_logged:
        logging.info(_ACTIVATION_MESSAGES[mode])
        _activations_logged.add(mode)


def _switch(mode, active):
    """Turn NumPy ``mode`` semantics ("shape" or "array") on or off in this thread; returns the previous state."""
    if active:
        _log_activation(mode)
    previous = getattr(_MODES, mode)
    # MXNet keeps the array flag as given (set_np(array=1) makes is_np_array() 1); the shape flag is a bool
    setattr(_MODES, mode, active if mode == "array" else bool(active))
    return previous


def set_np_shape(active):
    """Turn NumPy shape semantics on in this thread (``active`` true), on in every thread (``active`` 2), or
    off in this thread and globally (false); returns whether it was on here."""
    if not active and is_np_array():
        raise ValueError("Deactivating NumPy shape semantics while NumPy array semantics is still active is not "
                         "allowed. Please consider calling `npx.reset_np()` to deactivate both of them.")
    active = ctypes.c_int(active).value     # MXNet hands it to its library as a C int: None or text is a TypeError
    previous = is_np_shape()
    if active not in (0, 1, 2):     # none of MXNet's NumpyShape values (Off, ThreadLocalOn, GlobalOn): no change
        _log_activation("shape")
        return previous
    _switch("shape", active)
    if active == 2 or not active:
        _GLOBAL["shape"] = active == 2
    return previous


def _set_np_array(active):
    """Turn NumPy array semantics on or off in this thread; returns the previous state."""
    return _switch("array", active)


class _NumpyShapeScope:
    """``with np_shape(active):``: sets NumPy shape semantics inside the block, restores it after."""

    _setter = staticmethod(set_np_shape)

    def __init__(self, active):
        self._enter_is_np_shape, self._prev_is_np_shape = active, None

    def __enter__(self):
        if self._enter_is_np_shape is not None:
            self._prev_is_np_shape = self._setter(self._enter_is_np_shape)

    def __exit__(self, ptype, value, trace):
        if self._enter_is_np_shape is not None and self._prev_is_np_shape != self._enter_is_np_shape:
            self._setter(self._prev_is_np_shape)


class _NumpyArrayScope:
    """``with np_array(active):``: NumPy array semantics is ``active`` (even None) inside the block and what it
    was before after it, whatever the block set. Unlike ``set_np_array``, entering logs nothing."""

    def __init__(self, active):
        self._is_np_array, self._previous = active, None

    def __enter__(self):
        self._previous = _MODES.array
        _MODES.array = self._is_np_array
        return self         # (MXNet's array scope gives itself to ``with ... as``; its shape scope gives None)

    def __exit__(self, ptype, value, trace):
        _MODES.array = self._previous


def np_shape(active=True):
    """A scope with NumPy shape semantics on (or, with ``active=False``, off)."""
    return _NumpyShapeScope(active)


def np_array(active=True):
    """A scope with NumPy array semantics on (or, with ``active=False``, off)."""
    return _NumpyArrayScope(active)


def _scoped(func, scope, decorator):
    """``func`` (a callable, or every method and property of a class) run inside ``scope()``."""
    if inspect.isclass(func):
        members = inspect.getmembers(func, lambda f: inspect.isfunction(f) or inspect.ismethod(f)
                                     or isinstance(f, property))
        for name, member in members:
            if isinstance(member, property):
                setattr(func, name, property(_scoped(member.__get__, scope, decorator), member.__set__,
                                             member.__delattr__, member.__doc__))
            else:
                setattr(func, name, _scoped(member, scope, decorator))
        return func
    if not callable(func):
        raise TypeError(f"{decorator} can only decorate classes and callable objects, "
                        f"while received a {type(func)}")

    @functools.wraps(func)
    def scoped(*args, **kwargs):
        with scope():
            return func(*args, **kwargs)
    return scoped


def use_np_shape(func):
    """Run ``func`` (a function or every method of a class) with NumPy shape semantics on."""
    return _scoped(func, np_shape, "use_np_shape")


def use_np_array(func):
    """Run ``func`` (a function or every method of a class) with NumPy array semantics on."""
    return _scoped(func, np_array, "use_np_array")


def use_np(func):
    """Run ``func`` with both NumPy shape and array semantics on."""
    return use_np_shape(use_np_array(func))


def set_np(shape=True, array=True):
    """Set NumPy shape and array semantics together (array semantics needs shape semantics)."""
    if array and not shape:
        raise ValueError("NumPy Shape semantics is required in using NumPy array semantics.")
    _set_np_array(array)
    set_np_shape(shape)


def reset_np():
    """Turn NumPy shape and array semantics off."""
    set_np(shape=False, array=False)


# ---- helpers for NumPy-style ufunc signatures -------------------------------------------
_np_ufunc_default_kwargs = {"where": True, "casting": "same_kind", "order": "K", "dtype": None, "subok": True}
_LEGAL_DTYPES = ("int8", "uint8", "int32", "int64", "float16", "float32", "float64")


def np_ufunc_legal_option(key, value):
    """Whether ``key=value`` is a NumPy ufunc keyword with an allowed value."""
    import numpy as np
    if key == "where":
        return True
    if key == "casting":
        return value in ("no", "equiv", "safe", "same_kind", "unsafe")
    if key == "order":
        return isinstance(value, str)
    if key == "dtype":
        # a name or a scalar type; a dtype object (np.dtype("float32")) is not among MXNet's legal options
        named = isinstance(value, str) and value in _LEGAL_DTYPES
        return named or any(value is getattr(np, d) for d in _LEGAL_DTYPES)
    if key == "subok":
        return isinstance(value, bool)
    return False


def _check_ufunc_kwargs(func, kwargs, unary):
    """TypeError for an unknown or malformed ufunc keyword, NotImplementedError for a legal non-default one."""
    for key, value in kwargs.items():
        if key not in _np_ufunc_default_kwargs:
            raise TypeError(f"{key} is an invalid keyword to function '{func.__name__}'")
        if value != _np_ufunc_default_kwargs[key]:
            if np_ufunc_legal_option(key, value):
                where = f" for operator {func.__name__}" if unary else ""
                raise NotImplementedError(f"{key}={value} is not implemented yet{where}")
            raise TypeError(f"{key}={value} not understood for operator {func.__name__}" if unary
                            else f"{key} {value} not understood")


def wrap_np_unary_func(func):
    """``func(x, out=None)`` accepting (and checking) NumPy's ufunc keywords."""
    @functools.wraps(func)
    def wrapped(x, out=None, **kwargs):
        _check_ufunc_kwargs(func, kwargs, unary=True)
        return func(x, out=out)
    wrapped.__signature__ = inspect.signature(wrapped, follow_wrapped=False)     # (MXNet's shows the keywords)
    _keywords_checked_first(wrapped, func, unary=True)
    return wrapped


def wrap_np_binary_func(func):
    """``func(x1, x2, out=None)`` accepting (and checking) NumPy's ufunc keywords."""
    @functools.wraps(func)
    def wrapped(x1, x2, out=None, **kwargs):
        _check_ufunc_kwargs(func, kwargs, unary=False)
        return func(x1, x2, out=out)
    wrapped.__signature__ = inspect.signature(wrapped, follow_wrapped=False)     # (MXNet's shows the keywords)
    _keywords_checked_first(wrapped, func, unary=False)
    return wrapped


def _keywords_checked_first(wrapped, func, unary):
    """Check the ufunc keywords before ``func``'s front end checks its operands: MXNet's wrapper reads them first (a
    list operand with ``where=False`` is its NotImplementedError)."""
    front_end = getattr(func, "front_end", None)
    if front_end is None:
        return

    own = ("x", "out") if unary else ("x1", "x2", "out")      # (the operands may come by keyword too)
    signature = inspect.signature(wrapped)

    def checked(*args, **kwargs):
        try:
            signature.bind(*args, **kwargs)
        except TypeError:
            wrapped(*args, **kwargs)        # Python refuses a call missing an operand first, in its words
            raise
        _check_ufunc_kwargs(func, {k: v for k, v in kwargs.items() if k not in own}, unary)
        return front_end(*args, **kwargs)
    wrapped.front_end = checked


def _sanity_check_params(func_name, unsupported_params, param_dict):
    """NotImplementedError when ``param_dict`` uses one of ``unsupported_params``."""
    for name in unsupported_params:
        if name in param_dict:
            raise NotImplementedError(f"function {func_name} does not support parameter {name}")


def set_module(module):
    """A decorator setting ``__module__`` of a function or class (when ``module`` is not None)."""
    def decorator(func):
        if module is not None:
            func.__module__ = module
        return func
    return decorator


# ---- environment and devices -------------------------------------------------------------
def _libc(name, restype, *argtypes):
    """The C library's function ``name`` (the environment MXNet's backend reads), or None where it cannot be
    reached."""
    try:
        fn = getattr(ctypes.CDLL(None), name)
    except (OSError, AttributeError):
        return None
    fn.restype, fn.argtypes = restype, list(argtypes)
    return fn


_C_GETENV = _libc("getenv", ctypes.c_char_p, ctypes.c_char_p)
_C_SETENV = _libc("setenv", ctypes.c_int, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_int)
_C_UNSETENV = _libc("unsetenv", ctypes.c_int, ctypes.c_char_p)


def getenv(name):
    """The process environment's value of ``name`` (as the C library sees it), or None."""
    if _C_GETENV is None:
        return os.environ.get(name)
    value = _C_GETENV(name.encode("utf-8"))
    return None if value is None else py_str(value)


def setenv(name, value):
    """Set (or, with None, unset) ``name`` in the process environment.

    As in MXNet, this is the C library's environment, which the backend and child processes see;
    Python's ``os.environ`` snapshot is not changed.
    """
    for text in (name, value):
        if text is not None and not isinstance(text, str):     # MXNet passes both on as C strings
            raise no_attribute(text, "encode")
    # the C library's refusal (an empty name, one with '=') is ignored, as in MXNet
    if value is None:
        _C_UNSETENV(name.encode("utf-8")) if _C_UNSETENV else os.unsetenv(name)
    else:
        _C_SETENV(name.encode("utf-8"), value.encode("utf-8"), 1) if _C_SETENV else os.putenv(name, value)


def get_gpu_count():
    """0: distnet has no GPU backend."""
    return 0


def get_gpu_memory(gpu_dev_id):
    """Not available: there is no GPU backend, as in an MXNet build without CUDA (whose C API is first handed
    ``gpu_dev_id`` as ctypes converts it: an int, str, bytes or None)."""
    from .context import NO_CUDA
    if gpu_dev_id is not None and not isinstance(gpu_dev_id, (int, str, bytes)):
        raise ctypes.ArgumentError("argument 1: TypeError: Don't know how to convert parameter 1")
    raise MXNetError(NO_CUDA)


def get_cuda_compute_capability(ctx):
    """ValueError for a non-GPU context; for a GPU context, an OSError: no CUDA driver is used."""
    if ctx.device_type != "gpu":
        raise ValueError("Expecting a gpu context to get cuda compute capability, "
                         f"while received ctx {ctx}")
    # MXNet asks the CUDA driver library, which a CPU-only system lacks
    raise _OSError("could not load any of: libcuda.so libcuda.dylib cuda.dll")

__dir__ = _hiding(globals(), "MXNetError error_like is_np_shape_global logging no_attribute os".split())
