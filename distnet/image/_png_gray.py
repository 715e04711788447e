"""libpng's rgb_to_gray as OpenCV requests it (weights 0.299, 0.587), with the gamma tables libpng builds when
the file declares a significant gamma (gAMA or sRGB): the sum is then taken over linearised samples.

Gamma values are libpng's fixed point (100000 = 1.0); the tables follow libpng's floating-point builds.
"""
import numpy as np

from . import _png

# the (0.299, 0.587) request in libpng's 15-bit fixed point, truncated; blue takes the rest
_RED, _GREEN = 9797, 19234
_BLUE = 32768 - _RED - _GREEN
_UNIT = 100000
_SRGB_GAMMA = 45455
_GAMMA_THRESHOLD = 5000          # libpng ignores gammas within 5% of 1.0
_MAX_GAMMA_8 = 11                # bits libpng's 16-bit tables keep when the output is stripped to 8 bits


def _significant(gamma):
    return gamma < _UNIT - _GAMMA_THRESHOLD or gamma > _UNIT + _GAMMA_THRESHOLD


def _reciprocal(a):
    return int(np.floor(1e10 / a + .5))


def _reciprocal2(a, b):
    return int(np.floor(1e15 / a / b + .5))


def _product2(a, b):
    return int(np.floor(a * 1e-5 * b + .5))


def file_gamma(data):
    """(gamma, significant bits) libpng reads from the chunks before PLTE/IDAT: gAMA and sRGB (which wins over
    a different gAMA), and the largest colour sBIT; (None, 0) when absent.  An out-of-range or repeated gAMA
    or a bad or repeated sRGB makes libpng's colour space invalid: later gamma chunks are then ignored."""
    gamma, from_srgb, from_gama, invalid, sig_bit, depth, sbit_size = None, False, False, False, 0, 8, 3
    for kind, payload in _png._chunks(data):
        if kind == b"IHDR" and len(payload) == 13:
            depth, sbit_size = (8, 3) if payload[9] == 3 else (payload[8], _png._CHANNELS.get(payload[9], 3))
        elif kind in (b"PLTE", b"IDAT"):
            break
        elif kind == b"gAMA" and len(payload) == 4 and not invalid:
            value = int.from_bytes(payload, "big")
            invalid = from_gama or not 16 <= value <= 625000000
            if not invalid and not (from_srgb and _significant(int(np.floor(gamma * _UNIT / value + .5)))):
                gamma, from_gama = value, True
        elif kind == b"sRGB" and len(payload) == 1 and not invalid:
            invalid = from_srgb or payload[0] >= 4
            if not invalid:
                gamma, from_srgb = _SRGB_GAMMA, True
        elif kind == b"sBIT" and len(payload) == sbit_size and all(1 <= b <= depth for b in payload):
            sig_bit = max(payload[:3])
    return gamma, sig_bit


def _table8(gamma):
    """libpng's 8-bit gamma table: 255 * (v / 255) ** gamma, rounded; the identity for an insignificant gamma."""
    v = np.arange(256, dtype=np.float64)
    if not _significant(gamma):
        return v.astype(np.int64)
    table = np.floor(255 * np.power(v / 255., gamma * 1e-5) + .5).astype(np.int64)
    table[0], table[255] = 0, 255
    return table


def _table16(shift, gamma):
    """libpng's 16-bit gamma table over the top 16 - shift bits of a sample."""
    top = (1 << (16 - shift)) - 1
    ig = np.arange(top + 1, dtype=np.int64)
    if _significant(gamma):
        return np.floor(65535. * np.power(ig * (1.0 / top), gamma * 1e-5) + .5).astype(np.int64)
    return (ig * 65535 + (1 << (15 - shift))) // top if shift else ig


def _table16to8(shift, gamma):
    """libpng's table from the top 16 - shift sample bits to the nearest 8-bit output (as out * 257): each output
    level holds the inputs below the gamma-corrected midpoint to the next level."""
    top = (1 << (16 - shift)) - 1
    midpoints = np.arange(255, dtype=np.int64) * 257 + 128
    corrected = np.floor(65535 * np.power(midpoints / 65535., gamma * 1e-5) + .5).astype(np.int64)
    bounds = np.maximum.accumulate((corrected * top + 32768) // 65535 + 1)
    level = np.searchsorted(bounds, np.arange(top + 1), side="right")
    return level * 257


def _gamma_shift(sig_bit):
    shift = 16 - sig_bit if 0 < sig_bit < 16 else 0
    return min(max(shift, 16 - _MAX_GAMMA_8), 8)


def _weighted(r, g, b, rounding):
    return (_RED * r + _GREEN * g + _BLUE * b + rounding) >> 15


def rgb_to_gray(rgb, gamma=None, sig_bit=0):
    """The gray samples (same dtype) of 8- or 16-bit RGB samples; pixels with R == G == B keep their value
    unless a gamma table applies to them."""
    r, g, b = (rgb[..., k].astype(np.int64) for k in range(3))
    same = (r == g) & (g == b)
    wide = rgb.dtype == np.uint16
    if gamma is None or not (_significant(gamma) or _significant(_reciprocal(gamma))):
        gray = _weighted(r, g, b, 1 << 14 if wide else 0)      # libpng rounds 16-bit sums, truncates 8-bit ones
        return np.where(same, r, gray).astype(rgb.dtype)
    screen = _reciprocal(gamma)          # libpng assumes the display matches the file
    if not wide:
        to_1, from_1 = _table8(_reciprocal(gamma)), _table8(_reciprocal(screen))
        gray = from_1[_weighted(to_1[r], to_1[g], to_1[b], 1 << 14)]
        return np.where(same, _table8(_reciprocal2(gamma, screen))[r], gray).astype(rgb.dtype)
    shift = _gamma_shift(sig_bit)
    to_1, from_1 = _table16(shift, _reciprocal(gamma)), _table16(shift, _reciprocal(screen))
    gray = from_1[_weighted(to_1[r >> shift], to_1[g >> shift], to_1[b >> shift], 1 << 14) >> shift]
    kept = _table16to8(shift, _product2(gamma, screen))[r >> shift]
    return np.where(same, kept, gray).astype(rgb.dtype)
