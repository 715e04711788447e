"""``mx.sym.np.random``: sampling nodes (``_npi_uniform``, ``_npi_normal``) drawing from the generator
``mx.random.seed`` seeds, as the ``mx.np.random`` functions do."""
from ._symbol import UnbuiltNumpySymbolError, create_np


def _context(ctx):
    from ...context import current_context
    return str(ctx or current_context())


def _size(size):
    return size if size is None or isinstance(size, tuple) else (size,) if isinstance(size, int) else tuple(size)


def uniform(low=0.0, high=1.0, size=None, dtype=None, ctx=None, out=None):
    """Uniform samples on [low, high) of shape ``size``."""
    return create_np("_npi_uniform", low=low, high=high, size=_size(size), ctx=_context(ctx),
                     dtype=dtype or "float32", hint="uniform")


def normal(loc=0.0, scale=1.0, size=None, dtype=None, ctx=None, out=None):
    """Normal samples N(loc, scale^2) of shape ``size``."""
    return create_np("_npi_normal", loc=loc, scale=scale, size=_size(size), ctx=_context(ctx),
                     dtype=dtype or "float32", hint="normal")


def __getattr__(name):
    if name.startswith("__"):
        raise AttributeError(name)
    raise UnbuiltNumpySymbolError(
        f"mx.sym.np.random.{name}: distnet builds uniform and normal sampling on symbols only; run the block "
        "without hybridize() to draw from this distribution")
