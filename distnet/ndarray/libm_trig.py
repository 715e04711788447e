"""glibc's atanf, asinf, acosf, tanf, sinf and cosf on whole float32 arrays, bit for bit (see libm_wide)."""
import numpy as np

from .libm_wide import _F, _HALF, _ONE, _ONE_HALF, _TWO, _f32s, _high_half


_ATAN_HI = np.array([4.6364760399e-01, 7.8539812565e-01, 9.8279368877e-01, 1.5707962513e+00], np.float32)
_ATAN_LO = np.array([5.0121582440e-09, 3.7748947079e-08, 3.4473217170e-08, 7.5497894159e-08], np.float32)
_AT = [_F(v) for v in (3.3333334327e-01, -2.0000000298e-01, 1.4285714924e-01, -1.1111110449e-01, 9.0908870101e-02,
                       -7.6918758452e-02, 6.6610731184e-02, -5.8335702866e-02, 4.9768779427e-02, -3.6531571299e-02,
                       1.6285819933e-02)]


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
