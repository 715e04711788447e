"""Errors and small shared helpers of the engine, under MXNet's ``mxnet.base`` names."""
import os

import numpy as np


class MXNetError(RuntimeError):
    """Raised for bad shapes, arguments or state; the name is kept for MXNet compatibility."""


def error_like(builtin, *also):
    """An MXNetError subclass named, and catchable, as the builtin MXNet raises at the same check."""
    return type(builtin.__name__, (MXNetError, builtin) + also,      # shown as the builtin in tracebacks
                {"__module__": "builtins", "__doc__": f"MXNetError raised where MXNet raises {builtin.__name__}."})


class _OnlyForNDArray(MXNetError):
    """A dense-NDArray-only feature used elsewhere; ``refusal`` says where."""

    refusal = ""

    def __init__(self, function, alias, *args):
        super().__init__()
        self.function, self.alias, self.args = function.__name__, alias, [str(type(a)) for a in args]

    def __str__(self):
        msg = f"Function {self.function}"
        if self.alias:
            msg += f" (namely operator \"{self.alias}\")"
        if self.args:
            msg += " with arguments ({})".format(", ".join(self.args))
        return f"{msg} {self.refusal} and only available in NDArray."


class NotImplementedForSymbol(_OnlyForNDArray):
    """An NDArray-only feature used on a Symbol."""

    refusal = "is not implemented for Symbol"


long = int                  # MXNet keeps Python 2's name, so its type tuples list int twice
string_types = (str,)
numeric_types = (float, int, long, np.generic)
integer_types = (int, long, np.int32, np.int64)
mx_real_t = np.float32


def py_str(x):
    """Bytes from a C call as a Python string."""
    return x.decode("utf-8")


def data_dir_default():
    """Where data sets and models are kept by default: ~/.mxnet."""
    return os.path.join(os.path.expanduser("~"), ".mxnet")


def data_dir():
    """The data directory: $MXNET_HOME, else ~/.mxnet."""
    return os.getenv("MXNET_HOME", data_dir_default())


# ---- error registry (``mx.base.error_types``, ``mx.error.register``) ---------------------------
error_types = {}      # error name -> class; "ValueError: ..." style messages map to these


def register_error(func_name=None, cls=None):
    """Register an error class under a name (its own name by default); usable as a decorator."""
    if callable(func_name):
        func_name, cls = func_name.__name__, func_name

    def register(klass):
        error_types[func_name if isinstance(func_name, str) else klass.__name__] = klass
        return klass
    return register if cls is None else register(cls)


def _valid_error_name(name):
    """Whether ``name`` can name an error type (letters, digits, '_' and '.')."""
    return all(c.isalnum() or c in "_." for c in name)


def _find_error_type(line):
    """The error name before the first ':' of ``line``, or None."""
    head, sep, _ = line.partition(":")
    return head if sep and _valid_error_name(head) else None


def c2pyerror(err_msg):
    """(message with any 'Stack trace' block turned into a Python-style traceback, error name)."""
    lines = err_msg.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    err_type = _find_error_type(lines[0]) if lines else None
    message, frames, in_trace = [], [], False
    for line in lines:
        if in_trace and line.startswith("  "):
            frames.append(line)
            continue
        in_trace = line.startswith("Stack trace")
        if not in_trace:
            message.append(line)
    out = ""
    if frames:
        out = "Traceback (most recent call last):\n" + "\n".join(reversed(frames)) + "\n"
    return out + "\n".join(message), err_type


register_error(NotImplementedForSymbol)


class NotSupportedForSparseNDArray(_OnlyForNDArray):
    """A dense-only feature used on a sparse NDArray."""

    refusal = "is not supported for SparseNDArray"


# ---- small helpers scripts import from ``mxnet.base`` ----------------------------------------
class _NullType:
    """The placeholder for "argument not given" in generated operator signatures."""

    def __repr__(self):
        return "_Null"


_Null = _NullType()
basestring = str


def _as_list(obj):
    """``obj`` itself if a list or tuple, else ``[obj]``."""
    return obj if isinstance(obj, (list, tuple)) else [obj]


class classproperty:
    """A read-only property on the class itself."""

    def __init__(self, func):
        self.func = func

    def __get__(self, obj, owner):
        return self.func(owner)


def with_metaclass(meta, *bases):
    """A base class created by ``meta`` (the Python 2/3 compatible spelling)."""
    return meta("temporary_class", bases or (object,), {})


import ctypes as _ctypes  # noqa: E402  (the C scalar type names MXNet's signatures use)

mx_uint, mx_int, mx_float, mx_int64 = _ctypes.c_uint, _ctypes.c_int, _ctypes.c_float, _ctypes.c_int64


def c_str(string):
    """A Python string as a C ``char*``."""
    return _ctypes.c_char_p(string.encode("utf-8"))
