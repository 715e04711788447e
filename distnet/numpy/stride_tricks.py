"""``mx.np.stride_tricks``: MXNet's module holding ``broadcast_arrays``."""
from .shaping import broadcast_arrays

__all__ = ["broadcast_arrays"]
