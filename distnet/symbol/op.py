"""``mx.sym.op``: every operator as a symbol function (the same functions as ``mx.sym``)."""
from ..ndarray.registry import OPS as _OPS


def _install():
    from .. import symbol
    namespace = globals()
    for op_name in _OPS:
        if op_name not in symbol.NOT_SYMBOL_FUNCTIONS and not op_name.startswith("_"):
            namespace[op_name] = getattr(symbol, op_name)


_install()
