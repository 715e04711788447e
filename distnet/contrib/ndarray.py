"""``mx.contrib.ndarray``: MXNet's module of the contrib operator functions (those of ``mx.nd.contrib``, without its
control flow and Python helpers)."""
import sys

from ..base import view_module as _view_module
from ..ndarray import contrib as _contrib

_ABSENT = ("adamw_update cond current_context foreach isfinite isinf isnan math mp_adamw_update multi_adamw_update "
           "multi_lamb_update multi_mp_adamw_update multi_mp_lamb_update mx ndarray np rand_zipfian uniform "
           "while_loop").split()

_view = _view_module(_contrib, "mxnet.contrib.ndarray", absent=_ABSENT)
_view.__all__ = [n for n in dir(_view) if not n.startswith("_")]
sys.modules[__name__] = _view       # `import mxnet.contrib.ndarray` and mx.contrib.nd give this module
