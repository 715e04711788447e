"""``mx.sym`` / ``mx.symbol``: symbolic graphs over the operator registry."""
from ..ndarray.registry import OPS as _OPS
from .symbol import Symbol, var, Variable, Group, load, load_json, fromjson, create  # noqa: F401
from .symbol import maximum, minimum, hypot, power  # noqa: F401
from .executor import Executor  # noqa: F401


def _make(op_name):
    def apply(*args, **kwargs):
        return create(op_name, *args, **kwargs)
    apply.__name__ = op_name
    apply.__doc__ = _OPS[op_name].__doc__
    return apply


def _install():
    namespace = globals()
    for op_name in _OPS:
        if op_name not in namespace:
            namespace[op_name] = _make(op_name)


_install()
from . import contrib  # noqa: F401
