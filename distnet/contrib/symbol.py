"""``mx.contrib.symbol``: MXNet's module of the contrib operators as symbol functions (those of ``mx.sym.contrib``,
without its control flow and Python helpers)."""
import sys

from ..base import view_module as _view_module
from ..symbol import contrib as _contrib

_ABSENT = ("AttrScope Symbol SymbolHandle adamw_update check_call cond copy ctypes foreach math mp_adamw_update "
           "rand_zipfian symbol uniform while_loop").split()

_view = _view_module(_contrib, "mxnet.contrib.symbol", absent=_ABSENT)
_view.__all__ = [n for n in dir(_view) if not n.startswith("_")]
sys.modules[__name__] = _view       # `import mxnet.contrib.symbol` and mx.contrib.sym give this module
