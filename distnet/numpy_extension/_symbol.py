"""``mx.sym.npx``: the npx operators on Symbols (what ``F.npx`` is while a HybridBlock is traced)."""
import types

from ..symbol import create
from ._table import NPX_OPS


def _symbol_function(name, op_name):
    def function(*args, **kwargs):
        return create(op_name, *args, **kwargs)
    function.__name__ = function.__qualname__ = name
    function.__doc__ = f"``npx.{name}`` on Symbols (registry operator {op_name})."
    return function


def reshape(a, newshape, reverse=False, order="C", name=None):
    """``npx.reshape`` on a Symbol: the NumPy-extension codes -1 .. -6, resolved when shapes are known."""
    return create("_npx_reshape", a, newshape=newshape, reverse=reverse, order=order, name=name)


def build_namespace():
    """A module ``distnet.symbol.numpy_extension`` holding every npx operator for Symbols."""
    module = types.ModuleType("distnet.symbol.numpy_extension", __doc__)
    for name, op_name in NPX_OPS.items():
        setattr(module, name, _symbol_function(name, op_name))
    module.reshape = reshape
    return module


class UnbuiltNumpySymbolError(NotImplementedError, AttributeError):
    """A NumPy function asked of ``mx.sym.np`` (an AttributeError too, so ``hasattr`` answers False)."""


class _UnbuiltNumpySymbols(types.ModuleType):
    """``mx.sym.np``: NumPy functions on Symbols are not built; any of them refuses with a way forward."""

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        raise UnbuiltNumpySymbolError(
            f"mx.sym.np.{name}: distnet does not build NumPy functions on Symbols, so a HybridBlock whose "
            f"hybrid_forward calls F.np.{name} cannot be hybridized (nor have parameter shapes inferred through "
            "it). Run the block without hybridize() and give its parameters full shapes, or write it with F.npx "
            "and built-in layers, which work on Symbols.")


def build_numpy_refusal():
    """The ``mx.sym.np`` module (every attribute refuses clearly)."""
    return _UnbuiltNumpySymbols("distnet.symbol.numpy", _UnbuiltNumpySymbols.__doc__)
