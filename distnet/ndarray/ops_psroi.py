"""Position-sensitive ROI pooling of R-FCN (``nd.contrib.PSROIPooling``, ``DeformablePSROIPooling``).

Output channel ``c`` of bin ``(ph, pw)`` pools input channel ``(c * group_size + gh) * group_size + gw``,
where ``(gh, gw)`` is the bin's cell in a ``group_size`` grid. rois rows are (batch index, x1, y1, x2, y2).
"""
import numpy as np

from ..base import MXNetError
from .ops_contrib import float_attr
from .ops_conv import _flag
from .ops_vision import _check_float, check_bound, check_roi_attrs, check_spatial_scale, roi_shapes, roi_types
from .registry import defop


def _check(op, data, rois, output_dim, group_size):
    roi_shapes(data.shape, rois.shape, unsigned=False)
    roi_types(data, rois)
    _check_float(op, data)
    if data.shape[1] < output_dim * group_size * group_size:      # (more are left unread, as in MXNet)
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
def _ps_bins(rois, spatial_scale, pooled_size, height, width, dtype):
    """Bin bounds per roi: hstart, hend (R, P, 1) and wstart, wend (R, 1, P), clipped to the image; the geometry
    in the data's type step by step, as MXNet's kernel (rounded corners half away from zero)."""
    t = np.dtype(dtype).type
    r = rois.astype(np.float64)
    corner = np.sign(r[:, 1:5]) * np.floor(np.abs(r[:, 1:5]) + 0.5)
    scale = t(float_attr(spatial_scale))
    start_w, start_h = corner[:, 0].astype(t) * scale, corner[:, 1].astype(t) * scale
    end_w, end_h = (corner[:, 2] + 1).astype(t) * scale, (corner[:, 3] + 1).astype(t) * scale
    bin_w = np.maximum(end_w - start_w, t(0.1)) / t(pooled_size)
    bin_h = np.maximum(end_h - start_h, t(0.1)) / t(pooled_size)
    p = np.arange(pooled_size + 1).astype(t)

    def bounds(start, size, limit):
        edge = p[None] * size[:, None] + start[:, None]
        lo, hi = np.floor(edge[:, :-1]), np.ceil(edge[:, 1:])
        return np.clip(lo, 0, limit).astype(np.int64), np.clip(hi, 0, limit).astype(np.int64)
    hs, he = bounds(start_h, bin_h, height)
    ws, we = bounds(start_w, bin_w, width)
    return hs[:, :, None], he[:, :, None], ws[:, None, :], we[:, None, :]


def _ps_each_bin(rois, bins, pooled):
    """(roi, batch index, ph, pw, hs, he, ws, we) of every non-empty bin, in MXNet's order."""
    hs, he, ws, we = bins
    for r, b in enumerate(rois[:, 0].astype(np.int64)):
        for ph in range(pooled):
            for pw in range(pooled):
                h0, h1, w0, w1 = hs[r, ph, 0], he[r, ph, 0], ws[r, 0, pw], we[r, 0, pw]
                if h1 > h0 and w1 > w0:
                    yield r, b, ph, pw, slice(h0, h1), slice(w0, w1), (h1 - h0) * (w1 - w0)


@defop("_contrib_PSROIPooling")
def psroi_pooling(data, rois, *, spatial_scale, output_dim, pooled_size, group_size=0):
    """Position-sensitive average pooling of each roi into pooled_size x pooled_size bins: each bin's pixels
    added one by one in the data's type, then divided by its area (MXNet's kernel, bit for bit)."""
    check_spatial_scale("_contrib_PSROIPooling", spatial_scale)
    pooled, group = int(pooled_size), int(group_size) or int(pooled_size)
    _check("PSROIPooling", data, rois, int(output_dim), group)
    bins = _ps_bins(rois, spatial_scale, pooled, *data.shape[2:], data.dtype)
    channels = _channels(int(output_dim), pooled, group)
    out = np.zeros((len(rois), int(output_dim), pooled, pooled), data.dtype)
    t = data.dtype.type
    for r, b, ph, pw, hh, ww, area in _ps_each_bin(rois, bins, pooled):
        window = data[b, channels[:, ph, pw], hh, ww].reshape(int(output_dim), area)
        out[r, :, ph, pw] = np.cumsum(window, axis=1, dtype=data.dtype)[:, -1] / t(area)
    return out


@psroi_pooling.grad
def _(dy, out, data, rois, *, spatial_scale, output_dim, pooled_size, group_size=0):
    pooled, group = int(pooled_size), int(group_size) or int(pooled_size)
    bins = _ps_bins(rois, spatial_scale, pooled, *data.shape[2:], data.dtype)
    channels = _channels(int(output_dim), pooled, group)
    dx = np.zeros(data.shape, data.dtype)
    t = data.dtype.type
    # bins in MXNet's order; one bin's output channels read distinct input channels, so adding them at once
    # keeps every element's order of additions
    for r, b, ph, pw, hh, ww, area in _ps_each_bin(rois, bins, pooled):
        dx[b, channels[:, ph, pw], hh, ww] += (dy[r, :, ph, pw] / t(area)).astype(data.dtype)[:, None, None]
    return dx, np.zeros_like(rois)


# ---- DeformablePSROIPooling: bilinear samples at bins moved by learned offsets ---------------
class _DeformableBins:
    """Every sample of every (roi, output channel, ph, pw) bin: positions, validity and bilinear weights, each
    step in the data's type as MXNet's kernel takes it."""

    def __init__(self, data, rois, trans, spatial_scale, output_dim, group_size, pooled_size, part_size,
                 sample_per_part, trans_std, no_trans):
        t = data.dtype.type
        n, c, height, width = data.shape
        pooled, samples = int(pooled_size), int(sample_per_part)
        part = int(part_size) or pooled
        corner = rois[:, 1:5].astype(np.float64)
        corner = np.sign(corner) * np.floor(np.abs(corner) + 0.5)        # C's round: half away from zero
        scale, half = t(float_attr(spatial_scale)), t(0.5)
        start_w, start_h = corner[:, 0].astype(t) * scale - half, corner[:, 1].astype(t) * scale - half
        end_w, end_h = (corner[:, 2] + 1).astype(t) * scale - half, (corner[:, 3] + 1).astype(t) * scale - half
        roi_w, roi_h = np.maximum(end_w - start_w, t(0.1)), np.maximum(end_h - start_h, t(0.1))
        bin_w, bin_h = roi_w / t(pooled), roi_h / t(pooled)
        with np.errstate(divide="ignore"):      # (no samples at all: every bin pools to 0, as in MXNet)
            sub_w, sub_h = bin_w / t(samples), bin_h / t(samples)
        p = np.arange(pooled).astype(t)
        part_idx = np.floor(p / t(pooled) * t(part)).astype(np.int64)      # part cell of each bin
        o = np.arange(int(output_dim))
        R = len(rois)
        if no_trans:
            tx = ty = np.zeros((R, len(o), pooled, pooled), t)
        else:
            classes = trans.shape[1] // 2
            class_id = o // (int(output_dim) // classes)
            self.trans_index = _trans_positions(trans, np.arange(R)[:, None, None, None], classes,
                                                class_id[None, :, None, None], part_idx, part)
            std = t(float_attr(trans_std))
            flat = trans.reshape(-1)
            tx, ty = (flat[i].astype(t) * std for i in self.trans_index)
            self.trans_std = std
        col = lambda a: a[:, None, None, None]  # noqa: E731  (per-roi values against (R, O, P, P))
        wstart = (p[None, None, None, :] * col(bin_w) + col(start_w)) + tx * col(roi_w)
        hstart = (p[None, None, :, None] * col(bin_h) + col(start_h)) + ty * col(roi_h)
        self.samples = []
        for ih in range(samples):
            for iw in range(samples):
                w = wstart + t(iw) * col(sub_w)
                h = hstart + t(ih) * col(sub_h)
                valid = (w >= -0.5) & (w <= width - 0.5) & (h >= -0.5) & (h <= height - 0.5)
                w, h = np.clip(w, t(0), t(width - 1)), np.clip(h, t(0), t(height - 1))
                self.samples.append((valid, w, h))
        self.batch = rois[:, 0].astype(np.int64)[:, None, None, None]
        self.channel = _channels(int(output_dim), pooled, int(group_size))[None]
        self.count = sum((valid.astype(np.int64) for valid, _, _ in self.samples),
                         np.zeros(wstart.shape, np.int64)).astype(t)
        self.roi_w, self.roi_h = col(roi_w), col(roi_h)
        self.dtype = data.dtype

    def corners(self, data, w, h):
        """Indices and values of the four bilinear corners, and the fractional distances."""
        x0, x1, y0, y1 = (np.floor(w).astype(np.int64), np.ceil(w).astype(np.int64),
                          np.floor(h).astype(np.int64), np.ceil(h).astype(np.int64))
        b, c = self.batch, self.channel
        values = data[b, c, y0, x0], data[b, c, y1, x0], data[b, c, y0, x1], data[b, c, y1, x1]
        t = self.dtype.type
        return (x0, x1, y0, y1), values, w - x0.astype(t), h - y0.astype(t)


def _trans_positions(trans, roi, classes, class_id, part_idx, part):
    """The flat positions in ``trans`` of each bin's x and y offsets: MXNet's kernel reads trans as
    (R, classes, 2, part_size, part_size) whatever its shape."""
    ph_part, pw_part = part_idx[None, None, :, None], part_idx[None, None, None, :]
    x, y = ((((roi * classes + class_id) * 2 + k) * part + ph_part) * part + pw_part for k in (0, 1))
    if max(x.max(initial=0), y.max(initial=0)) >= trans.size or min(x.min(initial=0), y.min(initial=0)) < 0:
        raise MXNetError(f"DeformablePSROIPooling: part_size={part} reads offsets outside trans of shape "
                         f"{trans.shape}; give trans of shape (R, 2 * classes, part_size, part_size)")
    return x, y


def _deformable_bins(data, rois, trans, a):
    group = int(a["group_size"])
    no_trans = _flag(a["no_trans"])
    wanted, given = 2 if no_trans else 3, 2 if trans is None else 3
    if given != wanted:
        raise MXNetError(f"Check failed: num_inputs == infered_num_inputs ({given} vs. {wanted}) : Operator "
                         f"_contrib_DeformablePSROIPooling expects {wanted} inputs, but got {given} instead.")
    _check("DeformablePSROIPooling", data, rois, int(a["output_dim"]), group)
    return _DeformableBins(data, rois, trans, a["spatial_scale"], a["output_dim"], group, a["pooled_size"],
                           a["part_size"], a["sample_per_part"], a["trans_std"], no_trans), no_trans


@defop("_contrib_DeformablePSROIPooling")
def deformable_psroi_pooling(data, rois, trans=None, *, spatial_scale, output_dim, group_size, pooled_size,
                             part_size=0, sample_per_part=1, trans_std=0.0, no_trans=False):
    """Position-sensitive pooling whose bins move by learned offsets (``trans``), averaging bilinear samples."""
    _deformable_attrs(dict(spatial_scale=spatial_scale, trans_std=trans_std))
    bins, _ = _deformable_bins(data, rois, trans, locals())
    one = data.dtype.type(1)
    total = np.zeros(bins.count.shape, data.dtype)
    for valid, w, h in bins.samples:        # samples added one by one in the data's type
        _, (v00, v01, v10, v11), dx, dy = bins.corners(data, w, h)
        value = (one - dx) * (one - dy) * v00 + (one - dx) * dy * v01 + dx * (one - dy) * v10 + dx * dy * v11
        total = np.where(valid, total + value, total)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(bins.count > 0, total / bins.count, 0).astype(data.dtype)


def _add_in_order(target, index, values, valid):
    """Scatter-add the valid ``values`` into ``target`` one at a time, in C order of their (..., sample, corner)
    axes: MXNet's kernel order, so every element sees the same sequence of roundings."""
    keep = valid.reshape(-1)
    np.add.at(target, tuple(i.reshape(-1)[keep] for i in index), values.reshape(-1)[keep])


@deformable_psroi_pooling.attr_check
def _deformable_attrs(attrs):
    check_roi_attrs("_contrib_DeformablePSROIPooling")(attrs)
    if "trans_std" in attrs:
        check_bound("_contrib_DeformablePSROIPooling", "trans_std", attrs["trans_std"])


@deformable_psroi_pooling.grad
def _(dy, out, data, rois, trans=None, *, spatial_scale, output_dim, group_size, pooled_size, part_size=0,
      sample_per_part=1, trans_std=0.0, no_trans=False):
    bins, no_trans = _deformable_bins(data, rois, trans, locals())
    one = data.dtype.type(1)
    with np.errstate(divide="ignore", invalid="ignore"):
        share = (dy / bins.count).astype(data.dtype)
    ddata = np.zeros(data.shape, data.dtype)
    dtrans = None if trans is None else np.zeros(trans.shape, data.dtype)
    if not bins.samples:        # sample_per_part <= 0: nothing was read
        return tuple([ddata, np.zeros_like(rois)] + ([] if trans is None else [dtrans.astype(trans.dtype)]))
    full = np.broadcast_shapes(share.shape, bins.channel.shape)
    spread = lambda a: np.broadcast_to(a, full)  # noqa: E731
    data_idx, data_val, data_ok, trans_dx, trans_dy, trans_ok = [], [], [], [], [], []
    for valid, w, h in bins.samples:
        (x0, x1, y0, y1), (v00, v01, v10, v11), fx, fy = bins.corners(data, w, h)
        corners = (((y0, x0), (one - fx) * (one - fy)), ((y1, x0), (one - fx) * fy),
                   ((y0, x1), fx * (one - fy)), ((y1, x1), fx * fy))
        data_idx.append([np.stack([spread(a) for a in (bins.batch, bins.channel, yy, xx)]) for (yy, xx), _ in corners])
        data_val.append([q * share for _, q in corners])
        data_ok.append(spread(valid))
        if not no_trans:
            # MXNet scales the corner difference by ((trans_std * share) * roi size), in that order
            d_w = (bins.trans_std * share) * bins.roi_w * (v11 * fy + v10 * (one - fy) - v01 * fy - v00 * (one - fy))
            d_h = (bins.trans_std * share) * bins.roi_h * (v11 * fx + v01 * (one - fx) - v10 * fx - v00 * (one - fx))
            trans_dx.append(d_w)
            trans_dy.append(d_h)
            trans_ok.append(spread(valid))
    # axes (R, O, P, P, sample, corner): MXNet's loop order
    idx = np.stack([np.stack(c, axis=-1) for c in data_idx], axis=-2)          # (4, R, O, P, P, S, 4)
    vals = np.stack([np.stack(c, axis=-1) for c in data_val], axis=-2)
    ok = np.repeat(np.stack(data_ok, axis=-1)[..., None], 4, axis=-1)
    _add_in_order(ddata, tuple(idx), vals, ok)
    if not no_trans:
        ok = np.stack(trans_ok, axis=-1)
        flat = dtrans.reshape(-1)
        for position, d in zip(bins.trans_index, (trans_dx, trans_dy)):
            _add_in_order(flat, [np.repeat(spread(position)[..., None], ok.shape[-1], axis=-1)], np.stack(d, axis=-1),
                          ok)
    grads = [ddata, np.zeros_like(rois)]
    return tuple(grads + ([] if trans is None else [dtrans.astype(trans.dtype)]))


psroi_pooling.attr_check(check_roi_attrs("_contrib_PSROIPooling"))
