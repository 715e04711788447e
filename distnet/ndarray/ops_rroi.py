"""Rotated ROI align (``nd.contrib.RROIAlign``): bilinear samples on a grid turned by each roi's angle.

rois rows are (batch index, centre x, centre y, width, height, angle in degrees). Arithmetic is in the
data's type in MXNet's order; the operator has no gradient, as in MXNet.
"""
import numpy as np

from ..base import MXNetError
from .ops_conv import shape_attr
from .ops_contrib import float_attr
from .ops_elemwise import libm_f32
from .ops_vision import _check_float, check_roi_attrs, check_spatial_scale, roi_shapes, roi_types
from .registry import defop


def _cos_sin(theta):
    """The C library's cos and sin in the angle's type (float for half angles)."""
    if theta.dtype == np.float64:
        return np.cos(theta), np.sin(theta)
    angle = np.array([theta], np.float32)
    return tuple(theta.dtype.type(libm_f32(name, fn, angle)[0]) for name, fn in (("cosf", np.cos), ("sinf", np.sin)))


def _sample_grid(roi, pooled, spatial_scale, sampling_ratio):
    """For one roi: the sample positions (y, x), each (P_h, P_w, grid_h * grid_w), and the samples per bin."""
    _F = roi.dtype.type
    scale = _F(float_attr(spatial_scale))
    cx, cy, width, height = (roi[i] * scale for i in (1, 2, 3, 4))
    if roi.dtype == np.float16:     # half times a double: each step in float, rounded to half
        theta = _F(np.float32(_F(np.float32(roi[5]) * np.float32(np.pi))) / np.float32(180))
    else:
        theta = _F(float(roi[5]) * np.pi / 180.0)
    width, height = max(width, _F(1)), max(height, _F(1))
    bin_h, bin_w = height / _F(pooled[0]), width / _F(pooled[1])
    grid_h = sampling_ratio if sampling_ratio > 0 else int(np.ceil(height / _F(pooled[0])))
    grid_w = sampling_ratio if sampling_ratio > 0 else int(np.ceil(width / _F(pooled[1])))
    start_h, start_w = -height / _F(2), -width / _F(2)
    cos, sin = _cos_sin(theta)
    ph = np.arange(pooled[0], dtype=_F)[:, None, None, None]
    pw = np.arange(pooled[1], dtype=_F)[None, :, None, None]
    iy = (np.arange(grid_h, dtype=_F) + _F(0.5))[None, None, :, None]
    ix = (np.arange(grid_w, dtype=_F) + _F(0.5))[None, None, None, :]
    yy = (start_h + ph * bin_h) + iy * bin_h / _F(grid_h)
    xx = (start_w + pw * bin_w) + ix * bin_w / _F(grid_w)
    y = yy * cos - xx * sin + cy
    x = yy * sin + xx * cos + cx
    shape = (pooled[0], pooled[1], grid_h * grid_w)
    return np.broadcast_to(y, shape[:2] + (grid_h, grid_w)).reshape(shape), \
        np.broadcast_to(x, shape[:2] + (grid_h, grid_w)).reshape(shape), _F(grid_h * grid_w)


def _corners(pos, size):
    """Clamped low/high indices and the fractional part along one axis (samples past the edge stick to it)."""
    _F = pos.dtype.type
    pos = np.maximum(pos, _F(0))
    low = pos.astype(np.int64)
    edge = low >= size - 1
    low = np.where(edge, size - 1, low)
    pos = np.where(edge, low.astype(_F), pos)
    return low, np.where(edge, low, low + 1), pos - low.astype(_F)


@defop("_contrib_RROIAlign")
def rroi_align(data, rois, *, pooled_size, spatial_scale, sampling_ratio=-1):
    """Average of bilinear samples in each bin of each rotated roi: (R, C, pooled_h, pooled_w)."""
    check_spatial_scale("_contrib_RROIAlign", spatial_scale)
    roi_shapes(data.shape, rois.shape, unsigned=True, width=6)
    roi_types(data, rois)
    _check_float("RROIAlign", data)
    _F = data.dtype.type
    pooled = shape_attr(pooled_size, 2, 1, "pooled_size", "RROIAlign")
    height, width = data.shape[2:]
    out = np.zeros((len(rois), data.shape[1]) + pooled, _F)
    for r, roi in enumerate(rois.astype(_F)):
        y, x, count = _sample_grid(roi, pooled, spatial_scale, int(sampling_ratio))
        inside = ~((y < -1.0) | (y > height) | (x < -1.0) | (x > width))
        y_low, y_high, ly = _corners(y, height)
        x_low, x_high, lx = _corners(x, width)
        hy, hx = _F(1) - ly, _F(1) - lx
        image = data[int(roi[0])]
        total = np.zeros((data.shape[1],) + pooled, _F)
        for s in range(y.shape[2]):      # samples in MXNet's order, each one sum of four weighted corners
            idx = (slice(None), slice(None), s)
            part = (hy[idx] * hx[idx] * image[:, y_low[idx], x_low[idx]]
                    + hy[idx] * lx[idx] * image[:, y_low[idx], x_high[idx]]
                    + ly[idx] * hx[idx] * image[:, y_high[idx], x_low[idx]]
                    + ly[idx] * lx[idx] * image[:, y_high[idx], x_high[idx]])
            total += np.where(inside[idx], part, _F(0))
        out[r] = total / count
    return out.astype(data.dtype)


rroi_align.nondifferentiable = True     # MXNet registers no gradient: a backward through it fails


rroi_align.attr_check(check_roi_attrs("_contrib_RROIAlign"))
