"""The words MXNet's shape checks use, so distnet's shape errors read as MXNet's (its context follows)."""


def provided(shape):
    """A given shape as MXNet prints it: ``[3,8]``."""
    return "[" + ",".join(str(int(d)) for d in shape) + "]"


def inferred(shape):
    """An expected shape as MXNet prints it: ``(3,5)``, ``(4,)``."""
    dims = [str(int(d)) for d in shape]
    return "(" + ",".join(dims) + ("," if len(dims) == 1 else "") + ")"


def inconsistent(given, expected):
    """MXNet's words for an input whose shape differs from the one its op infers."""
    return f"Shape inconsistent, Provided = {provided(given)}, inferred shape={inferred(expected)}"
