"""``mx.sym.np.linalg``: the linear-algebra operators ``mx.np.linalg`` runs, as symbol nodes (float32/float64
inputs; the integer rules and NumPy fallbacks of ``mx.np.linalg`` need the arrays' values)."""
from ..symbol import Symbol as _Symbol
from ._symbol import create_np as _create_np


def svd(a):
    """[ut, l, v] with ``a = ut @ diag(l) @ v``: a list of three symbols."""
    return _create_np("_npi_svd", a, hint="svd")


def det(a):
    """The determinant of each square matrix in ``a``."""
    return _create_np("_linalg_det", a, hint="det")


def slogdet(a):
    """[sign, log|det|] of each square matrix in ``a``: a list of two symbols."""
    return _create_np("_linalg_slogdet", a, hint="slogdet")


def inv(a):
    """The inverse of each square matrix in ``a``."""
    return _create_np("_linalg_inverse", a, hint="inv")


def cholesky(a):
    """The lower Cholesky factor of each symmetric positive-definite matrix in ``a``."""
    return _create_np("_npi_cholesky", a, hint="cholesky")


def solve(a, b):
    """``x`` with ``a @ x = b``."""
    return _create_np("_npi_solve", a, b, hint="solve")


def norm(x, ord=None, axis=None, keepdims=False):  # noqa: A002  (NumPy's name)
    """The norm MXNet's front end builds: a ``_npi_norm`` node (its ``flag`` saying which: -2 the whole array, -1
    a vector ``ord``-norm, 0 the +/-2 matrix norm, 1 Frobenius, 2 nuclear), or for the 1, -1, inf and -inf matrix
    norms and the inf / -inf vector norms, sums and extremes of magnitudes."""
    if ord is None and axis is None:
        return _norm_node(x, None, 2, -2, keepdims)
    if axis is not None and not isinstance(axis, (int, tuple)):
        raise TypeError("'axis' must be None, an integer or a tuple of integers.")
    axes = (axis,) if isinstance(axis, int) else axis
    if axes is not None and len(axes) == 2:
        if ord in ("inf", "-inf", 1, -1):
            return _summed_matrix_norm(x, ord, axes, keepdims)
        if ord in (2, -2):
            return _norm_node(x, axes, ord, 0, keepdims)
        if ord is None:
            return _norm_node(x, axes, 2, 1, keepdims)
    if ord in ("inf", "-inf"):
        from . import abs as absolute
        magnitudes = absolute(x)
        return (magnitudes.max if ord == "inf" else magnitudes.min)(axis=axes, keepdims=keepdims)
    if ord in (None, "fro", "f"):
        return _norm_node(x, axes, 2, 1, keepdims)
    if ord == "nuc":
        return _norm_node(x, axes, 2, 2, keepdims)
    return _norm_node(x, axes, ord, -1, keepdims)


def _norm_node(x, axes, ord, flag, keepdims):  # noqa: A002
    if isinstance(ord, (int, float)) and float(ord).is_integer():
        ord = int(ord)  # noqa: A001  (written as MXNet writes it)
    return _create_np("_npi_norm", x, axis=axes, flag=flag, keepdims=bool(keepdims), ord=ord, hint="norm")


def _summed_matrix_norm(x, ord, axes, keepdims):  # noqa: A002
    """The 1 / -1 (column sums) or inf / -inf (row sums) matrix norm: the largest or smallest sum of
    magnitudes, the second axis shifted as MXNet's front end shifts it when the first is dropped."""
    from . import abs as absolute, sum as total
    rows, cols = axes
    summed, over = (rows, cols) if ord in (1, -1) else (cols, rows)
    if not keepdims and summed < over:
        over -= 1
    sums = total(absolute(x), axis=summed, keepdims=keepdims)
    return sums.max(axis=over, keepdims=keepdims) if ord in (1, "inf") else sums.min(axis=over, keepdims=keepdims)


def eig(a):
    """[eigenvalues, eigenvectors] of each square matrix in ``a``: a list of two symbols."""
    return _create_np("_npi_eig", a, hint="eig")


def eigh(a, UPLO="L"):  # noqa: N803  (NumPy's name)
    """[eigenvalues, eigenvectors] of each symmetric matrix in ``a`` (its ``UPLO`` triangle): a list of two
    symbols."""
    return _create_np("_npi_eigh", a, UPLO=UPLO, hint="eigh")


def eigvals(a):
    """The eigenvalues of each square matrix in ``a``."""
    return _create_np("_npi_eigvals", a, hint="eigvals")


def eigvalsh(a, UPLO="L"):  # noqa: N803  (NumPy's name)
    """The eigenvalues of each symmetric matrix in ``a`` (its ``UPLO`` triangle)."""
    return _create_np("_npi_eigvalsh", a, UPLO=UPLO, hint="eigvalsh")


def pinv(a, rcond=1e-15, hermitian=False):
    """The pseudo-inverse of each matrix in ``a``, singular values below ``rcond`` (a number or a symbol)
    times the largest dropped."""
    if isinstance(rcond, _Symbol):
        return _create_np("_npi_pinv", a, rcond, hermitian=hermitian, hint="pinv")
    return _create_np("_npi_pinv_scalar_rcond", a, rcond=rcond, hermitian=hermitian, hint="pinv_scalar_rcond")


def tensorinv(a, ind=2):
    """The inverse of ``a`` for the tensor product over its first ``ind`` axes."""
    return _create_np("_npi_tensorinv", a, ind=ind, hint="tensorinv")


def tensorsolve(a, b, axes=None):
    """``x`` with ``tensordot(a, x, x.ndim) = b`` (``axes`` of ``a`` moved to the end first)."""
    return _create_np("_npi_tensorsolve", a, b, a_axes=None if axes is None else tuple(axes), hint="tensorsolve")


def __getattr__(name):
    # every function of MXNet's symbolic linalg is built above; the others (qr, lstsq, cond...) it lacks too
    if name.startswith("__"):
        raise AttributeError(name)
    raise AttributeError(f"module 'mxnet.symbol.numpy.linalg' has no attribute '{name}'")
