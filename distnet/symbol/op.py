"""``mx.sym.op``: every operator as a symbol function (the same functions as ``mx.sym``)."""
from ..ndarray.op import _PYTHON_FUNCTIONS
from ..ndarray.registry import OPS as _OPS, FRONTEND_SPELLINGS as _FRONTEND_SPELLINGS


def _install():
    from .. import symbol
    namespace = globals()
    for op_name in _OPS:
        if op_name not in _FRONTEND_SPELLINGS and not op_name.startswith("_") and op_name not in _PYTHON_FUNCTIONS:
            namespace[op_name] = getattr(symbol, op_name)


_install()
