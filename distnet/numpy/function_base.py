"""``mx.np.function_base``: MXNet's module holding ``meshgrid``."""
from .creation import meshgrid
from .shaping import broadcast_arrays  # noqa: F401  (as MXNet's module imports it)

__all__ = ["meshgrid"]
