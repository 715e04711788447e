"""``mx.optimizer.contrib``: the optimizers MXNet files under contrib (GroupAdaGrad)."""
from .adaptive import GroupAdaGrad  # noqa: F401

GroupAdaGrad.__module__ = __name__      # where MXNet defines it
