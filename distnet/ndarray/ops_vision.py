"""Spatial transforms and legacy vision operators: GridGenerator, BilinearSampler, SpatialTransformer,
ROIPooling, Correlation, onehot_encode, and the legacy Convolution_v1, Pooling_v1 and BatchNorm_v1.

Sampling grids hold normalised coordinates in [-1, 1]: x = -1 maps to column 0 and x = 1 to
column W - 1 (pixel = (x + 1) * (W - 1) / 2). Bilinear sampling reads zero outside the input.
"""
import functools

import numpy as np

from ..base import MXNetError, located, negative_size_text
from .. import autograd
from .ops_conv import POOLED_RANKS, check_kernel_rank, shape_attr, _conv_setup, _flag, _kernel, convolution, pooling
from . import conv_v1_kernel
from .failures import KernelError, float_only, real_switch_refusal, refuse_negative_dims
from .ops_norm import batch_norm
from .ops_linalg import _runs_prescott as runs_prescott, prescott_gemm
from .param_text import check_pooling_kernel
from .ndarray import NDArray, _DTYPE_NP_TO_MX
from .registry import defop
from .shape_text import legacy_dim, zeros_real
from .storage_report import assignment_refusal, on_stored_values, stored_values


# ---- GridGenerator ------------------------------------------------------------------------------
def _target(target_shape, op):
    if isinstance(target_shape, str):
        target_shape = shape_attr(target_shape, len(target_shape.split(",")), 0, "target_shape", op)
    if isinstance(target_shape, (tuple, list)):
        target_shape = tuple(target_shape)[:2]     # MXNet reads the first two entries, ignoring any more
    h, w = shape_attr(target_shape, 2, 0, "target_shape", op)
    for i, size in enumerate((h, w)):
        if size <= 0:
            raise MXNetError(f"Check failed: param_.target_shape[{i}] > 0U ({size} vs. 0) : incorrect target_shape: "
                             f"{size}")
    return h, w


def _check_affine_shapes(op, theta, target_shape, what):
    """The shape checks of affine parameters (batch, 6) and the target shape, in MXNet's words for ``op``
    (``what``: its words for the parameters' rank and width)."""
    rank_words, width_words = what
    if theta.ndim != 2:
        raise MXNetError(f"Check failed: lshape.ndim() == 2U ({theta.ndim} vs. 2) : {rank_words}")
    if theta.shape[1] != 6:
        raise MXNetError(f"Check failed: lshape[1] == 6U ({theta.shape[1]} vs. 6) : {width_words}, should be 6")
    return _target(target_shape, op)


_AFFINE_WORDS = {
    "GridGenerator": ("if transform_type is affine, data is affine matrixaffine matrix should be 2D in "
                      "batch-num_hidden", "incorrect data shape[1]"),
    "SpatialTransformer": ("locolisation paramter should be 4D in batch-num_hidden",
                           "incorrect locolisation network shape[1]"),
}


def _base_grid(h, w, dtype, in_double=False):
    """(3, h*w) rows x, y, 1 of the normalised target coordinates, row-major over (h, w).

    GridGenerator steps them in ``dtype`` (x = -1 + col * (2 / (w - 1)) rounded there); SpatialTransformer
    (``in_double``) in float64 before the cast. A side of length 1 divides by zero into nan, as in MXNet.
    """
    with np.errstate(divide="ignore", invalid="ignore"):
        if in_double:
            k = np.arange(h * w)
            xs = -1.0 + (k % w) * 2.0 / np.float64(w - 1)
            ys = -1.0 + (k // w) * 2.0 / np.float64(h - 1)
            return np.stack([xs, ys, np.ones(h * w)]).astype(dtype)
        t = np.dtype(dtype).type
        k = np.arange(h * w, dtype=dtype)
        rows = (k / t(w)).astype(np.int32).astype(dtype)
        xs = t(-1) + (k - rows * t(w)) * t(np.float64(2.0) / np.float64(w - 1))
        ys = t(-1) + rows * t(np.float64(2.0) / np.float64(h - 1))
    return np.stack([xs, ys, np.ones(h * w, dtype)])


def _affine_grid(theta, target_shape, op):
    h, w = _check_affine_shapes(op, theta, target_shape, _AFFINE_WORDS[op])
    base = _base_grid(h, w, theta.dtype, in_double=op == "SpatialTransformer")
    rows = theta.reshape(-1, 3)
    if runs_prescott(rows, base):       # MXNet's one gemm over every sample's two rows
        return prescott_gemm(rows, base).reshape(-1, 2, h, w)
    grid = theta.reshape(-1, 2, 3) @ base
    return grid.reshape(-1, 2, h, w)


def _affine_grid_grad(dgrid, theta, in_double=False):
    n, _, h, w = dgrid.shape
    base = _base_grid(h, w, dgrid.dtype, in_double).T
    rows = dgrid.reshape(n * 2, h * w).astype(base.dtype, copy=False)
    if runs_prescott(rows, base):       # MXNet's one gemm over every sample's two rows
        return prescott_gemm(rows, base).reshape(theta.shape)
    return (dgrid.reshape(n, 2, h * w) @ base).reshape(theta.shape)


def _flow_scale(h, w, dtype):
    return np.array([(w - 1) / 2.0, (h - 1) / 2.0], dtype=dtype).reshape(1, 2, 1, 1)


def _check_transform(transform_type, op, allowed=("affine", "warp")):
    if transform_type not in allowed:
        raise MXNetError(f"{op}: transform_type must be one of {allowed}, got {transform_type!r}")


@defop("GridGenerator")
def grid_generator(data, *, transform_type, target_shape=(0, 0)):
    """A sampling grid (N, 2, H, W) from affine parameters (N, 6) or an optical flow (N, 2, H, W)."""
    _check_transform(transform_type, "GridGenerator")
    if transform_type == "affine":      # (shapes are inferred before types)
        _check_affine_shapes("GridGenerator", data, target_shape, _AFFINE_WORDS["GridGenerator"])
    elif data.ndim != 4:
        raise MXNetError(f"Check failed: lshape.ndim() == 4U ({data.ndim} vs. 4) : if transform_type is warp, data "
                         "is optical flowoptical flow should be 4D in batch-num_hidden-y-x")
    elif data.shape[1] != 2:
        raise MXNetError(f"Check failed: lshape[1] == 2U ({data.shape[1]} vs. 2) : incorrect data shape[1], should "
                         "be 2")
    if data.dtype != np.float32:
        raise MXNetError("Other DTypes are not supported!")
    if transform_type == "affine":
        return _affine_grid(data, target_shape, "GridGenerator")
    _, _, h, w = data.shape
    ys, xs = np.meshgrid(np.arange(h), np.arange(w), indexing="ij")
    pixels = np.stack([xs, ys])[None].astype(data.dtype)
    return ((data + pixels) / _flow_scale(h, w, data.dtype) - 1).astype(data.dtype)


@grid_generator.grad
def _(dy, out, data, *, transform_type, target_shape=(0, 0)):
    if transform_type == "affine":
        return (_affine_grid_grad(dy, data),)
    return ((dy / _flow_scale(data.shape[2], data.shape[3], dy.dtype)).astype(data.dtype),)


# ---- BilinearSampler ----------------------------------------------------------------------------
def _check_float(op, *arrays):
    """MXNet's real-type kernel switch: ``op``'s inputs must be floats (its message names no operator, has no comma
    before the 8-bit types, and calls bool an unknown type)."""
    for a in arrays:
        if a.dtype.kind != "f":
            raise MXNetError(real_switch_refusal(None, a.dtype))


def _check_uniform(op, data, other):
    """MXNet infers one type for all the inputs of its samplers."""
    if other.dtype != data.dtype:
        name = "type" if op == "BilinearSampler" else "i_type"
        raise MXNetError(f"Check failed: {name} == dtype || {name} == -1: Non-uniform data type in {op}")


def _check_sampler_shapes(data, grid):
    """BilinearSampler's shape checks, in MXNet's order and words."""
    if len(data) != 4:
        raise MXNetError(f"Check failed: dshape.ndim() == 4U ({len(data)} vs. 4) : input data should be 4D in "
                         "batch-num_filter-y-x")
    if len(grid) != 4:
        raise MXNetError(f"Check failed: lshape.ndim() == 4U ({len(grid)} vs. 4) : Sampler grid should be 4D in "
                         "batch-2-y-x")
    if grid[1] != 2:
        raise MXNetError(f"Check failed: lshape[1] == 2U ({grid[1]} vs. 2) : incorrect grid shape[1], should be 2")
    if data[0] != grid[0]:
        raise MXNetError(f"Check failed: dshape[0] == lshape[0] ({data[0]} vs. {grid[0]}) : ")


def _corners(data, grid, op):
    """The four neighbours of each sampling point: [(weight, rows, cols, inside)], plus fractions."""
    if op == "BilinearSampler":
        _check_sampler_shapes(data.shape, grid.shape)
    if data.ndim != 4 or grid.ndim != 4 or grid.shape[1] != 2 or grid.shape[0] != data.shape[0]:
        raise MXNetError(f"{op}: data must be (N, C, H, W) and grid (N, 2, H', W') with the same N; "
                         f"got data {data.shape} and grid {grid.shape}")
    h, w = data.shape[2:]
    t = grid.dtype.type if grid.dtype.kind == "f" else np.float64
    x = (grid[:, 0] + t(1)) * t(w - 1) / t(2)       # each step in the grid's type (half rounds each)
    y = (grid[:, 1] + t(1)) * t(h - 1) / t(2)
    x0, y0 = np.floor(x), np.floor(y)
    fx, fy = x - x0, y - y0
    x0, y0 = x0.astype(np.int64), y0.astype(np.int64)
    corners = []
    for dy_, dx_, wt in ((0, 0, (1 - fy) * (1 - fx)), (0, 1, (1 - fy) * fx), (1, 0, fy * (1 - fx)), (1, 1, fy * fx)):
        r, c = y0 + dy_, x0 + dx_
        inside = (r >= 0) & (r < h) & (c >= 0) & (c < w)
        corners.append((wt, np.clip(r, 0, h - 1), np.clip(c, 0, w - 1), inside))
    return corners, fx, fy


def _gather(data, rows, cols, inside):
    """data[n, :, rows, cols] as (N, C, H', W'), zero where the point is outside."""
    n = np.arange(data.shape[0]).reshape(-1, 1, 1)
    return np.where(inside[:, None], np.moveaxis(data[n, :, rows, cols], -1, 1), data.dtype.type(0))   # +0 outside


def _sample(data, grid, op):
    """MXNet's CPU kernel: the first corner's term in the data type, the three terms with a ``1.0 - w``
    factor in double (its literal promotes them), summed in double and rounded once."""
    corners, fx, fy = _corners(data, grid, op)
    (_, r0, c0, m0), (_, r1, c1, m1), (_, r2, c2, m2), (_, r3, c3, m3) = corners
    if data.dtype == np.float16 and grid.dtype == np.float16:      # mshadow's half: every step rounds to half
        one = np.float16(1)
        wy, wx = (one - fy)[:, None], (one - fx)[:, None]
        return (_gather(data, r0, c0, m0) * wy * wx + _gather(data, r1, c1, m1) * wy * (one - wx)
                + _gather(data, r2, c2, m2) * (one - wy) * wx + _gather(data, r3, c3, m3) * (one - wy) * (one - wx))
    wdt = np.float32 if data.dtype == np.float16 else data.dtype
    wy, wx = (1 - fy.astype(wdt))[:, None], (1 - fx.astype(wdt))[:, None]
    wy64, wx64 = wy.astype(np.float64), wx.astype(np.float64)
    out = (_gather(data, r0, c0, m0).astype(wdt) * wy * wx).astype(np.float64)
    out += (_gather(data, r1, c1, m1).astype(wdt) * wy).astype(np.float64) * (1.0 - wx64)
    out += _gather(data, r2, c2, m2).astype(np.float64) * (1.0 - wy64) * wx64
    out += _gather(data, r3, c3, m3).astype(np.float64) * (1.0 - wy64) * (1.0 - wx64)
    return out.astype(data.dtype)


def _sample_grad(dy, data, grid, op, onto=(None, None)):
    """MXNet's CPU backward: per output position (in order) each in-image corner gets dy times its weights
    (the ``1.0 - w`` factors in double); the grid's gradient sums the channels one by one in the data type.
    ``onto``: the 'add' buffers the kernel adds into (None: zeros)."""
    half = dy.dtype == data.dtype == grid.dtype == np.float16
    if dy.dtype not in (np.float32, np.float64) and not half:
        return _sample_grad_wide(dy, data, grid, op)
    t = dy.dtype.type
    corners, fx, fy = _corners(data, grid, op)
    (_, r0, c0, m0), (_, r1, c1, m1), (_, r2, c2, m2), (_, r3, c3, m3) = corners
    wy, wx = (1 - fy.astype(dy.dtype)), (1 - fx.astype(dy.dtype))
    vals = [_gather(data, r, c, m).astype(dy.dtype) for r, c, m in ((r0, c0, m0), (r1, c1, m1), (r2, c2, m2),
                                                                      (r3, c3, m3))]
    g = dy.astype(np.float64)
    a, b = wy.astype(np.float64)[:, None], wx.astype(np.float64)[:, None]
    terms = (((dy * wy[:, None]) * wx[:, None]).astype(np.float64), (dy * wy[:, None]).astype(np.float64) * (1.0 - b),
             (g * (1.0 - a)) * b, (g * (1.0 - a)) * (1.0 - b))
    if half:            # 1.0 - w rounds to half too
        one, wyc, wxc = t(1), wy[:, None], wx[:, None]
        terms = tuple(v.astype(np.float64) for v in (dy * wyc * wxc, dy * wyc * (one - wxc), dy * (one - wyc) * wxc,
                                                     dy * (one - wyc) * (one - wxc)))
    ddata = _add_in_order(data.shape, dy.dtype, [(r, c, m) for _, r, c, m in corners], terms, onto[0])
    tl, tr, bl, br = vals
    mixed = tl - tr - bl + br
    gy = np.zeros(fy.shape, dy.dtype)
    gx = np.zeros(fx.shape, dy.dtype)
    for c in range(dy.shape[1]):                         # the kernel subtracts channel after channel
        gy = gy - dy[:, c] * (tr[:, c] - br[:, c] + mixed[:, c] * wx)
        gx = gx - dy[:, c] * (bl[:, c] - br[:, c] + mixed[:, c] * wy)
    h, w = data.shape[2:]
    start = t(0) if onto[1] is None else onto[1].astype(dy.dtype)
    grid_grad = start + np.stack([gx * t(w - 1) / t(2), gy * t(h - 1) / t(2)], axis=1)   # += into the buffer
    return ddata.astype(data.dtype, copy=False), grid_grad.astype(grid.dtype, copy=False)


def _add_in_order(shape, dtype, corners, terms, start=None):
    """Zeros (or ``start``) of ``shape`` (N, C, H, W) with each corner's terms (N, C, H', W', in double) added one
    at a time, rounding to ``dtype`` after each addition, in the kernel's order: output position, then corner.
    Additions to different elements are independent, so the k-th addition of every element is done at once."""
    n, _, h, w = shape
    out_hw = terms[0].shape[2] * terms[0].shape[3]
    elem, order, source = [], [], []
    for k, (r, c, m) in enumerate(corners):
        nn, pos = np.nonzero(m.reshape(n, out_hw))
        elem.append((nn * h + r.reshape(n, out_hw)[nn, pos]) * w + c.reshape(n, out_hw)[nn, pos])
        order.append(pos * 4 + k)
        source.append(np.stack([np.full(nn.shape, k), nn, pos], axis=1))
    elem, order, source = np.concatenate(elem), np.concatenate(order), np.concatenate(source)
    sort = np.lexsort((order, elem))
    elem, source = elem[sort], source[sort]
    first = np.r_[0, np.flatnonzero(np.diff(elem)) + 1] if elem.size else np.zeros(0, np.int64)
    rank = np.arange(elem.size) - np.repeat(first, np.diff(np.r_[first, elem.size]))
    flat_terms = np.stack([t.reshape(n, t.shape[1], out_hw) for t in terms])      # (4, N, C, H'W')
    acc = np.zeros((n * h * w, shape[1]), dtype) if start is None else \
        np.moveaxis(np.asarray(start, dtype), 1, -1).reshape(n * h * w, shape[1])   # (N*H*W, C)
    for step in range(int(rank.max()) + 1 if rank.size else 0):
        pick = rank == step
        k, nn, pos = source[pick].T
        rows = elem[pick]
        acc[rows] = (acc[rows].astype(np.float64) + flat_terms[k, nn, :, pos]).astype(dtype)
    return np.moveaxis(acc.reshape(n, h, w, shape[1]), -1, 1).copy()


def _sample_grad_wide(dy, data, grid, op):
    """The same gradients for other dtypes, from float64 arithmetic."""
    corners, fx, fy = _corners(data, grid, op)
    v00, v01, v10, v11 = (_gather(data, r, c, m) for _, r, c, m in corners)
    ddata = np.zeros(data.shape, dtype=dy.dtype)
    view = np.moveaxis(ddata, 1, -1)
    n = np.arange(data.shape[0]).reshape(-1, 1, 1)
    for wt, r, c, m in corners:
        np.add.at(view, (n, r, c), np.moveaxis(dy * (wt * m)[:, None], 1, -1))
    h, w = data.shape[2:]
    gx = (dy * ((1 - fy)[:, None] * (v01 - v00) + fy[:, None] * (v11 - v10))).sum(axis=1) * ((w - 1) / 2.0)
    gy = (dy * ((1 - fx)[:, None] * (v10 - v00) + fx[:, None] * (v11 - v01))).sum(axis=1) * ((h - 1) / 2.0)
    return ddata.astype(data.dtype, copy=False), np.stack([gx, gy], axis=1).astype(grid.dtype, copy=False)


@defop("BilinearSampler")
def bilinear_sampler(data, grid, *, cudnn_off=None):
    """Sample ``data`` (N, C, H, W) bilinearly at ``grid`` (N, 2, H', W') of normalised (x, y)."""
    _check_sampler_shapes(data.shape, grid.shape)      # (shapes are inferred before types)
    _check_uniform("BilinearSampler", data, grid)
    _check_float("BilinearSampler", data, grid)
    return _sample(data, grid, "BilinearSampler")


@bilinear_sampler.grad
def _(dy, out, data, grid, *, cudnn_off=None, onto=(None, None)):
    return _sample_grad(dy, data, grid, "BilinearSampler", onto)


# ---- SpatialTransformer -------------------------------------------------------------------------
@defop("SpatialTransformer")
def spatial_transformer(data, loc, *, target_shape=(0, 0), transform_type, sampler_type, cudnn_off=None):
    """Warp ``data`` by the affine transform ``loc`` (N, 6) onto a ``target_shape`` grid, bilinearly."""
    _check_transform(transform_type, "SpatialTransformer", ("affine",))
    if sampler_type != "bilinear":
        raise MXNetError(f"SpatialTransformer: sampler_type must be 'bilinear', got {sampler_type!r}")
    if data.ndim != 4:      # (shapes are inferred before types)
        raise MXNetError(f"Check failed: dshape.ndim() == 4U ({data.ndim} vs. 4) : input data should be 4D in "
                         "batch-num_filter-y-x")
    h, w = _check_affine_shapes("SpatialTransformer", loc, target_shape, _AFFINE_WORDS["SpatialTransformer"])
    _check_uniform("SpatialTransformer", data, loc)
    _check_float("SpatialTransformer", data, loc)
    result = np.zeros(data.shape[:2] + (h, w), data.dtype)
    if loc.shape[0] != data.shape[0]:      # its kernel reads the parameters as (batch, 6): shown when read
        raise KernelError("TBlob.get_with_shape: Check failed: this->shape_.Size() == "
                          f"static_cast<size_t>(shape.Size()) ({loc.size} vs. {data.shape[0] * 6}) : new and old "
                          "shape do not match total elements", result)
    if data.dtype == np.float16:       # its affine step is a gemm, which MXNet has no CPU float16 kernel for
        raise KernelError("FP16 gemm on cpu not implemented!", result)
    return _sample(data, _affine_grid(loc, target_shape, "SpatialTransformer"), "SpatialTransformer")


@spatial_transformer.grad
def _(dy, out, data, loc, *, target_shape=(0, 0), transform_type, sampler_type, cudnn_off=None):
    grid = _affine_grid(loc, target_shape, "SpatialTransformer")
    ddata, dgrid = _sample_grad(dy, data, grid, "SpatialTransformer")
    return ddata, _affine_grid_grad(dgrid, loc, in_double=True).astype(loc.dtype, copy=False)


# ---- ROIPooling ---------------------------------------------------------------------------------
def _round_half_away(v):
    v = np.asarray(v, dtype=np.float64)
    return (np.sign(v) * np.floor(np.abs(v) + 0.5)).astype(np.int64)


def _roi_bins(roi, scale, pooled, shape, t):
    """Per pooled cell, the (row range, col range) of the feature map it takes the max over."""
    x1, y1, x2, y2 = _round_half_away(roi[1:5].astype(t) * t(np.float32(scale)))     # (its parameter is a float)
    ph, pw = pooled
    h, w = shape
    bin_h = t(max(y2 - y1 + 1, 1)) / t(ph)
    bin_w = t(max(x2 - x1 + 1, 1)) / t(pw)

    def ranges(n, bin_, start, size):
        lo = np.floor(np.arange(n).astype(t) * bin_).astype(np.int64) + start
        hi = np.ceil(np.arange(1, n + 1).astype(t) * bin_).astype(np.int64) + start
        return np.clip(lo, 0, size), np.clip(hi, 0, size)
    return ranges(ph, bin_h, y1, h), ranges(pw, bin_w, x1, w)


def check_spatial_scale(op, spatial_scale):
    """MXNet's parameter bound of the roi operators' spatial_scale: [0, 1] (a NaN passes it)."""
    from .param_text import _MEANINGS
    check_bound(op, "spatial_scale", spatial_scale, _MEANINGS.get((op, "spatial_scale"), ""))


def check_bound(op, key, value, meaning=""):
    """MXNet's parameter bound [0, 1] of a float attribute (a NaN passes it)."""
    if float(value) < 0 or float(value) > 1:
        raise MXNetError(f"value {float(value):g} for Parameter {key} exceed bound [0,1]\n{key}: {meaning or key}, "
                         f"in operator {op}")


def check_choice(op, key, value, choices):
    """MXNet's enum check of a text attribute: the value must be one of ``choices``."""
    if value not in choices:
        valid = ", ".join(f"'{c}'" for c in sorted(choices))
        raise MXNetError(f"Invalid Input: '{value}', valid values are: {{{valid}}}, in operator "
                         f'{op}(name="", {key}="{value}")')


def check_roi_attrs(op):
    """The attribute checks of a roi operator: spatial_scale within [0, 1]."""
    def check(attrs):
        if "spatial_scale" in attrs:
            check_spatial_scale(op, attrs["spatial_scale"])
    return check


def roi_shapes(data, rois, unsigned, width=5):
    """MXNet's shape checks of ROI operators: NCHW data and (R, ``width``) rois (``unsigned``: its checks compare
    with unsigned constants, printed with a U; a legacy 0 width is unknown, -1)."""
    u = "U" if unsigned else ""
    shape_words = f"bbox should be a 2D tensor of shape [batch, {width}]"
    checks = ((len(data) == 4, f"dshape.ndim() == 4{u} ({len(data)} vs. 4) : data should be a 4D tensor"),
              (len(rois) == 2, f"bshape.ndim() == 2{u} ({len(rois)} vs. 2) : {shape_words}"),
              (len(rois) != 2 or rois[1] == width,
               lambda: f"bshape[1] == {width}{u} ({legacy_dim(rois[1])} vs. {width}) : {shape_words}"))
    for ok, text in checks:
        if not ok:
            raise MXNetError("Check failed: " + (text() if callable(text) else text))


def roi_types(data, rois):
    """MXNet's type check of ROI operators: the rois in the data's type (its message gives their type codes)."""
    if rois.dtype != data.dtype:
        codes = _DTYPE_NP_TO_MX
        raise MXNetError(f"Check failed: dtype == (*in_type)[1] ({codes.get(data.dtype.type, -1)} vs. "
                         f"{codes.get(rois.dtype.type, -1)}) : ")


def _roi_check(data, rois, pooled_size, spatial_scale):
    check_spatial_scale("ROIPooling", spatial_scale)
    refuse_negative_dims(shape_attr(pooled_size, 2, 1, "pooled_size", "ROIPooling"))
    roi_shapes(data.shape, rois.shape, unsigned=True)
    roi_types(data, rois)
    return shape_attr(pooled_size, 2, 1, "pooled_size", "ROIPooling")


@defop("ROIPooling", hidden=1)
def roi_pooling(data, rois, *, pooled_size, spatial_scale):
    """Max-pool each region of interest into a ``pooled_size`` grid; empty cells give 0."""
    ph, pw = _roi_check(data, rois, pooled_size, spatial_scale)
    _check_float("ROIPooling", data)
    n, c, h, w = data.shape
    out = np.zeros((rois.shape[0], c, ph, pw), dtype=data.dtype)
    argmax = np.full(out.shape, -1, dtype=np.int64)       # flat h*w index of each maximum
    flat = data.reshape(n, c, h * w)
    t = data.dtype.type if data.dtype.kind == "f" else np.float32
    with np.errstate(over="ignore"):
        start = t(-np.finfo(np.float32).max)      # MXNet's bins start at float's lowest (whatever the dtype)
    for r, roi in enumerate(rois):
        b = int(roi[0])
        if not 0 <= b < n:
            continue
        (hs, he), (ws, we) = _roi_bins(roi, float(spatial_scale), (ph, pw), (h, w), t)
        for i in range(ph):
            for j in range(pw):
                if he[i] <= hs[i] or we[j] <= ws[j]:
                    continue
                idx = (np.arange(hs[i], he[i])[:, None] * w + np.arange(ws[j], we[j])).ravel()
                vals = flat[b][:, idx]
                won = vals > start                            # a value above the start wins: never a nan
                k = np.where(won, vals, start).argmax(axis=1)     # the first maximum in row-major order
                found = won.any(axis=1)
                argmax[r, :, i, j] = np.where(found, idx[k], -1)
                out[r, :, i, j] = np.where(found, vals[np.arange(c), k], start)
    return out, argmax


@roi_pooling.grad
def _(dy, out, data, rois, *, pooled_size, spatial_scale, onto=(None, None)):
    argmax = out[1]
    n, c, h, w = data.shape
    grad = np.zeros((n, c, h * w), dtype=dy.dtype) if onto[0] is None else \
        np.array(onto[0], dy.dtype).reshape(n, c, h * w)
    for r in range(rois.shape[0]):
        hit = argmax[r] >= 0
        if not hit.any():
            continue
        ch = np.broadcast_to(np.arange(c)[:, None, None], hit.shape)[hit]
        np.add.at(grad[int(rois[r, 0])], (ch, argmax[r][hit]), dy[r][hit])
    return grad.reshape(data.shape), None


roi_pooling.zeroes_constants = True     # (its backward kernel writes zeros into the rois' gradient)


# ---- Correlation --------------------------------------------------------------------------------
_EVEN_KERNEL = "Check failed: param_.kernel_size % 2 != 0 (0 vs. 0) : kernel size should be odd number"


def _corr_top_size(padded, border, stride):
    """MXNet's output size along an axis: the padded size less twice the border as an unsigned 32-bit number (too
    small a size wraps round), over the stride in float, rounded up and kept in 32 unsigned bits (stride 0: 0)."""
    if not stride:
        return 0
    ratio = np.float32((padded - 2 * border) % (1 << 32)) / np.float32(stride)
    return int(np.ceil(ratio)) % (1 << 32)


def _corr_geometry(a, b, kernel_size, max_displacement, stride1, stride2, pad_size):
    for i, x in enumerate((a, b)):      # MXNet's rank checks, in its words
        if x.ndim != 4:
            raise MXNetError(f"Check failed: dshape{i + 1}.ndim() == 4U ({x.ndim} vs. 4) : data should be a 4D tensor")
    if a.ndim != 4 or b.ndim != 4 or any(m > n for m, n in zip(b.shape, a.shape)):
        raise MXNetError(f"Correlation: data1 and data2 must be (N, C, H, W) with data2 no larger than data1, "
                         f"got {a.shape} and {b.shape}")
    k, md, s1, s2, pad = (int(v) for v in (kernel_size, max_displacement, stride1, stride2, pad_size))
    if s1 < 0 or s2 < 1:
        raise MXNetError(f"Correlation: stride1={s1} and stride2={s2} must be positive")
    border = md + (k - 1) // 2
    hp, wp = a.shape[2] + 2 * pad, a.shape[3] + 2 * pad
    th, tw = _corr_top_size(hp, border, s1), _corr_top_size(wp, border, s1)
    for name, size in (("top_width_", tw), ("top_height_", th)):     # MXNet's checks, width first
        if size < 1:
            raise MXNetError(f"Check failed: {name} >= 1U ({max(size, 0)} vs. 1) : Correlation cannot be done with "
                             "current settings.Neighborhood and kernel don't fit in blob")
    for size in (th, tw):       # as a dimension of the output's shape the size reads as a signed int
        if size >= 1 << 31:
            raise MXNetError(negative_size_text(size - (1 << 32)))
    if max(th, tw) >= 1 << 20:
        raise MXNetError(f"Correlation: an output of {th} x {tw} positions (data too small for the neighbourhood and "
                         "kernel) cannot be allocated")
    radius = md // s2
    shifts = [((p - radius) * s2, (q - radius) * s2) for p in range(2 * radius + 1) for q in range(2 * radius + 1)]
    return k, md, s1, pad, (th, tw), shifts


def _pad_hw(x, pad, like=None):
    """``x`` zero-padded by ``pad`` on both spatial sides; a smaller data2 is first zero-filled at the end of
    each axis up to data1's shape ``like`` (MXNet's kernel lays data2 out in data1's geometry)."""
    grow = [(0, 0)] * 4 if like is None else [(0, n - m) for m, n in zip(x.shape, like)]
    grow[2] = (grow[2][0] + pad, grow[2][1] + pad)
    grow[3] = (grow[3][0] + pad, grow[3][1] + pad)
    return np.pad(x, grow) if any(p != (0, 0) for p in grow) else x


@defop("Correlation")
def correlation(data1, data2, *, kernel_size=1, max_displacement=1, stride1=1, stride2=1, pad_size=0,
                is_multiply=True):
    """FlowNet correlation: per displacement, the mean over a kernel window and the channels of
    data1 * data2 (or |data1 - data2| when is_multiply is false)."""
    k, md, s1, pad, out, shifts = _corr_geometry(data1, data2, kernel_size, max_displacement, stride1, stride2,
                                                 pad_size)      # (shapes are inferred before types)
    if data2.dtype != data1.dtype:      # MXNet's type inference gives both inputs data1's type
        raise MXNetError(f"Type inconsistent, Provided = {data2.dtype.name}, inferred type = "
                         f"{data1.dtype.name}")
    _check_float("Correlation", data1, data2)
    if k % 2 == 0:      # MXNet's kernel checks it: shapes are inferred, the result fails when read
        raise KernelError(_EVEN_KERNEL, np.zeros((data1.shape[0], len(shifts)) + out, data1.dtype))
    a, b = _pad_hw(data1, pad), _pad_hw(data2, pad, data1.shape)
    top = np.zeros((a.shape[0], len(shifts)) + out, dtype=np.result_type(data1, data2))
    multiply = _flag(is_multiply)
    th, tw = out
    # MXNet's kernel adds kernel row, kernel column, then channel, one term after another
    for h in range(k):
        for w in range(k):
            y1, x1 = md + h, md + w
            first = a[:, None, :, y1:y1 + (th - 1) * s1 + 1:s1, x1:x1 + (tw - 1) * s1 + 1:s1]
            second = np.stack([b[:, :, y1 + sy:y1 + sy + (th - 1) * s1 + 1:s1, x1 + sx:x1 + sx + (tw - 1) * s1 + 1:s1]
                               for sy, sx in shifts], axis=1)
            terms = (first * second if multiply else np.abs(first - second)).astype(top.dtype, copy=False)
            for c in range(terms.shape[2]):
                top += terms[:, :, c]
    return top / top.dtype.type(k * k * data1.shape[1])


@correlation.grad
def _(dy, out, data1, data2, *, kernel_size=1, max_displacement=1, stride1=1, stride2=1, pad_size=0,
      is_multiply=True, onto=(None, None)):
    k, md, s1, pad, shape, shifts = _corr_geometry(data1, data2, kernel_size, max_displacement, stride1, stride2,
                                                   pad_size)
    if k % 2 == 0:      # the forward failed: its error stays with the outputs
        return np.zeros(data1.shape, data1.dtype), np.zeros(data2.shape, data2.dtype)
    a, b = _pad_hw(data1, pad), _pad_hw(data2, pad, data1.shape)
    ga, gb = np.zeros(a.shape, dtype=dy.dtype), np.zeros(b.shape, dtype=dy.dtype)
    for g, start, given in ((ga, onto[0], data1.shape), (gb, onto[1], data2.shape)):
        if start is not None:       # (an 'add' buffer, which the kernel adds its terms into)
            g[:given[0], :given[1], pad:pad + given[2], pad:pad + given[3]] = start
    count = np.float32(k * k * data1.shape[1])          # MXNet divides each term by this float
    multiply = _flag(is_multiply)
    # MXNet's kernel adds (dy * other) / count into each element in the order of output position (i, j), then
    # displacement, then kernel offset. For a fixed (displacement, offset) distinct positions reach distinct
    # elements, and an element's position follows from (displacement + offset) alone, so walking the
    # (displacement, offset) pairs sorted by the position they imply keeps that order, all positions at once.
    th, tw = shape

    def window(array, y, x):
        return array[:, :, y + md:y + md + (th - 1) * s1 + 1:s1, x + md:x + md + (tw - 1) * s1 + 1:s1]

    def term(t, other):
        return (dy[:, t][:, None] * other) / count

    steps = [(t, h, w) for t in range(len(shifts)) for h in range(k) for w in range(k)]
    for t, h, w in sorted(steps, key=lambda s: (-s[1], -s[2], s[0])):          # data1: the offset decides
        sy, sx = shifts[t]
        other = window(b, sy + h, sx + w) if multiply else \
            np.where(window(a, h, w) >= window(b, sy + h, sx + w), 1, -1).astype(dy.dtype)
        target = window(ga, h, w)
        target += term(t, other)
    for t, h, w in sorted(steps, key=lambda s: (-(shifts[s[0]][0] + s[1]), -(shifts[s[0]][1] + s[2]), s[0], s[1],
                                                 s[2])):                     # data2: displacement + offset
        sy, sx = shifts[t]
        other = window(a, h, w) if multiply else \
            np.where(window(a, h, w) >= window(b, sy + h, sx + w), -1, 1).astype(dy.dtype)
        target = window(gb, sy + h, sx + w)
        target += term(t, other)
    def crop(g, shape):
        return g[:shape[0], :shape[1], pad:pad + shape[2], pad:pad + shape[3]]
    return crop(ga, data1.shape).astype(data1.dtype, copy=False), crop(gb, data2.shape).astype(data2.dtype, copy=False)


# ---- legacy -------------------------------------------------------------------------------------
@defop("_onehot_encode")
def _onehot_encode(indices, out):
    """Write the one-hot rows of ``indices`` (N,) into ``out`` (N, K) and return it (legacy API).

    Indices are truncated to integers; one outside [0, K) leaves its row all zeros."""
    if indices.ndim != 1 or out.ndim != 2:
        raise MXNetError("Check failed: index.ndim() == 1 && proptype.ndim() == 2: OneHotEncode only support 1d index.")
    if indices.shape[0] != out.shape[0]:
        raise MXNetError(f"Check failed: index[0] == proptype[0] ({indices.shape[0]} vs. {out.shape[0]}) : "
                         "OneHotEncode shape inconsistent")
    from ..io.io import core_log        # (logged as its kernel starts, before the kernel's type checks)
    core_log("../src/ndarray/./ndarray_function-inl.h:96", "The operator onehot_encode is deprecated; use one_hot "
             "instead.")
    # (a failing kernel writes nothing: out keeps what it held)
    for label, a, line in (("ret->", out, 100), ("index.", indices, 104)):
        if a.dtype != np.float32:
            error = KernelError(f"Check failed: {label}type_flag_ == mshadow: :default_type_flag "
                                f"({_DTYPE_NP_TO_MX[a.dtype.type]} vs. 0) : one_hot_encode only support float32 as "
                                "input/output", out.copy())
            raise located(error, ("../src/ndarray/./ndarray_function-inl.h", line))
    stored_indices, stored_out = stored_values((indices, out))   # (a sparse array's stored values, as they are)
    if stored_out.ndim < 2:
        raise located(KernelError(f"Check failed: i >= 0 && i < ndim(): index = 1 must be in range [0, "
                                  f"{stored_out.ndim})", out.copy()),
                      ("../include/mxnet/tuple.h", 244))
    encoded = (len(stored_indices), stored_out.shape[1])
    if encoded[0] and encoded != stored_out.shape:
        raise located(KernelError(assignment_refusal(encoded, stored_out.shape), out.copy()),
                      ("../include/mshadow/./tensor_cpu-inl.h", 213))
    idx = np.trunc(stored_indices).astype(np.int64)
    stored_out[...] = idx[:, None] == np.arange(encoded[1])
    return out      # (a sparse out keeps its buffer as written: see on_stored_values)


_onehot_encode.runs_sparse_inputs = functools.partial(on_stored_values, in_place=True)


def onehot_encode(indices, out):
    """``nd.onehot_encode(indices, out)``: the one-hot rows of ``indices`` written into ``out`` (legacy)."""
    for label, a in (("lhs", indices), ("rhs", out)):
        if not isinstance(a, NDArray):
            raise AssertionError(f"Argument {label} must have NDArray type, but got {a!s}")
    return _onehot_encode(indices, out, out=out)


def imdecode(str_img, clip_rect=(0, 0, 0, 0), out=None, index=0, channels=3, mean=None):
    """``nd.imdecode``: MXNet 1.9.1's deprecated decoder, which always fails: without ``mean`` its operator meets
    the placeholder mean's unknown shape; with one, OpenCV fails to decode what it is handed."""
    for i in range(4):      # MXNet reads the rectangle's four corners, then the buffer's length, as it calls
        clip_rect[i]
    len(str_img)
    if mean is None:
        raise MXNetError("Check failed: ndim_is_known(this->ndim()): Shape is unknown.")
    raise MXNetError("Check failed: res.data != nullptr: OpenCV Failed to decode image")


def _v1_dims(data, op):
    if data.ndim not in (4, 5):
        raise MXNetError(f"{op}: data must be 4-D (N, C, H, W) or 5-D (N, C, D, H, W), got shape {data.shape}")


_V1_SOURCE = "../src/operator/./convolution_v1-inl.h"
_V1_KERNEL_CHECK = ("Check failed: ksize_y <= dshape[2] + 2 * param_.pad[0] && ksize_x <= dshape[3] + 2 * "
                    "param_.pad[1]: kernel size exceed input")


def _as_v1(error):
    """Convolution's refusal in Convolution_v1's words: its own checks, at its own source lines, unprefixed."""
    from ..base import message_of
    text = message_of(error)
    if text.startswith("Convolution: "):
        text = text[len("Convolution: "):]
        if "requires uniform type" in text:
            return located(MXNetError(text), (_V1_SOURCE, 506))
        return MXNetError(text)
    if text.startswith("Check failed: dilated_ksize_"):
        return located(MXNetError(_V1_KERNEL_CHECK), (_V1_SOURCE, 435))
    for name, line in (("stride", 430), ("dilate", 432)):
        check = f"Check failed: param_.{name}.Size() > 0U "
        if text.startswith(check):
            return located(MXNetError(text.replace("> 0U ", "> 0 ", 1)), (_V1_SOURCE, line))
    return error


def _check_v1_kernel(attrs):
    """Convolution_v1's parser takes 2-D and 3-D kernels only."""
    check_kernel_rank("Convolution_v1", attrs, ranks=(2, 3))


@defop("Convolution_v1")
def convolution_v1(data, weight, bias=None, *, kernel, stride=(), dilate=(), pad=(), num_filter, num_group=1,
                   workspace=1024, no_bias=False, cudnn_tune=None, cudnn_off=False, layout=None):
    """The legacy 2-D/3-D Convolution (same numbers as Convolution)."""
    _check_v1_kernel({"kernel": kernel})
    from .ops_conv import _check_bias
    _check_bias("Convolution_v1", bias, no_bias, num_filter)       # (its count of inputs, before their shapes)
    from ..symbol.infer import _check_rank_fits_kernel      # its shape inference: the data's rank, the kernel's
    _check_rank_fits_kernel({"kernel": tuple(kernel)}, data.shape, "dshp")
    _v1_dims(data, "Convolution_v1")
    if data.dtype.kind in "iub" and all(a.dtype == data.dtype for a in (weight, bias) if a is not None):
        # its gemm kernel's type switch (float types only), where Convolution has oneDNN's int8 kernels
        if data.dtype == np.bool_:
            raise MXNetError("Unknown type enum 7")
        raise located(MXNetError(float_only(None, data.dtype)), ("../src/operator/convolution_v1.cc", 43))
    try:
        out = convolution.fwd(data, weight, bias, kernel=kernel, stride=stride, dilate=dilate, pad=pad,
                              num_filter=num_filter, num_group=num_group, no_bias=no_bias, layout=layout)
    except KernelError:
        raise
    except MXNetError as error:
        raise _as_v1(error) from None
    if data.ndim == 5:      # its shapes infer, its kernel has no 3-D case
        raise KernelError("Volume convolution is not implmented in mshadow", out)
    g = _v1_geometry(data, weight, kernel, stride, dilate, pad, num_filter, num_group, layout)
    if g is not None and out.size:
        bias = None if _flag(no_bias) else bias
        return conv_v1_kernel.forward(data, weight, bias, g, workspace).astype(out.dtype, copy=False)
    return out


convolution_v1.attr_check(_check_v1_kernel)


def _v1_geometry(data, weight, kernel, stride, dilate, pad, num_filter, num_group, layout):
    """The geometry of a Convolution_v1 call its mshadow kernel's replay takes (conv_v1_kernel.runs), else None."""
    if data.ndim != 4:
        return None
    g = _conv_setup(data, weight, kernel, stride, dilate, pad, num_filter, num_group, layout)[0]
    return g if conv_v1_kernel.runs(data, weight, g, layout) else None


@convolution_v1.grad
def _(dy, out, data, weight, bias=None, *, kernel, stride=(), dilate=(), pad=(), num_filter, num_group=1,
      workspace=1024, no_bias=False, cudnn_tune=None, cudnn_off=False, layout=None):
    grads = convolution.bwd(dy, out, data, weight, bias, kernel=kernel, stride=stride, dilate=dilate, pad=pad,
                            num_filter=num_filter, num_group=num_group, no_bias=no_bias, layout=layout)
    g = _v1_geometry(data, weight, kernel, stride, dilate, pad, num_filter, num_group, layout)
    if g is None or type(dy) is not np.ndarray or dy.dtype != data.dtype or not dy.size:
        return grads
    dx, dw, db = conv_v1_kernel.backward(dy, data, weight, g, workspace)
    if bias is None or _flag(no_bias):
        db = grads[2]
    return (dx, dw, db) + tuple(grads[3:])


def _v1_pool_attrs(data, kernel, pool_type, global_pool, pad):
    """Pooling_v1 pads with zeros (max included) and averages over the whole kernel, even where a
    'full' window passes the edge: pool the zero-padded data with sum (or max) and no padding."""
    check_pooling_kernel("Pooling_v1", kernel, global_pool)
    if not 4 <= data.ndim <= 5:
        check = f"dshape.ndim() >= 4 ({data.ndim} vs. 4)" if data.ndim < 4 else f"dshape.ndim() <= 5 ({data.ndim} vs. 5)"
        raise MXNetError(f"Pooling: Check failed: {check} : Input data should be 4D in (batch, channel, y, x) Or 5D in "
                         "(batch, channel, d, y, x)")
    rank = len(tuple(kernel)) + 2
    if not _flag(global_pool) and rank in (4, 5) and data.ndim != rank:
        raise MXNetError(f"Pooling: Check failed: dshape.ndim() == {rank} ({data.ndim} vs. {rank}) : Input data should "
                         f"be {POOLED_RANKS[rank]}")
    if pool_type not in ("max", "avg", "sum"):
        raise MXNetError(f"Pooling_v1: pool_type must be one of max, avg, sum; got {pool_type!r}")
    nsp = data.ndim - 2
    if _flag(global_pool):
        return data.shape[2:], (0,) * nsp, float(np.prod(data.shape[2:]))
    kernel = _kernel(kernel, "Pooling_v1")
    pad = shape_attr(pad, nsp, 0, "pad", "Pooling_v1")
    for i, (size, k, p) in enumerate(zip(map(legacy_dim, data.shape[2:]), kernel, pad)):
        if k > size + 2 * p:    # (its shape inference's words; legacy shapes read an empty axis as unknown, -1)
            check = f"Check failed: param_.kernel[{i}] <= dshape[{i + 2}] + 2 * param_.pad[{i}]"
            if nsp == 3:
                raise located(MXNetError(f"{check} ({k} vs. {size + 2 * p}) : kernel size exceeds input"),
                              ("../src/operator/./pooling_v1-inl.h", 288 + i))
            raise located(MXNetError(f"{check}: kernel size ({k}) exceeds input ({size} padded to {size + 2 * p})"),
                          ("../src/operator/./pooling_v1-inl.h", 264 + 3 * i))
    return kernel, pad, float(np.prod(kernel))


def _v1_padded(data, pad, global_pool):
    """The zero-padded data Pooling_v1's windows read. Under legacy shapes an empty spatial axis is unknown (-1): its
    windows are counted over -1 + 2 * pad positions, all of them padding."""
    if not _flag(global_pool) and any(legacy_dim(s) < 0 for s in data.shape[2:]):
        return np.zeros(data.shape[:2] + tuple(legacy_dim(s) + 2 * p for s, p in zip(data.shape[2:], pad)), data.dtype)
    return np.pad(data, [(0, 0), (0, 0)] + [(p, p) for p in pad])


@defop("Pooling_v1")
def pooling_v1(data, *, kernel=(), pool_type="max", global_pool=False, pooling_convention="valid", stride=(),
               pad=()):
    """The legacy 2-D/3-D Pooling: zero padding that max pooling sees, averages over the kernel size."""
    kernel, pad, area = _v1_pool_attrs(data, kernel, pool_type, global_pool, pad)
    padded = _v1_padded(data, pad, global_pool)
    # (its own kernel reads an empty input, which Pooling's oneDNN refuses: sum pooling never takes oneDNN)
    empty_max = pool_type == "max" and not padded.size
    with zeros_real():      # (the padded sizes are real ones: its own check above read the data's)
        y = pooling.fwd(padded, kernel=kernel, pool_type="max" if pool_type == "max" and not empty_max else "sum",
                        pooling_convention=pooling_convention, stride=stride)
    if empty_max:       # every window empty: its maximum's start, -inf (a float type: others are refused)
        y = np.full_like(y, -np.inf)
    if data.ndim == 5:      # its shapes infer, its kernel has no 3-D case
        raise KernelError("Check failed: dim == ndim() (4 vs. 5) : dimension do not match target dimension 4 vs 5"
                          if _flag(global_pool) else "3D kernel not implemented", y)
    return (y / y.dtype.type(area)).astype(data.dtype) if pool_type == "avg" else y


@pooling_v1.grad
def _(dy, out, data, *, kernel=(), pool_type="max", global_pool=False, pooling_convention="valid", stride=(),
      pad=()):
    kernel, pad, area = _v1_pool_attrs(data, kernel, pool_type, global_pool, pad)
    padded = np.pad(data, [(0, 0), (0, 0)] + [(p, p) for p in pad])
    if pool_type == "avg":
        dy, out = dy / dy.dtype.type(area), out * out.dtype.type(area)
    with zeros_real():
        g = pooling.bwd(dy, out, padded, kernel=kernel, pool_type="max" if pool_type == "max" else "sum",
                        pooling_convention=pooling_convention, stride=stride)
    return g[(slice(None), slice(None)) + tuple(slice(p, p + n) for p, n in zip(pad, data.shape[2:]))]


@defop("BatchNorm_v1", hidden=3)
def batch_norm_v1(data, gamma, beta, moving_mean, moving_var, *, eps=1e-3, momentum=0.9, fix_gamma=True,
                  use_global_stats=False, output_mean_var=False):
    """The legacy BatchNorm over axis 1; with output_mean_var its extra outputs are mean and variance."""
    res = batch_norm.fwd(data, gamma, beta, moving_mean, moving_var, eps=eps, momentum=momentum,
                         fix_gamma=fix_gamma, use_global_stats=use_global_stats, output_mean_var=output_mean_var)
    if _flag(output_mean_var):
        res = (res[0], res[1], res[-2]) + res[3:]      # the variance, where BatchNorm gives 1/sqrt(var + eps)
    return res


# (its moving statistics are auxiliary states: a symbol's come by keyword or as automatic variables)
batch_norm_v1.unlisted_inputs = ("moving_mean", "moving_var")


@batch_norm_v1.grad
def _(dy, out, data, gamma, beta, moving_mean, moving_var, *, eps=1e-3, momentum=0.9, fix_gamma=True,
      use_global_stats=False, output_mean_var=False):
    dx, dgamma, dbeta, _, _ = batch_norm.bwd(dy, out, data, gamma, beta, moving_mean, moving_var, eps=eps,
                                             momentum=momentum, fix_gamma=fix_gamma,
                                             use_global_stats=use_global_stats, output_mean_var=output_mean_var)
    if autograd.is_training() and not _flag(use_global_stats):
        # The full derivative at the forward's statistics: when those were the moving ones (a
        # predict-mode forward) the mean's term does not vanish as it does for batch statistics.
        if _flag(output_mean_var):
            dy = dy[0]
        shape = (1, -1) + (1,) * (data.ndim - 2)
        axes = (0,) + tuple(range(2, data.ndim))
        invstd = (1.0 / np.sqrt(out[-2] + data.dtype.type(eps))).reshape(shape)
        xhat = (data - out[-3].reshape(shape)) * invstd
        g = np.ones_like(gamma) if _flag(fix_gamma) else gamma
        d = dy * g.reshape(shape)
        dx = dx + invstd * (d * xhat).mean(axis=axes, keepdims=True) * xhat.mean(axis=axes, keepdims=True)
    return dx.astype(data.dtype, copy=False), dgamma, dbeta, None, None
