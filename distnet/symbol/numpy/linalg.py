"""``mx.sym.np.linalg``: the linear-algebra operators ``mx.np.linalg`` runs, as symbol nodes (float32/float64
inputs; the integer rules and NumPy fallbacks of ``mx.np.linalg`` need the arrays' values)."""
from ..symbol import Symbol
from ._symbol import UnbuiltNumpySymbolError, create_np


def svd(a):
    """(ut, l, v) with ``a = ut @ diag(l) @ v``: three symbols."""
    return tuple(create_np("_npi_svd", a, hint="svd"))


def det(a):
    """The determinant of each square matrix in ``a``."""
    return create_np("_linalg_det", a, hint="det")


def slogdet(a):
    """(sign, log|det|) of each square matrix in ``a``: two symbols."""
    return tuple(create_np("_linalg_slogdet", a, hint="slogdet"))


def inv(a):
    """The inverse of each square matrix in ``a``."""
    return create_np("_linalg_inverse", a, hint="inv")


def cholesky(a):
    """The lower Cholesky factor of each symmetric positive-definite matrix in ``a``."""
    return create_np("_npi_cholesky", a, hint="cholesky")


def solve(a, b):
    """``x`` with ``a @ x = b``."""
    return create_np("_npi_solve", a, b, hint="solve")


def norm(x, ord=None, axis=None, keepdims=False):  # noqa: A002  (NumPy's name)
    """The Frobenius / 2-norm over ``axis`` (all axes by default), or a vector ``ord``-norm along one axis."""
    axes = None if axis is None else (axis,) if isinstance(axis, int) else tuple(axis)
    if ord is None and axes is None:        # MXNet's flags: -2 the whole array, 1 Frobenius, -1 a vector norm
        return create_np("_npi_norm", x, axis=None, flag=-2, keepdims=bool(keepdims), ord=2, hint="norm")
    if ord in (None, "fro", "f") and (axes is None or len(axes) <= 2):
        return create_np("_npi_norm", x, axis=axes, flag=1, keepdims=bool(keepdims), ord=2, hint="norm")
    if isinstance(ord, (int, float)) and ord not in (float("inf"), float("-inf")) and axes is not None \
            and len(axes) == 1:
        ord = int(ord) if float(ord).is_integer() else float(ord)  # noqa: A001  (written as MXNet writes it)
        return create_np("_npi_norm", x, axis=axes, flag=-1, keepdims=bool(keepdims), ord=ord, hint="norm")
    if ord in ("inf", "-inf", float("inf"), float("-inf")) and axes is not None and len(axes) == 1:
        from . import absolute, amax, amin      # MXNet's front end: the largest (smallest) magnitude
        extreme = amin if ord in ("-inf", float("-inf")) else amax
        return extreme(absolute(x), axis=axes, keepdims=keepdims)
    raise UnbuiltNumpySymbolError(
        f"mx.sym.np.linalg.norm: distnet builds the Frobenius norm and vector norms along one axis on symbols, "
        f"not ord={ord!r} with axis={axis!r}; run the block without hybridize() for that norm")


def eig(a):
    """(eigenvalues, eigenvectors) of each square matrix in ``a``: two symbols."""
    return tuple(create_np("_npi_eig", a, hint="eig"))


def eigh(a, UPLO="L"):  # noqa: N803  (NumPy's name)
    """(eigenvalues, eigenvectors) of each symmetric matrix in ``a`` (its ``UPLO`` triangle): two symbols."""
    return tuple(create_np("_npi_eigh", a, UPLO=UPLO, hint="eigh"))


def eigvals(a):
    """The eigenvalues of each square matrix in ``a``."""
    return create_np("_npi_eigvals", a, hint="eigvals")


def eigvalsh(a, UPLO="L"):  # noqa: N803  (NumPy's name)
    """The eigenvalues of each symmetric matrix in ``a`` (its ``UPLO`` triangle)."""
    return create_np("_npi_eigvalsh", a, UPLO=UPLO, hint="eigvalsh")


def pinv(a, rcond=1e-15, hermitian=False):
    """The pseudo-inverse of each matrix in ``a``, singular values below ``rcond`` (a number or a symbol)
    times the largest dropped."""
    if isinstance(rcond, Symbol):
        return create_np("_npi_pinv", a, rcond, hermitian=hermitian, hint="pinv")
    return create_np("_npi_pinv_scalar_rcond", a, rcond=rcond, hermitian=hermitian, hint="pinv_scalar_rcond")


def tensorinv(a, ind=2):
    """The inverse of ``a`` for the tensor product over its first ``ind`` axes."""
    return create_np("_npi_tensorinv", a, ind=ind, hint="tensorinv")


def tensorsolve(a, b, axes=None):
    """``x`` with ``tensordot(a, x, x.ndim) = b`` (``axes`` of ``a`` moved to the end first)."""
    return create_np("_npi_tensorsolve", a, b, a_axes=None if axes is None else tuple(axes), hint="tensorsolve")


def __getattr__(name):
    # every function of MXNet's symbolic linalg is built above; the others (qr, lstsq, cond...) it lacks too
    if name.startswith("__"):
        raise AttributeError(name)
    raise AttributeError(f"module 'mxnet.symbol.numpy.linalg' has no attribute '{name}'")
