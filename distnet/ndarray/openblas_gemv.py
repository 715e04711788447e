"""OpenBLAS 0.3.13's level-1 and level-2 routines behind LAPACK's unblocked Householder steps, in the order of its
Haswell kernels (see openblas_core), on column-major matrices as LAPACK sees them (``a[i, j]``: row i, column j).

The transposed gemv runs four columns at a time over the rows in whole multiples of four (fused multiply-adds in
8 float or 4 double lanes, the lanes folded half onto half, then pairwise), two or one leftover columns in SSE
lanes (products added, not fused), and the last ``rows % 4`` rows in C. OpenBLAS's C loops and the Fortran
LAPACK of MXNet's build are compiled with contraction: ``a * b + c`` is one fused multiply-add there.
"""
import numpy as np

from .openblas_dot import fused_multiply_add


def fma(a, b, c):
    """``a * b + c`` rounded once, broadcast (the operands' dtype: float32 or float64)."""
    a, b, c = (np.array(v) for v in np.broadcast_arrays(a, b, c))
    return fused_multiply_add(c.dtype)(a, b, c)


def _fold(acc):
    """haddps twice on four lanes ((0 + 1) + (2 + 3)) or haddpd once on two."""
    if acc.shape[-1] == 4:
        return (acc[..., 0] + acc[..., 1]) + (acc[..., 2] + acc[..., 3])
    return acc[..., 0] + acc[..., 1]


def _four_columns(cols, x):
    """The 4x4 kernel's sums for groups of four columns over ``len(x)`` (a multiple of 4) rows."""
    lanes = 32 // cols.dtype.itemsize
    acc = np.zeros((cols.shape[1], lanes), cols.dtype)
    rows, i = len(x), 0
    if rows & 4:
        acc[:, :4] = fma(cols[:4].T, x[:4], acc[:, :4])
        i = 4
    if lanes == 8 and (rows - i) & 8:
        acc = fma(cols[i:i + 8].T, x[i:i + 8], acc)
        i += 8
    for start in range(i, rows, 2 * lanes):
        acc = fma(cols[start:start + lanes].T, x[start:start + lanes], acc)
        acc = fma(cols[start + lanes:start + 2 * lanes].T, x[start + lanes:start + 2 * lanes], acc)
    half = lanes // 2
    return _fold(acc[:, :half] + acc[:, half:])


def _sse_columns(cols, x, split):
    """The SSE kernels' sums of one or two columns: products added lane-wise, the two-column kernel into one
    accumulator per column, the one-column kernel alternating two (``split``) that it adds before folding."""
    lanes = 16 // cols.dtype.itemsize
    first = np.zeros((cols.shape[1], lanes), cols.dtype)
    second = np.zeros_like(first)
    rows, i = len(x), 0
    if rows & lanes:
        first = first + cols[:lanes].T * x[:lanes]
        i = lanes
    for start in range(i, rows, 2 * lanes):
        first = first + cols[start:start + lanes].T * x[start:start + lanes]
        step = cols[start + lanes:start + 2 * lanes].T * x[start + lanes:start + 2 * lanes]
        if split:
            second = second + step
        else:
            first = first + step
    return _fold(second + first if split else first)


def gemv_t(a, x, alpha=1.0, y=None, strided_y=False):
    """``y + alpha * a^T x`` as ?gemv_t forms it (``y`` zeros by default, as for beta 0). ``strided_y``: y is
    not contiguous (a row of a column-major matrix), so the kernel's adds of its column sums are C loops."""
    m, n = a.shape
    dtype = a.dtype
    y = np.zeros(n, dtype) if y is None else np.array(y, dtype)
    if not (m and n):
        return y
    alpha = dtype.type(alpha)
    tail = m & 3
    body = m - tail
    if body:
        groups = n & -4
        if groups:
            sums = _four_columns(a[:body, :groups], x[:body])
            y[:groups] = fma(sums, alpha, y[:groups]) if strided_y else y[:groups] + sums * alpha
        if n - groups >= 2:
            y[groups:groups + 2] = fma(_sse_columns(a[:body, groups:groups + 2], x[:body], False), alpha,
                                       y[groups:groups + 2])
        if (n - groups) & 1:
            y[n - 1:] = fma(_sse_columns(a[:body, n - 1:], x[:body], True), alpha, y[n - 1:])
    if tail:
        scaled = x[body:] * alpha
        rows = a[body:]
        if tail == 1:
            return fma(rows[0], scaled[0], y)
        total = fma(rows[0], scaled[0], rows[1] * scaled[1])
        if tail == 3:
            total = fma(rows[2], scaled[2], total)
        y = y + total
    return y


def ger(alpha, x, w, c):
    """``c += alpha x w^T`` in place as ?ger runs it: column j gains ``(alpha * w[j]) * x`` by fused axpy steps."""
    for j in range(c.shape[1]):
        c[:, j] = fma(c.dtype.type(alpha) * w[j], x, c[:, j])


def scal(alpha, x):
    """?scal: ``alpha * x``; a zero alpha writes +0s (NaNs and infinities too), as OpenBLAS's kernels do."""
    return np.zeros_like(x) if alpha == 0 else x * x.dtype.type(alpha)


def nrm2(x):
    """?nrm2: float32 squares summed in double (SSE kernel), float64 ones in x87 extended precision; the
    square root taken at that precision, then rounded."""
    wide = np.float64 if x.dtype == np.float32 else np.longdouble
    total = wide(0)
    for v in x.astype(wide):
        total += v * v
    return x.dtype.type(np.sqrt(total))


def lapy2(x, y):
    """LAPACK ?lapy2: sqrt(x**2 + y**2) as w * sqrt(1 + (z / w)**2), the inner sum one fused multiply-add."""
    dtype = type(x)
    w, z = max(abs(x), abs(y)), min(abs(x), abs(y))
    if z == 0:
        return w
    q = dtype(z / w)
    return dtype(w * np.sqrt(fma(q, q, dtype(1))))
