"""``mx.nd.op``: every operator as a function (the same registry entries as ``mx.nd``)."""
from . import registry as _registry

# names MXNet's mx.nd (and mx.sym) define as Python functions over their operators, which their op modules lack
_PYTHON_FUNCTIONS = ("maximum", "minimum", "power", "histogram", "split_v2")

_registry.install(globals())
for _name in _PYTHON_FUNCTIONS:
    globals().pop(_name, None)
del _registry, _name


def CachedOp(sym, flags=()):  # noqa: N802  (MXNet's name)
    """A symbol compiled for repeated imperative calls: ``CachedOp(sym)(*inputs)``."""
    from ..symbol.cached_op import NDCachedOp
    return NDCachedOp(sym, flags)
