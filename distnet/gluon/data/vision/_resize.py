"""Image resizing on H x W x C numpy arrays, with OpenCV's pixel-centre conventions (as MXNet uses)."""
import numpy as np

from ....base import MXNetError

_COEF_BITS = 11                      # uint8 bilinear weights are fixed point, 2**11 = 1.0
_COEF_SCALE = 1 << _COEF_BITS


def _nearest_index(out_len, in_len):
    scale = in_len / out_len
    return np.minimum(np.floor(np.arange(out_len) * scale).astype(np.int64), in_len - 1)


def _linear_taps(out_len, in_len, zero_borders=True):
    """Source indices and right weight per output position (half-pixel centres, clamped borders).

    OpenCV zeroes the weight past a border along x, but along y it keeps the weights and clamps
    the row indices, which changes the rounding of uint8 results in the first and last rows.
    """
    scale = in_len / out_len
    src = ((np.arange(out_len) + 0.5) * scale - 0.5).astype(np.float32)
    left = np.floor(src).astype(np.int64)
    frac = (src - left).astype(np.float32)
    if zero_borders:
        frac[left < 0] = 0.0
        frac[left >= in_len - 1] = 0.0
    right = np.clip(left + 1, 0, in_len - 1)
    return np.clip(left, 0, in_len - 1), right, frac


def _resize_linear_float(img, out_h, out_w):
    y0, y1, fy = _linear_taps(out_h, img.shape[0])
    x0, x1, fx = _linear_taps(out_w, img.shape[1])
    src = img.astype(np.float32)
    fx, fy = fx[None, :, None], fy[:, None, None]
    rows = src[:, x0] * (1 - fx) + src[:, x1] * fx
    out = rows[y0] * (1 - fy) + rows[y1] * fy
    return out.astype(img.dtype)


def _resize_linear_uint8(img, out_h, out_w):
    y0, y1, fy = _linear_taps(out_h, img.shape[0], zero_borders=False)
    x0, x1, fx = _linear_taps(out_w, img.shape[1])
    ax1 = np.round(fx * _COEF_SCALE).astype(np.int64)
    ay1 = np.round(fy * _COEF_SCALE).astype(np.int64)
    ax0, ay0 = _COEF_SCALE - ax1, _COEF_SCALE - ay1
    src = img.astype(np.int64)
    rows = src[:, x0] * ax0[None, :, None] + src[:, x1] * ax1[None, :, None]
    # the vertical pass rounds as OpenCV's vectorised path does: rows >> 4, 16-bit high products, then >> 2
    top = ((rows[y0] >> 4) * ay0[:, None, None]) >> 16
    bottom = ((rows[y1] >> 4) * ay1[:, None, None]) >> 16
    return np.clip((top + bottom + 2) >> 2, 0, 255).astype(np.uint8)


def resize_hwc(img, out_w, out_h, interp=1):
    """``img`` (H x W x C numpy) resized to ``out_h`` x ``out_w``; interp 0 nearest, otherwise bilinear."""
    if out_w <= 0 or out_h <= 0:
        raise MXNetError(f"resize: output size ({out_w}, {out_h}) must be positive")
    if interp == 0:
        return img[_nearest_index(out_h, img.shape[0])][:, _nearest_index(out_w, img.shape[1])]
    if img.dtype == np.uint8:
        return _resize_linear_uint8(img, out_h, out_w)
    return _resize_linear_float(img, out_h, out_w)
