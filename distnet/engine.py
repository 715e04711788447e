"""``mx.engine``: operator bulking. distnet runs each operator at once, so bulking changes nothing."""
import contextlib

_bulk_size = 15      # MXNet's default MXNET_EXEC_BULK_EXEC_MAX_NODE_TRAIN


def set_bulk_size(size):
    """Set how many operators MXNet would bulk together; returns the previous value."""
    global _bulk_size
    previous, _bulk_size = _bulk_size, int(size)
    return previous


@contextlib.contextmanager
def bulk(size):
    """A block within which the bulk size is ``size``."""
    previous = set_bulk_size(size)
    try:
        yield
    finally:
        set_bulk_size(previous)
