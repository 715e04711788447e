"""OpenBLAS 0.3.13's level-1 and level-2 routines behind LAPACK's unblocked Householder steps, in the order of its
Haswell kernels (see openblas_core), on column-major matrices as LAPACK sees them (``a[i, j]``: row i, column j).

The transposed gemv runs four columns at a time over the rows in whole multiples of four (fused multiply-adds in
8 float or 4 double lanes, the lanes folded half onto half, then pairwise), two or one leftover columns in SSE
lanes (products added, not fused), and the last ``rows % 4`` rows in C. OpenBLAS's C loops and the Fortran
LAPACK of MXNet's build are compiled with contraction: ``a * b + c`` is one fused multiply-add there.
"""
import math
import struct

import numpy as np

from .openblas_dot import fused_multiply_add


def fma(a, b, c):
    """``a * b + c`` rounded once, broadcast (the operands' dtype: float32 or float64)."""
    if np.ndim(a) == np.ndim(b) == np.ndim(c) == 0:
        return _scalar_fma(a, b, c)
    a, b, c = (np.array(v) for v in np.broadcast_arrays(a, b, c))
    return fused_multiply_add(c.dtype)(a, b, c)


_SPLIT = 134217729.0        # 2**27 + 1: Veltkamp's splitter for doubles


def _scalar_fma(a, b, c):
    """fma of three numbers of one dtype (c's), by Python floats: float32's product is exact in double and the
    sum is rounded to odd before float32 (no double rounding); float64's product is split exactly and the three
    parts summed once by math.fsum."""
    dtype = np.asarray(c).dtype.type
    x, y, z = float(a), float(b), float(c)
    product = x * y
    if product == 0 or not math.isfinite(product) or not math.isfinite(z):
        return dtype(dtype(product) + dtype(z)) if dtype is np.float32 else dtype(product + z)
    if dtype is np.float32:
        total = product + z
        low = total - product
        error = (product - (total - low)) + (z - low)
        if error and (struct.unpack("<q", struct.pack("<d", total))[0] & 1) == 0:      # round to odd
            total = math.nextafter(total, math.inf if error > 0 else -math.inf)
        return dtype(total)
    ta, tb = _SPLIT * x, _SPLIT * y
    ah, bh = ta - (ta - x), tb - (tb - y)
    error = ((ah * bh - product) + ah * (y - bh) + (x - ah) * bh) + (x - ah) * (y - bh)
    total = math.fsum((product, error, z))
    return dtype(total if total else product + z)


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
    """?scal: ``alpha * x``; a zero alpha writes +0s over NaNs and infinities too, and so does sscal's NaN alpha
    (its kernel's test for zero passes a NaN), as OpenBLAS's kernels do."""
    if alpha == 0 or (np.isnan(alpha) and x.dtype == np.float32):
        return np.zeros_like(x)
    return x * x.dtype.type(alpha)


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
    if np.isnan(x) or np.isnan(y):
        return dtype(np.nan)
    w, z = max(abs(x), abs(y)), min(abs(x), abs(y))
    if z == 0:
        return w
    q = dtype(z / w)
    return dtype(w * np.sqrt(fma(q, q, dtype(1))))


def gemv_n(a, x, alpha=1.0, y=None, strided_x=False, strided_y=False, whole_columns=False):
    """``y + alpha * a x`` as ?gemv_n forms it (``whole_columns``: a's columns are whole columns of the matrix
    it is cut from, no rows below them). Columns go in groups (float: eight, then four, two and one;
    double: four, then two and one; a strided x: fours, then ones), each group's kernel adding its part to the
    rows in whole multiples of four; the last ``rows % 4`` rows sum all columns in C. A strided y takes the
    kernels' sums in a zeroed buffer first, then adds it."""
    m, n = a.shape
    dtype = a.dtype
    y = np.zeros(m, dtype) if y is None else np.array(y, dtype)
    if not (m and n):
        return y
    alpha = dtype.type(alpha)
    tail = m & 3
    body = m - tail
    if body:
        part = np.zeros(body, dtype) if strided_y else y[:body]
        for start, width in _column_groups(n, dtype, strided_x):
            part = _GROUP_KERNELS[(dtype.itemsize, width)](a[:body, start:start + width], x[start:start + width],
                                                          alpha, part)
        y[:body] = y[:body] + part if strided_y else part
    if tail:
        y[body:] = fma(alpha, _tail_sums(a[body:], x, contiguous=whole_columns and m == tail and not strided_x), y[body:])
    return y


def _column_groups(n, dtype, strided_x):
    """(first column, width) of each kernel call, in order."""
    widths = [4] * (n >> 2) + [1] * (n & 3) if strided_x else \
        ([8] * (n >> 3) + [4] * (n >> 2 & 1) if dtype.itemsize == 4 else [4] * (n >> 2)) + [2] * (n >> 1 & 1) + [1] * (n & 1)
    starts = np.cumsum([0] + widths[:-1])
    return list(zip(starts.tolist(), widths))


def _chain(cols, x, start=None):
    """Fused multiply-adds over the columns in order onto ``start`` (by default onto the first product)."""
    acc = cols[:, 0] * x[0] if start is None else fma(cols[:, 0], x[0], start)
    for k in range(1, cols.shape[1]):
        acc = fma(cols[:, k], x[k], acc)
    return acc


def _float_group(cols, x, alpha, y):
    """sgemv_n's 4x8/4x4 Haswell kernels, their sums from +0: the rows of the first four- and eight-row blocks
    sum the even and the odd columns apart, add the two, scale by alpha and add; the rest (16-row blocks) chain
    all columns and fuse the scaling into the add."""
    rows = len(y)
    split = (rows & 4) + ((rows - (rows & 4)) & 8)
    zeros = np.zeros(rows, y.dtype)     # the kernels' accumulators start at +0
    y = y.copy()
    if split:
        both = _chain(cols[:split, 0::2], x[0::2], zeros[:split]) + _chain(cols[:split, 1::2], x[1::2], zeros[:split])
        y[:split] = y[:split] + both * alpha
    if rows > split:
        y[split:] = fma(alpha, _chain(cols[split:], x, zeros[split:]), y[split:])
    return y


def _sse_group(cols, x, alpha, y):
    """The SSE kernels of one or two columns (sgemv_n's; dgemv_n's one-column): x scaled by alpha, each
    column's products added in turn."""
    for k in range(cols.shape[1]):
        y = y + cols[:, k] * (x[k] * alpha)
    return y


def _double_group(cols, x, alpha, y):
    """dgemv_n's 4x4 and 4x2 Haswell kernels: columns 0 and 2 fused onto one product, 1 and 3 onto another
    (two columns: two products), the two added, then fused with alpha into y."""
    even = _chain(cols[:, 0::2], x[0::2])
    odd = _chain(cols[:, 1::2], x[1::2])
    return fma(alpha, even + odd, y)


_GROUP_KERNELS = {(4, 8): _float_group, (4, 4): _float_group, (4, 2): _sse_group, (4, 1): _sse_group,
                  (8, 4): _double_group, (8, 2): _double_group, (8, 1): _sse_group}


def _tail_sums(rows, x, contiguous):
    """The C loops' sums of the last rows over all columns: a fused chain from +0; when these rows are the
    whole (contiguous) matrix, columns go in pairs (one fused onto the other's product, then added), one row
    in fours (a fused chain onto the first pair's second product, then added), leftovers fused."""
    total = np.zeros(len(rows), rows.dtype)
    n = rows.shape[1]
    done = 0
    if contiguous:
        step = 4 if len(rows) == 1 else 2
        for k in range(0, n & -4, step):
            part = fma(rows[:, k], x[k], rows[:, k + 1] * x[k + 1])
            for p in range(k + 2, k + step):
                part = fma(rows[:, p], x[p], part)
            total = total + part
        done = n & -4
    for k in range(done, n):
        total = fma(rows[:, k], x[k], total)
    return total
