"""``mx.nd.op``: every operator as a function (the same registry entries as ``mx.nd``)."""
from . import registry as _registry

_registry.install(globals())
# names MXNet's mx.nd defines as Python functions over its operators, which mx.nd.op therefore lacks
for _name in ("maximum", "minimum", "power", "histogram", "split_v2"):
    globals().pop(_name, None)
del _registry, _name
