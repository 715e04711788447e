"""``mx.sym.np.linalg``: the linear-algebra operators ``mx.np.linalg`` runs, as symbol nodes (float32/float64
inputs; the integer rules and NumPy fallbacks of ``mx.np.linalg`` need the arrays' values)."""
from ._symbol import UnbuiltNumpySymbolError, create_np


def svd(a):
    """(ut, l, v) with ``a = ut @ diag(l) @ v``: three symbols."""
    return tuple(create_np("_npi_svd", a, hint="svd"))


def det(a):
    """The determinant of each square matrix in ``a``."""
    return create_np("_npi_det", a, hint="det")


def slogdet(a):
    """(sign, log|det|) of each square matrix in ``a``: two symbols."""
    return tuple(create_np("_npi_slogdet", a, hint="slogdet"))


def inv(a):
    """The inverse of each square matrix in ``a``."""
    return create_np("_linalg_inverse", a, hint="inv")


def cholesky(a):
    """The lower Cholesky factor of each symmetric positive-definite matrix in ``a``."""
    return create_np("_linalg_potrf", a, hint="cholesky")


def solve(a, b):
    """``x`` with ``a @ x = b``."""
    return create_np("_npi_solve", a, b, hint="solve")


def norm(x, ord=None, axis=None, keepdims=False):  # noqa: A002  (NumPy's name)
    """The Frobenius / 2-norm over ``axis`` (all axes by default), or a vector ``ord``-norm along one axis."""
    axes = None if axis is None else (axis,) if isinstance(axis, int) else tuple(axis)
    if ord in (None, "fro") and (axes is None or len(axes) <= 2):
        return create_np("_npi_norm", x, axes=axes, keepdims=bool(keepdims), hint="norm")
    if isinstance(ord, (int, float)) and ord not in (float("inf"), float("-inf")) and axes is not None \
            and len(axes) == 1:
        return create_np("_npi_norm", x, axes=axes, keepdims=bool(keepdims), ord=float(ord), hint="norm")
    raise UnbuiltNumpySymbolError(
        f"mx.sym.np.linalg.norm: distnet builds the Frobenius norm and vector norms along one axis on symbols, "
        f"not ord={ord!r} with axis={axis!r}; run the block without hybridize() for that norm")


def __getattr__(name):
    if name.startswith("__"):
        raise AttributeError(name)
    raise UnbuiltNumpySymbolError(
        f"mx.sym.np.linalg.{name}: distnet does not build this function on symbols, so a HybridBlock whose "
        f"hybrid_forward calls F.np.linalg.{name} cannot be hybridized. Run the block without hybridize(), or "
        "use svd, det, slogdet, inv, cholesky, solve or norm.")
