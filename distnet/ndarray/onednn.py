"""oneDNN's float32 kernels as MXNet 1.9.1's CPU build runs them, step by step in numpy.

MXNet hands several float32 operators to oneDNN, whose vector code uses its own approximations of
exp, log, tanh, erf and log1p and its own summation orders. These replicas give the same bits; a
fused multiply-add is one float64 operation rounded once to float32.
"""
import numpy as np

# MXNet hands a float32 softmax/log_softmax over the last axis (no temperature, no length) to oneDNN,
# whose AVX-512 kernel uses its own exp and log approximations and sums in 16 lanes. These follow
# that arithmetic step by step (a fused multiply-add is one float64 operation rounded once).
_F32 = np.float32
_LANES = 16


def bits_f32(*words):
    return np.array(words, np.uint32).view(np.float32)


_EXP_POLY = bits_f32(0x3f7ffffb, 0x3efffee3, 0x3e2aad40, 0x3d2b9d0d, 0x3c07cfce)   # degree 1..5
_LOG_POLY = bits_f32(0xbf000000, 0x3eaaaaab, 0xbe8004ab, 0x3e4cc8a3)               # degree 2..5
_LN2, _LOG2E = _F32(0.693147182), _F32(1.44269502)
_EXP_LO, _EXP_HI = bits_f32(0xc2aeac50, 0x42b17218)          # log(FLT_MIN), log(FLT_MAX)
_i = np.arange(32)
# 1/m for the midpoint of each 1/32 of the mantissa (the upper half is taken as m/2 in [0.75, 1))
_LOG_R = np.where(_i < 16, np.round(32 / (1 + (_i + 0.5) / 32)) / 32,
                  np.round(16 / (0.5 + (_i + 0.5) / 64)) / 16).astype(np.float32)
_LOG_T = (-np.log(_LOG_R.astype(np.float64)) - 127 * np.log(2)).astype(np.float32)


def fma(a, b, c):
    """float32 a * b + c rounded once (every operand widened: numpy would keep a lone scalar narrow)."""
    return (np.asarray(a, np.float64) * np.asarray(b, np.float64) + np.asarray(c, np.float64)).astype(np.float32)


_EXP_POLY64 = [float(c) for c in _EXP_POLY[::-1]] + [1.0]       # Horner order, widened once
_LOG_POLY64 = [float(c) for c in _LOG_POLY[::-1]] + [1.0]


def horner(first, coefficients, x64):
    """A polynomial in float32 with a fused multiply-add per step (x64: the argument widened)."""
    y = np.float32(first)
    for c in coefficients:
        y = (y * x64 + c).astype(np.float32)
    return y


def exp(x):
    """oneDNN's vector expf: 2^n times a degree-5 polynomial of the reduced argument."""
    under = x < _EXP_LO
    x = clamp_exp_arg(x)
    n = np.floor(x * _LOG2E + _F32(0.5))
    r = (x - n.astype(np.float64) * float(_LN2)).astype(np.float32)     # fma(-n, ln2, x)
    scale = ((n.astype(np.int32) + 127) << 23).view(np.float32)
    if under.any():
        scale[under] = 0
    return horner(_EXP_POLY64[0], _EXP_POLY64[1:], r.astype(np.float64)) * scale


def log(x):
    """oneDNN's vector logf: exponent * ln2 minus a table log(r) plus a polynomial of m * r - 1."""
    bits = x.view(np.int32)
    i = (bits >> 18) & 31
    upper = i >> 4
    e = ((bits >> 23) + upper).astype(np.float32)
    m = ((bits & 0x7fffff) | ((127 ^ upper) << 23)).astype(np.int32).view(np.float32)
    z = (m.astype(np.float64) * _LOG_R[i] - 1.0).astype(np.float32)
    p = horner(_LOG_POLY64[0], _LOG_POLY64[1:], z.astype(np.float64)) * z
    pres = (e.astype(np.float64) * float(_LN2) + _LOG_T[i]).astype(np.float32)
    hi = p + pres
    r = hi + ((hi - pres) - p)
    if not (x > 0).all():
        r[x == 0] = -np.inf
        r[x < 0] = np.nan
    return r


def lane_sum(rows):
    """Row sums as oneDNN adds them: 16 running lanes over the row, then halves folded together."""
    n = rows.shape[1]
    blocks = -(-n // _LANES)
    if blocks * _LANES != n:
        padded = np.zeros((rows.shape[0], blocks * _LANES), np.float32)
        padded[:, :n] = rows
        rows = padded
    acc = rows[:, :_LANES].copy()
    for b in range(1, blocks):
        acc += rows[:, b * _LANES:(b + 1) * _LANES]
    width = _LANES
    while width > 1:
        width //= 2
        acc = acc[:, :width] + acc[:, width:2 * width]
    return acc[:, 0]


def softmax(data, take_log=False):
    """oneDNN's float32 softmax (or log_softmax) over the last axis."""
    rows = data.reshape(-1, data.shape[-1])
    with np.errstate(invalid="ignore", over="ignore"):
        z = rows - rows.max(axis=1, keepdims=True)
        e = exp(z)
        total = lane_sum(e)[:, None]
        r = z - log(total) if take_log else e * (_F32(1) / total)
    return r.reshape(data.shape)


def clamp_exp_arg(x):
    """x86 min/max against exp's range: a NaN takes the bound."""
    x = np.where(x < _EXP_HI, x, _EXP_HI)
    return np.where(x > _EXP_LO, x, _EXP_LO)


def logistic(x):
    """oneDNN's sigmoid: exp of -|x|, e / (e + 1), mirrored for positive x."""
    e = exp(-np.abs(x))
    y = e / (e + _F32(1))
    return np.where(np.signbit(x), y, _F32(1) - y)


def elu(x, alpha):
    return np.where(x > 0, x, (exp(x) - _F32(1)) * _F32(alpha))


_SOFTRELU_POLY = bits_f32(0xb2b4637d, 0x3f7fff8e, 0xbf001759, 0x3ea70608, 0xbea3d7bf, 0xbe361d04,
                           0xbfa8f1e6, 0xbfe1e812, 0xbfc4d30e)     # log1p on [-0.5, 0), degree 0..8


def soft_relu(x):
    """oneDNN's log(1 + exp(x)): exp as 2^n p, then log of (p + 2^-n) by exponent and polynomial."""
    xc = clamp_exp_arg(x)
    n = np.floor(xc * _LOG2E + _F32(0.5))
    n_ln2 = n * _LN2
    r = xc - n_ln2
    p = _EXP_POLY[4]
    for c in (_EXP_POLY[3], _EXP_POLY[2], _EXP_POLY[1], _EXP_POLY[0], _F32(1)):
        p = fma(p, r, c)
    t = p + ((127 - n.astype(np.int32)) << 23).view(np.float32)
    bits = t.view(np.int32)
    k = (bits >> 23).astype(np.float32) - _F32(126)
    m = ((bits & np.int32(-0x7f800001)) | np.int32(0x3f000000)).view(np.float32) - _F32(1)
    q = _SOFTRELU_POLY[8]
    for c in _SOFTRELU_POLY[7::-1]:
        q = fma(q, m, c)
    return np.where(x > _EXP_HI, x, (k * _LN2 + q) + n_ln2)


_GELU_P = bits_f32(0x3ea7ba05)[0]
_GELU_POLY = bits_f32(0x3e827906, 0xbe91a98e, 0x3fb5f0e3, 0xbfba00e3, 0x3f87dc22)
_INV_SQRT2, _INV_SQRTPI = bits_f32(0x3f3504f3, 0x3f106eba)


def gelu_grad(s):
    """oneDNN's derivative of the erf-based gelu: 0.5 (1 + erf(r)) + r exp(-r^2) / sqrt(pi), r = s / sqrt 2."""
    r = s * _INV_SQRT2
    q = exp(-(r * r))
    t = r * _INV_SQRTPI * q
    w = _F32(1) / fma(_GELU_P, np.abs(r), _F32(1))
    qw = -q * w
    poly = _GELU_POLY[4]
    for c in _GELU_POLY[3::-1]:
        poly = fma(poly, w, c)
    erf = fma(qw, poly, _F32(1))
    erf = np.where(np.signbit(r), -erf, erf)
    return fma(erf, _F32(0.5), t + _F32(0.5))


def gelu(s):
    """oneDNN's erf-based gelu: erf by Abramowitz and Stegun 7.1.26 around its own exp."""
    x = s * _INV_SQRT2
    e = -exp(-(x * x))
    t = _F32(1) / fma(_GELU_P, np.abs(x), _F32(1))
    e = e * t
    r = _GELU_POLY[4]
    for c in _GELU_POLY[3::-1]:
        r = fma(r, t, c)
    erf = fma(e, r, _F32(1))
    erf = np.where(np.signbit(x), -erf, erf)
    half_s = x * _INV_SQRT2
    return fma(erf, half_s, half_s)



# MXNet's float32 FullyConnected is oneDNN's inner product. For small problems its kernels are known:
# fewer than 16 rows accumulate each output in 16 lanes (input unit t in lane t % 16, one fused
# multiply-add each) folded pairwise at the end; 16 rows or more accumulate the units in order, one fused
# multiply-add each (up to 384 units; beyond, oneDNN blocks the sum). Replaying them costs a Python
# loop (a step per 16 units, or per unit), so only small products take this path, keeping a training
# step's cost near BLAS's; the rest (and one-row inputs) use BLAS, whose last bits may differ.
_LANES_EXACT = 1 << 16      # multiply-adds replayed at most, fewer than 16 rows
_ROWS_EXACT = 1 << 14       # the same, 16 rows or more (a step per unit: at most 64 units)


def inner_product(x, weight):
    rows, units = x.reshape(-1, x.shape[-1]).shape
    outs = weight.shape[0]
    macs = rows * outs * units
    small = macs <= _LANES_EXACT if rows < 16 else (macs <= _ROWS_EXACT and units <= 64)
    if x.dtype != np.float32 or weight.dtype != np.float32 or rows < 2 or not units or not small:
        return x @ weight.T
    a = x.reshape(rows, units).astype(np.float64)
    w = weight.astype(np.float64)
    if rows >= 16:
        acc = np.zeros((rows, outs), np.float32)
        for t in range(units):
            acc = (acc + np.multiply.outer(a[:, t], w[:, t])).astype(np.float32)
    else:
        blocks = -(-units // 16)
        a16 = np.zeros((rows, 1, blocks * 16))
        a16[:, 0, :units] = a
        w16 = np.zeros((1, outs, blocks * 16))
        w16[0, :, :units] = w
        acc = np.zeros((rows, outs, 16), np.float32)
        for j in range(0, blocks * 16, 16):
            acc = (acc + a16[:, :, j:j + 16] * w16[:, :, j:j + 16]).astype(np.float32)
        width = 16
        while width > 1:
            width //= 2
            acc = acc[..., :width] + acc[..., width:2 * width]
        acc = acc[..., 0]
    return acc.reshape(x.shape[:-1] + (outs,))



# oneDNN's tanh: odd, so computed on |x|. Below 0x1.bb67aep-12 it is x, from 0x1.205966p3 it is 1; in
# between a degree-6 polynomial in the offset from the start of the half binade holding |x|, one per
# half binade from 2^-12 to 8 (the table's columns), evaluated with a fused multiply-add per step.
_TANH_COEFFS = bits_f32(*(int(w, 16) for w in """
    00000000 39bfffff 39ffffff 3a3ffffe 3a7ffffb 3abffff7 3affffeb 3b3fffdc 3b7fffab 3bbfff70 3bfffeab
    3c3ffdc0 3c7ffaab 3cbff701 3cffeaad 3d3fdc08 3d7faacd 3dbf7081 3dfeacc9 3e3dc7fd 3e7acbf5 3eb77a9f
    3eec9a9f 3f22991f 3f42f7d6 3f67b7cc 3f76ca83 3f7ebbe9 3f7fd40c 3f7fff32 3f7ffffc 3f800000
    3f800000 3f800018 3f7fffe8 3f7fffda 3f7fffdc 3f7fffdc 3f7fffac 3f7fff70 3f7ffeec 3f7ffdc0 3f7ffbed
    3f7ff704 3f7feff5 3f7fdbca 3f7fbfff 3f7f7041 3f7f009b 3f7dc36c 3f7c0aa8 3f7734b8 3f70a4de 3f5f1fd8
    3f495493 3f18b9ec 3ed706cb 3e390b06 3d90b11f 3c21a053 3aaf7fdb 37ccc1a3 355c6733 00000000
    00000000 be4e0ff1 3d25b1b1 3d6b6dab 3c9fb1d5 babff06f 3c07b3f6 bb3fc1bc 3a9f5921 bbbf06f2 bbb0f402
    bc47db9e bc73d5e7 bca25bda bcfca780 bd40e07c bd7dab03 bdbe4a0f bdfb14a5 be36cc8d be6bd102 be9fe7c5
    beba0f10 bec206a8 bea3c388 be277d62 bd8b7960 bc209f49 baad44ca b7c6eeac b663aa41 00000000
    00000000 45b3ae96 c414eb20 c450e02e c3152b4e bead2f56 c2162e02 beb4bd5a c11a59a4 bed2f507 c020d32c
    3dd0f506 bf2a75e2 bff950e3 bed47334 be809b8c beb64532 be961a5b be9b63ac bea0d4b2 be828a77 be378612
    bdc20908 3d2d3957 3dd46e89 3db3f629 3d2c5e7b 3bd20403 3a59dfae 3770af45 372cc014 00000000
    00000000 cc981a1b 4a7edd3d 4ab1007c 48fedd9c 41a557b5 477ee32a 422557f5 45ff3ce4 42a55641 446e0867
    c33dc19a 42915214 43af4fad 4110fe88 c1099b75 3fc8a8dc bfbeaef5 be365aad 3f4d9652 3ddfa08f 3e34e9b8
    3e2d07a6 3dc63567 3cdaeb78 bcd17537 bc92829c bb43ab99 b9b471dd b6baad5a b78bafc7 00000000
    00000000 52f688d5 d0505c72 d08f98e3 ce505cc9 c7162b8a cc5061d6 c7162bdf ca50b37f c7162a3a c8422086
    471a714e c5ece1f1 c70e3d90 c3eba94a 43e0c424 c21f4552 42217cc8 405e7dc4 c10dd401 3e96b602 bd1a6d2f
    bd393883 bd674682 bd310016 b961e269 3ba32495 3a7680d5 38b3173c 35a9deea 375c3f2a 00000000
    00000000 d8995ed1 558285ea 55b2cd69 53028625 4bc9991f 5082898a 4b4999b3 4e02c07c 4ac99764 4b72c822
    ca40c0e1 489413e4 49b12224 46134c4e c60c2d57 43c83910 c3c872d1 c186bc9e 42325bc3 bf2ffa4a 3d9a203c
    bc545a43 bae08fee 3c80225d 3b1fd1df ba36b9d1 b91de544 b71f100f b408e2ed b685fec8 00000000
    """.split())).reshape(7, 32).astype(np.float64)       # row d: the degree-d coefficient of each piece
_TANH_LINEAR, _TANH_SATURATED = bits_f32(0x39ddb3d7, 0x41102cb3)


def tanh(x):
    """oneDNN's float32 tanh, bit for bit (NaN passes through unchanged)."""
    bits = x.reshape(-1).view(np.uint32)
    mag = bits & np.uint32(0x7fffffff)
    piece = (((mag - np.uint32(0x39800000)) >> np.uint32(22)) & np.uint32(31)).astype(np.intp)
    ax = mag.view(np.float32)
    with np.errstate(invalid="ignore", over="ignore"):
        r = (ax - (mag & np.uint32(0xffc00000)).view(np.float32)).astype(np.float64)
        p = _TANH_COEFFS[6].take(piece)             # float64 holding float32 values
        p32 = np.empty(r.shape, np.float32)
        for d in range(5, -1, -1):                  # p = fma(p, r, c_d), rounded to float32
            np.multiply(p, r, out=p)
            np.add(p, _TANH_COEFFS[d].take(piece), out=p)
            np.copyto(p32, p, casting="same_kind")
            np.copyto(p, p32)
        y = np.where(ax < _TANH_SATURATED, p32, _F32(1))
        y = np.where(ax < _TANH_LINEAR, ax, y)
    y = y.view(np.uint32) | (bits & np.uint32(0x80000000))
    y = np.where(mag > np.uint32(0x7f800000), bits, y)
    return y.view(np.float32).reshape(x.shape)
