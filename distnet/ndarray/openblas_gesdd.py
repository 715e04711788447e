"""LAPACK's ?gesdd (jobz 'O') as MXNet's OpenBLAS 0.3.13 runs it for ``np.linalg.pinv``, step for step, on
matrices of up to LARGEST_ORDER rows and columns in their smaller dimension.

MXNet hands LAPACK the matrix (or its transpose) so that LAPACK sees at least as many rows as columns. For
up to 25 columns the divide and conquer ?bdsdc solves the bidiagonal by ?lasdq, that is the QR iteration
?bdsqr from unit vectors (openblas_gesvd), and the reflectors of the bidiagonal reduction are applied to
those vectors afterwards (?ormbr: ?orm2r and ?orml2), not multiplied out first as ?gesvd does. A matrix at
least 11/6 times as tall as wide takes a QR step first, its Q multiplied by R's left vectors.
"""
import numpy as np

from .dgemm_row import blas_gemm
from .openblas_gesvd import LARGEST_SIZE, LARGEST_WORK, NONFINITE_ORDER, bdsqr, gebd2, larf_right, lascl, scaled
from .openblas_qr import geqr2, larf_left, org2r

LARGEST_ORDER = 25


def replays(a, count=1):
    """Whether ``gesdd`` replays LAPACK for the column-major (M, N) matrix ``a``, one of ``count`` in a stack:
    float32/float64, 0 < N <= M, N <= LARGEST_ORDER, M N <= LARGEST_SIZE, count N N <= LARGEST_WORK
    (N <= NONFINITE_ORDER for a non-finite one)."""
    return bool(a.dtype in (np.float32, np.float64) and 0 < a.shape[1] <= min(a.shape[0], LARGEST_ORDER)
                and a.size <= LARGEST_SIZE and count * a.shape[1] ** 2 <= LARGEST_WORK
                and (a.shape[1] <= NONFINITE_ORDER or np.isfinite(a).all()))


def gesdd(a):
    """(U, s, VT, info) of the column-major (M, N) matrix ``a`` (M >= N, ``replays``), as ?gesdd leaves them:
    U (M, N) over ``a``, s decreasing, VT (N, N); info: 0, or how many superdiagonal entries the QR iteration
    left when it gave up."""
    a = np.array(a)
    rows, cols = a.shape
    anrm, bound = scaled(a)
    with np.errstate(invalid="ignore", over="ignore", divide="ignore"):
        if rows >= int(cols * 11.0 / 6.0):
            u, s, vt, info = _qr_first(a)
        else:
            u, s, vt, info = _bidiagonal_first(a)
    if bound is not None:
        lascl(bound, anrm, s)
    return u, s, vt, info


def _qr_first(a):
    cols = a.shape[1]
    taus = geqr2(a)
    r = np.triu(a[:cols])
    org2r(a, taus)
    d, e, tauq, taup = gebd2(r)
    left, vt, info = _bdsdc(d, e)
    _apply_q(r, tauq, left)
    _apply_p(r, taup, vt)
    u = np.zeros_like(a)
    step = _chunk_rows(*a.shape)
    for start in range(0, len(a), step):      # (each chunk's rows at their own places in the kernel's tiles)
        chunk = a[start:start + step]
        u[start:start + step] = blas_gemm(np.ascontiguousarray(left.T), np.ascontiguousarray(chunk.T)).T
    return u, d, vt, info


def _chunk_rows(rows, cols):
    """How many rows of Q ?gesdd multiplies by R's left vectors at a time: as many as its workspace holds,
    MXNet asking for the optimal size (LAPACK's block size 32 in its queries)."""
    bdspac = 3 * cols * cols + 4 * cols
    lwork = max(cols + 32 * cols, 3 * cols + 64 * cols, 3 * cols + bdspac) + 2 * cols * cols
    if lwork >= rows * cols + cols * cols + 3 * cols + bdspac:
        return rows
    return (lwork - cols * cols - 3 * cols - bdspac) // cols


def _bidiagonal_first(a):
    rows, cols = a.shape
    d, e, tauq, taup = gebd2(a)
    left, vt, info = _bdsdc(d, e)
    _apply_p(a, taup, vt)
    u = np.zeros_like(a)
    u[:cols] = left
    _apply_q(a, tauq, u)
    return u, d, vt, info


def _bdsdc(d, e):
    """?bdsdc('U', 'I') of up to 25 rows: (U, VT, info) of the bidiagonal from unit vectors by ?lasdq, singular
    values left in ``d``, decreasing. A single value's sign goes to U."""
    n = len(d)
    if n == 1:
        u = np.array([[np.copysign(d.dtype.type(1), d[0])]], d.dtype)
        d[0] = abs(d[0])
        return u, np.ones((1, 1), d.dtype), 0
    u, vt = np.eye(n, dtype=d.dtype), np.eye(n, dtype=d.dtype)
    info = bdsqr(d, e, vt, u)
    _select(d, u, vt, lambda x, y: x < y)           # ?lasdq: ascending
    _select(d, u, vt, lambda x, y: x > y)           # ?bdsdc: decreasing again
    return u, vt, info


def _select(d, u, vt, before):
    """Selection sort with one swap per place, values and vectors along (``before``: the order wanted)."""
    for i in range(len(d) - 1):
        k = i
        for j in range(i + 1, len(d)):
            if before(d[j], d[k]):
                k = j
        if k != i:
            d[i], d[k] = d[k], d[i]
            u[:, [i, k]] = u[:, [k, i]]
            vt[[i, k]] = vt[[k, i]]


def _apply_q(reflected, taus, c):
    """?ormbr('Q', 'L', 'N') by ?orm2r: the left reflectors stored below ``reflected``'s diagonal applied to
    ``c`` from the left, the last first."""
    for i in range(len(taus) - 1, -1, -1):
        v = reflected[i:, i].copy()
        v[0] = 1
        larf_left(v, taus[i], c[i:])


def _apply_p(reflected, taus, c):
    """?ormbr('P', 'R', 'T') by ?orml2: the right reflectors stored right of ``reflected``'s superdiagonal
    applied to ``c`` from the right, the last first."""
    for i in range(len(taus) - 2, -1, -1):
        v = reflected[i, i + 1:].copy()
        v[0] = 1
        larf_right(v, taus[i], c[:, i + 1:])
