"""``mx.error``: the structured error classes and the error-name registry."""
from .base import MXNetError, register_error

__all__ = ["MXNetError", "register"]

register = register_error


@register_error
class InternalError(MXNetError):
    """A failure inside the system rather than in the caller's input."""

    def __init__(self, msg):
        if "MXNet hint:" not in msg:
            msg += "\nMXNet hint: this is a bug in distnet itself, not in your code; please report it."
        super().__init__(msg)


# The builtin errors a "<Name>: message" failure is raised as, as MXNet registers them.
for _builtin in (ValueError, TypeError, AttributeError, IndexError, NotImplementedError):
    register_error(_builtin.__name__, _builtin)
del _builtin
