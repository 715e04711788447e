"""The ``mx.np.linalg`` functions MXNet 1.9.1 computes with NumPy on host copies (``mx.np.fallback_linalg``)."""
import numpy as onp  # noqa: F401  (as MXNet's module imports it)

_NAMES = ("cond", "lstsq", "matrix_power", "matrix_rank", "multi_dot", "qr")
__all__ = list(_NAMES)


def __getattr__(name):
    """``mx.np.linalg``'s own function object (so both modules hand out the same one)."""
    if name in __all__:
        from . import linalg
        return getattr(linalg, name)
    raise AttributeError(f"module 'mxnet{__name__[len('distnet'):]}' has no attribute {name!r}")


def __dir__():
    return sorted(list(globals()) + __all__)
