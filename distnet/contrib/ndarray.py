"""``mx.contrib.ndarray``: the same module as ``mx.nd.contrib`` (contrib operators and control flow)."""
import sys

from ..ndarray import contrib as _contrib

sys.modules[__name__] = _contrib     # `import mxnet.contrib.ndarray` gives mx.nd.contrib itself
