"""``mx.np.arrayprint``: MXNet's module holding ``set_printoptions``."""
from .print_options import set_printoptions

__all__ = ["set_printoptions"]
