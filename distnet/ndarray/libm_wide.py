"""glibc's float math functions (the ones MXNet's CPU kernels call) on whole float32 arrays, bit for bit.

MXNet calls ``logf``, ``asinf``, ``tanf``, ... one element at a time. None is correctly rounded, so
numpy's float64 result, rounded, differs from them in the last bit for a few percent of elements; the
bits only come from running the same steps. Two kinds live here and in libm_trig and libm_special:

- ``logf``, ``log2f``, ``sinf``, ``cosf`` compute in double and round once: these return that double
  (``logf``/``log2f`` exactly; ``sinf``/``cosf`` up to the fused multiply-adds of the C build, so callers
  ask the C function where the double lies within a hair of a float rounding midpoint).
- the fdlibm-style ones (``log10f``, ``log1pf``, ``atanf``, ``asinf``, ``acosf``, ``asinhf``, ``acoshf``,
  ``atanhf``, ``sinhf``, ``coshf``, ``tanf``, ``cbrtf``, ``erff``, ``lgammaf``, ``tgammaf``) run their
  float steps, each operation rounded as C rounds it, and return float32.

Each follows the published algorithm of glibc 2.28-2.40 (tables and coefficients are the algorithms'
constants). ops_elemwise uses one only after it has matched the machine's C library on a sample.
"""
import numpy as np

_F = np.float32
_ONE, _HALF, _TWO, _ONE_HALF = _F(1), _F(0.5), _F(2), _F(1.5)


def _f32s(*values):
    return [_F(v) for v in values]


def _high_half(s):
    """``s`` with the low 12 mantissa bits cleared."""
    return (s.view(np.int32) & np.int32(-4096)).view(np.float32)


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
