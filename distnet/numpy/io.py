"""``mx.np.io``: MXNet's module holding ``genfromtxt``."""
from .fallback import genfromtxt

__all__ = ["genfromtxt"]
