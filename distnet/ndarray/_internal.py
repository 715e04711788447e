"""``mx.nd._internal``: every registered operator under its own name, underscore names included."""
from .registry import OPS as _OPS, function as _function

globals().update({_name: _function(_name) for _name in _OPS})
