"""OpenBLAS's unblocked Cholesky factorization (potf2) as MXNet's potrf runs it, for small matrices: each
diagonal entry from an sdot/ddot, each column below it from a gemv_t, then scaled by the diagonal's
reciprocal. On the Haswell kernels the gemv_t's kernel block and leftover rows round in their own order; on
the Prescott kernels each row's sum is the kernel's dot. (LAPACK sees the row-major matrix as its transpose,
so its upper factor is our lower one.)"""
import numpy as np

from .openblas_core import core
from .openblas_dot import fused_multiply_add, vector_dot

LARGEST_ORDER = 8       # checked bit for bit up to this order; beyond, the kernel blocks' order is not replayed


def potf2_lower(a):
    """The lower Cholesky factor of one symmetric positive definite float32/float64 matrix ``a``."""
    fused = fused_multiply_add(a.dtype)
    low = np.zeros_like(a)
    for j in range(len(a)):
        diag = np.sqrt(a[j, j] - vector_dot(low[j, :j], low[j, :j]))
        low[j, j] = diag
        rows, x = low[j + 1:, :j], low[j, :j]
        if core() == "haswell":
            block = j & -4
            col = a[j + 1:, j].copy()
            if block:
                col = col - _kernel_dots(rows[:, :block], x[:block], fused, a.dtype == np.float32)
            col = _leftover_update(col, rows[:, block:], x[block:], fused)
        else:
            col = a[j + 1:, j] - np.array([vector_dot(row, x) for row in rows], a.dtype).reshape(-1)
        low[j + 1:, j] = col * (a.dtype.type(1) / diag)
    return low


def _kernel_dots(rows, x, fused, single):
    """Each row of ``rows`` times ``x`` over four lane accumulators (one per row index mod 4), folded as the
    float kernel (lanes 0+1 and 2+3) or the double kernel (lanes 0+2 and 1+3) folds them."""
    acc = np.zeros((len(rows), 4), rows.dtype)
    for start in range(0, rows.shape[1], 4):
        acc = fused(rows[:, start:start + 4], np.broadcast_to(x[start:start + 4], acc.shape).copy(), acc)
    if single:
        return (acc[:, 0] + acc[:, 1]) + (acc[:, 2] + acc[:, 3])
    return (acc[:, 0] + acc[:, 2]) + (acc[:, 1] + acc[:, 3])


def _leftover_update(col, rows, x, fused):
    """``col - rows @ x`` for the (at most three) rows the kernel leaves to C: one term fused into ``col``;
    more summed by fused multiply-adds onto the second product, then added."""
    if not x.size:
        return col
    neg = np.broadcast_to(-x, rows.shape).copy()
    if x.size == 1:
        return fused(rows[:, 0].copy(), neg[:, 0].copy(), col)
    total = fused(rows[:, 0].copy(), neg[:, 0].copy(), rows[:, 1] * neg[:, 1])
    for p in range(2, x.size):
        total = fused(rows[:, p].copy(), neg[:, p].copy(), total)
    return col + total
