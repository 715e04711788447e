"""``mx.sym._internal``: a symbol function for every registered operator under an internal (underscore) name."""
from ..attribute import AttrScope  # noqa: F401  (names MXNet's module shows, as its own imports)
from ..name import NameManager  # noqa: F401
from ..ndarray import unrunnable_ops as _unrunnable
from ..ndarray.registry import OPS as _OPS, FRONTEND_SPELLINGS as _FRONTEND_SPELLINGS
from . import _refuse_np_inputs
from .symbol import Symbol as _Symbol, SymbolBase  # noqa: F401  (SymbolBase: as MXNet's module has it)
from .symbol import composing_error as _composing_error, create as _create, op_signature as _op_signature


def _make(op_name):
    def apply(*args, **kwargs):
        _refuse_np_inputs(op_name, args, kwargs)
        return _create(op_name, *args, **kwargs)
    apply.__name__ = apply.__qualname__ = op_name
    apply.__doc__ = _OPS[op_name].__doc__
    apply.__signature__ = _op_signature(op_name)
    return apply


# MXNet's internal names only (those starting with an underscore), as nd._internal has them
globals().update({_name: _make(_name) for _name in _OPS if _name[0] == "_" and _name not in _FRONTEND_SPELLINGS})


def _never_composed(op_name):
    """MXNet's symbol of an operator it registers with no inputs to compose: its attributes are read, then
    composing any call fails."""
    def apply(*args, **kwargs):
        _create(op_name, **{k: v for k, v in kwargs.items() if not isinstance(v, _Symbol)})
        raise _composing_error(369, f"Not enough argument to call operator {op_name}")
    apply.__name__ = apply.__qualname__ = op_name
    apply.__doc__ = _OPS[op_name].__doc__
    apply.__signature__ = _op_signature(op_name)
    return apply


globals().update({_name: _never_composed(_name) for _name in ("_adamw_update", "_mp_adamw_update")})
# the backward operators and graph internals MXNet lists, which a graph cannot compose from a call
globals().update({_name: _unrunnable.symbol_function(_name) for _name in _unrunnable.NAMES if _name not in globals()})
