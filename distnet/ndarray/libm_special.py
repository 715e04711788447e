"""glibc's cbrtf, sinhf, coshf, erff, lgammaf, tgammaf (float32) and tanh (float64) on whole arrays, bit for bit
(see libm_wide)."""
import numpy as np

from .libm_wide import _F, _HALF, _ONE, _ONE_HALF, _TWO, _f32s, _high_half, _logf32


_CBRT2 = 1.2599210498948731648
_CBRT_FACTOR = np.array([1 / (_CBRT2 * _CBRT2), 1 / _CBRT2, 1.0, _CBRT2, _CBRT2 * _CBRT2])


def cbrtf(x):
    """glibc's ``cbrtf`` for a float32 array: a quadratic guess on the mantissa, one Halley step in double."""
    x = np.ascontiguousarray(x, np.float32)
    with np.errstate(all="ignore"):
        xm, xe = np.frexp(np.abs(x))
        m = xm.astype(np.float64)
        u = (0.492659620528969547 + (0.697570460207922770 - 0.191502161678719066 * m) * m).astype(np.float32)
        t2 = (u * u * u).astype(np.float64)
        rem = np.fmod(xe, 3)                                                   # C's % and / truncate
        ym = (u * (t2 + 2.0 * m) / (2.0 * t2 + m) * _CBRT_FACTOR[2 + rem]).astype(np.float32)
        out = np.ldexp(np.where(x > 0, ym, -ym), (xe - rem) // 3)
        special = ~np.isfinite(x) | (x == 0)
        np.copyto(out, x + x, where=special)
    return out


def sinhf(x, expf, expm1f):
    """glibc's ``sinhf`` for a float32 array, from the C library's ``expf`` and ``expm1f`` (fdlibm's steps)."""
    x = np.ascontiguousarray(x, np.float32)
    ix = x.view(np.int32) & 0x7fffffff
    a = np.abs(x)
    h = np.where(x < 0, -_HALF, _HALF)
    with np.errstate(all="ignore"):
        t = expm1f(a)
        out = h * np.where(ix < 0x3f800000, _TWO * t - t * t / (t + _ONE), t + t / (t + _ONE))    # |x| < 22
        np.copyto(out, x, where=ix < 0x31800000)                              # |x| < 2**-28
        _large(out, a, ix, h, expf, _F(np.inf) * np.sign(x))
        np.copyto(out, x + x, where=ix >= 0x7f800000)
    return out


def coshf(x, expf, expm1f):
    """glibc's ``coshf`` for a float32 array, from the C library's ``expf`` and ``expm1f`` (fdlibm's steps)."""
    x = np.ascontiguousarray(x, np.float32)
    ix = x.view(np.int32) & 0x7fffffff
    a = np.abs(x)
    with np.errstate(all="ignore"):
        t = expm1f(a)
        w = _ONE + t
        out = _ONE + (t * t) / (w + w)                                        # |x| < ln2 / 2
        t = expf(a)
        np.copyto(out, _HALF * t + _HALF / t, where=ix >= 0x3eb17218)        # below 22
        np.copyto(out, _ONE, where=ix < 0x24000000)
        _large(out, a, ix, _HALF, expf, _F(np.inf))
        np.copyto(out, x * x, where=ix >= 0x7f800000)
    return out


def _large(out, a, ix, h, expf, overflow):
    """sinhf's and coshf's ``|x| >= 22``: ``h exp(|x|)``, as ``(h w) w`` with ``w = exp(|x|/2)`` near overflow."""
    big = ix >= 0x41b00000
    if not big.any():
        return
    e = expf(a[big])
    hb = np.broadcast_to(h, a.shape)[big]
    w = expf(_HALF * a[big])
    top = ix[big] >= 0x42b17180
    vals = np.where(top, (hb * w) * w, hb * e)
    vals = np.where(ix[big] > 0x42b2d4fc, np.broadcast_to(overflow, a.shape)[big], vals)
    out[big] = vals


_ERX, _EFX = _F(8.4506291151e-01), _F(1.2837916613e-01)
_PP = _f32s(1.2837916613e-01, -3.2504209876e-01, -2.8481749818e-02, -5.7702702470e-03, -2.3763017452e-05)
_QQ = _f32s(3.9791721106e-01, 6.5022252500e-02, 5.0813062117e-03, 1.3249473704e-04, -3.9602282413e-06)
_PA = _f32s(-2.3621185683e-03, 4.1485610604e-01, -3.7220788002e-01, 3.1834661961e-01, -1.1089469492e-01,
            3.5478305072e-02, -2.1663755178e-03)
_QA = _f32s(1.0642088205e-01, 5.4039794207e-01, 7.1828655899e-02, 1.2617121637e-01, 1.3637083583e-02,
            1.1984500103e-02)
_RA = _f32s(-9.8649440333e-03, -6.9385856390e-01, -1.0558626175e+01, -6.2375331879e+01, -1.6239666748e+02,
            -1.8460508728e+02, -8.1287437439e+01, -9.8143291473e+00)
_SA = _f32s(1.9651271820e+01, 1.3765776062e+02, 4.3456588745e+02, 6.4538726807e+02, 4.2900814819e+02,
            1.0863500214e+02, 6.5702495575e+00, -6.0424413532e-02)
_RB = _f32s(-9.8649431020e-03, -7.9928326607e-01, -1.7757955551e+01, -1.6063638306e+02, -6.3756646729e+02,
            -1.0250950928e+03, -4.8351919556e+02)
_SB = _f32s(3.0338060379e+01, 3.2579251099e+02, 1.5367296143e+03, 3.1998581543e+03, 2.5530502930e+03,
            4.7452853394e+02, -2.2440952301e+01)


def _horner(s, coefs, one=False):
    """``c0 + s (c1 + s (...))``, or ``1 + s (c0 + s (...))`` with ``one``, each step rounded to float."""
    acc = coefs[-1]
    for c in coefs[-2::-1]:
        acc = c + s * acc
    return _ONE + s * acc if one else acc


def erff(x, expf):
    """glibc's ``erff`` for a float32 array (fdlibm's four ranges), with the C library's ``expf``."""
    x = np.ascontiguousarray(x, np.float32)
    ix = x.view(np.int32) & 0x7fffffff
    with np.errstate(all="ignore"):
        z = x * x                                                            # |x| < 0.84375
        out = x + x * (_horner(z, _PP) / _horner(z, _QQ, one=True))
        np.copyto(out, x + _EFX * x, where=ix < 0x31800000)
        np.copyto(out, _F(0.0625) * (_F(16) * x + (_F(16) * _EFX) * x), where=ix < 0x04000000)
        a = np.abs(x)
        s = a - _ONE                                                         # 0.84375 <= |x| < 1.25
        pq = _horner(s, _PA) / _horner(s, _QA, one=True)
        np.copyto(out, np.where(x < 0, -_ERX - pq, _ERX + pq), where=(ix >= 0x3f580000) & (ix < 0x3fa00000))
        tail = (ix >= 0x3fa00000) & (ix < 0x40c00000)                       # 1.25 <= |x| < 6
        if tail.any():
            at, it = a[tail], ix[tail]
            s = _ONE / (at * at)
            near = it < 0x4036db6e
            rs = np.where(near, _horner(s, _RA), _horner(s, _RB)) / \
                np.where(near, _horner(s, _SA, one=True), _horner(s, _SB, one=True))
            zt = _high_half(at)
            r = expf(-zt * zt - _F(0.5625)) * expf((zt - at) * (zt + at) + rs)
            out[tail] = np.where(x[tail] < 0, r / at - _ONE, _ONE - r / at)
        tiny = _F(1e-30)
        np.copyto(out, np.where(x < 0, tiny - _ONE, _ONE - tiny), where=ix >= 0x40c00000)
        np.copyto(out, np.where(x < 0, _F(-1), _ONE) + _ONE / x, where=ix >= 0x7f800000)     # +-1, NaN
    return out


_TC, _TF, _TT = _F(1.4616321325e+00), _F(-1.2148628384e-01), _F(6.6971006518e-09)
_LGA = _f32s(7.7215664089e-02, 3.2246702909e-01, 6.7352302372e-02, 2.0580807701e-02, 7.3855509982e-03,
             2.8905137442e-03, 1.1927076848e-03, 5.1006977446e-04, 2.2086278477e-04, 1.0801156895e-04,
             2.5214456400e-05, 4.4864096708e-05)
_LGT = _f32s(4.8383611441e-01, -1.4758771658e-01, 6.4624942839e-02, -3.2788541168e-02, 1.7970675603e-02,
             -1.0314224288e-02, 6.1005386524e-03, -3.6845202558e-03, 2.2596477065e-03, -1.4034647029e-03,
             8.8108185446e-04, -5.3859531181e-04, 3.1563205994e-04, -3.1275415677e-04, 3.3552918467e-04)
_LGU = _f32s(-7.7215664089e-02, 6.3282704353e-01, 1.4549225569e+00, 9.7771751881e-01, 2.2896373272e-01,
             1.3381091878e-02)
_LGV = _f32s(2.4559779167e+00, 2.1284897327e+00, 7.6928514242e-01, 1.0422264785e-01, 3.2170924824e-03)
_LGS = _f32s(-7.7215664089e-02, 2.1498242021e-01, 3.2577878237e-01, 1.4635047317e-01, 2.6642270386e-02,
             1.8402845599e-03, 3.1947532989e-05)
_LGR = _f32s(1.3920053244e+00, 7.2193557024e-01, 1.7193385959e-01, 1.8645919859e-02, 7.7794247773e-04,
             7.3266842264e-06)
_LGW = _f32s(4.1893854737e-01, 8.3333335817e-02, -2.7777778450e-03, 7.9365057172e-04, -5.9518753551e-04,
             8.3633989561e-04, -1.6309292987e-03)


def _lgamma_below_two(x, ix):
    """fdlibm's lgammaf on (0, 2): one of three expansions, after ``-log(x)`` below 0.9."""
    low = ix <= 0x3f666666
    r = np.where(low, -_logf32(x), _F(0))
    i = np.select([low & (ix >= 0x3f3b4a20), low & (ix >= 0x3e6d3308), low,
                   ix >= 0x3fdda618, ix >= 0x3f9da620], [0, 1, 2, 0, 1], 2)
    y = np.select([low & (i == 0), low & (i == 1), low,
                   i == 0, i == 1], [_ONE - x, x - (_TC - _ONE), x, _TWO - x, x - _TC], x - _ONE)
    a = _LGA
    z = y * y
    p1 = a[0] + z * (a[2] + z * (a[4] + z * (a[6] + z * (a[8] + z * a[10]))))
    p2 = z * (a[1] + z * (a[3] + z * (a[5] + z * (a[7] + z * (a[9] + z * a[11])))))
    case0 = r + ((y * p1 + p2) - _HALF * y)
    t = _LGT
    w = z * y
    p1 = t[0] + w * (t[3] + w * (t[6] + w * (t[9] + w * t[12])))
    p2 = t[1] + w * (t[4] + w * (t[7] + w * (t[10] + w * t[13])))
    p3 = t[2] + w * (t[5] + w * (t[8] + w * (t[11] + w * t[14])))
    case1 = r + (_TF + (z * p1 - (_TT - w * (p2 + y * p3))))
    u, v = _LGU, _LGV
    p1 = y * (u[0] + y * (u[1] + y * (u[2] + y * (u[3] + y * (u[4] + y * u[5])))))
    p2 = _ONE + y * (v[0] + y * (v[1] + y * (v[2] + y * (v[3] + y * v[4]))))
    case2 = r + (-_HALF * y + p1 / p2)
    return np.select([i == 0, i == 1], [case0, case1], case2)


def _lgamma_two_to_eight(x):
    """fdlibm's lgammaf on [2, 8): a rational function of the fraction plus the log of the product."""
    i = x.astype(np.int32)
    y = x - i.astype(np.float32)
    s, rr = _LGS, _LGR
    p = y * (s[0] + y * (s[1] + y * (s[2] + y * (s[3] + y * (s[4] + y * (s[5] + y * s[6]))))))
    q = _ONE + y * (rr[0] + y * (rr[1] + y * (rr[2] + y * (rr[3] + y * (rr[4] + y * rr[5])))))
    r = _HALF * y + p / q
    z = np.ones_like(x)
    for k in (7, 6, 5, 4, 3):                                   # C's switch falls through from i down to 3
        z = np.where(i >= k, z * (y + _F(k - 1)), z)
    return np.where(i >= 3, r + _logf32(z), r)


def lgammaf(x, cfunc):
    """glibc's ``lgammaf`` for a float32 array: fdlibm's steps for positive finite x, ``cfunc`` for the rest."""
    x = np.ascontiguousarray(x, np.float32)
    hx = x.view(np.int32)
    with np.errstate(all="ignore"):
        out = _lgamma_below_two(x, hx)
        np.copyto(out, _F(0), where=(hx == 0x3f800000) | (hx == 0x40000000))
        np.copyto(out, _lgamma_two_to_eight(x), where=(hx > 0x40000000) & (hx < 0x41000000))
        t = _logf32(x)
        z = _ONE / x
        y = z * z
        w = _LGW
        w = w[0] + z * (w[1] + y * (w[2] + y * (w[3] + y * (w[4] + y * (w[5] + y * w[6])))))
        np.copyto(out, (x - _HALF) * (t - _ONE) + w, where=(hx >= 0x41000000) & (hx < 0x4c800000))
        np.copyto(out, x * (t - _ONE), where=hx >= 0x4c800000)
        np.copyto(out, -t, where=hx < 0x30800000)
        rest = (hx <= 0) | (hx >= 0x7f800000)                   # zero, negatives, inf, NaN: the C function
        if rest.any():
            out[rest] = np.asarray(cfunc(x[rest]), np.float32)
    return out


_GAMMA_COEFF = _f32s(float.fromhex("0x1.555556p-4"), -float.fromhex("0xb.60b61p-12"), float.fromhex("0x3.403404p-12"))
_SQRT1_2 = _F(0.70710677)
_TWO_PI = _TWO * _F(np.pi)


def tgammaf(x, fns):
    """glibc's ``tgammaf`` for positive float32 x below 36 (``fns``: the C library's expf, powf, exp2f, expm1f
    and the function itself, which answers every other element)."""
    expf, powf, exp2f, expm1f, cfunc = fns
    x = np.ascontiguousarray(x, np.float32)
    out = np.empty_like(x)
    with np.errstate(all="ignore"):
        pos = (x > 0) & (x < _F(36))
        small = pos & (x < _F(2.5))
        if small.any():
            xs = x[small]
            arg = np.where(xs < _HALF, xs + _ONE, np.where(xs <= _ONE_HALF, xs, xs - _ONE))
            e = expf(lgammaf(arg, cfunc))
            out[small] = np.where(xs < _HALF, e / xs, np.where(xs <= _ONE_HALF, e, e * arg))
        big = pos & ~small
        if big.any():
            out[big] = _gamma_stirling(x[big], expf, powf, exp2f, expm1f)
        rest = ~pos
        if rest.any():
            out[rest] = np.asarray(cfunc(x[rest]), np.float32)
    return out


def _gamma_stirling(x, expf, powf, exp2f, expm1f):
    """glibc's gammaf_positive from 2.5 up: shifted to 4 or more, Stirling's formula with a power of 2 apart."""
    shift = x < _F(4)
    n = np.where(shift, np.ceil(_F(4) - x), _F(0))
    x_adj = x + n
    x_eps = np.where(shift, x - (x_adj - n), _F(0))
    full = (x_adj - n).astype(np.float64) + x_eps.astype(np.float64)      # the product of x + x_eps + i, i < n
    prod64 = full.copy()
    for i in (1, 2, 3):
        prod64 = np.where(i < n, prod64 * (full + i), prod64)
    prod = np.where(shift, prod64.astype(np.float32), _ONE)
    eps = np.where(shift, ((prod64 - prod) / prod).astype(np.float32), _F(0))
    x_int = np.floor(x_adj + _HALF)                                        # roundf, x_adj >= 2.5
    frac = x_adj - x_int
    mant, log2 = np.frexp(x_adj)
    under = mant < _SQRT1_2
    log2 = np.where(under, log2 - 1, log2)
    mant = np.where(under, mant * _TWO, mant)
    exp2_adj = log2 * x_int.astype(np.int32)
    ret = powf(mant, x_adj) * exp2f(log2.astype(np.float32) * frac) * expf(-x_adj) * np.sqrt(_TWO_PI / x_adj) / prod
    exp_adj = -eps + x_eps * _logf32(x_adj)
    bsum = _GAMMA_COEFF[2]
    x_adj2 = x_adj * x_adj
    for c in (_GAMMA_COEFF[1], _GAMMA_COEFF[0]):
        bsum = bsum / x_adj2 + c
    exp_adj = exp_adj + bsum / x_adj
    return np.ldexp(ret + ret * expm1f(exp_adj), exp2_adj)


def tanh(x):
    """glibc's double ``tanh`` for a float64 array: fdlibm's ``expm1`` formulas (numpy's expm1 is the C one)."""
    x = np.ascontiguousarray(x, np.float64)
    a = np.abs(x)
    hi = (x.view(np.int64) >> 32).astype(np.int32) & 0x7fffffff
    with np.errstate(all="ignore"):
        ge1 = hi >= 0x3ff00000
        t = np.expm1(np.where(ge1, 2.0 * a, -2.0 * a))
        z = np.where(ge1, 1.0 - 2.0 / (t + 2.0), -t / (t + 2.0))
        np.copyto(z, 1.0 - 1e-300, where=hi >= 0x40360000)                 # |x| >= 22
        out = np.where(x < 0, -z, z)
        tiny = hi < 0x3c800000                                              # |x| < 2**-55 (and zeros)
        np.copyto(out, x * (1.0 + x), where=tiny)
        np.copyto(out, x, where=x == 0)
        special = hi >= 0x7ff00000
        np.copyto(out, np.where(x > 0, 1.0 / x + 1.0, 1.0 / x - 1.0), where=special)
    return out
