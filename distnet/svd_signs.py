"""numpy's SVD with the singular-vector signs of LAPACK 3.9, the LAPACK of numpy's OpenBLAS up to 0.3.20.

MXNet's Orthogonal initializer orthogonalises a random matrix with ``numpy.linalg.svd`` (LAPACK's dgesdd), so
the weights it writes carry the signs that LAPACK chose under the numpy of its time. LAPACK 3.10 rewrote the
Givens rotation dlartg: its cosine is now never negative, where the old one's was negative for ``|f| <= |g|,
f < 0``. The bidiagonal QR iteration (dbdsqr, which dgesdd runs on bidiagonals of up to 25 rows) and the turn of
a lower bidiagonal into an upper one build on those rotations, so a newer numpy negates some (u_i, v_i) pairs;
the magnitudes agree bit for bit. ``svd`` replays both steps in float64 under both rotations, as dgesdd runs
them (numpy computes a float32 SVD in float64), and negates the pairs whose signs differ. (The divide and
conquer dgesdd runs on larger upper bidiagonals gives the same signs under either rotation.)
"""
import functools

import numpy as np

from .ndarray.openblas_core import numpy_threads

_EPS = np.finfo(np.float64).eps / 2        # dlamch('Epsilon')
_UNFL = np.finfo(np.float64).tiny          # dlamch('Safe minimum')
_TOL = max(10, min(100, _EPS ** -0.125)) * _EPS     # dbdsqr's relative tolerance
_SMALL = 25                                # dbdsdc solves bidiagonals up to this size with dbdsqr


def svd(a):
    """``numpy.linalg.svd(a, full_matrices=False)`` with the vector signs of numpy's LAPACK 3.9 (2-D ``a``)."""
    with numpy_threads():       # (as MXNet's Python calls it)
        u, s, vt = np.linalg.svd(a, full_matrices=False)
    m, n = a.shape
    lower = m < n < int(m * 11.0 / 6.0)
    if 0 < min(m, n) and (min(m, n) <= _SMALL or lower) and _numpy_rotation() == "new":
        d, e, lower = _bidiagonal(a)
        u_old, vt_old = _bdsdc(d.copy(), e.copy(), lower, "old")
        u_new, vt_new = _bdsdc(d.copy(), e.copy(), lower, "new")
        agree = np.einsum("ij,ij->j", u_old, u_new) + np.einsum("ij,ij->i", vt_old, vt_new)
        signs = np.where(agree < 0, -1, 1)
        u, vt = u * signs.astype(u.dtype), vt * signs[:, None].astype(vt.dtype)
    return u, s, vt


@functools.lru_cache(maxsize=None)
def _numpy_rotation():
    """'old', 'new' or None: which dlartg numpy's LAPACK has, told by the signs of one bidiagonal's vectors."""
    d, e = np.array([0.4, -0.9, 0.2, -0.7]), np.array([0.8, 0.3, -0.6])
    signs = np.sign(np.linalg.svd(np.diag(d) + np.diag(e, 1))[0])
    return next((rotation for rotation in ("old", "new")
                 if np.array_equal(signs, np.sign(_bdsdc(d.copy(), e.copy(), False, rotation)[0]))), None)


def _lartg(f, g, rotation):
    """A Givens rotation (c, s, r) with [c s; -s c] [f; g] = [r; 0], as dlartg before or after LAPACK 3.10."""
    if g == 0:
        return 1.0, 0.0, f
    if f == 0:
        return (0.0, 1.0, g) if rotation == "old" else (0.0, np.copysign(1.0, g), abs(g))
    r = np.sqrt(f * f + g * g)
    if rotation == "new":
        r = np.copysign(r, f)
        return abs(f) / abs(r), g / r, r
    if abs(f) > abs(g) and f < 0:
        return -f / r, -g / r, -r
    return f / r, g / r, r


def _rotate(rows, i, c, s):
    """Rows i and i+1 of ``rows`` become [c s; -s c] times themselves (dlasr and drot's rotation)."""
    x, y = rows[i].copy(), rows[i + 1].copy()
    rows[i], rows[i + 1] = c * x + s * y, c * y - s * x


def _householder(a, i, j, side):
    """dlarfg on column j below row i (side 'L') or row i right of column j ('R'), applied to the rest of ``a``;
    returns the new diagonal entry beta."""
    x = a[i:, j] if side == "L" else a[i, j:]
    norm = np.linalg.norm(x[1:])
    if norm == 0:
        return x[0]
    beta = -np.copysign(np.hypot(x[0], norm), x[0])
    w = np.concatenate(([1.0], x[1:] / (x[0] - beta)))
    tau = (beta - x[0]) / beta
    if side == "L":
        a[i:, j + 1:] -= tau * np.outer(w, w @ a[i:, j + 1:])
    else:
        a[i + 1:, j:] -= tau * np.outer(a[i + 1:, j:] @ w, w)
    x[0], x[1:] = beta, 0
    return beta


def _bidiagonal(a):
    """dgesdd's bidiagonal of ``a``: (d, e, lower), after a QR (LQ) first where ``a`` is tall (wide) enough."""
    a = np.array(a, dtype=np.float64)
    m, n = a.shape
    if m >= n and m >= int(n * 11.0 / 6.0):
        for i in range(n):
            _householder(a, i, i, "L")
        a = np.triu(a[:n])
    elif m < n and n >= int(m * 11.0 / 6.0):
        for i in range(m):
            _householder(a, i, i, "R")
        a = np.tril(a[:, :m])
    m, n = a.shape
    d, e = [], []
    for i in range(min(m, n)):
        if m >= n:
            d.append(_householder(a, i, i, "L"))
            e.append(_householder(a, i, i + 1, "R") if i < n - 1 else 0)
        else:
            d.append(_householder(a, i, i, "R"))
            e.append(_householder(a, i + 1, i, "L") if i < m - 1 else 0)
    return np.array(d), np.array(e[:-1]), m < n


def _bdsdc(d, e, lower, rotation):
    """dbdsdc: (U, VT) with singular values in decreasing order."""
    n = len(d)
    u, vt = np.eye(n), np.eye(n)
    turns = []
    for i in range(n - 1 if lower else 0):          # a lower bidiagonal is turned upper from the left
        c, s, d[i] = _lartg(d[i], e[i], rotation)
        e[i], d[i + 1] = s * d[i + 1], c * d[i + 1]
        turns.append((i, c, -s))
    if n > _SMALL:     # divide and conquer, as numpy's dgesdd runs it on an upper bidiagonal (left as it is)
        u, _, vt = np.linalg.svd(np.diag(d) + np.diag(e, 1))
    else:
        if n > 1:
            _bdsqr(d, e, vt, u, rotation)
        negative = d < 0
        d[negative] *= -1
        vt[negative] *= -1
        order = np.argsort(-d, kind="stable")
        u, vt = u[:, order], vt[order]
    for i, c, s in reversed(turns):
        _rotate(u, i, c, s)
    return u, vt


def _bdsqr(d, e, vt, u, rotation):
    """dbdsqr's implicit QR iteration on the upper bidiagonal (d, e), rotating ``vt``'s rows and ``u``'s columns."""
    n = len(d)
    sminoa = mu = abs(d[0])
    for i in range(1, n):
        if sminoa == 0:
            break
        mu = abs(d[i]) * (mu / (mu + abs(e[i - 1])))
        sminoa = min(sminoa, mu)
    thresh = max(_TOL * sminoa / np.sqrt(n), 6 * (n * (n * _UNFL)))
    oldll, oldm, idir, iterations = -1, -1, 0, 0
    m = n - 1
    while m > 0 and iterations <= 6 * n * n:
        ll = next((i for i in range(m - 1, -1, -1) if abs(e[i]) <= thresh), -1)
        smax = max(np.abs(d[ll + 1:m + 1]).max(), np.abs(e[ll + 1:m]).max(initial=0))
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
        # a bottom-to-top chase is the top-to-bottom one on the reversed, transposed block
        block = ((d[ll:m + 1], e[ll:m], vt[ll:m + 1], u.T[ll:m + 1]) if idir == 1 else
                 (d[ll:m + 1][::-1], e[ll:m][::-1], u.T[ll:m + 1][::-1], vt[ll:m + 1][::-1]))
        smin = _converged(block[0], block[1])
        if smin is None:
            continue
        oldll, oldm = ll, m
        iterations += m - ll
        shift = 0.0
        if n * _TOL * (smin / smax) > max(_EPS, 0.01 * _TOL):
            shift = _las2(block[0][-2], block[1][-1], block[0][-1])
            if abs(block[0][0]) > 0 and (shift / abs(block[0][0])) ** 2 < _EPS:
                shift = 0.0
        (_chase if shift else _chase_zero)(*block, shift, rotation)
        if abs(block[1][-1]) <= thresh:
            block[1][-1] = 0


def _converged(d, e):
    """dbdsqr's convergence tests along the chase: None after zeroing a negligible e, else the estimated smin."""
    if abs(e[-1]) <= _TOL * abs(d[-1]):
        e[-1] = 0
        return None
    mu = smin = abs(d[0])
    for i in range(len(e)):
        if abs(e[i]) <= _TOL * mu:
            e[i] = 0
            return None
        mu = abs(d[i + 1]) * (mu / (mu + abs(e[i])))
        smin = min(smin, mu)
    return smin


def _chase_zero(d, e, right, left, _, rotation):
    """One zero-shift QR sweep (Demmel and Kahan) down the block."""
    cs, oldcs, oldsn = 1.0, 1.0, 0.0
    turns = []
    for i in range(len(e)):
        cs, sn, r = _lartg(d[i] * cs, e[i], rotation)
        if i > 0:
            e[i - 1] = oldsn * r
        oldcs, oldsn, d[i] = _lartg(oldcs * r, d[i + 1] * sn, rotation)
        turns.append((i, cs, sn, oldcs, oldsn))
    h = d[-1] * cs
    d[-1], e[-1] = h * oldcs, h * oldsn
    for i, c, s, _, _ in turns:
        _rotate(right, i, c, s)
    for i, _, _, c, s in turns:
        _rotate(left, i, c, s)


def _chase(d, e, right, left, shift, rotation):
    """One shifted QR sweep down the block."""
    f = (abs(d[0]) - shift) * (np.copysign(1.0, d[0]) + shift / d[0])
    g = e[0]
    turns = []
    for i in range(len(e)):
        cosr, sinr, r = _lartg(f, g, rotation)
        if i > 0:
            e[i - 1] = r
        f = cosr * d[i] + sinr * e[i]
        e[i] = cosr * e[i] - sinr * d[i]
        g = sinr * d[i + 1]
        d[i + 1] = cosr * d[i + 1]
        cosl, sinl, d[i] = _lartg(f, g, rotation)
        f = cosl * e[i] + sinl * d[i + 1]
        d[i + 1] = cosl * d[i + 1] - sinl * e[i]
        if i < len(e) - 1:
            g = sinl * e[i + 1]
            e[i + 1] = cosl * e[i + 1]
        turns.append((i, cosr, sinr, cosl, sinl))
    e[-1] = f
    for i, c, s, _, _ in turns:
        _rotate(right, i, c, s)
    for i, _, _, c, s in turns:
        _rotate(left, i, c, s)


def _las2(f, g, h):
    """dlas2: the smaller singular value of [f g; 0 h]."""
    fa, ga, ha = abs(f), abs(g), abs(h)
    lo, hi = min(fa, ha), max(fa, ha)
    if lo == 0:
        return 0.0
    if ga < hi:
        au = (ga / hi) ** 2
        return lo * 2 / (np.sqrt((1 + lo / hi) ** 2 + au) + np.sqrt(((hi - lo) / hi) ** 2 + au))
    au = hi / ga
    if au == 0:
        return lo * hi / ga
    c = 1 / (np.sqrt(1 + ((1 + lo / hi) * au) ** 2) + np.sqrt(1 + (((hi - lo) / hi) * au) ** 2))
    return 2 * (lo * c) * au


def _block2(d, e, vt, u, m):
    """dlasv2 on the trailing 2x2 block [d[m-1] e[m-1]; 0 d[m]], rotating its vectors (no dlartg in it)."""
    f, g, h = d[m - 1], e[m - 1], d[m]
    swap = abs(h) > abs(f)
    ft, ht = (h, f) if swap else (f, h)
    fa, ga, ha = abs(ft), abs(g), abs(ht)
    pmax = 3 if swap else 1
    if ga == 0:
        ssmin, ssmax, clt, crt, slt, srt = ha, fa, 1.0, 1.0, 0.0, 0.0
    elif ga > fa and fa / ga < _EPS:
        pmax = 2
        ssmax, ssmin = ga, (fa / (ga / ha) if ha > 1 else (fa / ga) * ha)
        clt, slt, srt, crt = 1.0, ht / g, 1.0, ft / g
    else:
        pmax = 2 if ga > fa else pmax
        dd = fa - ha
        el = 1.0 if dd == fa else dd / fa
        mm, t = g / ft, 2 - el
        s, r = np.sqrt(t * t + mm * mm), (abs(mm) if el == 0 else np.sqrt(el * el + mm * mm))
        a = 0.5 * (s + r)
        ssmin, ssmax = ha / a, fa * a
        if mm * mm == 0:
            t = np.copysign(2.0, ft) * np.copysign(1.0, g) if el == 0 else g / np.copysign(dd, ft) + mm / t
        else:
            t = (mm / (s + t) + mm / (r + el)) * (1 + a)
        el = np.sqrt(t * t + 4)
        crt, srt = 2 / el, t / el
        clt, slt = (crt + srt * mm) / a, (ht / ft) * srt / a
    csl, snl, csr, snr = (srt, crt, slt, clt) if swap else (clt, slt, crt, srt)
    sign = {1: np.copysign(1, csr) * np.copysign(1, csl) * np.copysign(1, f),
            2: np.copysign(1, snr) * np.copysign(1, csl) * np.copysign(1, g),
            3: np.copysign(1, snr) * np.copysign(1, snl) * np.copysign(1, h)}[pmax]
    d[m - 1] = np.copysign(ssmax, sign)
    d[m] = np.copysign(ssmin, sign * np.copysign(1, f) * np.copysign(1, h))
    e[m - 1] = 0
    _rotate(vt, m - 1, csr, snr)
    _rotate(u.T, m - 1, csl, snl)
