"""``mx.engine``: operator bulking. distnet runs each operator at once, so bulking changes nothing."""
import ctypes
import threading as _threading

from .base import MXNetError as _MXNetError
from .base import check_call  # noqa: F401  (a name MXNet's module shows, as its own import)

_state = _threading.local()      # as in MXNet, each thread has its own bulk size, 0 at first


def set_bulk_size(size):
    """Set how many operators MXNet would bulk together in this thread; returns the previous value."""
    size = ctypes.c_int(size).value      # MXNet passes it as a C int: floats and strings are TypeErrors
    previous = getattr(_state, "size", 0)
    _state.size = size
    # MXNet stores the new size, then reserves room for the previous one: a negative size is accepted,
    # and the call after it fails (its size_t is past the vector's maximum)
    if previous < 0:
        raise _MXNetError("vector: :reserve")
    return previous


class _BulkScope:
    """The scope ``bulk(size)`` returns: sets the bulk size on entry, restores it on exit."""

    def __init__(self, size):
        self._size = size
        self._old_size = None

    def __enter__(self):
        self._old_size = set_bulk_size(self._size)
        return self

    def __exit__(self, ptype, value, trace):
        set_bulk_size(self._old_size)


def bulk(size):
    """A ``with`` scope within which the bulk size is ``size``."""
    return _BulkScope(size)
