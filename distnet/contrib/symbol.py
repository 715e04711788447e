"""``mx.contrib.symbol``: the same module as ``mx.sym.contrib`` (contrib operators as symbols)."""
import sys

from ..symbol import contrib as _contrib

sys.modules[__name__] = _contrib     # `import mxnet.contrib.symbol` gives mx.sym.contrib itself
