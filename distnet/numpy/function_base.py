"""``mx.np.function_base``: MXNet's module holding ``meshgrid``."""
from .creation import meshgrid

__all__ = ["meshgrid"]
