"""Image resizing on H x W x C numpy arrays, with OpenCV's pixel conventions and rounding (as MXNet uses).

interp is OpenCV's code: 0 nearest, 2 bicubic, 3 area (averaging when shrinking), 4 Lanczos (8 taps),
any other bilinear.
"""
import numpy as np

from ....base import MXNetError

_COEF_BITS = 11                      # uint8 bilinear weights are fixed point, 2**11 = 1.0
_COEF_SCALE = 1 << _COEF_BITS


def _nearest_index(out_len, in_len):
    scale = in_len / out_len
    return np.minimum(np.floor(np.arange(out_len) * scale).astype(np.int64), in_len - 1)


def _linear_taps(out_len, in_len, zero_borders=True, area=False):
    """Source indices and right weight per output position, with clamped borders.

    Bilinear uses half-pixel centres; area mode (an area resize that enlarges) puts the weight on
    the source pixel boundaries instead. OpenCV zeroes the weight past a border along x, but along y
    it keeps the weights and clamps the row indices, which changes uint8 rounding in the edge rows.
    """
    scale = in_len / out_len
    dst = np.arange(out_len)
    if area:
        left = np.floor(dst * scale).astype(np.int64)
        frac = ((dst + 1) - (left + 1) * (out_len / in_len)).astype(np.float32)
        frac = np.where(frac <= 0, np.float32(0), frac - np.floor(frac)).astype(np.float32)
    else:
        src = ((dst + 0.5) * scale - 0.5).astype(np.float32)
        left = np.floor(src).astype(np.int64)
        frac = (src - left).astype(np.float32)
    if zero_borders:
        frac[left < 0] = 0.0
        frac[left >= in_len - 1] = 0.0
    right = np.clip(left + 1, 0, in_len - 1)
    return np.clip(left, 0, in_len - 1), right, frac


def _resize_linear(img, out_h, out_w, area=False):
    y0, y1, fy = _linear_taps(out_h, img.shape[0], zero_borders=img.dtype != np.uint8, area=area)
    x0, x1, fx = _linear_taps(out_w, img.shape[1], area=area)
    if img.dtype == np.uint8:
        return _blend_uint8(img, (y0, y1, fy), (x0, x1, fx))
    src = img.astype(np.float32)
    fx, fy = fx[None, :, None], fy[:, None, None]
    rows = src[:, x0] * (1 - fx) + src[:, x1] * fx
    out = rows[y0] * (1 - fy) + rows[y1] * fy
    return out.astype(img.dtype)


def _blend_uint8(img, ytaps, xtaps):
    (y0, y1, fy), (x0, x1, fx) = ytaps, xtaps
    ax1 = np.round(fx * _COEF_SCALE).astype(np.int64)
    ay1 = np.round(fy * _COEF_SCALE).astype(np.int64)
    ax0, ay0 = _COEF_SCALE - ax1, _COEF_SCALE - ay1
    src = img.astype(np.int64)
    rows = src[:, x0] * ax0[None, :, None] + src[:, x1] * ax1[None, :, None]
    # the vertical pass rounds as OpenCV's vectorised path does: rows >> 4, 16-bit high products, then >> 2
    top = ((rows[y0] >> 4) * ay0[:, None, None]) >> 16
    bottom = ((rows[y1] >> 4) * ay1[:, None, None]) >> 16
    return np.clip((top + bottom + 2) >> 2, 0, 255).astype(np.uint8)


def _cubic_taps(out_len, in_len):
    """Four clamped source indices and their weights (A = -0.75) per output position."""
    a = np.float32(-0.75)
    src = ((np.arange(out_len) + 0.5) * (in_len / out_len) - 0.5).astype(np.float32)
    left = np.floor(src).astype(np.int64)
    x = (src - left).astype(np.float32)
    c0 = ((a * (x + 1) - 5 * a) * (x + 1) + 8 * a) * (x + 1) - 4 * a
    c1 = ((a + 2) * x - (a + 3)) * x * x + 1
    c2 = ((a + 2) * (1 - x) - (a + 3)) * (1 - x) * (1 - x) + 1
    weights = np.stack([c0, c1, c2, 1 - c0 - c1 - c2], axis=1).astype(np.float32)
    index = np.clip(left[:, None] + np.arange(-1, 3)[None, :], 0, in_len - 1)
    return index, weights


_S45 = 0.70710678118654752440084436210485
_LANCZOS_CS = ((1, 0), (-_S45, -_S45), (0, 1), (_S45, -_S45), (-1, 0), (_S45, _S45), (0, -1), (-_S45, _S45))


def _lanczos_taps(out_len, in_len):
    """Eight clamped source indices and OpenCV's normalised Lanczos-4 weights per output position."""
    src = ((np.arange(out_len) + 0.5) * (in_len / out_len) - 0.5).astype(np.float32)
    left = np.floor(src).astype(np.int64)
    weights = np.zeros((out_len, 8), np.float32)
    for d, x in enumerate((src - left).astype(np.float32)):
        if x < np.finfo(np.float32).eps:
            weights[d, 3] = 1
            continue
        # x + 3 - i is float arithmetic; the angle and the weights are double, then stored as float
        y0 = -float(x + np.float32(3)) * np.pi * 0.25
        s0, c0 = np.sin(y0), np.cos(y0)
        total = np.float32(0)
        for i, (cs, cc) in enumerate(_LANCZOS_CS):
            y = -float(x + np.float32(3) - np.float32(i)) * np.pi * 0.25
            weights[d, i] = np.float32((cs * s0 + cc * c0) / (y * y))
            total = np.float32(total + weights[d, i])       # summed in order, in float
        weights[d] *= np.float32(1) / total
    index = np.clip(left[:, None] + np.arange(-3, 5)[None, :], 0, in_len - 1)
    return index, weights


def _resize_cubic(img, out_h, out_w, taps=_cubic_taps):
    (yi, wy), (xi, wx) = taps(out_h, img.shape[0]), taps(out_w, img.shape[1])
    n = wy.shape[1]
    if img.dtype == np.uint8:
        wy = np.round(wy * _COEF_SCALE).astype(np.int64)
        wx = np.round(wx * _COEF_SCALE).astype(np.int64)
        src = img.astype(np.int64)
        rows = sum(src[:, xi[:, k]] * wx[None, :, k, None] for k in range(n))
        acc = _vertical_fixed(rows, yi, wy)
        if n == 4:
            acc = _vertical_cubic_simd(rows, yi, wy, acc)
        return np.clip(acc, 0, 255).astype(np.uint8)
    src = img.astype(np.float32)
    rows = sum(src[:, xi[:, k]] * wx[None, :, k, None] for k in range(n))
    out = sum(rows[yi[:, k]] * wy[:, k, None, None] for k in range(n))
    return out.astype(img.dtype)


def _vertical_fixed(rows, yi, wy):
    """Integer vertical pass: fixed-point sum of the weighted rows, rounded half up."""
    acc = sum(rows[yi[:, k]] * wy[:, k, None, None] for k in range(wy.shape[1]))
    bits = 2 * _COEF_BITS
    return (acc + (1 << (bits - 1))) >> bits


def _vertical_cubic_simd(rows, yi, wy, acc):
    """``acc`` with each output row's leading values redone as OpenCV's SSE2 bicubic vertical pass.

    That pass handles the first (W * C) // 8 * 8 values of a row in float32, as
    ((S0*b0 + S1*b1) + S2*b2) + S3*b3 with b = float32(weight / 2048**2), rounded half to even;
    only the remaining values use the integer sum. The two differ by one in a few pixels.
    """
    out_h, out_w, channels = acc.shape
    flat = rows.reshape(rows.shape[0], -1)
    simd = flat.shape[1] // 8 * 8
    if simd == 0:
        return acc
    beta = (wy.astype(np.float32) * np.float32(1.0 / (_COEF_SCALE * _COEF_SCALE))).astype(np.float32)
    total = flat[yi[:, 0], :simd].astype(np.float32) * beta[:, 0:1]
    for k in range(1, 4):
        total = total + flat[yi[:, k], :simd].astype(np.float32) * beta[:, k:k + 1]
    acc = acc.reshape(out_h, -1).copy()
    acc[:, :simd] = np.rint(total)
    return acc.reshape(out_h, out_w, channels)


def _area_weights(out_len, in_len):
    """(out_len, in_len) matrix: the share of each source pixel in each output pixel."""
    scale = in_len / out_len
    weights = np.zeros((out_len, in_len), np.float64)
    for d in range(out_len):
        start, stop = d * scale, min(d * scale + scale, in_len)
        width = min(scale, in_len - start)
        first, last = int(np.ceil(start)), min(int(np.floor(stop)), in_len - 1)
        first = min(first, last)
        if first - start > 1e-3:
            weights[d, first - 1] = (first - start) / width
        weights[d, first:last] = 1.0 / width
        if stop - last > 1e-3:
            weights[d, last] = min(min(stop - last, 1.0), width) / width
    return weights.astype(np.float32)


def _resize_area_shrink(img, out_h, out_w):
    h, w = img.shape[:2]
    sy, sx = h / out_h, w / out_w
    if sy == int(sy) and sx == int(sx):
        ky, kx = int(sy), int(sx)
        blocks = img[:out_h * ky, :out_w * kx].reshape(out_h, ky, out_w, kx, -1)
        if img.dtype == np.uint8:
            total = blocks.astype(np.int64).sum(axis=(1, 3))
            return ((total + ky * kx // 2) // (ky * kx)).astype(np.uint8)
        return (blocks.astype(np.float32).sum(axis=(1, 3)) * np.float32(1 / (ky * kx))).astype(img.dtype)
    wy, wx = _area_weights(out_h, h), _area_weights(out_w, w)
    out = np.einsum("yh,hwc,xw->yxc", wy, img.astype(np.float32), wx, dtype=np.float32)
    if img.dtype == np.uint8:
        return np.clip(np.rint(out), 0, 255).astype(np.uint8)
    return out.astype(img.dtype)


def resize_hwc(img, out_w, out_h, interp=1):
    """``img`` (H x W x C numpy) resized to ``out_h`` x ``out_w``."""
    if out_w <= 0 or out_h <= 0:
        raise MXNetError(f"resize: output size ({out_w}, {out_h}) must be positive")
    if img.dtype in (np.int32, np.float16):
        # MXNet's resize has no float16 kernel, and OpenCV none for 32-bit integers
        raise MXNetError(f"resize: images of dtype {img.dtype} are not supported; use uint8, int8, int64, "
                         "float32 or float64")
    if interp == 0:
        return img[_nearest_index(out_h, img.shape[0])][:, _nearest_index(out_w, img.shape[1])]
    if interp == 2:
        return _resize_cubic(img, out_h, out_w)
    if interp == 4:
        return _resize_cubic(img, out_h, out_w, taps=_lanczos_taps)
    if interp == 3:                   # OpenCV's numbering, which MXNet passes through: 3 is area
        if out_h <= img.shape[0] and out_w <= img.shape[1]:
            return _resize_area_shrink(img, out_h, out_w)
        return _resize_linear(img, out_h, out_w, area=True)
    return _resize_linear(img, out_h, out_w)
