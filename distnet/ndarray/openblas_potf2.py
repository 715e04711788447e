"""OpenBLAS's unblocked Cholesky factorization (potf2) as MXNet's potrf runs it on matrices of order up to 32
(beyond, OpenBLAS's blocked steps, not replayed here, take over): each diagonal entry from an sdot/ddot, each
column below it from a gemv_t (openblas_gemv's Haswell kernels; on the Prescott kernels each row's sum is the
kernel's dot), then scaled by the diagonal's reciprocal. (LAPACK sees the row-major matrix as its transpose, so
its upper factor is our lower one.)"""
import numpy as np

from .openblas_core import core
from .openblas_dot import vector_dot
from .openblas_gemv import gemv_t, scal

# OpenBLAS's potrf factors matrices up to half its DTB_ENTRIES (64 on Haswell) unblocked; the Prescott kernels'
# sums are checked bit for bit up to order 8 only
LARGEST_ORDER = {"haswell": 32, "prescott": 8}


def potf2_lower(a):
    """The lower Cholesky factor of one symmetric positive definite float32/float64 matrix ``a``."""
    low = np.zeros_like(a)
    for j in range(len(a)):
        diag = np.sqrt(a[j, j] - vector_dot(low[j, :j], low[j, :j]))
        low[j, j] = diag
        rows, x = low[j + 1:, :j], low[j, :j]
        if core() == "haswell":
            col = gemv_t(rows.T, x, -1.0, a[j + 1:, j], strided_y=True)
        else:
            col = a[j + 1:, j] - np.array([vector_dot(row, x) for row in rows], a.dtype).reshape(-1)
        low[j + 1:, j] = scal(a.dtype.type(1) / diag, col)
    return low
