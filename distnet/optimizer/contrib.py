"""``mx.optimizer.contrib``: the optimizers MXNet files under contrib (GroupAdaGrad)."""
from .adaptive import GroupAdaGrad  # noqa: F401
