"""``mx.library``: loading native operator libraries, which a pure-Python build cannot do."""
import ctypes
import os
import sys  # noqa: F401  (as MXNet's module imports it)

from .base import MXNetError, located as _located
from .base import check_call, mx_uint  # noqa: F401  (names MXNet's module shows, as its own imports)

_OPEN_SITE = ("../src/initialize.cc", 125)      # MXNet's checks of dlopen's and dlsym's results
_SYMBOL_SITE = ("../src/initialize.cc", 170)


def load(path, verbose=True):
    """Check ``path`` and the library as MXNet does, then refuse: native operator libraries cannot run here."""
    if not os.path.exists(path):
        raise MXNetError(f"load path {path} does NOT exist")
    if not os.path.isabs(path):
        raise MXNetError(f"load path {path} is not an absolute path")
    if os.path.splitext(path)[1] not in (".so", ".dll"):
        raise MXNetError(f"load path {path} is NOT a library file")
    try:
        lib = ctypes.CDLL(path)
    except OSError as err:          # its text is the loader's reason, as in MXNet's message
        raise _located(MXNetError(f"Error loading library: '{path}'\n{err}\n"), _OPEN_SITE) from None
    try:
        lib._opVersion          # every MXNet extension library exports it
    except AttributeError as err:   # its text is dlerror's, naming the object the loader holds
        raise _located(MXNetError(f"Error getting function '_opVersion' from library\n{err}\n"), _SYMBOL_SITE) from None
    raise MXNetError(f"cannot load {path}: distnet runs operators in Python (numpy) and cannot load "
                     "compiled MXNet operator libraries; write the operator as a Python custom op "
                     "(mx.operator.CustomOp) instead")
