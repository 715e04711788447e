"""``mx.sym.npx``: the npx operators on Symbols (what ``F.npx`` is while a HybridBlock is traced)."""
import types

from ._table import NPX_OPS


def _symbol_function(npx_name, op_name):
    def function(*args, name=None, **kwargs):
        from ..symbol.numpy._symbol import create_np
        return create_np(op_name, *args, name=name, hint=npx_name, **kwargs)
    function.__name__ = function.__qualname__ = npx_name
    function.__doc__ = f"``npx.{npx_name}`` on Symbols (registry operator {op_name})."
    return function


def reshape(a, newshape, reverse=False, order="C", name=None):
    """``npx.reshape`` on a Symbol: the NumPy-extension codes -1 .. -6, resolved when shapes are known."""
    from ..symbol.numpy._symbol import create_np
    given = {"reverse": True} if reverse else {}
    return create_np("_npx_reshape", a, newshape=newshape, name=name, hint="reshape", **given)


def build_namespace():
    """A module ``distnet.symbol.numpy_extension`` holding every npx operator for Symbols."""
    module = types.ModuleType("distnet.symbol.numpy_extension", __doc__)
    for npx_name, op_name in NPX_OPS.items():
        setattr(module, npx_name, _symbol_function(npx_name, op_name))
    module.reshape = reshape
    return module
