"""``mx.np.io``: MXNet's module holding ``genfromtxt``."""
import numpy as onp  # noqa: F401  (names MXNet's module shows, as its own imports)

from ..context import current_context  # noqa: F401
from .fallback import genfromtxt
from .multiarray import array  # noqa: F401

__all__ = ["genfromtxt"]
