"""``mx.contrib.svrg_optimization``: SVRGModule, training with stochastic variance-reduced gradients."""
from . import svrg_module  # noqa: F401
from . import svrg_optimizer  # noqa: F401
