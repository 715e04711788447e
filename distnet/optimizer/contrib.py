"""``mx.optimizer.contrib``: the optimizers MXNet files under contrib (GroupAdaGrad)."""
from .adaptive import GroupAdaGrad  # noqa: F401

GroupAdaGrad.__module__ = __name__      # where MXNet defines it


from .optimizer import NDArray, Optimizer, register  # noqa: E402,F401  (names MXNet's module shows, as its imports)

# (mx.nd's, which imports this package while it is built: read when asked for)
_LATE = {"clip": "ndarray", "mean": "ndarray", "sqrt": "ndarray", "square": "ndarray", "zeros": "ndarray",
         "contrib": "ndarray"}


def __getattr__(name):
    if name in _LATE:
        import importlib
        return getattr(importlib.import_module("distnet." + _LATE[name]), name)
    raise AttributeError(f"module 'mxnet.optimizer.contrib' has no attribute '{name}'")


def __dir__():
    return sorted(set(globals()) - {"__getattr__", "__dir__", "_LATE"} | set(_LATE))
