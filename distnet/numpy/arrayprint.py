"""``mx.np.arrayprint``: MXNet's module holding ``set_printoptions``."""
import numpy as onp  # noqa: F401  (names MXNet's module shows, as its own imports)

from ..util import set_module  # noqa: F401
from .print_options import set_printoptions

__all__ = ["set_printoptions"]
