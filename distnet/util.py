"""``mx.util``: the NumPy-semantics switches (distnet has MXNet 1.x's legacy semantics only)."""
import os

from .base import MXNetError


def is_np_array():
    """False: arrays are the legacy ``mx.nd`` NDArrays."""
    return False


def is_np_shape():
    """False: legacy shape semantics (0 means unknown)."""
    return False


def set_np_shape(active):
    """Only ``False`` is supported; returns the previous state (False)."""
    if active:
        raise MXNetError("distnet implements MXNet 1.x's legacy NDArray semantics; NumPy semantics "
                         "(mx.np / set_np_shape(True)) are not available")
    return False


def set_np(shape=True, array=True, dtype=False):
    """NumPy semantics are not available in distnet."""
    if shape or array:
        set_np_shape(True)


def reset_np():
    """Back to legacy semantics (already the case)."""


def use_np(func):
    """Not available: distnet has no NumPy-semantics mode."""
    raise MXNetError(f"use_np({getattr(func, '__name__', func)}): distnet has no mx.np / NumPy-semantics mode")


use_np_array = use_np_shape = use_np


def getenv(name):
    """An environment variable's value, or None."""
    return os.environ.get(name)


def setenv(name, value):
    """Set (or, with None, unset) an environment variable."""
    if value is None:
        os.environ.pop(name, None)
    else:
        os.environ[name] = str(value)


def get_gpu_count():
    """0: distnet has no GPU backend."""
    return 0


