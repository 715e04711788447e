"""Errors and small shared helpers of the engine, under MXNet's ``mxnet.base`` names."""
import os

import numpy as np


class MXNetError(RuntimeError):
    """Raised for bad shapes, arguments or state; the name is kept for MXNet compatibility."""


def error_like(builtin, *also):
    """An MXNetError subclass named, and catchable, as the builtin MXNet raises at the same check."""
    return type(builtin.__name__, (MXNetError, builtin) + also,      # shown as the builtin in tracebacks
                {"__module__": "builtins", "__doc__": f"MXNetError raised where MXNet raises {builtin.__name__}."})


class NotImplementedForSymbol(MXNetError):
    """An NDArray-only feature used on a Symbol."""

    def __init__(self, function, alias, *args):
        super().__init__()
        self.function, self.alias, self.args = function.__name__, alias, [str(type(a)) for a in args]

    def __str__(self):
        msg = f"Function {self.function}"
        if self.alias:
            msg += f" (namely operator \"{self.alias}\")"
        if self.args:
            msg += " with arguments ({})".format(", ".join(self.args))
        return msg + " is not implemented for Symbol and only available in NDArray."


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
