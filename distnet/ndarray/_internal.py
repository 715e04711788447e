"""``mx.nd._internal``: every registered operator under its own name, underscore names included."""
from .registry import OPS as _OPS

globals().update(_OPS)
