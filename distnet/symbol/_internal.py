"""``mx.sym._internal``: a symbol function for every registered operator, underscore names included."""
from ..ndarray.registry import OPS as _OPS, FRONTEND_SPELLINGS as _FRONTEND_SPELLINGS
from . import _refuse_np_inputs
from .symbol import create as _create, op_signature as _op_signature


def _make(op_name):
    def apply(*args, **kwargs):
        _refuse_np_inputs(op_name, args, kwargs)
        return _create(op_name, *args, **kwargs)
    apply.__name__ = apply.__qualname__ = op_name
    apply.__doc__ = _OPS[op_name].__doc__
    apply.__signature__ = _op_signature(op_name)
    return apply


globals().update({_name: _make(_name) for _name in _OPS if _name not in _FRONTEND_SPELLINGS})
