"""``mx.nd.op``: every operator as a function (the same registry entries as ``mx.nd``)."""
from . import registry as _registry

# names MXNet's mx.nd (and mx.sym) define as Python functions over their operators, which their op modules lack
_PYTHON_FUNCTIONS = ("maximum", "minimum", "power", "histogram", "split_v2")

_registry.install(globals())
for _name in _PYTHON_FUNCTIONS:
    globals().pop(_name, None)
del _registry, _name

from .._ctypes.ndarray import CachedOp  # noqa: E402,F401
