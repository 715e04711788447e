"""``mx.contrib``: the contributed operator namespaces under MXNet's aliases."""
from ..ndarray import contrib as ndarray
from ..symbol import contrib as symbol

nd = ndarray
sym = symbol

__all__ = ["ndarray", "nd", "symbol", "sym"]
