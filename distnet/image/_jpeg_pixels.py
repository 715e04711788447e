"""libjpeg-turbo's sample reconstruction: the ISLOW integer IDCT, fancy (triangle) chroma upsampling
and the fixed-point YCbCr -> RGB tables, vectorised over all blocks with numpy."""
import numpy as np


# ISLOW IDCT constants (13-bit fixed point)
_F = {name: int(value * 8192 + 0.5) for name, value in (
    ("0_298631336", 0.298631336), ("0_390180644", 0.390180644), ("0_541196100", 0.541196100),
    ("0_765366865", 0.765366865), ("0_899976223", 0.899976223), ("1_175875602", 1.175875602),
    ("1_501321110", 1.501321110), ("1_847759065", 1.847759065), ("1_961570560", 1.961570560),
    ("2_053119869", 2.053119869), ("2_562915447", 2.562915447), ("3_072711026", 3.072711026))}


def _wrap16(x):
    return ((x + 32768) & 0xFFFF) - 32768


def _wrap32(x):
    return ((x + (1 << 31)) & 0xFFFFFFFF) - (1 << 31)


def _idct_1d(x, shift):
    """libjpeg-turbo's SIMD ISLOW butterfly along axis 1 of (N, 8, M) 16-bit values (int64 holding them):
    sums of two inputs wrap at 16 bits, products and sums at 32, and the descaled outputs saturate to 16."""
    F = _F
    in_ = [x[:, k] for k in range(8)]
    z2, z3 = in_[2], in_[6]
    tmp3 = z2 * (F["0_541196100"] + F["0_765366865"]) + z3 * F["0_541196100"]
    tmp2 = z2 * F["0_541196100"] + z3 * (F["0_541196100"] - F["1_847759065"])
    tmp0 = _wrap16(in_[0] + in_[4]) << 13
    tmp1 = _wrap16(in_[0] - in_[4]) << 13
    t10, t13, t11, t12 = tmp0 + tmp3, tmp0 - tmp3, tmp1 + tmp2, tmp1 - tmp2
    i7, i5, i3, i1 = in_[7], in_[5], in_[3], in_[1]
    z3, z4 = _wrap16(i7 + i3), _wrap16(i5 + i1)
    z3, z4 = (z3 * (F["1_175875602"] - F["1_961570560"]) + z4 * F["1_175875602"],
              z3 * F["1_175875602"] + z4 * (F["1_175875602"] - F["0_390180644"]))
    o0 = i7 * (F["0_298631336"] - F["0_899976223"]) - i1 * F["0_899976223"] + z3
    o3 = -i7 * F["0_899976223"] + i1 * (F["1_501321110"] - F["0_899976223"]) + z4
    o1 = i5 * (F["2_053119869"] - F["2_562915447"]) - i3 * F["2_562915447"] + z4
    o2 = -i5 * F["2_562915447"] + i3 * (F["3_072711026"] - F["2_562915447"]) + z3
    half = 1 << (shift - 1)
    rows = [t10 + o3, t11 + o2, t12 + o1, t13 + o0, t13 - o0, t12 - o1, t11 - o2, t10 - o3]
    return np.clip(_wrap32(np.stack(rows, axis=1) + half) >> shift, -32768, 32767)


def idct_islow(coef, qt):
    """Dequantise and inverse-transform (N, 64) coefficients into (N, 8, 8) uint8 samples as libjpeg-turbo's
    SSE2/AVX2 ISLOW does: 16-bit products, 16-bit shifts for blocks without AC terms, saturated output."""
    x = _wrap16(coef.astype(np.int64) * np.asarray(qt, np.int64)).reshape(-1, 8, 8)
    ws = _idct_1d(x, 13 - 2)                                # columns: (N, 8 rows, 8 cols)
    dc_only = ~(coef.reshape(-1, 8, 8)[:, 1:] != 0).any(axis=(1, 2))
    ws[dc_only] = _wrap16(x[dc_only, :1] << 2)              # the DC shortcut shifts in 16-bit lanes
    out = _idct_1d(ws.transpose(0, 2, 1), 13 + 2 + 3)       # rows, transposed back below
    return (np.clip(out.transpose(0, 2, 1), -128, 127) + 128).astype(np.uint8)


def _upsample_h2(p):
    """libjpeg's h2v1 triangle filter: (3*near + far + 1 or 2) >> 2, edges replicated."""
    a = p.astype(np.int32)
    left = np.concatenate([a[:, :1], a[:, :-1]], axis=1)
    right = np.concatenate([a[:, 1:], a[:, -1:]], axis=1)
    out = np.empty((a.shape[0], a.shape[1] * 2), np.int32)
    out[:, 0::2] = (3 * a + left + 1) >> 2
    out[:, 1::2] = (3 * a + right + 2) >> 2
    return out


def _upsample_v2(p):
    """MXNet's libjpeg-turbo h1v2 triangle filter (rows): (3*near + far + 1) >> 2 for both output rows."""
    a = p.astype(np.int32)
    up = np.concatenate([a[:1], a[:-1]], axis=0)
    down = np.concatenate([a[1:], a[-1:]], axis=0)
    out = np.empty((a.shape[0] * 2, a.shape[1]), np.int32)
    out[0::2] = (3 * a + up + 1) >> 2
    out[1::2] = (3 * a + down + 1) >> 2
    return out


def _upsample_h2v2(p):
    """libjpeg's h2v2 triangle filter: column sums 3*near + far, then (3*this + other + 8 or 7) >> 4."""
    a = p.astype(np.int32)
    up = np.concatenate([a[:1], a[:-1]], axis=0)
    down = np.concatenate([a[1:], a[-1:]], axis=0)
    out = np.empty((a.shape[0] * 2, a.shape[1] * 2), np.int32)
    for row, other in ((0, up), (1, down)):
        cs = 3 * a + other
        left = np.concatenate([cs[:, :1], cs[:, :-1]], axis=1)
        right = np.concatenate([cs[:, 1:], cs[:, -1:]], axis=1)
        out[row::2, 0::2] = (3 * cs + left + 8) >> 4
        out[row::2, 1::2] = (3 * cs + right + 7) >> 4
    return out


def upsample(plane, hf, vf, height, width):
    """A component plane brought to full resolution (``hf``, ``vf``: the sampling ratios), cropped."""
    if (hf, vf) == (1, 1):
        out = plane
    elif (hf, vf) == (2, 1) and plane.shape[1] > 2:      # libjpeg-turbo's triangle filters need 3 columns
        out = _upsample_h2(plane)
    elif (hf, vf) == (2, 2) and plane.shape[1] > 2:
        out = _upsample_h2v2(plane)
    elif (hf, vf) == (1, 2):
        out = _upsample_v2(plane)
    else:                                           # other ratios: libjpeg replicates samples
        out = np.repeat(np.repeat(plane, vf, axis=0), hf, axis=1)
    return out[:height, :width]


def _fix(x):
    return int(x * 65536 + 0.5)


_C = np.arange(256, dtype=np.int64) - 128
_CR_R = (_fix(1.40200) * _C + 32768) >> 16
_CB_B = (_fix(1.77200) * _C + 32768) >> 16
_CR_G = -_fix(0.71414) * _C
_CB_G = -_fix(0.34414) * _C + 32768


def ycc_to_rgb(y, cb, cr):
    """libjpeg's integer YCbCr -> RGB (tables in 16-bit fixed point), saturated to uint8."""
    y = y.astype(np.int64)
    r = y + _CR_R[cr]
    g = y + ((_CB_G[cb] + _CR_G[cr]) >> 16)
    b = y + _CB_B[cb]
    return np.clip(np.stack([r, g, b], axis=-1), 0, 255).astype(np.uint8)
