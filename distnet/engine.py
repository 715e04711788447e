"""``mx.engine``: operator bulking. distnet runs each operator at once, so bulking changes nothing."""
import operator
import threading

from .base import MXNetError

_state = threading.local()      # as in MXNet, each thread has its own bulk size, 0 at first


def set_bulk_size(size):
    """Set how many operators MXNet would bulk together in this thread; returns the previous value."""
    size = operator.index(size)         # MXNet passes it as a C int: floats and strings are TypeErrors
    if size < 0:
        raise MXNetError(f"bulk size must be >= 0, got {size}")
    previous = getattr(_state, "size", 0)
    _state.size = size
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
