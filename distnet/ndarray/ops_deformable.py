"""Deformable convolutions (``nd.contrib.DeformableConvolution``, ``ModulatedDeformableConvolution``).

Each kernel tap samples the input bilinearly at its position moved by a learned offset (MXNet's
deformable_im2col on the CPU); the sampled columns are then summed with the weights per group.
"""
import numpy as np

from ..base import MXNetError
from .failures import backward_kernel_error
from .ops_conv import _flag, _kernel, _refuse_half, shape_attr
from .ops_linalg import _gemm as blas_gemm
from .ops_optim import refuse_input_count
from .ops_vision import _check_float
from .shape_text import OperatorMessage, inconsistent, uniform_type_refusal
from .registry import defop


class _Taps:
    """Where one kernel tap of one deformable group samples: corner indices and bilinear weights.

    Version 1 reads nothing outside the image and clamps at its far edge; version 2 (modulated)
    samples anywhere within one pixel of the image, corners outside it counting as zero.
    """

    def __init__(self, offset, g, k, kernel, stride, pad, dilate, shape, modulated=False):
        kh, kw = kernel
        i, j = divmod(k, kw)
        n, _, height, width = shape
        ho, wo = offset.shape[2:]
        t = g * kh * kw + k
        real = offset.dtype.type
        h = (np.arange(ho, dtype=real)[:, None] * stride[0] - pad[0] + i * dilate[0]) + offset[:, 2 * t]
        w = (np.arange(wo, dtype=real)[None, :] * stride[1] - pad[1] + j * dilate[1]) + offset[:, 2 * t + 1]
        self.n = np.arange(n)[:, None, None, None]
        if modulated:
            self._zero_padded(h, w, height, width, real)
            return
        self.valid = ((h >= 0) & (w >= 0) & (h < height) & (w < width)).astype(real)
        # outside the image nothing is read; at the far edge the sample is clamped to the last row/column
        h, w = np.where(self.valid > 0, h, 0).astype(real), np.where(self.valid > 0, w, 0).astype(real)
        self.h_low, self.w_low = np.floor(h).astype(np.int64), np.floor(w).astype(np.int64)
        h = np.where(self.h_low >= height - 1, real(height - 1), h)
        w = np.where(self.w_low >= width - 1, real(width - 1), w)
        self.h_low = np.minimum(self.h_low, height - 1)
        self.w_low = np.minimum(self.w_low, width - 1)
        self.h_high = np.minimum(self.h_low + 1, height - 1)
        self.w_high = np.minimum(self.w_low + 1, width - 1)
        # the fractions in the data's type (an int64 index would widen float32 ones to double)
        self.lh, self.lw = h - self.h_low.astype(real), w - self.w_low.astype(real)
        self.hh, self.hw = real(1) - self.lh, real(1) - self.lw

    def _zero_padded(self, h, w, height, width, real):
        inside = (h > -1) & (w > -1) & (h < height) & (w < width)
        h, w = np.where(inside, h, 0).astype(real), np.where(inside, w, 0).astype(real)
        h_low, w_low = np.floor(h).astype(np.int64), np.floor(w).astype(np.int64)
        self.lh, self.lw = h - h_low.astype(real), w - w_low.astype(real)
        self.hh, self.hw = real(1) - self.lh, real(1) - self.lw
        self._corner_ok = []
        for hs, ws in ((h_low, w_low), (h_low, w_low + 1), (h_low + 1, w_low), (h_low + 1, w_low + 1)):
            self._corner_ok.append(inside & (hs >= 0) & (ws >= 0) & (hs <= height - 1) & (ws <= width - 1))
        self.h_low, self.w_low = np.clip(h_low, 0, height - 1), np.clip(w_low, 0, width - 1)
        self.h_high, self.w_high = np.clip(h_low + 1, 0, height - 1), np.clip(w_low + 1, 0, width - 1)
        self.valid = inside.astype(real)

    def corners(self, x, channels):
        """The four corner values of every sample, each (N, Cg, Ho, Wo)."""
        c = channels[None, :, None, None]
        hl, hh_, wl, wh = (a[:, None] for a in (self.h_low, self.h_high, self.w_low, self.w_high))
        values = [x[self.n, c, hl, wl], x[self.n, c, hl, wh], x[self.n, c, hh_, wl], x[self.n, c, hh_, wh]]
        if hasattr(self, "_corner_ok"):
            values = [v * ok[:, None] for v, ok in zip(values, self._corner_ok)]
        return values

    def scatter_weights(self):
        """The four corners' shares of a sample's gradient (N, 1, Ho, Wo), as MXNet's col2im takes them: the far
        corner's fraction from ``position + 1 - corner`` (rounded as such), none for a clamped duplicate."""
        real = self.lh.dtype.type
        h, w = self.h_low.astype(real) + self.lh, self.w_low.astype(real) + self.lw        # (exact)
        far_h = np.where(self.h_high > self.h_low, (h + real(1)) - self.h_high.astype(real), real(0))
        far_w = np.where(self.w_high > self.w_low, (w + real(1)) - self.w_high.astype(real), real(0))
        near_h, near_w, far_h, far_w = (a.astype(real) for a in (self.hh, self.hw, far_h, far_w))
        return [(a * b)[:, None] for a, b in ((near_h, near_w), (near_h, far_w), (far_h, near_w), (far_h, far_w))]

    def weights(self):
        """The four bilinear weights (zero where the sample is outside), each (N, 1, Ho, Wo)."""
        v = self.valid
        return [(a * v)[:, None] for a in (self.hh * self.hw, self.hh * self.lw, self.lh * self.hw, self.lh * self.lw)]


def _channel_sum(terms):
    """``terms`` (N, C, ...) added over the channels one after another."""
    total = np.zeros_like(terms[:, 0])
    for c in range(terms.shape[1]):
        total = total + terms[:, c]
    return total


def _c_div(a, b):
    """C's integer division, toward zero (MXNet's shape function divides sizes that may be -1, unknown)."""
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


def _unsigned_rest(size, divisor):
    """``size % divisor`` as MXNet computes it with an unsigned parameter: an unknown size (-1) wraps around."""
    return size % 2 ** 32 % divisor


def _check_weight(geo, c, weight, bias):
    want_w = (geo.num_filter // geo.groups * geo.groups, c // geo.groups) + geo.kernel
    if weight != want_w:
        raise MXNetError(inconsistent(weight, want_w))
    if bias is not None and bias != (geo.num_filter,):
        raise MXNetError(inconsistent(bias, (geo.num_filter,)))


def _check_geometry(geo, data, offset, mask):
    """MXNet's shape checks after the weight's, in its order and words; ``data``, ``offset`` and ``mask`` (None for
    version 1) are 4-D shapes, -1 where a size is unknown."""
    g, dg, taps, c = geo.groups, geo.deformable_groups, geo.taps, data[1]
    checks = ((_unsigned_rest(c, g), "dshape[1] % param_.num_group == 0U", "input num_filter must divide group size"),
              (_unsigned_rest(c, dg), "dshape[1] % param_.num_deformable_group == 0U",
               "input num_filter must divide deformable group size"),
              (geo.num_filter % g, "param_.num_filter % param_.num_group == 0U",
               "output num_filter must divide group size"))
    if mask is not None:        # the modulated one also splits its output channels among the deformable groups
        checks += ((geo.num_filter % dg, "oshape[1] % param_.num_deformable_group == 0U",
                    "output num_filter must divide deformable group size"),)
    for rest, check, words in checks:
        if rest:
            raise MXNetError(f"Check failed: {check} ({rest} vs. 0) : {words}")
    for name, shape in (("offset", offset), ("mask", mask)):
        if shape is None:
            continue
        for axis, side in ((2, "height"), (3, "width")):
            if geo.out[axis - 2] != shape[axis]:
                raise MXNetError(f"Check failed: oshape[{axis}] == {name}shape[{axis}] ({geo.out[axis - 2]} vs. "
                                 f"{shape[axis]}) : output {side} must equal to {name} map {side}")
        per = 2 * taps if name == "offset" else taps
        taps_text = "param_.kernel[0] * param_.kernel[1]"
        if shape[1] % taps:
            raise MXNetError(f"Check failed: {name}shape[1] % ({taps_text}) == 0U ({shape[1] % taps} vs. 0) : "
                             "offset filter must divide deformable group size")
        if shape[1] // per != dg:
            scale = "2 * " if name == "offset" else ""
            raise MXNetError(f"Check failed: {name}shape[1] / ({scale}{taps_text}) == param_.num_deformable_group "
                             f"({shape[1] // per} vs. {dg}) : offset filter must divide deformable group size")
    for axis, side in ((2, "y"), (3, "x")):
        k, p = geo.kernel[axis - 2], geo.pad[axis - 2]
        if data[axis] != 0 and k > data[axis] + 2 * p:
            raise MXNetError(f"Check failed: ksize_{side} <= dshape[{axis}] + 2 * param_.pad[{axis - 2}] ({k} vs. "
                             f"{data[axis] + 2 * p}) : kernel size exceed input")


def _check_rank(shape, short, name):
    """MXNet's check that an input (``shape`` None: of unknown rank) is 4-D."""
    rank = -1 if shape is None else len(shape)
    if rank != 4:
        raise MXNetError(f"Check failed: {short}shp.ndim() == 4U ({rank} vs. 4) : Input {name} should be 4D in "
                         "batch-num_filter-y-x")


# the checked inputs' short names in MXNet's checks, and their names in its words (the mask's: sic)
_RANKED = (("d", "data"), ("o", "offset"), ("m", "offset"))
DEFORMABLE_OPS = ("_contrib_DeformableConvolution", "_contrib_ModulatedDeformableConvolution")


class _Geometry:
    """The checked attributes of a deformable convolution and its output size."""

    def __init__(self, op, data, kernel, stride, dilate, pad, num_filter, num_group, num_deformable_group, layout,
                 offset=None, mask=None):
        """From the shapes of the data, the offset and the mask (None: not checked, or version 1's)."""
        if layout not in (None, "NCHW"):
            raise MXNetError(f"{op}: layout {layout!r} is not supported; the data must be NCHW")
        self.num_filter = int(num_filter)
        _check_num_filter({"num_filter": num_filter})
        self.kernel = _kernel(kernel, op)
        if len(self.kernel) != 2:
            raise MXNetError("not implemented")
        for shape, (short, name) in zip((data, offset, mask), _RANKED):
            if shape is not None:
                _check_rank(shape, short, name)
        self.stride = shape_attr(stride, 2, 1, "stride", op)
        self.dilate = shape_attr(dilate, 2, 1, "dilate", op)
        self.pad = shape_attr(pad, 2, 0, "pad", op)
        self.groups, self.deformable_groups = int(num_group), int(num_deformable_group)
        self.taps = self.kernel[0] * self.kernel[1]
        self.out = tuple(_c_div(size + 2 * p - (d * (k - 1) + 1), s) + 1 for size, p, d, k, s in
                         zip(data[2:], self.pad, self.dilate, self.kernel, self.stride))

    @classmethod
    def checked(cls, op, data, offset, weight, kernel, stride, dilate, pad, num_filter, num_group,
                num_deformable_group, layout, bias=None, mask=None):
        """The geometry of arrays ``data``, ``offset``, ``weight`` (``bias``, ``mask``), checked as MXNet does."""
        geo = cls(op, data.shape, kernel, stride, dilate, pad, num_filter, num_group, num_deformable_group, layout,
                  offset.shape, None if mask is None else mask.shape)
        _check_weight(geo, data.shape[1], weight.shape, None if bias is None else bias.shape)
        _check_geometry(geo, data.shape, offset.shape, None if mask is None else mask.shape)
        if offset.shape[0] < data.shape[0]:
            raise MXNetError(f"{op}: offset has {offset.shape[0]} images for data of {data.shape[0]}")
        arrays = [("data", data), ("offset", offset), ("mask", mask), ("weight", weight), ("bias", bias)]
        for name, a in arrays[1:]:
            if a is not None and a.dtype != data.dtype:
                raise MXNetError(uniform_type_refusal(data.dtype, a.dtype, name))
        _check_float(op, data)
        return geo

    def each_tap(self, x, offset, modulated=False):
        """(group, tap, input channels, _Taps) for every deformable group and kernel tap."""
        per = x.shape[1] // self.deformable_groups
        for g in range(self.deformable_groups):
            channels = np.arange(g * per, (g + 1) * per)
            for k in range(self.taps):
                yield g, k, channels, _Taps(offset, g, k, self.kernel, self.stride, self.pad, self.dilate,
                                            x.shape, modulated)

    def columns(self, x, offset, mask=None):
        """The sampled columns (N, C, taps, Ho, Wo), each tap scaled by its mask when there is one."""
        n, c = x.shape[:2]
        col = np.zeros((n, c, self.taps) + self.out, x.dtype)
        for g, k, channels, tap in self.each_tap(x, offset, modulated=mask is not None):
            v1, v2, v3, v4 = tap.corners(x, channels)
            w1, w2, w3, w4 = tap.weights()
            col[:, channels, k] = w1 * v1 + w2 * v2 + w3 * v3 + w4 * v4
            if mask is not None:
                col[:, channels, k] *= mask[:, g * self.taps + k][:, None]
        return col

    def columns_grad(self, dcol, x, offset):
        """The gradients of the data and the offsets from the columns' gradient (version 1), summed in MXNet's
        order: into each pixel tap by tap, position by position, corner by corner; into each offset channel by
        channel."""
        dx, doff = np.zeros_like(x), np.zeros_like(offset)
        for g, k, channels, tap in self.each_tap(x, offset):
            grad = dcol[:, channels, k]
            valid = tap.valid[:, None] > 0
            shares = [np.where(valid & (wt > 0), wt * grad, 0) for wt in tap.scatter_weights()]
            rows = np.stack([tap.h_low, tap.h_low, tap.h_high, tap.h_high], axis=-1)[:, None]
            cols = np.stack([tap.w_low, tap.w_high, tap.w_low, tap.w_high], axis=-1)[:, None]
            np.add.at(dx, (tap.n[..., None], channels[None, :, None, None, None], rows, cols),
                      np.stack(shares, axis=-1))
            v1, v2, v3, v4 = tap.corners(x, channels)
            lh, lw, hh, hw = (a[:, None] for a in (tap.lh, tap.lw, tap.hh, tap.hw))
            t = g * self.taps + k
            along_h = -(hw * v1) + -(lw * v2) + hw * v3 + lw * v4
            along_w = -(hh * v1) + hh * v2 + -(lh * v3) + lh * v4
            doff[:, 2 * t] = _channel_sum(np.where(valid, along_h * grad, 0))
            doff[:, 2 * t + 1] = _channel_sum(np.where(valid, along_w * grad, 0))
        return dx, doff

    def grouped(self, col):
        """One image's columns (C, taps, Ho, Wo) as MXNet's column buffer per group, (groups, C/groups * taps,
        Ho * Wo), contiguous: each product is one BLAS gemm, summing as MXNet's does."""
        return np.ascontiguousarray(col.reshape(self.groups, -1, self.out[0] * self.out[1]))

    def weight_rows(self, weight):
        return np.ascontiguousarray(weight.reshape(self.groups, self.num_filter // self.groups, -1))


def check_ranks(op_name, shapes):
    """MXNet's checks, before any other, that the data, the offset (and the mask) of deformable convolution
    ``op_name`` are 4-D (``shapes``: None where the rank is unknown)."""
    count = 3 if op_name == "_contrib_ModulatedDeformableConvolution" else 2
    for shape, (short, name) in zip(shapes[:count], _RANKED):
        _check_rank(shape, short, name)


def inferred_output(op_name, attrs, shapes):
    """The output shape MXNet's shape function gives deformable convolution ``op_name`` (its parsed ``attrs``) over
    input ``shapes`` (None where the rank is unknown, sizes -1 where unknown), after its checks (refused as an
    MXNetError). The weight's check is inference's own; the offset's and the mask's batch are never compared with
    the data's."""
    check_ranks(op_name, shapes)
    modulated = op_name == "_contrib_ModulatedDeformableConvolution"
    data, offset, mask = shapes[0], shapes[1], shapes[2] if modulated else None
    names = ("kernel", "stride", "dilate", "pad", "num_filter", "num_group", "num_deformable_group", "layout")
    defaults = {"stride": (), "dilate": (), "pad": (), "num_group": 1, "num_deformable_group": 1, "layout": None}
    geo = _Geometry(op_name.replace("_contrib_", ""), data, *(attrs.get(k, defaults.get(k)) for k in names), offset, mask)
    _check_geometry(geo, data, offset, mask)
    return (data[0], geo.num_filter) + geo.out


def _group_gemms(a, b):
    """``a[g] @ b[g]`` for every group, each one 2-D gemm (a transposed view stays a transposed BLAS operand)."""
    return np.stack([blas_gemm(x, y) for x, y in zip(a, b)])


def _weighted_sum(geo, col, weight, bias):
    """Each group's filters applied to its columns, one image after another: (N, num_filter, Ho, Wo)."""
    rows = geo.weight_rows(weight)
    y = np.stack([_group_gemms(rows, geo.grouped(image)) for image in col]).reshape((len(col), -1) + geo.out)
    return y if bias is None else y + bias.reshape(1, -1, 1, 1)


def _bias_grad(dy):
    """The bias gradient of (N, F, Ho, Wo) as MXNet's reduction adds it: per image, a running sum over the
    positions; then the images' sums in turn."""
    per_image = np.cumsum(dy.reshape(dy.shape[0], dy.shape[1], -1), axis=-1)[..., -1]
    return np.cumsum(per_image, axis=0)[-1]


def _check_num_filter(attrs):
    """MXNet's parser refuses fewer than one filter, when a symbol is created as well as when the op is called."""
    try:
        num_filter = int(attrs.get("num_filter", 1))
    except (TypeError, ValueError):
        return              # not a number: the attribute parser's own words apply
    if num_filter < 1:
        raise MXNetError(f"value {num_filter} for Parameter num_filter should be greater equal to 1")


@defop("_contrib_DeformableConvolution")
def deformable_convolution(data, offset, weight, bias=None, *, kernel, stride=(), dilate=(), pad=(), num_filter,
                           num_group=1, num_deformable_group=1, workspace=1024, no_bias=False, layout=None):
    """2-D deformable convolution (v1): every kernel tap samples at its position plus a learned offset."""
    refuse_input_count("_contrib_DeformableConvolution", 3 + (bias is not None), 3 + (not _flag(no_bias)))
    geo = _Geometry.checked("DeformableConvolution", data, offset, weight, kernel, stride, dilate, pad, num_filter,
                            num_group, num_deformable_group, layout, bias)
    out = _weighted_sum(geo, geo.columns(data, offset[:len(data)]), weight, bias).astype(data.dtype, copy=False)
    _refuse_half("DeformableConvolution", data, out)
    return out


deformable_convolution.attr_check(_check_num_filter)


@deformable_convolution.grad
def _(dy, out, data, offset, weight, bias=None, *, kernel, stride=(), dilate=(), pad=(), num_filter, num_group=1,
      num_deformable_group=1, workspace=1024, no_bias=False, layout=None):
    geo = _Geometry.checked("DeformableConvolution", data, offset, weight, kernel, stride, dilate, pad, num_filter,
                            num_group, num_deformable_group, layout)
    images = offset[:len(data)]         # (MXNet reads an offset map per image of the data, and no more)
    col = geo.columns(data, images)
    rows = geo.weight_rows(weight)
    dcol, dw = np.empty_like(col), np.zeros(rows.shape, rows.dtype)
    for i in range(len(data)):      # MXNet's loop over the images: two gemms per group for each
        dy_rows = np.ascontiguousarray(dy[i].reshape(rows.shape[:2] + (-1,)))
        dcol[i] = _group_gemms(rows.transpose(0, 2, 1), dy_rows).reshape(col.shape[1:])
        dw = dw + _group_gemms(dy_rows, geo.grouped(col[i]).transpose(0, 2, 1))
    dx, doff = geo.columns_grad(dcol, data, images)
    doff = np.concatenate([doff, np.zeros_like(offset[len(data):])]) if len(offset) > len(data) else doff
    dw = dw.reshape(weight.shape)
    db = None if bias is None else (_bias_grad(dy) if not _flag(no_bias) else np.zeros_like(bias))
    return dx, doff, dw.astype(weight.dtype, copy=False), db


@defop("_contrib_ModulatedDeformableConvolution")
def modulated_deformable_convolution(data, offset, mask, weight, bias=None, *, kernel, stride=(), dilate=(), pad=(),
                                     num_filter, num_group=1, num_deformable_group=1, workspace=1024, no_bias=False,
                                     im2col_step=64, layout=None):
    """2-D modulated deformable convolution (v2): offsets plus a per-tap mask scaling each sample."""
    refuse_input_count("_contrib_ModulatedDeformableConvolution", 4 + (bias is not None), 4 + (not _flag(no_bias)))
    geo = _Geometry.checked("ModulatedDeformableConvolution", data, offset, weight, kernel, stride, dilate, pad,
                            num_filter, num_group, num_deformable_group, layout, bias, mask)
    n = len(data)       # (MXNet reads an offset and a mask map per image of the data, and no more)
    out = _weighted_sum(geo, geo.columns(data, offset[:n], mask[:n]), weight, bias).astype(data.dtype, copy=False)
    _refuse_half("ModulatedDeformableConvolution", data, out)
    return out


modulated_deformable_convolution.attr_check(_check_num_filter)


@modulated_deformable_convolution.grad
def _(dy, out, *inputs, **attrs):
    # MXNet 1.9.1 has this backward for GPUs only
    backward_kernel_error(OperatorMessage("only implemented in GPU", "_contrib_ModulatedDeformableConvolution",
                                          ("../src/operator/contrib/././nn/modulated_deformable_im2col.h", 264)))
    return tuple(None if a is None else np.zeros_like(a) for a in inputs)
