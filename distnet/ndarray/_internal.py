"""``mx.nd._internal``: the operators under MXNet's internal names (those starting with an underscore)."""
from . import registry as _registry

_registry.install(globals(), internal=True)
