"""The double value glibc's ``logf`` and ``log2f`` round to float, on whole float32 arrays.

Both evaluate in double and round once: ``x = 2**k z`` with ``z`` near one of 16 table centres ``c``,
``log(x) = k ln2 + log(c) + log1p(z/c - 1)``, the last by a short polynomial. numpy's float64
logarithm is far more accurate than that polynomial (up to a third of a float ulp away near 1), so
rounding it gives other bits; running the same steps gives the C library's double up to the last bits
of a double (the C build may fuse multiply-adds). Callers therefore round these values and ask the C
function only where the double lies within a hair of a float rounding midpoint (see ops_elemwise).
"""
import numpy as np

_OFF = 0x3f330000
# (1/c, log(c), log2(c)) of the 16 subintervals of [0x3f330000, 2 * 0x3f330000), the C library's constants
_TABLE = np.array([
    ("0x1.661ec79f8f3bep+0", "-0x1.57bf7808caadep-2", "-0x1.efec65b963019p-2"),
    ("0x1.571ed4aaf883dp+0", "-0x1.2bef0a7c06ddbp-2", "-0x1.b0b6832d4fca4p-2"),
    ("0x1.49539f0f010bp+0", "-0x1.01eae7f513a67p-2", "-0x1.7418b0a1fb77bp-2"),
    ("0x1.3c995b0b80385p+0", "-0x1.b31d8a68224e9p-3", "-0x1.39de91a6dcf7bp-2"),
    ("0x1.30d190c8864a5p+0", "-0x1.6574f0ac07758p-3", "-0x1.01d9bf3f2b631p-2"),
    ("0x1.25e227b0b8eap+0", "-0x1.1aa2bc79c81p-3", "-0x1.97c1d1b3b7afp-3"),
    ("0x1.1bb4a4a1a343fp+0", "-0x1.a4e76ce8c0e5ep-4", "-0x1.2f9e393af3c9fp-3"),
    ("0x1.12358f08ae5bap+0", "-0x1.1973c5a611cccp-4", "-0x1.960cbbf788d5cp-4"),
    ("0x1.0953f419900a7p+0", "-0x1.252f438e10c1ep-5", "-0x1.a6f9db6475fcep-5"),
    ("0x1p+0", "0x0p+0", "0x0p+0"),
    ("0x1.e608cfd9a47acp-1", "0x1.aa5aa5df25984p-5", "0x1.338ca9f24f53dp-4"),
    ("0x1.ca4b31f026aap-1", "0x1.c5e53aa362eb4p-4", "0x1.476a9543891bap-3"),
    ("0x1.b2036576afce6p-1", "0x1.526e57720db08p-3", "0x1.e840b4ac4e4d2p-3"),
    ("0x1.9c2d163a1aa2dp-1", "0x1.bc2860d22477p-3", "0x1.40645f0c6651cp-2"),
    ("0x1.886e6037841edp-1", "0x1.1058bc8a07ee1p-2", "0x1.88e9c2c1b9ff8p-2"),
    ("0x1.767dcf5534862p-1", "0x1.4043057b6ee09p-2", "0x1.ce0a44eb17bccp-2"),
], dtype=object)
_INVC, _LOGC, _LOG2C = (np.array([float.fromhex(v) for v in col]) for col in _TABLE.T)
# 1/c split into 24 high bits (exact products with a float) and the rest
_INVC_HI = (_INVC.view(np.int64) & ~np.int64((1 << 29) - 1)).view(np.float64)
_INVC_LO = _INVC - _INVC_HI
_LN2 = float.fromhex("0x1.62e42fefa39efp-1")
_LOG_POLY = [float.fromhex(v) for v in ("-0x1.00ea348b88334p-2", "0x1.5575b0be00b6ap-2", "-0x1.ffffef20a4123p-2")]
_LOG2_POLY = [float.fromhex(v) for v in ("-0x1.712b6f70a7e4dp-2", "0x1.ecabf496832ep-2", "-0x1.715479ffae3dep-1",
                                         "0x1.715475f35c8b8p0")]


def _reduce(x):
    """``x = 2**k z``: the table index, ``k`` and ``r = z/c - 1`` (as one fused multiply-add gives it)."""
    ix = x.view(np.uint32)
    sub = (ix < 0x00800000) & (ix != 0)                  # positive subnormals: scaled by 2**23 first
    if sub.any():
        ix = np.where(sub, (x * np.float32(2.0 ** 23)).view(np.uint32) - np.uint32(23 << 23), ix)
    tmp = ix - np.uint32(_OFF)
    i = (tmp >> 19) & 15
    k = tmp.view(np.int32) >> 23
    z = (ix - (tmp & np.uint32(0xff800000))).view(np.float32).astype(np.float64)
    r = (z * _INVC_HI[i] - 1.0) + z * _INVC_LO[i]       # both parts exact: one rounding, as fma(z, 1/c, -1)
    return i, k, r


def _specials(x, y):
    """The C library's answers for zero, negatives, infinity and NaN (the steps assume a finite positive x)."""
    bad = ~(x > 0) | (x == np.inf)
    if bad.any():
        with np.errstate(all="ignore"):
            y[bad] = np.log(x[bad].astype(np.float64))
        y[x < 0] = np.nan                         # glibc's first logf (MXNet's) returns a positive NaN
    return y


def logf(x):
    """The double that glibc's ``logf`` rounds to float, for a float32 array."""
    x = np.ascontiguousarray(x, np.float32)
    with np.errstate(all="ignore"):
        i, k, r = _reduce(x)
        y0 = _LOGC[i] + k * _LN2
        r2 = r * r
        a0, a1, a2 = _LOG_POLY
        y = (a0 * r2 + (a1 * r + a2)) * r2 + (y0 + r)
    return _specials(x, y)


def log2f(x):
    """The double that glibc's ``log2f`` rounds to float, for a float32 array."""
    x = np.ascontiguousarray(x, np.float32)
    with np.errstate(all="ignore"):
        i, k, r = _reduce(x)
        y0 = _LOG2C[i] + k
        r2 = r * r
        a0, a1, a2, a3 = _LOG2_POLY
        y = (a0 * r2 + (a1 * r + a2)) * r2 + (a3 * r + y0)
    return _specials(x, y)


_F = np.float32
_NAN = np.copysign(np.float32(np.nan), np.float32(-1))     # x86's default NaN: (x - x) / (x - x) in C
_TWO25 = _F(2.0 ** 25)
_IVLN10, _LOG10_2HI, _LOG10_2LO = _F(4.3429449201e-01), _F(3.0102920532e-01), _F(7.9034151668e-07)


def log10f(x):
    """glibc's ``log10f`` for a float32 array: ``k log10(2) + logf(m) / ln10`` in float steps."""
    x = np.ascontiguousarray(x, np.float32)
    hx = x.view(np.int32)
    with np.errstate(all="ignore"):
        sub = (hx < 0x00800000) & (hx > 0)
        k = np.where(sub, -25, 0).astype(np.int32)
        hx = np.where(sub, (x * _TWO25).view(np.int32), hx)
        k += (hx >> 23) - 127
        i = (k < 0).astype(np.int32)
        m = ((hx & 0x007fffff) | ((0x7f - i) << 23)).view(np.float32)
        y = (k + i).astype(np.float32)
        z = y * _LOG10_2LO + _IVLN10 * logf(m).astype(np.float32)
        out = z + y * _LOG10_2HI
        out[x == 0] = -np.inf
        out[x < 0] = np.nan                                     # log10f's wrapper returns a positive NaN
        special = np.isnan(x) | (x == np.inf)                  # x + x
        out[special] = x[special] + x[special]
    return out


_LN2_HI, _LN2_LO = _F(6.9313812256e-01), _F(9.0580006145e-06)
_LP = [_F(v) for v in (6.6666668653e-01, 4.0000000596e-01, 2.8571429849e-01, 2.2222198546e-01, 1.8183572590e-01,
                       1.5313838422e-01, 1.4798198640e-01)]
_ONE, _HALF, _TWO = _F(1), _F(0.5), _F(2)


def log1pf(x):
    """glibc's ``log1pf`` for a float32 array, its float steps (fdlibm's algorithm) on every element."""
    x = np.ascontiguousarray(x, np.float32)
    hx = x.view(np.int32)
    ax = hx & 0x7fffffff
    with np.errstate(all="ignore"):
        direct = (hx < 0x3ed413d7) & ((hx > 0) | (hx <= np.int32(-0x416a09e1)))   # -0.2929 < x < 0.41422: k = 0
        big = hx >= 0x5a000000
        u = np.where(big, x, _ONE + x)
        hu = u.view(np.int32)
        k = (hu >> 23) - 127
        c = np.where(k > 0, _ONE - (u - x), x - (u - _ONE)) / u
        c[big] = 0
        hu = hu & 0x007fffff
        low = hu < 0x3504f7
        k = np.where(low, k, k + 1)
        u = np.where(low, hu | 0x3f800000, hu | 0x3f000000).view(np.float32)
        hu = np.where(low, hu, (0x00800000 - hu) >> 2)
        f = u - _ONE
        f[direct] = x[direct]
        k[direct] = 0
        hu[direct] = 1
        c[direct] = 0
        kf = k.astype(np.float32)
        hfsq = _HALF * f * f
        s = f / (_TWO + f)
        z = s * s
        r = z * (_LP[0] + z * (_LP[1] + z * (_LP[2] + z * (_LP[3] + z * (_LP[4] + z * (_LP[5] + z * _LP[6]))))))
        out = np.where(k == 0, f - (hfsq - s * (hfsq + r)),
                       kf * _LN2_HI - ((hfsq - (s * (hfsq + r) + (kf * _LN2_LO + c))) - f))
        exact = hu == 0                                       # the mantissa of 1 + x is 1 (or close to 2)
        if exact.any():
            rr = hfsq * (_ONE - _F(0.66666666666666666) * f)
            near = np.where(k == 0, f - rr, kf * _LN2_HI - ((rr - (kf * _LN2_LO + c)) - f))
            zero = np.where(k == 0, _F(0), kf * _LN2_HI + (c + kf * _LN2_LO))
            np.copyto(out, np.where(f == 0, zero, near), where=exact)
        tiny = ax < 0x31000000                                # |x| < 2**-29
        np.copyto(out, np.where(ax < 0x24800000, x, x - x * x * _HALF), where=tiny)
        np.copyto(out, _F(-np.inf), where=x == -1)
        np.copyto(out, _NAN, where=x < -1)
        special = hx >= 0x7f800000                            # +inf, NaN: x + x
        np.copyto(out, x + x, where=special | np.isnan(x))
    return out


_ATAN_HI = np.array([4.6364760399e-01, 7.8539812565e-01, 9.8279368877e-01, 1.5707962513e+00], np.float32)
_ATAN_LO = np.array([5.0121582440e-09, 3.7748947079e-08, 3.4473217170e-08, 7.5497894159e-08], np.float32)
_AT = [_F(v) for v in (3.3333334327e-01, -2.0000000298e-01, 1.4285714924e-01, -1.1111110449e-01, 9.0908870101e-02,
                       -7.6918758452e-02, 6.6610731184e-02, -5.8335702866e-02, 4.9768779427e-02, -3.6531571299e-02,
                       1.6285819933e-02)]
_ONE_HALF = _F(1.5)


def atanf(x):
    """glibc's ``atanf`` for a float32 array: fdlibm's reduction to one of four points and an odd polynomial."""
    x = np.ascontiguousarray(x, np.float32)
    ix = x.view(np.int32) & 0x7fffffff
    with np.errstate(all="ignore"):
        a = np.abs(x)
        idx = np.select([ix < 0x3ee00000, ix < 0x3f300000, ix < 0x3f980000, ix < 0x401c0000], [-1, 0, 1, 2], 3)
        t = np.select([idx == 0, idx == 1, idx == 2],
                      [(_TWO * a - _ONE) / (_TWO + a), (a - _ONE) / (a + _ONE), (a - _ONE_HALF) / (_ONE + _ONE_HALF * a)],
                      _F(-1) / a)
        t = np.where(idx < 0, x, t)
        z = t * t
        w = z * z
        s1 = z * (_AT[0] + w * (_AT[2] + w * (_AT[4] + w * (_AT[6] + w * (_AT[8] + w * _AT[10])))))
        s2 = w * (_AT[1] + w * (_AT[3] + w * (_AT[5] + w * (_AT[7] + w * _AT[9]))))
        j = np.maximum(idx, 0)
        z = _ATAN_HI[j] - ((t * (s1 + s2) - _ATAN_LO[j]) - t)
        out = np.where(idx < 0, t - t * (s1 + s2), np.where(x < 0, -z, z))
        np.copyto(out, x, where=ix < 0x31000000)                              # |x| < 2**-29
        huge = ix >= 0x4c000000                                               # |x| >= 2**25
        far = _ATAN_HI[3] + _ATAN_LO[3]
        np.copyto(out, np.where(x < 0, -far, far), where=huge)
        np.copyto(out, x + x, where=ix > 0x7f800000)                          # NaN
    return out


_PIO2_HI, _PIO2_LO, _PIO4_HI = _F(1.57079637050628662109375), _F(-4.37113900018624283e-8), \
    _F(0.785398185253143310546875)
_ASIN_P = [_F(v) for v in (1.666675248e-1, 7.495297643e-2, 4.547037598e-2, 2.417951451e-2, 4.216630880e-2)]


def _asin_poly(t):
    p0, p1, p2, p3, p4 = _ASIN_P
    return t * (p0 + t * (p1 + t * (p2 + t * (p3 + t * p4))))


def _high_half(s):
    """``s`` with the low 12 mantissa bits cleared."""
    return (s.view(np.int32) & np.int32(-4096)).view(np.float32)


def asinf(x):
    """glibc's ``asinf`` for a float32 array: a polynomial below 0.5, ``pi/2 - 2 asin(sqrt((1-|x|)/2))`` above."""
    x = np.ascontiguousarray(x, np.float32)
    ix = x.view(np.int32) & 0x7fffffff
    with np.errstate(all="ignore"):
        t = x * x
        out = x + x * _asin_poly(t)                                          # |x| < 0.5
        t = (_ONE - np.abs(x)) * _HALF
        p = _asin_poly(t)
        s = np.sqrt(t)
        steep = _PIO2_HI - (_TWO * (s + s * p) - _PIO2_LO)                    # |x| > 0.975
        w = _high_half(s)
        c = (t - w * w) / (s + w)
        mid = _PIO4_HI - ((_TWO * s * p - (_PIO2_LO - _TWO * c)) - (_PIO4_HI - _TWO * w))
        big = np.where(ix >= 0x3f79999a, steep, mid)
        np.copyto(out, np.where(x < 0, -big, big), where=ix >= 0x3f000000)
        np.copyto(out, x, where=ix < 0x32000000)                              # |x| < 2**-27
        np.copyto(out, x * _PIO2_HI + x * _PIO2_LO, where=ix == 0x3f800000)
        np.copyto(out, _F(np.nan), where=ix > 0x3f800000)                     # out of the domain
        np.copyto(out, x + x, where=ix > 0x7f800000)                          # NaN
    return out


_PI, _PIO2H, _PIO2L = _F(3.1415925026e+00), _F(1.5707962513e+00), _F(7.5497894159e-08)
_PS = [_F(v) for v in (1.6666667163e-01, -3.2556581497e-01, 2.0121252537e-01, -4.0055535734e-02, 7.9153501429e-04,
                       3.4793309169e-05)]
_QS = [_F(v) for v in (-2.4033949375e+00, 2.0209457874e+00, -6.8828397989e-01, 7.7038154006e-02)]


def _acos_ratio(z):
    p = z * (_PS[0] + z * (_PS[1] + z * (_PS[2] + z * (_PS[3] + z * (_PS[4] + z * _PS[5])))))
    q = _ONE + z * (_QS[0] + z * (_QS[1] + z * (_QS[2] + z * _QS[3])))
    return p / q


def acosf(x):
    """glibc's ``acosf`` for a float32 array: fdlibm's rational approximation in three ranges."""
    x = np.ascontiguousarray(x, np.float32)
    ix = x.view(np.int32) & 0x7fffffff
    with np.errstate(all="ignore"):
        r = _acos_ratio(x * x)
        out = _PIO2H - (x - (_PIO2L - x * r))                                # |x| < 0.5
        z = (_ONE + x) * _HALF                                               # x < -0.5
        s = np.sqrt(z)
        neg = _PI - _TWO * (s + (_acos_ratio(z) * s - _PIO2L))
        z = (_ONE - x) * _HALF                                               # x > 0.5
        s = np.sqrt(z)
        df = _high_half(s)
        c = (z - df * df) / (s + df)
        pos = _TWO * (df + (_acos_ratio(z) * s + c))
        np.copyto(out, np.where(x < 0, neg, pos), where=ix >= 0x3f000000)
        np.copyto(out, _PIO2H + _PIO2L, where=ix <= 0x32800000)
        np.copyto(out, _F(0), where=x == 1)
        np.copyto(out, _PI + _TWO * _PIO2L, where=x == -1)
        np.copyto(out, _F(np.nan), where=ix > 0x3f800000)                     # out of the domain
        np.copyto(out, x + x, where=ix > 0x7f800000)                          # NaN
    return out


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


def _f32s(*values):
    return [_F(v) for v in values]


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


_HPI_INV, _HPI = float.fromhex("0x1.45f306dc9c883p+23"), float.fromhex("0x1.921fb54442d18p+0")
_PI63 = float.fromhex("0x1.921fb54442d18p-62")
_HPI_HI = float((np.array([_HPI]).view(np.int64) & ~np.int64((1 << 27) - 1)).view(np.float64)[0])   # 26 bits
_HPI_LO = _HPI - _HPI_HI
_TWO_OVER_PI_HEX = "000000a2f9836e4e441529fc2757d1f534ddc0db6295993c439041"
_INV_PIO4 = np.array([int(_TWO_OVER_PI_HEX[2 * k:2 * k + 8], 16) for k in range(24)], np.uint64)   # 32-bit windows
_T = _f32s(3.3333334327e-01, 1.3333334029e-01, 5.3968254477e-02, 2.1869488060e-02, 8.8632395491e-03,
           3.5920790397e-03, 1.4562094584e-03, 5.8804126456e-04, 2.4646313977e-04, 7.8179444245e-05,
           7.1407252108e-05, -1.8558637748e-05, 2.5907305826e-05)
_PIO4, _PIO4LO = _F(7.8539812565e-01), _F(3.7748947079e-08)


def _reduce_pio2(x, fused=False):
    """``x = n pi/2 + d`` as glibc's sinf/tanf reduce it (double ``d``; a 4/pi bit table past 120).

    ``fused``: ``d`` as one fused multiply-add gives it (glibc's sinf and cosf on an FMA machine)."""
    dx = x.astype(np.float64)
    r = dx * _HPI_INV
    n = (r.astype(np.int32) + 0x800000) >> 24                     # C truncates the float to int
    d = (dx - n * _HPI_HI) - n * _HPI_LO if fused else dx - n * _HPI      # (both products and dx - n hi exact)
    far = np.abs(x) >= _F(120)
    if far.any():
        xi = x[far].view(np.uint32).astype(np.uint64)
        table = (xi >> np.uint64(26)) & np.uint64(15)
        shift = (xi >> np.uint64(23)) & np.uint64(7)
        m = ((xi & np.uint64(0xffffff)) | np.uint64(0x800000)) << shift
        mask32 = np.uint64(0xffffffff)
        res0 = (m * _INV_PIO4[table]) & mask32                   # a 32-bit product in C
        res1 = m * _INV_PIO4[table + 4]
        res2 = m * _INV_PIO4[table + 8]
        res0 = (res2 >> np.uint64(32)) | (res0 << np.uint64(32))
        res0 = res0 + res1
        nf = (res0 + np.uint64(1 << 61)) >> np.uint64(62)
        res0 = res0 - (nf << np.uint64(62))
        df = res0.view(np.int64).astype(np.float64) * _PI63
        d[far] = np.where(x[far] < 0, -df, df)
        n[far] = nf.astype(np.int32)
    return n, d


def _kernel_tanf(x, y, iy, hx):
    """fdlibm's tan of ``x + y`` (|x| <= pi/4) as float steps; ``iy = -1`` gives ``-1/tan``."""
    ix = hx & 0x7fffffff
    big = ix >= 0x3f2ca140                                        # |x| >= 0.6744: tan(pi/4 - x) instead
    neg = hx < 0
    xb = np.where(neg, -x, x)
    yb = np.where(neg, -y, y)
    xr = (_PIO4 - xb) + (_PIO4LO - yb)
    x = np.where(big, xr, x)
    y = np.where(big, _F(0), y)
    sign = np.where(neg, _F(-1), _ONE)
    iyf = iy.astype(np.float32)
    z = x * x
    w = z * z
    r = _T[1] + w * (_T[3] + w * (_T[5] + w * (_T[7] + w * (_T[9] + w * _T[11]))))
    v = z * (_T[2] + w * (_T[4] + w * (_T[6] + w * (_T[8] + w * (_T[10] + w * _T[12])))))
    s = z * x
    r = y + z * (s * (r + v) + y)
    r = r + _T[0] * s
    w = x + r
    out = np.where(iy == 1, w, _F(0))
    minus = iy != 1                                               # -1/(x + r), accurately
    if minus.any():
        zh = _high_half(w)
        vv = r - (zh - x)
        a = _F(-1) / w
        t = _high_half(a)
        out = np.where(minus, t + a * ((_ONE + t * zh) + t * vv), out)
    out = np.where(big, sign * (iyf - _TWO * (x - (w * w / (w + iyf) - r))), out)
    near = big & (np.abs(x) < _F(2.0 ** -13))                      # pi/4 - |x| tiny
    out = np.where(near, (sign * iyf) * (_ONE - (_TWO * iyf) * x), out)
    tiny = ix < 0x39000000                                        # |x| < 2**-13
    out = np.where(tiny, np.where(iy == 1, x, _F(-1) / x), out)
    return out


def tanf(x):
    """glibc's ``tanf`` for a float32 array: sinf's reduction by pi/2 and fdlibm's float kernel."""
    x = np.ascontiguousarray(x, np.float32)
    ix = x.view(np.int32) & 0x7fffffff
    with np.errstate(all="ignore"):
        n, d = _reduce_pio2(x)
        y0 = d.astype(np.float32)
        y1 = (d - y0).astype(np.float32)
        small = ix <= 0x3f490fda
        y0 = np.where(small, x, y0)
        y1 = np.where(small, _F(0), y1)
        iy = np.where(small, 1, 1 - ((n & 1) << 1)).astype(np.int32)
        out = _kernel_tanf(y0, y1, iy, y0.view(np.int32))
        np.copyto(out, x - x, where=ix >= 0x7f800000)
    return out


_LN2_F = _F(6.9314718246e-01)


def _logf32(x):
    return logf(x).astype(np.float32)


def asinhf(x):
    """glibc's ``asinhf`` for a float32 array: fdlibm's three ranges through logf and log1pf."""
    x = np.ascontiguousarray(x, np.float32)
    ix = x.view(np.int32) & 0x7fffffff
    with np.errstate(all="ignore"):
        a = np.abs(x)
        t = a * a
        w = log1pf(a + t / (_ONE + np.sqrt(_ONE + t)))                       # |x| <= 2
        mid = (ix > 0x40000000) & (ix <= 0x47000000)
        if mid.any():
            am = a[mid]
            w[mid] = _logf32(_TWO * am + _ONE / (np.sqrt(am * am + _ONE) + am))
        top = ix > 0x47000000                                                # |x| > 2**14
        if top.any():
            w[top] = _logf32(a[top]) + _LN2_F
        out = np.copysign(w, x)
        np.copyto(out, x, where=ix < 0x38000000)
        np.copyto(out, x + x, where=ix >= 0x7f800000)
    return out


def acoshf(x):
    """glibc's ``acoshf`` for a float32 array: fdlibm's three ranges through logf and log1pf."""
    x = np.ascontiguousarray(x, np.float32)
    hx = x.view(np.int32)
    with np.errstate(all="ignore"):
        t = x - _ONE
        out = log1pf(t + np.sqrt(_TWO * t + t * t))                          # 1 < x <= 2
        mid = (hx > 0x40000000) & (hx < 0x4d800000)
        if mid.any():
            xm = x[mid]
            out[mid] = _logf32(_TWO * xm - _ONE / (xm + np.sqrt(xm * xm - _ONE)))
        top = (hx >= 0x4d800000) & (hx < 0x7f800000)                       # x >= 2**28
        if top.any():
            out[top] = _logf32(x[top]) + _LN2_F
        np.copyto(out, _F(0), where=hx == 0x3f800000)
        np.copyto(out, (x - x) / (x - x), where=hx < 0x3f800000)
        np.copyto(out, x + x, where=hx >= 0x7f800000)
    return out


def atanhf(x):
    """glibc's ``atanhf`` for a float32 array: half of log1pf of ``2x / (1 - x)`` in two forms."""
    x = np.ascontiguousarray(x, np.float32)
    with np.errstate(all="ignore"):
        a = np.abs(x)
        t = a + a
        low = a < _HALF
        arg = np.where(low, t + t * a / (_ONE - a), t / (_ONE - a))
        out = np.copysign(_HALF * log1pf(arg), x)
        np.copyto(out, x, where=a < _F(2.0 ** -28))
        np.copyto(out, x / _F(0), where=a == _ONE)
        np.copyto(out, (x - x) / (x - x), where=a > _ONE)
        np.copyto(out, x + x, where=np.isnan(x))
    return out


_SIGN = np.array([1.0, -1.0, -1.0, 1.0])
_C = [float.fromhex(v) for v in ("0x1p0", "-0x1.ffffffd0c621cp-2", "0x1.55553e1068f19p-5", "-0x1.6c087e89a359dp-10",
                                 "0x1.99343027bf8c3p-16")]
_S = [float.fromhex(v) for v in ("-0x1.555545995a603p-3", "0x1.1107605230bc4p-7", "-0x1.994eb3774cf24p-13")]


def _sinf_poly(x, x2, flip, odd):
    """sin(x) (even quadrant) or cos(x) (odd; negated where ``flip``) as glibc's sinf/cosf polynomials."""
    x3 = x * x2
    s = (x + x3 * _S[0]) + (x3 * x2) * (_S[1] + x2 * _S[2])
    x4 = x2 * x2
    c = ((_C[0] + x2 * _C[1]) + x4 * _C[2]) + (x4 * x2) * (_C[3] + x2 * _C[4])
    return np.where(odd, np.where(flip, -c, c), s)


def _sin_or_cos(x, cos):
    x = np.ascontiguousarray(x, np.float32)
    ix = x.view(np.int32) & 0x7fffffff
    with np.errstate(all="ignore"):
        n, d = _reduce_pio2(x, fused=True)
        far_neg = (x < 0) & (np.abs(x) >= _F(120))          # past 120 sinf keeps |x|'s reduction, the sign joins n
        d = np.where(far_neg, -d, d)
        q = n + far_neg
        s = _SIGN[q & 3]
        y = _sinf_poly(d * s, d * d, (q & 2) != 0, ((n ^ int(cos)) & 1) != 0)
        small = ix < 0x3f400000                                         # |x| < 0.75: no reduction
        if small.any():
            xs = x[small].astype(np.float64)
            y[small] = _sinf_poly(xs, xs * xs, False, cos)
        tiny = ix < 0x39800000                                          # |x| < 2**-12
        np.copyto(y, 1.0 if cos else x.astype(np.float64), where=tiny)
        xd = x.astype(np.float64)
        np.copyto(y, xd - xd, where=ix >= 0x7f800000)                 # C's (x - x) / (x - x): NaN as the CPU gives
    return y


def sinf(x):
    """The double that glibc's ``sinf`` rounds to float (up to a last double bit), for a float32 array."""
    return _sin_or_cos(x, False)


def cosf(x):
    """The double that glibc's ``cosf`` rounds to float (up to a last double bit), for a float32 array."""
    return _sin_or_cos(x, True)


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
