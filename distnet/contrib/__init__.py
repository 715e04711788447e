"""``mx.contrib``: contributed operators, the legacy autograd API, ``io.DataLoaderIter`` and ``text``."""
from . import ndarray, symbol
from . import ndarray as nd, symbol as sym
from . import autograd, io, text

__all__ = ["ndarray", "nd", "symbol", "sym", "autograd", "io", "text"]
