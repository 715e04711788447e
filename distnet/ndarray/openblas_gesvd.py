"""LAPACK's ?gesvd as MXNet's OpenBLAS 0.3.13 runs it for ``np.linalg.svd`` and the 2 / -2 / nuclear matrix
norms, step for step: the unblocked bidiagonal reduction ?gebd2, the reflectors multiplied out (?org2r, ?orgl2),
and the implicit zero-shift / shifted QR iteration ?bdsqr of LAPACK 3.9 (its ?lartg before the 3.10 rewrite).

MXNet hands LAPACK its row-major (m, n) matrix, m <= n, as the column-major (n, m) transpose and asks for the
left vectors over that matrix (jobu 'O') and the right ones apart (jobvt 'S'); LAPACK's U is MXNet's V
transposed, its VT MXNet's UT transposed. LAPACK takes a QR step first when the (n, m) matrix is at least 1.6
times as tall as wide. Up to 128 rows LAPACK takes only the unblocked steps replayed here; the replay stops at
LARGEST_ORDER rows and LARGEST_SIZE elements (a second or so at 32 rows, in Python). The Fortran is compiled
with contraction: in ``a * b + c * d`` the first product is fused (where one square feeds two sums, it is the
one fused into each).
"""
import numpy as np

from .dgemm_row import blas_gemm
from .openblas_gemv import fma, gemv_n, ger, scal
from .openblas_qr import geqr2, larf_left, larfg, org2r
from .openblas_syevd import _lartg, _lasr

LARGEST_ORDER = 32
LARGEST_SIZE = 8192         # elements: a second or more here, mostly in the QR step's products
LARGEST_WORK = 2048         # squared orders summed over a stack (about 2 ms each here): larger stacks take NumPy's
NONFINITE_ORDER = 12


def replays(matrix, count=1):
    """Whether ``gesvd`` replays LAPACK for this row-major matrix, one of ``count`` in a stack: a float32/float64
    (m, n) matrix, 0 < m <= n, m <= LARGEST_ORDER, m n <= LARGEST_SIZE, count m m <= LARGEST_WORK (a non-finite
    one only up to NONFINITE_ORDER rows: the QR iteration then runs to its limit of sweeps)."""
    return bool(matrix.dtype in (np.float32, np.float64) and 0 < matrix.shape[0] <= min(matrix.shape[1], LARGEST_ORDER)
                and matrix.size <= LARGEST_SIZE and count * matrix.shape[0] ** 2 <= LARGEST_WORK
                and (matrix.shape[0] <= NONFINITE_ORDER or np.isfinite(matrix).all()))


def gesvd(matrix):
    """``(ut, l, v, info)`` of one row-major matrix that ``replays`` accepts, before MXNet's choice of the
    signs; info (LAPACK's) counts the superdiagonal entries left when the QR iteration gives up (0: done)."""
    a = np.array(matrix.T)              # LAPACK's column-major (M, N) view, M >= N
    rows, cols = a.shape
    anrm, bound = scaled(a)
    with np.errstate(invalid="ignore", over="ignore", divide="ignore"):
        if rows >= int(np.float32(cols) * np.float32(1.6)):
            vt, u, d, info = _qr_first(a)
        else:
            vt, u, d, info = _bidiagonal_first(a)
    if bound is not None:
        lascl(bound, anrm, d)
    return np.ascontiguousarray(vt.T), d, np.ascontiguousarray(u.T), info


def scaled(a):
    """?gesvd's and ?gesdd's first step: a matrix of extreme magnitude is scaled (in place) to a bound, which
    its singular values are scaled back from at the end: (largest magnitude, that bound or None)."""
    dtype = a.dtype.type
    smlnum = dtype(np.sqrt(dtype(np.finfo(dtype).tiny)) / dtype(np.finfo(dtype).eps))
    bignum = dtype(1) / smlnum
    anrm = np.abs(a).max()
    bound = smlnum if 0 < anrm < smlnum else bignum if anrm > bignum else None
    if bound is not None:
        lascl(anrm, bound, a)
    return anrm, bound


def lascl(cfrom, cto, x):
    """?lascl: ``x`` (in place) times cto / cfrom, in steps of the safe minimum or its inverse where the
    quotient would over- or underflow."""
    dtype = x.dtype.type
    small = dtype(np.finfo(dtype).tiny)
    big = dtype(1) / small
    while True:
        cfrom1, cto1 = dtype(cfrom * small), dtype(cto / big)
        if cfrom1 == cfrom:
            mul, done = dtype(cto / cfrom), True
        elif cto1 == cto:
            mul, done = cto, True
        elif abs(cfrom1) > abs(cto) and cto != 0:
            mul, done, cfrom = small, False, cfrom1
        elif abs(cto1) > abs(cfrom):
            mul, done, cto = big, False, cto1
        else:
            mul, done = dtype(cto / cfrom), True
        x *= mul
        if done:
            return


def _qr_first(a):
    """LAPACK's path for a tall matrix: R's SVD, its left vectors multiplied into Q."""
    cols = a.shape[1]
    taus = geqr2(a)
    vt = np.triu(a[:cols])
    org2r(a, taus)
    d, e, tauq, taup = gebd2(vt)
    left = np.tril(vt)
    org2r(left, tauq)
    _orgbr_p(vt, taup)
    info = bdsqr(d, e, vt, left)
    return vt, np.ascontiguousarray(blas_gemm(np.ascontiguousarray(left.T), np.ascontiguousarray(a.T)).T), d, info


def _bidiagonal_first(a):
    """LAPACK's path for a matrix not much taller than wide: its own bidiagonal."""
    cols = a.shape[1]
    d, e, tauq, taup = gebd2(a)
    vt = np.triu(a[:cols])
    _orgbr_p(vt, taup)
    org2r(a, tauq)
    info = bdsqr(d, e, vt, a)
    return vt, a, d, info


def gebd2(a):
    """?gebd2 of a column-major matrix with at least as many rows as columns, in place: the upper bidiagonal
    (d, e) and the taus of the left (Q) and right (P) reflectors, stored below the diagonal and right of the
    superdiagonal."""
    rows, cols = a.shape
    d, e = np.zeros(cols, a.dtype), np.zeros(max(cols - 1, 0), a.dtype)
    tauq, taup = np.zeros(cols, a.dtype), np.zeros(cols, a.dtype)
    for i in range(cols):
        d[i], tauq[i] = larfg(a[i, i], a[i + 1:, i])
        if i < cols - 1:
            a[i, i] = 1
            larf_left(a[i:, i], tauq[i], a[i:, i + 1:])
        a[i, i] = d[i]
        if i < cols - 1:
            e[i], taup[i] = larfg(a[i, i + 1], a[i, i + 2:])
            a[i, i + 1] = 1
            larf_right(a[i, i + 1:], taup[i], a[i + 1:, i + 1:])
            a[i, i + 1] = e[i]
    return d, e, tauq, taup


def larf_right(v, tau, c):
    """?larf from the right with v a row of the matrix (stride lda): ``c`` (in place) times I - tau v v^T, over v
    up to its last non-zero entry and the rows of c up to the last with a non-zero entry in those columns."""
    if tau == 0:
        return
    cols = len(v)
    while cols and v[cols - 1] == 0:
        cols -= 1
    rows = c.shape[0]
    while rows and not np.any(c[rows - 1, :cols] != 0):
        rows -= 1
    if rows and cols:
        block = c[:rows, :cols]
        w = gemv_n(block, v[:cols], strided_x=True)
        ger(-tau, w, v[:cols], block)
        c[:rows, :cols] = block


def _orgbr_p(a, taus):
    """?orgbr('P') of a square matrix whose right reflectors start right of the diagonal: they are moved one row
    down, the first row and column become the unit's, and ?orgl2 multiplies out the rest."""
    n = len(a)
    a[1:, 1:] = np.triu(a[:n - 1, 1:])
    a[0], a[1:, 0] = 0, 0
    a[0, 0] = 1
    if n > 1:
        _orgl2(a[1:, 1:], taus[:n - 1])


def _orgl2(a, taus):
    """?orgl2 of a square matrix: the reflectors stored in its rows (with ``taus``) multiplied out, in place."""
    rows, cols = a.shape
    one = a.dtype.type(1)
    for i in range(len(taus) - 1, -1, -1):
        if i < cols - 1:
            if i < rows - 1:
                a[i, i] = 1
                larf_right(a[i, i:], taus[i], a[i + 1:, i:])
            a[i, i + 1:] = scal(-taus[i], a[i, i + 1:])
        a[i, i] = one - taus[i]
        a[i, :i] = 0


def bdsqr(d, e, vt, u):
    """?bdsqr on the upper bidiagonal (d, e), rotating the rows of ``vt`` and the columns of ``u`` (in place);
    singular values positive and decreasing in ``d``. Returns LAPACK's info: 0, or (the iteration given up)
    how many superdiagonal entries are left."""
    n = len(d)
    dtype = d.dtype.type
    info = np.finfo(d.dtype)
    eps, unfl = dtype(info.eps / 2), dtype(info.tiny)
    tol = dtype(max(dtype(10), min(dtype(100), dtype(eps ** dtype(-0.125)))) * eps)
    if n > 1 and _iterate(d, e, vt, u, eps, unfl, tol):
        return int(np.count_nonzero(e))
    for i in range(n):
        if d[i] < 0:
            d[i] = -d[i]
            vt[i] = -vt[i]
    for i in range(n - 1):             # selection of the smallest, one swap per place from the end
        last = n - 1 - i
        isub, smin = 0, d[0]
        for j in range(1, last + 1):
            if d[j] <= smin:
                isub, smin = j, d[j]
        if isub != last:
            d[isub], d[last] = d[last], smin
            vt[[isub, last]] = vt[[last, isub]]
            u[:, [isub, last]] = u[:, [last, isub]]
    return 0


def _iterate(d, e, vt, u, eps, unfl, tol):
    """?bdsqr's main loop: split off converged values, solve 2x2 blocks, chase bulges."""
    n = len(d)
    dtype = d.dtype.type
    sminoa = abs(d[0])
    mu = sminoa
    for i in range(1, n):
        if sminoa == 0:
            break
        mu = dtype(abs(d[i]) * dtype(mu / dtype(mu + abs(e[i - 1]))))
        sminoa = _fmin(sminoa, mu)
    sminoa = dtype(sminoa / dtype(np.sqrt(dtype(n))))
    thresh = _fmax(dtype(tol * sminoa), dtype(dtype(6 * n * n) * unfl))
    maxit, iterations = 6 * n * n, 0
    oldll = oldm = -1
    idir = 0
    m = n - 1
    while m > 0:
        if iterations > maxit:
            return True
        smax = abs(d[m])
        ll = -1
        for lll in range(m - 1, -1, -1):
            abss, abse = abs(d[lll]), abs(e[lll])
            if abse <= thresh:
                ll = lll
                break
            smax = _fmax(smax, abss, abse)
        if ll >= 0:
            e[ll] = 0
            if ll == m - 1:
                m -= 1
                continue
        ll += 1
        if ll == m - 1:
            _block2(d, e, vt, u, m)
            m -= 2
            continue
        if ll > oldm or m < oldll:
            idir = 1 if abs(d[ll]) >= abs(d[m]) else 2
        sminl = _converged(d, e, ll, m, idir, tol)
        if sminl is None:
            continue
        oldll, oldm = ll, m
        shift = dtype(0)
        if not dtype(dtype(dtype(n) * tol) * dtype(sminl / smax)) <= _fmax(eps, dtype(dtype(0.01) * tol)):
            if idir == 1:
                sll, shift = abs(d[ll]), _las2(d[m - 1], e[m - 1], d[m])
            else:
                sll, shift = abs(d[m]), _las2(d[ll], e[ll], d[ll + 1])
            if sll > 0 and dtype(dtype(shift / sll) ** 2) < eps:
                shift = dtype(0)
        iterations += m - ll
        if shift == 0:
            (_zero_shift_down if idir == 1 else _zero_shift_up)(d, e, vt, u, ll, m)
        else:
            (_shifted_down if idir == 1 else _shifted_up)(d, e, vt, u, ll, m, shift)
        edge = m - 1 if idir == 1 else ll
        if abs(e[edge]) <= thresh:
            e[edge] = 0


def _fmax(*values):
    """Fortran's MAX as gfortran compiles it: a NaN is passed over while a later value is not one."""
    best = values[0]
    for value in values[1:]:
        if value > best or np.isnan(best):
            best = value
    return best


def _fmin(*values):
    """Fortran's MIN as gfortran compiles it (see _fmax)."""
    best = values[0]
    for value in values[1:]:
        if value < best or np.isnan(best):
            best = value
    return best


def _converged(d, e, ll, m, idir, tol):
    """?bdsqr's relative convergence tests on the block ll..m in the chase's direction: None after zeroing a
    negligible e, else the estimate of the smallest singular value."""
    dtype = d.dtype.type
    if idir == 1:
        if abs(e[m - 1]) <= dtype(abs(tol) * abs(d[m])):
            e[m - 1] = 0
            return None
        mu = sminl = abs(d[ll])
        for lll in range(ll, m):
            if abs(e[lll]) <= dtype(tol * mu):
                e[lll] = 0
                return None
            mu = dtype(abs(d[lll + 1]) * dtype(mu / dtype(mu + abs(e[lll]))))
            sminl = _fmin(sminl, mu)
        return sminl
    if abs(e[ll]) <= dtype(abs(tol) * abs(d[ll])):
        e[ll] = 0
        return None
    mu = sminl = abs(d[m])
    for lll in range(m - 1, ll - 1, -1):
        if abs(e[lll]) <= dtype(tol * mu):
            e[lll] = 0
            return None
        mu = dtype(abs(d[lll]) * dtype(mu / dtype(mu + abs(e[lll]))))
        sminl = _fmin(sminl, mu)
    return sminl


def _rotate_rows(a, first, cs, sn, forward):
    """?lasr('L', 'V', forward or backward) on rows first.. of ``a``."""
    _lasr(a.T, cs, sn, first, forward)


def _zero_shift_down(d, e, vt, u, ll, m):
    dtype = d.dtype.type
    cs = oldcs = dtype(1)
    oldsn = dtype(0)
    rights, lefts = ([], []), ([], [])
    for i in range(ll, m):
        cs, sn, r = _lartg(dtype(d[i] * cs), e[i])
        if i > ll:
            e[i - 1] = dtype(oldsn * r)
        oldcs, oldsn, d[i] = _lartg(dtype(oldcs * r), dtype(d[i + 1] * sn))
        rights[0].append(cs), rights[1].append(sn), lefts[0].append(oldcs), lefts[1].append(oldsn)
    h = dtype(d[m] * cs)
    d[m], e[m - 1] = dtype(h * oldcs), dtype(h * oldsn)
    _rotate_rows(vt, ll, *rights, True)
    _lasr(u, lefts[0], lefts[1], ll, True)


def _zero_shift_up(d, e, vt, u, ll, m):
    dtype = d.dtype.type
    cs = oldcs = dtype(1)
    oldsn = dtype(0)
    count = m - ll
    rights, lefts = (np.zeros(count, d.dtype), np.zeros(count, d.dtype)), (np.zeros(count, d.dtype),
                                                                           np.zeros(count, d.dtype))
    for i in range(m, ll, -1):
        cs, sn, r = _lartg(dtype(d[i] * cs), e[i - 1])
        if i < m:
            e[i] = dtype(oldsn * r)
        oldcs, oldsn, d[i] = _lartg(dtype(oldcs * r), dtype(d[i - 1] * sn))
        k = i - ll - 1
        rights[0][k], rights[1][k], lefts[0][k], lefts[1][k] = cs, -sn, oldcs, -oldsn
    h = dtype(d[ll] * cs)
    d[ll], e[ll] = dtype(h * oldcs), dtype(h * oldsn)
    _rotate_rows(vt, ll, lefts[0], lefts[1], False)
    _lasr(u, rights[0], rights[1], ll, False)


def _shifted_down(d, e, vt, u, ll, m, shift):
    dtype = d.dtype.type
    f = dtype(dtype(abs(d[ll]) - shift) * dtype(np.copysign(dtype(1), d[ll]) + dtype(shift / d[ll])))
    g = e[ll]
    rights, lefts = ([], []), ([], [])
    for i in range(ll, m):
        cosr, sinr, r = _lartg(f, g)
        if i > ll:
            e[i - 1] = r
        f = fma(cosr, d[i], dtype(sinr * e[i]))
        e[i] = fma(cosr, e[i], -dtype(sinr * d[i]))
        g = dtype(sinr * d[i + 1])
        d[i + 1] = dtype(cosr * d[i + 1])
        cosl, sinl, r = _lartg(f, g)
        d[i] = r
        f = fma(cosl, e[i], dtype(sinl * d[i + 1]))
        d[i + 1] = fma(cosl, d[i + 1], -dtype(sinl * e[i]))
        if i < m - 1:
            g = dtype(sinl * e[i + 1])
            e[i + 1] = dtype(cosl * e[i + 1])
        rights[0].append(cosr), rights[1].append(sinr), lefts[0].append(cosl), lefts[1].append(sinl)
    e[m - 1] = f
    _rotate_rows(vt, ll, *rights, True)
    _lasr(u, lefts[0], lefts[1], ll, True)


def _shifted_up(d, e, vt, u, ll, m, shift):
    dtype = d.dtype.type
    f = dtype(dtype(abs(d[m]) - shift) * dtype(np.copysign(dtype(1), d[m]) + dtype(shift / d[m])))
    g = e[m - 1]
    count = m - ll
    rights, lefts = (np.zeros(count, d.dtype), np.zeros(count, d.dtype)), (np.zeros(count, d.dtype),
                                                                           np.zeros(count, d.dtype))
    for i in range(m, ll, -1):
        cosr, sinr, r = _lartg(f, g)
        if i < m:
            e[i] = r
        f = fma(cosr, d[i], dtype(sinr * e[i - 1]))
        e[i - 1] = fma(cosr, e[i - 1], -dtype(sinr * d[i]))
        g = dtype(sinr * d[i - 1])
        d[i - 1] = dtype(cosr * d[i - 1])
        cosl, sinl, r = _lartg(f, g)
        d[i] = r
        f = fma(cosl, e[i - 1], dtype(sinl * d[i - 1]))
        d[i - 1] = fma(cosl, d[i - 1], -dtype(sinl * e[i - 1]))
        if i > ll + 1:
            g = dtype(sinl * e[i - 2])
            e[i - 2] = dtype(cosl * e[i - 2])
        k = i - ll - 1
        rights[0][k], rights[1][k], lefts[0][k], lefts[1][k] = cosr, -sinr, cosl, -sinl
    e[ll] = f
    _rotate_rows(vt, ll, lefts[0], lefts[1], False)
    _lasr(u, rights[0], rights[1], ll, False)


def _rot(x, y, c, s):
    """OpenBLAS's ?rot (x, y in place): x c + y s and y c - x s, each with its first product fused."""
    x[:], y[:] = fma(c, x, s * y), fma(c, y, -(s * x))


def _block2(d, e, vt, u, m):
    """The trailing 2x2 block [d[m-1] e[m-1]; 0 d[m]] solved by ?lasv2, its rotations applied by ?rot."""
    ssmin, ssmax, snr, csr, snl, csl = _lasv2(d[m - 1], e[m - 1], d[m])
    d[m - 1], e[m - 1], d[m] = ssmax, 0, ssmin
    _rot(vt[m - 1], vt[m], csr, snr)
    _rot(u[:, m - 1], u[:, m], csl, snl)


def _las2(f, g, h):
    """?las2: the smaller singular value of [f g; 0 h]."""
    dtype = type(f)
    one, two = dtype(1), dtype(2)
    fa, ga, ha = abs(f), abs(g), abs(h)
    fhmn, fhmx = _fmin(fa, ha), _fmax(fa, ha)
    if fhmn == 0:
        return dtype(0)
    if ga < fhmx:
        as_ = dtype(one + dtype(fhmn / fhmx))
        at = dtype(dtype(fhmx - fhmn) / fhmx)
        q = dtype(ga / fhmx)          # its square feeds both sums: it is the product fused into each
        c = dtype(two / dtype(np.sqrt(fma(q, q, dtype(as_ * as_))) + np.sqrt(fma(q, q, dtype(at * at)))))
        return dtype(fhmn * c)
    au = dtype(fhmx / ga)
    if au == 0:
        return dtype(dtype(fhmn * fhmx) / ga)
    as_ = dtype(one + dtype(fhmn / fhmx))
    at = dtype(dtype(fhmx - fhmn) / fhmx)
    p, q = dtype(as_ * au), dtype(at * au)
    c = dtype(one / dtype(np.sqrt(fma(p, p, one)) + np.sqrt(fma(q, q, one))))
    ssmin = dtype(dtype(fhmn * c) * au)
    return dtype(ssmin + ssmin)


def _lasv2(f, g, h):
    """?lasv2 of [f g; 0 h]: (ssmin, ssmax, snr, csr, snl, csl), signed singular values and the rotations."""
    dtype = type(f)
    one, two = dtype(1), dtype(2)
    ft, fa, ht, ha = f, abs(f), h, abs(h)
    pmax = 1
    swap = ha > fa
    if swap:
        pmax = 3
        ft, ht, fa, ha = ht, ft, ha, fa
    gt, ga = g, abs(g)
    if ga == 0:
        ssmin, ssmax, clt, crt, slt, srt = ha, fa, one, one, dtype(0), dtype(0)
    else:
        small = True
        if ga > fa:
            pmax = 2
            if dtype(fa / ga) < dtype(np.finfo(dtype).eps / 2):
                small = False
                ssmax = ga
                ssmin = dtype(fa / dtype(ga / ha)) if ha > one else dtype(dtype(fa / ga) * ha)
                clt, slt, srt, crt = one, dtype(ht / gt), one, dtype(ft / gt)
        if small:
            dd = dtype(fa - ha)
            el = one if dd == fa else dtype(dd / fa)
            mm_ = dtype(gt / ft)
            t = dtype(two - el)
            mm = dtype(mm_ * mm_)
            s = dtype(np.sqrt(fma(t, t, mm)))
            r = abs(mm_) if el == 0 else dtype(np.sqrt(fma(el, el, mm)))
            a = dtype(dtype(0.5) * dtype(s + r))
            ssmin, ssmax = dtype(ha / a), dtype(fa * a)
            if mm == 0:
                if el == 0:
                    t = dtype(np.copysign(two, ft) * np.copysign(one, gt))
                else:
                    t = dtype(dtype(gt / np.copysign(dd, ft)) + dtype(mm_ / t))
            else:
                t = dtype(dtype(dtype(mm_ / dtype(s + t)) + dtype(mm_ / dtype(r + el))) * dtype(one + a))
            el = dtype(np.sqrt(fma(t, t, dtype(4))))
            crt, srt = dtype(two / el), dtype(t / el)
            clt = dtype(fma(srt, mm_, crt) / a)
            slt = dtype(dtype(dtype(ht / ft) * srt) / a)
    csl, snl, csr, snr = (srt, crt, slt, clt) if swap else (clt, slt, crt, srt)
    sign = {1: np.copysign(one, csr) * np.copysign(one, csl) * np.copysign(one, f),
            2: np.copysign(one, snr) * np.copysign(one, csl) * np.copysign(one, g),
            3: np.copysign(one, snr) * np.copysign(one, snl) * np.copysign(one, h)}[pmax]
    ssmax = dtype(np.copysign(ssmax, sign))
    ssmin = dtype(np.copysign(ssmin, sign * np.copysign(one, f) * np.copysign(one, h)))
    return ssmin, ssmax, snr, csr, snl, csl
