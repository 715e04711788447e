"""LAPACK's unblocked Householder QR (?geqr2) and its Q (?org2r) as MXNet's OpenBLAS 0.3.13 runs them, step
for step, on the Haswell kernels (openblas_gemv).

MXNet's gelqf of a row-major (m, n) matrix hands LAPACK its memory as the column-major (n, m) transpose and
asks for that matrix's QR (?geqrf, then ?orgqr): the transposed R is the L, the transposed Q the Q. Up to
128 columns LAPACK takes the unblocked steps replayed here; beyond, its blocked steps (not replayed) group
the reflectors into gemm updates.
"""
import numpy as np

from .openblas_gemv import gemv_t, ger, lapy2, nrm2, scal


def larfg(alpha, x):
    """?larfg: the reflector taking (alpha, x) to (beta, 0): returns (beta, tau) and leaves v's tail in ``x``."""
    dtype = x.dtype.type
    if not len(x):
        return alpha, dtype(0)
    xnorm = nrm2(x)
    if xnorm == 0:
        return alpha, dtype(0)
    beta = dtype(-np.copysign(lapy2(alpha, xnorm), alpha))
    safmin = dtype(np.finfo(x.dtype).tiny / (np.finfo(x.dtype).eps / 2))
    rescaled = 0
    if abs(beta) < safmin:          # a tiny column: scaled up until beta is not, beta scaled back at the end
        while True:
            rescaled += 1
            x[:] = scal(dtype(1) / safmin, x)
            beta, alpha = dtype(beta * (dtype(1) / safmin)), dtype(alpha * (dtype(1) / safmin))
            if abs(beta) >= safmin or rescaled == 20:
                break
        beta = dtype(-np.copysign(lapy2(alpha, nrm2(x)), alpha))
    tau = dtype((beta - alpha) / beta)
    x[:] = scal(dtype(1) / dtype(alpha - beta), x)
    for _ in range(rescaled):
        beta = dtype(beta * safmin)
    return beta, tau


def larf_left(v, tau, c):
    """?larf from the left: ``c`` (in place) times I - tau v v^T, over v up to its last non-zero entry and the
    columns of c up to the last with a non-zero entry in those rows."""
    if tau == 0:
        return
    rows = len(v)
    while rows and v[rows - 1] == 0:
        rows -= 1
    cols = c.shape[1]
    while cols and not np.any(c[:rows, cols - 1] != 0):
        cols -= 1
    if rows and cols:
        block = c[:rows, :cols]
        ger(-tau, v[:rows], gemv_t(block, v[:rows]), block)
        c[:rows, :cols] = block


def geqr2(a):
    """?geqr2 of the column-major matrix ``a`` (in place): R on and above the diagonal, the reflectors' tails
    below; returns their taus."""
    m, n = a.shape
    taus = np.zeros(min(m, n), a.dtype)
    for i in range(len(taus)):
        a[i, i], taus[i] = larfg(a[i, i], a[i + 1:, i])
        if i < n - 1:
            diagonal, a[i, i] = a[i, i], 1
            larf_left(a[i:, i], taus[i], a[i:, i + 1:])
            a[i, i] = diagonal
    return taus


def org2r(a, taus):
    """?org2r: the reflectors stored in ``a`` (with ``taus``) multiplied out into Q's columns, in place."""
    m, n = a.shape
    one = a.dtype.type(1)
    for i in range(len(taus) - 1, -1, -1):
        if i < n - 1:
            a[i, i] = 1
            larf_left(a[i:, i], taus[i], a[i:, i + 1:])
        if i < m - 1:
            a[i + 1:, i] = scal(-taus[i], a[i + 1:, i])
        a[i, i] = one - taus[i]
        a[:i, i] = 0


def gelqf(matrix):
    """MXNet's gelqf of one row-major (m, n) matrix, m <= n: ``(Q, L)`` with ``matrix = L Q``."""
    seen = np.array(matrix.T)           # LAPACK's column-major view of the same memory
    taus = geqr2(seen)
    low = np.tril(seen.T[:, :len(matrix)])
    org2r(seen, taus)
    return seen.T.copy(), low
