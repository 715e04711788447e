"""LAPACK's ?syevd (with eigenvectors) as MXNet's OpenBLAS 0.3.13 runs it on small symmetric matrices, step for
step: the tridiagonal reduction ?sytd2 (OpenBLAS's symv and syr2 on the Haswell kernels), the implicit QL/QR
iteration ?steqr that ?stedc runs on up to 25 rows (LARGEST_ORDER), and the reflectors applied back by ?orm2l.

LAPACK sees MXNet's row-major matrix as its transpose and is asked for the upper triangle, so it reads our
lower one; its eigenvectors (columns) are our rows. The Fortran is compiled with contraction: in ``a * b + c``
the first product is fused.
"""
import numpy as np

from .openblas_dot import vector_dot
from .openblas_gemv import fma, lapy2
from .openblas_qr import larf_left, larfg

LARGEST_ORDER = 25


def syevd(matrix):
    """``(U, w)`` of one symmetric float32/float64 matrix (its lower triangle read): eigenvalues ascending,
    eigenvectors in U's rows, before MXNet's choice of their signs."""
    n = len(matrix)
    a = np.triu(np.array(matrix.T))         # LAPACK's column-major view; the upper triangle it reads
    if n == 1:
        return np.ones_like(a), a[0].copy()
    d, e, taus = _sytd2_upper(a)
    z = np.eye(n, dtype=a.dtype)
    _steqr(d, e, z)
    _orm2l(a[:n - 1, 1:], taus, z[:n - 1])
    return np.array(z.T), d


def _sytd2_upper(a):
    """?sytd2 with uplo 'U' in place: the diagonal, the off-diagonal and the reflectors' taus."""
    n = len(a)
    dtype = a.dtype.type
    d, e, taus = np.zeros(n, a.dtype), np.zeros(n - 1, a.dtype), np.zeros(n - 1, a.dtype)
    for i in range(n - 2, -1, -1):
        a[i, i + 1], tau = larfg(a[i, i + 1], a[:i, i + 1])
        e[i] = a[i, i + 1]
        if tau != 0:
            a[i, i + 1] = 1
            v = a[:i + 1, i + 1].copy()
            x = _symv_upper(a[:i + 1, :i + 1], v, tau)
            alpha = -(dtype(0.5) * tau * vector_dot(x, v))
            x = fma(alpha, v, x)
            for j in range(i + 1):          # syr2: two axpy steps per column of the upper triangle
                a[:j + 1, j] = fma(-x[j], v[:j + 1], fma(-v[j], x[:j + 1], a[:j + 1, j]))
            a[i, i + 1] = e[i]
        d[i + 1] = a[i + 1, i + 1]
        taus[i] = tau
    d[0] = a[0, 0]
    return d, e, taus


def _symv_upper(a, x, alpha):
    """``alpha * a @ x`` (a's upper triangle) as OpenBLAS's ?symv_U kernel forms it from zeros: below 16 rows
    column by column in C loops; from 16 rows four columns at a time, their rows above the last multiple of 8
    by the Haswell kernel (y fused column by column, each column's dot in vector lanes folded at the end), the
    rows up to the block in C, then the block's own triangle; the last ``rows % 4`` columns in C loops."""
    n = len(x)
    dtype = a.dtype.type
    y = np.zeros(n, a.dtype)
    blocked = n - n % 4 if n >= 16 else 0
    for j in range(0, blocked, 4):
        scaled = (alpha * x[j:j + 4]).astype(a.dtype)
        dots = np.zeros(4, a.dtype)
        kernel_rows = j // 8 * 8
        for k in range(4):
            y[:kernel_rows] = fma(scaled[k], a[:kernel_rows, j + k], y[:kernel_rows])
            dots[k] = dots[k] + _lane_dot(a[:kernel_rows, j + k], x[:kernel_rows])
        rows = slice(kernel_rows, j)
        part = fma(scaled[0], a[rows, j], scaled[1] * a[rows, j + 1])
        y[rows] = y[rows] + fma(scaled[3], a[rows, j + 3], fma(scaled[2], a[rows, j + 2], part))
        for k in range(4):
            dots[k] = dots[k] + _chain_dot(a[rows, j + k], x[rows], dtype(0))
        for k in range(4):
            _symv_column(a, x, alpha, y, j + k, j, scaled[k], dots[k])
    for j in range(blocked, n):
        _symv_column(a, x, alpha, y, j, 0, dtype(alpha * x[j]), dtype(0))
    return y


def _symv_column(a, x, alpha, y, j, first, scaled, dot):
    """Column j's C loop over rows ``first`` to j - 1: y fused, the dot chained, then the diagonal's term."""
    for i in range(first, j):
        y[i] = fma(scaled, a[i, j], y[i])
        dot = fma(a[i, j], x[i], dot)
    y[j] = y[j] + fma(scaled, a[j, j], alpha * dot)


def _chain_dot(u, v, start):
    for p, q in zip(u, v):
        start = fma(p, q, start)
    return start


def _lane_dot(u, v):
    """The Haswell symv kernel's dot of a column: fused multiply-adds in 8 float or 4 double lanes, folded as
    (l0 + l1) + (l2 + l3) after float's upper half is added onto its lower, (l0 + l2) + (l1 + l3) in double."""
    lanes = 32 // u.dtype.itemsize
    acc = np.zeros(lanes, u.dtype)
    for start in range(0, len(u), lanes):
        acc = fma(u[start:start + lanes], v[start:start + lanes], acc)
    if lanes == 8:
        acc = acc[:4] + acc[4:]
        return (acc[0] + acc[1]) + (acc[2] + acc[3])
    return (acc[0] + acc[2]) + (acc[1] + acc[3])


def _orm2l(reflectors, taus, c):
    """?orm2l from the left, no transpose: H(1) .. H(k) applied in turn to the leading rows of ``c`` (in place);
    H(i)'s vector ends with a 1 in row i."""
    for i in range(len(taus)):
        v = reflectors[:i + 1, i].copy()
        v[i] = 1
        larf_left(v, taus[i], c[:i + 1])


def _lartg(f, g):
    """?lartg of LAPACK 3.9: (cs, sn, r) with [cs sn; -sn cs] [f; g] = [r; 0], r's sign that of f when |f| > |g|."""
    dtype = np.asarray(f).dtype.type
    if g == 0:
        return dtype(1), dtype(0), f
    if f == 0:
        return dtype(0), dtype(1), g
    info = np.finfo(dtype)
    safmn2 = dtype(2.0 ** int(np.log(info.tiny / (info.eps / 2)) / np.log(2.0) / 2))
    safmx2 = dtype(1) / safmn2
    f1, g1, count = f, g, 0
    big, small = max(abs(f), abs(g)) >= safmx2, max(abs(f), abs(g)) <= safmn2
    factor, undo = (safmn2, safmx2) if big else (safmx2, safmn2)
    while big or small:         # extreme operands: scaled into range, r scaled back below
        count += 1
        f1, g1 = dtype(f1 * factor), dtype(g1 * factor)
        scale = max(abs(f1), abs(g1))
        big, small = big and scale >= safmx2 and count < 20, small and scale <= safmn2
    r = dtype(np.sqrt(fma(f1, f1, g1 * g1)))
    cs, sn = dtype(f1 / r), dtype(g1 / r)
    for _ in range(count):
        r = dtype(r * undo)
    if abs(f) > abs(g) and cs < 0:
        cs, sn, r = -cs, -sn, -r
    return cs, sn, r


def _laev2(a, b, c):
    """?laev2: the eigen decomposition of [[a, b], [b, c]]: (rt1, rt2, cs1, sn1), |rt1| >= |rt2|."""
    dtype = type(a)
    one, half = dtype(1), dtype(0.5)
    sm, df = dtype(a + c), dtype(a - c)
    adf, tb = abs(df), dtype(b + b)
    ab = abs(tb)
    acmx, acmn = (a, c) if abs(a) > abs(c) else (c, a)
    if adf > ab:
        q = dtype(ab / adf)
        rt = dtype(adf * np.sqrt(fma(q, q, one)))
    elif adf < ab:
        q = dtype(adf / ab)
        rt = dtype(ab * np.sqrt(fma(q, q, one)))
    else:
        rt = dtype(ab * np.sqrt(dtype(2)))
    if sm < 0:
        rt1, sgn1 = dtype(half * (sm - rt)), -1
        rt2 = fma(dtype(acmx / rt1), acmn, -(dtype(b / rt1) * b))
    elif sm > 0:
        rt1, sgn1 = dtype(half * (sm + rt)), 1
        rt2 = fma(dtype(acmx / rt1), acmn, -(dtype(b / rt1) * b))
    else:
        rt1, rt2, sgn1 = dtype(half * rt), dtype(-half * rt), 1
    cs, sgn2 = (dtype(df + rt), 1) if df >= 0 else (dtype(df - rt), -1)
    if abs(cs) > ab:
        ct = dtype(-tb / cs)
        sn1 = dtype(one / np.sqrt(fma(ct, ct, one)))
        cs1 = dtype(ct * sn1)
    elif ab == 0:
        cs1, sn1 = one, dtype(0)
    else:
        tn = dtype(-cs / tb)
        cs1 = dtype(one / np.sqrt(fma(tn, tn, one)))
        sn1 = dtype(tn * cs1)
    if sgn1 == sgn2:
        cs1, sn1 = -sn1, cs1
    return rt1, dtype(rt2), cs1, sn1


def _lasr(z, cs, sn, first, forward):
    """?lasr from the right, variable pivot: plane rotations of columns (first + j, first + j + 1) of ``z``."""
    order = range(len(cs)) if forward else range(len(cs) - 1, -1, -1)
    for j in order:
        c, s = cs[j], sn[j]
        if c != 1 or s != 0:
            left, right = z[:, first + j].copy(), z[:, first + j + 1].copy()
            z[:, first + j + 1] = fma(c, right, -(s * left))
            z[:, first + j] = fma(s, right, c * left)


def _steqr(d, e, z):
    """?steqr with compz 'I' on the tridiagonal (d, e), rotating ``z`` (the identity) into its eigenvectors;
    eigenvalues sorted ascending by selection, eigenvector columns swapped along."""
    n = len(d)
    dtype = d.dtype.type
    info = np.finfo(d.dtype)
    eps = dtype(info.eps / 2)
    eps2, safmin = dtype(eps * eps), dtype(info.tiny)
    work_c, work_s = np.zeros(n, d.dtype), np.zeros(n, d.dtype)
    jtot, nmaxit, l1 = 0, n * 30, 0
    while l1 < n:
        if l1 > 0:
            e[l1 - 1] = 0
        m = n - 1
        for k in range(l1, n - 1):
            tst = abs(e[k])
            if tst == 0:
                m = k
                break
            if tst <= dtype(np.sqrt(abs(d[k])) * np.sqrt(abs(d[k + 1]))) * eps:
                e[k] = 0
                m = k
                break
        l, lend = l1, m
        l1 = m + 1
        if lend == l:
            continue
        if not np.max(np.abs(np.concatenate([d[l:lend + 1], e[l:lend]]))):
            continue
        if abs(d[lend]) < abs(d[l]):
            l, lend = lend, l
        if lend > l:        # QL iteration
            while True:
                m = lend
                for k in range(l, lend):
                    if dtype(abs(e[k]) * abs(e[k])) <= fma(dtype(eps2 * abs(d[k])), abs(d[k + 1]), safmin):
                        m = k
                        break
                if m < lend:
                    e[m] = 0
                p = d[l]
                if m == l:
                    d[l] = p
                    l += 1
                    if l <= lend:
                        continue
                    break
                if m == l + 1:
                    rt1, rt2, c, s = _laev2(d[l], e[l], d[l + 1])
                    _lasr(z, [c], [s], l, False)
                    d[l], d[l + 1], e[l] = rt1, rt2, 0
                    l += 2
                    if l <= lend:
                        continue
                    break
                if jtot == nmaxit:
                    break
                jtot += 1
                g = dtype((d[l + 1] - p) / dtype(2 * e[l]))
                r = lapy2(g, dtype(1))
                g = dtype(dtype(d[m] - p) + dtype(e[l] / dtype(g + np.copysign(r, g))))
                s, c, p = dtype(1), dtype(1), dtype(0)
                for i in range(m - 1, l - 1, -1):
                    f, b = dtype(s * e[i]), dtype(c * e[i])
                    c, s, r = _lartg(g, f)
                    if i != m - 1:
                        e[i + 1] = r
                    g = dtype(d[i + 1] - p)
                    r = dtype(fma(dtype(d[i] - g), s, dtype(dtype(2) * c) * b))
                    p = dtype(s * r)
                    d[i + 1] = g + p
                    g = dtype(fma(c, r, -b))
                    work_c[i], work_s[i] = c, -s
                _lasr(z, work_c[l:m], work_s[l:m], l, False)
                d[l] = d[l] - p
                e[l] = g
        else:               # QR iteration
            while True:
                m = lend
                for k in range(l, lend, -1):
                    if dtype(abs(e[k - 1]) * abs(e[k - 1])) <= fma(dtype(eps2 * abs(d[k])), abs(d[k - 1]), safmin):
                        m = k
                        break
                if m > lend:
                    e[m - 1] = 0
                p = d[l]
                if m == l:
                    d[l] = p
                    l -= 1
                    if l >= lend:
                        continue
                    break
                if m == l - 1:
                    rt1, rt2, c, s = _laev2(d[l - 1], e[l - 1], d[l])
                    _lasr(z, [c], [s], l - 1, True)
                    d[l - 1], d[l], e[l - 1] = rt1, rt2, 0
                    l -= 2
                    if l >= lend:
                        continue
                    break
                if jtot == nmaxit:
                    break
                jtot += 1
                g = dtype((d[l - 1] - p) / dtype(2 * e[l - 1]))
                r = lapy2(g, dtype(1))
                g = dtype(dtype(d[m] - p) + dtype(e[l - 1] / dtype(g + np.copysign(r, g))))
                s, c, p = dtype(1), dtype(1), dtype(0)
                for i in range(m, l):
                    f, b = dtype(s * e[i]), dtype(c * e[i])
                    c, s, r = _lartg(g, f)
                    if i != m:
                        e[i - 1] = r
                    g = dtype(d[i] - p)
                    r = dtype(fma(dtype(d[i + 1] - g), s, dtype(dtype(2) * c) * b))
                    p = dtype(s * r)
                    d[i] = g + p
                    g = dtype(fma(c, r, -b))
                    work_c[i], work_s[i] = c, s
                _lasr(z, work_c[m:l], work_s[m:l], m, True)
                d[l] = d[l] - p
                e[l - 1] = g
        if jtot >= nmaxit:
            break
    for i in range(n - 1):          # selection sort, swapping eigenvector columns
        k = i + int(np.argmin(d[i:])) if d[i:].min() < d[i] else i
        if k != i:
            d[i], d[k] = d[k], d[i]
            z[:, [i, k]] = z[:, [k, i]]
