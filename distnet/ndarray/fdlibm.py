"""Vectorised float32 ``expm1f`` and ``tanhf`` with the C library's bits (glibc's fdlibm algorithms).

MXNet's CPU kernels call the C library's float functions one element at a time. Those two are
not correctly rounded (tanhf differs from the rounded true value for about a third of inputs),
so the bits can only be had by running the same float32 steps: the argument reduction to
``k*ln2 + r``, the rational approximation of ``expm1(r)`` and the reconstruction, each operation
rounded to float32 as C does. ``matches_libm`` checks them against the machine's C library, and
callers use them only where it agrees.
"""
import numpy as np

F = np.float32
_LN2_HI, _LN2_LO, _INV_LN2 = F(6.9313812256e-01), F(9.0580006145e-06), F(1.4426950216e+00)
_Q = [F(-3.3333335072e-02), F(1.5873016091e-03), F(-7.9365076090e-05), F(4.0082177293e-06),
      F(-2.0109921195e-07)]
_HALF, _ONE, _TWO, _THREE, _SIX = F(0.5), F(1), F(2), F(3), F(6)


def _bits(x):
    return x.view(np.int32)


def _with_exponent_added(y, k):
    """``y * 2**k`` by adding ``k`` to the exponent field (``y`` normal, the result too)."""
    return (_bits(y) + (k.astype(np.int32) << 23)).view(np.float32)


def expm1f(x):
    """``exp(x) - 1`` for a float32 array, step for step as the C library's expm1f."""
    x = np.asarray(x, np.float32)
    ax = _bits(x) & 0x7fffffff
    neg = x < 0
    with np.errstate(all="ignore"):
        k, r, c = _reduce(x, ax, neg)
        out = _expm1_rest(k, r, c)
        np.copyto(out, x, where=ax < 0x33000000)                                  # |x| < 2**-25: x
        np.copyto(out, F(-1), where=neg & (ax >= 0x4195b844))                     # x <= -27 ln2 (and -inf)
        np.copyto(out, F(np.inf), where=(ax >= 0x42b17218) & (x > F(8.8721679688e+01)))   # overflow, +inf
        np.copyto(out, x, where=ax > 0x7f800000)                                  # nan
    return out


def _reduce(x, ax, neg):
    """``x = k ln2 + r`` with ``c`` the rounding error of ``r`` (``k = 0``: ``r = x``, ``c = 0``)."""
    near = (ax > 0x3eb17218) & (ax < 0x3F851592)           # 0.5 ln2 < |x| < 1.5 ln2: k = +-1
    far = ax >= 0x3F851592
    sign = np.where(neg, F(-1), F(1))
    kf = (_INV_LN2 * x + sign * _HALF).astype(np.int32)   # C truncates towards zero
    kf[~far] = 0
    t = kf.astype(np.float32)
    k = np.where(near, sign.astype(np.int32), kf)
    hi = np.where(near, x - sign * _LN2_HI, x - t * _LN2_HI)
    lo = np.where(near, sign * _LN2_LO, t * _LN2_LO)
    r = hi - lo
    c = (hi - r) - lo
    return k, r, c


def _expm1_rest(k, r, c):
    """The approximation on the reduced argument ``r`` and the reconstruction for each ``k``."""
    hfx = _HALF * r
    hxs = r * hfx
    r1 = _ONE + hxs * (_Q[0] + hxs * (_Q[1] + hxs * (_Q[2] + hxs * (_Q[3] + hxs * _Q[4]))))
    t = _THREE - r1 * hfx
    e = hxs * ((r1 - t) / (_SIX - r * t))
    out = r - (r * e - hxs)                                  # k == 0
    e = r * (e - c) - c
    e -= hxs
    np.copyto(out, _HALF * (r - e) - _HALF, where=k == -1)
    one = k == 1
    np.copyto(out, np.where(r < F(-0.25), -_TWO * (e - (r + _HALF)), _ONE + _TWO * (r - e)), where=one)
    wide = (k <= -2) | (k > 56)
    if wide.any():
        y = _ONE - (e - r)
        top = k == 128
        y = np.where(top, y * _TWO * F(2.0 ** 127), _with_exponent_added(y, np.where(top, 0, k)))
        np.copyto(out, y - _ONE, where=wide)
    mid = (k >= 2) & (k <= 56)
    if mid.any():
        kc = np.clip(k, 0, 56)
        small = (np.int32(0x3f800000) - (np.int32(0x1000000) >> np.minimum(kc, 24))).view(np.float32)  # 1 - 2**-k
        tiny = ((np.int32(0x7f) - kc) << 23).astype(np.int32).view(np.float32)                     # 2**-k
        y = np.where(k < 23, small - (e - r), (r - (e + tiny)) + _ONE)
        np.copyto(out, _with_exponent_added(y, kc), where=mid)
    return out


def tanhf(x):
    """``tanh(x)`` for a float32 array, step for step as the C library's tanhf."""
    x = np.asarray(x, np.float32)
    a = np.abs(x)
    bits = _bits(a)
    with np.errstate(all="ignore"):
        ge1 = bits >= 0x3f800000
        t = expm1f(np.where(ge1, _TWO * a, -_TWO * a))
        z = np.where(ge1, _ONE - _TWO / (t + _TWO), -t / (t + _TWO))     # 2**-55 <= |x| < 22
        np.copyto(z, F(1), where=bits >= 0x41b00000)                      # |x| >= 22 (and inf)
        out = np.where(x < 0, -z, z)
        tiny = bits < 0x24000000                                          # |x| < 2**-55, +-0
        np.copyto(out, x * (_ONE + x), where=tiny)
        np.copyto(out, x, where=bits > 0x7f800000)                        # nan
    return out


def matches_libm(cfunc, ours, sample):
    """Whether ``ours`` gives the C function's bits on every float32 in ``sample``."""
    want = np.asarray(cfunc(sample), np.float32)
    got = ours(sample)
    return bool(np.array_equal(want.view(np.int32), got.view(np.int32)))
