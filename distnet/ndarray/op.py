"""``mx.nd.op``: every operator as a function (the same registry entries as ``mx.nd``)."""
from . import registry as _registry

_registry.install(globals())
