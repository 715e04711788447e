"""Position-sensitive ROI pooling of R-FCN (``nd.contrib.PSROIPooling``, ``DeformablePSROIPooling``).

Output channel ``c`` of bin ``(ph, pw)`` pools input channel ``(c * group_size + gh) * group_size + gw``,
where ``(gh, gw)`` is the bin's cell in a ``group_size`` grid. rois rows are (batch index, x1, y1, x2, y2).
"""
import numpy as np

from ..base import MXNetError
from .registry import defop


def _check(op, data, rois, output_dim, group_size):
    if data.ndim != 4:
        raise MXNetError(f"{op}: data must be 4-D (N, C, H, W), got shape {data.shape}")
    if rois.ndim != 2 or rois.shape[1] != 5:
        raise MXNetError(f"{op}: rois must have shape (R, 5): (batch index, x1, y1, x2, y2), got {rois.shape}")
    if data.shape[1] != output_dim * group_size * group_size:
        raise MXNetError(f"{op}: data has {data.shape[1]} channels but output_dim * group_size^2 = "
                         f"{output_dim} * {group_size}^2 = {output_dim * group_size * group_size}")


def _cells(pooled_size, group_size):
    """Each bin's group cell (gh or gw) along one axis."""
    return np.clip(np.arange(pooled_size) * group_size // pooled_size, 0, group_size - 1)


def _channels(output_dim, pooled_size, group_size):
    """Input channel of each (output channel, ph, pw): (O, P, P)."""
    cell = _cells(pooled_size, group_size)
    return (np.arange(output_dim)[:, None, None] * group_size + cell[None, :, None]) * group_size + cell[None, None, :]


# ---- PSROIPooling: the average of each bin's pixels -----------------------------------------
def _ps_bins(rois, spatial_scale, pooled_size, height, width):
    """Bin bounds per roi: hstart, hend (R, P, 1) and wstart, wend (R, 1, P), clipped to the image."""
    r = rois.astype(np.float32)
    scale = np.float32(spatial_scale)
    start_w, start_h = np.round(r[:, 1]) * scale, np.round(r[:, 2]) * scale
    end_w, end_h = (np.round(r[:, 3]) + 1) * scale, (np.round(r[:, 4]) + 1) * scale
    bin_w = np.maximum(end_w - start_w, np.float32(0.1)) / np.float32(pooled_size)
    bin_h = np.maximum(end_h - start_h, np.float32(0.1)) / np.float32(pooled_size)
    p = np.arange(pooled_size, dtype=np.float32)

    def bounds(start, size, limit):
        lo = np.floor(p[None] * size[:, None] + start[:, None])
        hi = np.ceil((p[None] + 1) * size[:, None] + start[:, None])
        return np.clip(lo, 0, limit).astype(np.int64), np.clip(hi, 0, limit).astype(np.int64)
    hs, he = bounds(start_h, bin_h, height)
    ws, we = bounds(start_w, bin_w, width)
    return hs[:, :, None], he[:, :, None], ws[:, None, :], we[:, None, :]


def _ps_sums(data, rois, channels, bins):
    """Sum and area of every (roi, output channel, ph, pw) bin, from per-channel integral images."""
    n, c, height, width = data.shape
    integral = np.zeros((n, c, height + 1, width + 1))
    integral[:, :, 1:, 1:] = data.astype(np.float64).cumsum(axis=2).cumsum(axis=3)
    hs, he, ws, we = (b[:, None] for b in bins)
    batch = rois[:, 0].astype(np.int64)[:, None, None, None]
    ch = channels[None]
    total = integral[batch, ch, he, we] - integral[batch, ch, hs, we] - integral[batch, ch, he, ws] \
        + integral[batch, ch, hs, ws]
    area = (he - hs) * (we - ws)
    return total, np.where((he > hs) & (we > ws), area, 0)


@defop("_contrib_PSROIPooling")
def psroi_pooling(data, rois, *, spatial_scale, output_dim, pooled_size, group_size=0):
    """Position-sensitive average pooling of each roi into pooled_size x pooled_size bins."""
    pooled, group = int(pooled_size), int(group_size) or int(pooled_size)
    _check("PSROIPooling", data, rois, int(output_dim), group)
    bins = _ps_bins(rois, spatial_scale, pooled, *data.shape[2:])
    total, area = _ps_sums(data, rois, _channels(int(output_dim), pooled, group), bins)
    return np.where(area > 0, total / np.maximum(area, 1), 0).astype(data.dtype)


@psroi_pooling.grad
def _(dy, out, data, rois, *, spatial_scale, output_dim, pooled_size, group_size=0):
    pooled, group = int(pooled_size), int(group_size) or int(pooled_size)
    hs, he, ws, we = _ps_bins(rois, spatial_scale, pooled, *data.shape[2:])
    channels = _channels(int(output_dim), pooled, group)
    dx = np.zeros(data.shape, np.float64)
    for r, b in enumerate(rois[:, 0].astype(np.int64)):
        area = (he[r] - hs[r]) * (we[r] - ws[r])
        share = np.where(area > 0, dy[r] / np.maximum(area, 1), 0)       # (O, P, P)
        for ph in range(pooled):
            for pw in range(pooled):
                if area[ph, pw] > 0:
                    dx[b, channels[:, ph, pw], hs[r, ph, 0]:he[r, ph, 0], ws[r, 0, pw]:we[r, 0, pw]] += \
                        share[:, ph, pw, None, None]
    return dx.astype(data.dtype), np.zeros_like(rois)


# ---- DeformablePSROIPooling: bilinear samples at bins moved by learned offsets ---------------
class _DeformableBins:
    """Every sample of every (roi, output channel, ph, pw) bin: positions, validity and bilinear corners."""

    def __init__(self, data, rois, trans, spatial_scale, output_dim, group_size, pooled_size, part_size,
                 sample_per_part, trans_std, no_trans):
        f32 = np.float32
        n, c, height, width = data.shape
        pooled, samples = int(pooled_size), int(sample_per_part)
        part = int(part_size) or pooled
        r = rois.astype(f32)
        scale = f32(spatial_scale)
        start_w, start_h = np.round(r[:, 1]) * scale - f32(0.5), np.round(r[:, 2]) * scale - f32(0.5)
        end_w, end_h = (np.round(r[:, 3]) + 1) * scale - f32(0.5), (np.round(r[:, 4]) + 1) * scale - f32(0.5)
        roi_w, roi_h = np.maximum(end_w - start_w, f32(0.1)), np.maximum(end_h - start_h, f32(0.1))
        bin_w, bin_h = roi_w / f32(pooled), roi_h / f32(pooled)
        sub_w, sub_h = bin_w / f32(samples), bin_h / f32(samples)
        p = np.arange(pooled, dtype=f32)
        part_idx = np.floor(p / f32(pooled) * f32(part)).astype(np.int64)      # part cell of each bin
        o = np.arange(int(output_dim))
        R = len(rois)
        if no_trans:
            tx = ty = np.zeros((R, len(o), pooled, pooled), f32)
        else:
            classes = trans.shape[1] // 2
            class_id = o // (int(output_dim) // classes)
            rr = np.arange(R)[:, None, None, None]
            cid = class_id[None, :, None, None]
            ph_part, pw_part = part_idx[None, None, :, None], part_idx[None, None, None, :]
            tx = trans[rr, 2 * cid, ph_part, pw_part].astype(f32) * f32(trans_std)
            ty = trans[rr, 2 * cid + 1, ph_part, pw_part].astype(f32) * f32(trans_std)
            self.trans_index = (rr, cid, ph_part, pw_part)
        col = lambda a: a[:, None, None, None]  # noqa: E731  (per-roi values against (R, O, P, P))
        wstart = (p[None, None, None, :] * col(bin_w) + col(start_w)) + tx * col(roi_w)
        hstart = (p[None, None, :, None] * col(bin_h) + col(start_h)) + ty * col(roi_h)
        self.samples = []
        for ih in range(samples):
            for iw in range(samples):
                w = wstart + f32(iw) * col(sub_w)
                h = hstart + f32(ih) * col(sub_h)
                valid = (w >= -0.5) & (w <= width - 0.5) & (h >= -0.5) & (h <= height - 0.5)
                w, h = np.clip(w, 0, width - 1), np.clip(h, 0, height - 1)
                self.samples.append((valid, w, h))
        self.batch = rois[:, 0].astype(np.int64)[:, None, None, None]
        self.channel = _channels(int(output_dim), pooled, int(group_size))[None]
        self.count = sum(valid.astype(f32) for valid, _, _ in self.samples)
        self.roi_w, self.roi_h = col(roi_w), col(roi_h)

    def corners(self, data, w, h):
        """Indices and values of the four bilinear corners, and the fractional distances."""
        x0, x1, y0, y1 = (np.floor(w).astype(np.int64), np.ceil(w).astype(np.int64),
                          np.floor(h).astype(np.int64), np.ceil(h).astype(np.int64))
        b, c = self.batch, self.channel
        values = data[b, c, y0, x0], data[b, c, y1, x0], data[b, c, y0, x1], data[b, c, y1, x1]
        return (x0, x1, y0, y1), values, w - x0, h - y0


def _deformable_bins(data, rois, trans, a):
    group = int(a["group_size"])
    _check("DeformablePSROIPooling", data, rois, int(a["output_dim"]), group)
    no_trans = bool(a["no_trans"]) or trans is None
    return _DeformableBins(data, rois, trans, a["spatial_scale"], a["output_dim"], group, a["pooled_size"],
                           a["part_size"], a["sample_per_part"], a["trans_std"], no_trans), no_trans


@defop("_contrib_DeformablePSROIPooling")
def deformable_psroi_pooling(data, rois, trans=None, *, spatial_scale, output_dim, group_size, pooled_size,
                             part_size=0, sample_per_part=1, trans_std=0.0, no_trans=False):
    """Position-sensitive pooling whose bins move by learned offsets (``trans``), averaging bilinear samples."""
    bins, _ = _deformable_bins(data, rois, trans, locals())
    total = np.zeros(bins.count.shape, np.float32)
    for valid, w, h in bins.samples:
        _, (v00, v01, v10, v11), dx, dy = bins.corners(data, w, h)
        value = (1 - dx) * (1 - dy) * v00 + (1 - dx) * dy * v01 + dx * (1 - dy) * v10 + dx * dy * v11
        total += np.where(valid, value, 0).astype(np.float32)
    return np.where(bins.count > 0, total / np.maximum(bins.count, 1), 0).astype(data.dtype)


@deformable_psroi_pooling.grad
def _(dy, out, data, rois, trans=None, *, spatial_scale, output_dim, group_size, pooled_size, part_size=0,
      sample_per_part=1, trans_std=0.0, no_trans=False):
    bins, no_trans = _deformable_bins(data, rois, trans, locals())
    share = np.where(bins.count > 0, dy / np.maximum(bins.count, 1), 0)
    ddata = np.zeros(data.shape, np.float64)
    dtrans = None if trans is None else np.zeros(trans.shape, np.float64)
    b, c = bins.batch, bins.channel
    for valid, w, h in bins.samples:
        (x0, x1, y0, y1), (v00, v01, v10, v11), fx, fy = bins.corners(data, w, h)
        g = np.where(valid, share, 0)
        for (yy, xx), weight in (((y0, x0), (1 - fx) * (1 - fy)), ((y1, x0), (1 - fx) * fy),
                                 ((y0, x1), fx * (1 - fy)), ((y1, x1), fx * fy)):
            np.add.at(ddata, (b, c, yy, xx), g * weight)
        if not no_trans:
            d_w = (v11 * fy + v10 * (1 - fy) - v01 * fy - v00 * (1 - fy)) * np.float32(trans_std) * g * bins.roi_w
            d_h = (v11 * fx + v01 * (1 - fx) - v10 * fx - v00 * (1 - fx)) * np.float32(trans_std) * g * bins.roi_h
            rr, cid, ph, pw = bins.trans_index
            np.add.at(dtrans, (rr, 2 * cid, ph, pw), d_w)
            np.add.at(dtrans, (rr, 2 * cid + 1, ph, pw), d_h)
    grads = [ddata.astype(data.dtype), np.zeros_like(rois)]
    return tuple(grads + ([] if trans is None else [dtrans.astype(trans.dtype)]))
