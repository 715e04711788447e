"""``mx.np.linalg``: norms, inverses, determinants, factorizations and solvers.

inv, det, slogdet and cholesky run the registry's differentiable linalg ops; norm and solve are
built from differentiable ``mx.np`` functions; the factorizations (svd, qr, eigh) are not differentiable.
"""
import numpy as _np

from ..base import MXNetError as _MXNetError
from ..ndarray.ndarray import NDArray as _NDArray
from .multiarray import invoke_np as _invoke_np, wrap_np as _wrap_np


def _square(a, name):
    if not isinstance(a, _NDArray):
        raise TypeError(f"type {type(a)} not supported")
    if a.ndim < 2 or a.shape[-1] != a.shape[-2]:
        raise _MXNetError(f"{name}: the input must be a (stack of) square matrices, got shape {a.shape}")


def norm(x, ord=None, axis=None, keepdims=False):  # noqa: A002  (NumPy's name)
    """The Frobenius / 2-norm (default), or an ``ord``-norm of vectors along ``axis``."""
    from . import umath, reductions
    if ord is None or ord == "fro" or (ord == 2 and (axis is None and x.ndim == 1 or isinstance(axis, int))):
        return umath.sqrt(reductions.sum(umath.multiply(x, x), axis=axis, keepdims=keepdims))
    if ord == 1 and (x.ndim == 1 or isinstance(axis, int)):
        return reductions.sum(umath.absolute(x), axis=axis, keepdims=keepdims)
    if ord in (_np.inf, "inf") and (x.ndim == 1 or isinstance(axis, int)):
        return reductions.amax(umath.absolute(x), axis=axis, keepdims=keepdims)
    if isinstance(ord, (int, float)) and (x.ndim == 1 or isinstance(axis, int)) and ord > 0:
        s = reductions.sum(umath.power(umath.absolute(x), float(ord)), axis=axis, keepdims=keepdims)
        return umath.power(s, 1.0 / ord)
    res = _np.linalg.norm(x._data, ord, axis, keepdims)
    return _wrap_np(_np.asarray(res, x.dtype), x.ctx)


def inv(a):
    """The inverse of each square matrix in ``a``."""
    _square(a, "inv")
    return _invoke_np("_linalg_inverse", (a,))


def det(a):
    """The determinant of each square matrix in ``a``."""
    _square(a, "det")
    return _invoke_np("_linalg_det", (a,))


def slogdet(a):
    """(sign, log|det|) of each square matrix in ``a``."""
    _square(a, "slogdet")
    return tuple(_invoke_np("_linalg_slogdet", (a,)))


def cholesky(a):
    """The lower Cholesky factor of each symmetric positive-definite matrix in ``a``."""
    _square(a, "cholesky")
    return _invoke_np("_linalg_potrf", (a,))


def solve(a, b):
    """``x`` with ``a @ x = b``."""
    _square(a, "solve")
    from .linear import matmul
    if b.ndim == a.ndim - 1:
        from .shaping import expand_dims, squeeze
        return squeeze(matmul(inv(a), expand_dims(b, -1)), -1)
    return matmul(inv(a), b)


def _forward_only(fn, *arrays, **kwargs):
    res = fn(*[a._data for a in arrays], **kwargs)
    ctx = arrays[0].ctx
    if isinstance(res, tuple):
        return tuple(_wrap_np(_np.asarray(r, arrays[0].dtype), ctx) for r in res)
    return _wrap_np(_np.asarray(res, arrays[0].dtype), ctx)


def svd(a):
    """(ut, l, v) with ``a = ut @ diag(l) @ v`` (MXNet's reduced SVD of the last two axes)."""
    return _forward_only(_np.linalg.svd, a, full_matrices=False)


def qr(a, mode="reduced"):
    """(q, r) with ``a = q @ r``."""
    return _forward_only(_np.linalg.qr, a, mode=mode)


def eigh(a, UPLO="L"):  # noqa: N803  (NumPy's name)
    """(eigenvalues, eigenvectors) of each symmetric matrix in ``a``."""
    _square(a, "eigh")
    return _forward_only(_np.linalg.eigh, a, UPLO=UPLO)


def eigvalsh(a, UPLO="L"):  # noqa: N803
    """The eigenvalues of each symmetric matrix in ``a``."""
    _square(a, "eigvalsh")
    return _forward_only(_np.linalg.eigvalsh, a, UPLO=UPLO)


def pinv(a, rcond=1e-15, hermitian=False):
    """The Moore-Penrose pseudo-inverse of each matrix in ``a``."""
    return _forward_only(_np.linalg.pinv, a, rcond=rcond, hermitian=hermitian)


def tensorinv(a, ind=2):
    """The inverse of ``a`` seen as a linear map by ``tensordot`` over ``ind`` axes."""
    return _forward_only(_np.linalg.tensorinv, a, ind=ind)


def tensorsolve(a, b, axes=None):
    """``x`` with ``tensordot(a, x, x.ndim) = b``."""
    return _forward_only(_np.linalg.tensorsolve, a, b, axes=axes)


def matrix_rank(M, tol=None, hermitian=False):  # noqa: N803
    """The rank of each matrix in ``M`` (int64)."""
    return _wrap_np(_np.asarray(_np.linalg.matrix_rank(M._data, tol, hermitian), _np.int64), M.ctx)


__all__ = ["norm", "inv", "det", "slogdet", "cholesky", "solve", "svd", "qr", "eigh", "eigvalsh", "pinv",
           "tensorinv", "tensorsolve", "matrix_rank"]
