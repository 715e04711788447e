"""``mx.library``: loading native operator libraries, which a pure-Python build cannot do."""
import os

from .base import MXNetError


def load(path, verbose=True):
    """Check ``path`` as MXNet does, then refuse: native (C++) operator libraries cannot be loaded here."""
    if not os.path.exists(path):
        raise MXNetError(f"load path {path} does NOT exist")
    if not os.path.isabs(path):
        raise MXNetError(f"load path {path} is not an absolute path")
    if os.path.splitext(path)[1] not in (".so", ".dll"):
        raise MXNetError(f"load path {path} is NOT a library file")
    raise MXNetError(f"cannot load {path}: distnet runs operators in Python (numpy) and cannot load "
                     "compiled MXNet operator libraries; write the operator as a Python custom op "
                     "(mx.operator.CustomOp) instead")
