"""Normalisation operators: BatchNorm, LayerNorm, InstanceNorm, GroupNorm, L2Normalization, LRN.

float32 results follow MXNet 1.9.1's CPU kernels bit for bit: which sums run in order in the data's
type and which in float64 (MXNet's safe accumulation), and the order of each expression's operations.
"""
import functools
import math

import numpy as np

from .. import autograd
from ..base import MXNetError, located, message_of, negative_size_text
from .ops_elemwise import libm_f32
from . import onednn, onednn_avx2
from .onednn import fma
from .ops_reduce import _kahan_float64
from .failures import KernelError, backward_kernel_error, real_switch_refusal, state_refusal
from .serialize import DTYPE_TO_FLAG
from .registry import attr_flag as _flag, defop, inferred_type_name
from .shape_text import blob_type_mismatch, inference_failure, provided
from .storage_report import kernel_log_once, safe_accumulation

_F32 = np.float32


def _axis(axis, ndim, op):
    axis = int(axis)
    if not -ndim <= axis < ndim:
        if op in ("BatchNorm", "_contrib_BatchNormWithReLU"):   # its check compares the axis made non-negative unsigned
            shown = axis + ndim if axis < 0 else axis
            check = f"channelAxis < dshape.ndim() ({shown % 2 ** 64} vs. {ndim}) : Channel axis out of range: {axis}"
        else:
            check = f"axis >= 0 && axis < dshape.ndim(): Channel axis out of range: axis={axis}"
        raise MXNetError(f"{op}: Check failed: {check}")
    return axis % ndim


def _attr(dtype, value):
    """A float attribute as MXNet holds it (a C float), in the data's type."""
    return dtype.type(np.float32(value))


def _half(a):
    """float32 values rounded through float16, as each float16 operation in MXNet's kernels rounds."""
    return a.astype(np.float16).astype(np.float32)


def _channel_shape(ndim, axis):
    return tuple(-1 if i == axis else 1 for i in range(ndim))


def _standardize_grad(dxhat, xhat, invstd, axes):
    """Gradient through ``xhat = (x - mean(x)) * invstd`` with mean and variance over ``axes``."""
    return invstd * (dxhat - dxhat.mean(axis=axes, keepdims=True)
                     - xhat * (dxhat * xhat).mean(axis=axes, keepdims=True))


def _check_param(op, name, p, n):
    if p.shape != (n,):
        raise MXNetError(f"{op}: Shape inconsistent, Provided = {provided(p.shape)}, inferred shape={provided((n,))}")


def _leading(p, n):
    """The first ``n`` elements of ``p`` in memory order (a view of it where possible)."""
    return p.reshape(-1)[:n]


def _spread(grad, like):
    """A per-channel gradient in the shape of the (longer) parameter it belongs to, zero past the channels."""
    if grad.shape == like.shape:
        return grad
    full = np.zeros(like.size, grad.dtype)
    full[:grad.size] = grad
    return full.reshape(like.shape)


def _plain(*arrays):
    """Whether a backward sees plain float arrays (not NDArrays of a gradient graph): then it follows
    MXNet's order of operations bit for bit."""
    return all(type(a) is np.ndarray and a.dtype.kind == "f" for a in arrays)


def _check_float_data(data, result=None, site=None):
    """MXNet's normalisation kernels take float data only: refused at the call (by type inference), or given
    the placeholder ``result``, by the kernel when the result is read; ``site``: the kernel's type switch,
    where the operator's own table does not decide it."""
    if data.dtype.kind != "f":
        message = real_switch_refusal(None, data.dtype)      # (the kernel's words name no operator)
        raise located(MXNetError(message) if result is None else KernelError(message, result), site)


def _same_type(op, data, **params):
    """MXNet infers one type for data and its parameters and refuses a mismatch."""
    for i, p in enumerate(params.values(), 1):
        if p.dtype != data.dtype:
            raise MXNetError(f"{op}: Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node  at {i}-th "
                             f"input: expected {inferred_type_name(data.dtype)}, got {inferred_type_name(p.dtype)}")


_ROWS_AT_ONCE = 16        # sums from which numpy adds whole rows (faster than a running total)


def _in_order(a, axis):
    """Sum over ``axis`` (kept) adding one term at a time in the array's own type, as a C loop does."""
    if a.shape[axis] == 0:
        return np.zeros(a.shape[:axis] + (1,) + a.shape[axis + 1:], a.dtype)
    # numpy starts from the first term, C from +0: adding +0 at the end turns a sum of -0 terms into +0 as C does
    if a.size < _ROWS_AT_ONCE * a.shape[axis]:
        return np.add.accumulate(a, axis=axis).take([a.shape[axis] - 1], axis=axis) + a.dtype.type(0)
    # numpy reduces a leading axis by adding row after row: each sum in order
    rows = np.ascontiguousarray(np.moveaxis(a, axis, 0))
    return np.expand_dims(np.add.reduce(rows, axis=0) + a.dtype.type(0), axis)


_KAHAN_EXACT = 1 << 20   # float64 Kahan steps followed one by one (terms a sum, times up to _FEW_SUMS sums); more
                         # are summed pairwise
_FEW_SUMS = 16           # fewer sums than this are each walked in Python floats (cheaper than numpy's steps on a few)


def _wide_sum(a, axes):
    """MXNet's safe-accumulation sum over ``axes`` (kept): Kahan-compensated float64, rounded to a's type.

    For float32 terms that is the float64 sum rounded once (two float64 sums of the same terms round
    to different float32 values only when they straddle a float32 midpoint). float64 terms are
    Kahan-summed in MXNet's walking order, up to _KAHAN_EXACT steps.
    """
    count = int(np.prod([a.shape[i] for i in axes]))
    too_long = count * min(a.size // max(count, 1), _FEW_SUMS) > _KAHAN_EXACT
    if a.dtype != np.float64 or too_long:
        total = np.add.reduce(a, axis=axes, dtype=np.float64, keepdims=True)     # (an inf and a nan warn nothing)
        if too_long or np.isfinite(total).all():
            return total.astype(a.dtype)
        # an inf term: the compensation turns nan once a term follows it (inf + x - inf), as in MXNet's walk
    kept = [i for i in range(a.ndim) if i not in axes]
    rows = np.transpose(a, list(axes) + kept).reshape(count, -1)
    return _kahan_columns(rows).reshape([1 if i in axes else n for i, n in enumerate(a.shape)]).astype(a.dtype, copy=False)


def _kahan_columns(rows):
    """The Kahan-compensated float64 sum of each column of ``rows``, its terms added top to bottom."""
    if rows.shape[1] < _FEW_SUMS:
        return np.array([_kahan_float64(rows[:, j]) for j in range(rows.shape[1])], np.float64)
    s, c = np.zeros(rows.shape[1]), np.zeros(rows.shape[1])
    with np.errstate(invalid="ignore"):
        for v in rows:
            y = v - c
            t = s + y
            c = (t - s) - y
            s = t
    return s


def _standardized_grads(dy, xhat, w, axes, others, n, add_to=None):
    """d(data), d(gamma), d(beta) through ``out = xhat * gamma + beta`` with ``w = dy * gamma / std``,
    in the steps (and float64 sums) of MXNet's LayerNorm/GroupNorm backward; ``add_to``: the data gradient's
    'add' buffer, which MXNet's kernel adds each step into."""
    dbeta = _wide_sum(dy, others)
    dgamma = _wide_sum(xhat * dy, others)
    centered, spread = _standardized_dx_steps(xhat, w, axes, n)
    return (centered + spread if add_to is None else add_to + centered + spread), dgamma, dbeta


def _standardized_dx_steps(xhat, w, axes, n):
    """The data gradient's two steps, each written (an 'add' request: added) into the gradient in turn."""
    return w - _wide_sum(w, axes) / n, xhat * (_wide_sum(w * xhat, axes) / -n)


# ---- BatchNorm --------------------------------------------------------------------
# float32 runs through oneDNN in MXNet: out = (x - mean) * (gamma / sqrt(var + eps)) + beta, and its
# backward receives the variance recovered from the saved 1/std. Other types run MXNet's own loops.
# MXNet's eps is a double whose default is the float 1e-3f: an explicit eps=1e-3 is another number.
_BN_EPS = float(np.float32(1e-3))
def _silent(fwd):
    """``fwd`` computing inf and nan as MXNet's kernels do, without numpy's warnings (a negative variance or eps)."""
    @functools.wraps(fwd)
    def run(*args, **attrs):
        with np.errstate(all="ignore"):
            return fwd(*args, **attrs)
    return run


@defop("BatchNorm", aliases=("batch_norm",), hidden=3)
@_silent
def batch_norm(data, gamma, beta, moving_mean, moving_var, *, eps=_BN_EPS, momentum=0.9, fix_gamma=True,
               use_global_stats=False, output_mean_var=False, axis=1, cudnn_off=False, min_calib_range=None,
               max_calib_range=None):
    """Normalise over every axis but ``axis``: batch statistics in training, moving ones otherwise.

    Outputs ``out`` (and ``mean``, ``1/sqrt(var + eps)`` with output_mean_var). As in MXNet the
    moving statistics are updated by the backward pass of a training-mode call, and fix_gamma
    writes ones into ``gamma``.
    """
    ax = _axis(axis, data.ndim, "BatchNorm")
    _check_float_data(data)
    dtype = _bn_param_type(data)
    for name, p in (("gamma", gamma), ("beta", beta), ("mean", moving_mean), ("var", moving_var)):
        if p.dtype != dtype:
            raise MXNetError(f"BatchNorm: Check failed: (*in_type)[i] == dtype_param ({DTYPE_TO_FLAG[p.dtype]} vs. "
                             f"{DTYPE_TO_FLAG[np.dtype(dtype)]}) : This layer requires uniform type. Expected "
                             f"'{dtype}' v.s. given '{inferred_type_name(p.dtype)}' at '{name}'")
    c = data.shape[ax]
    # MXNet reads the first c elements of each parameter, whatever its shape: longer ones work
    for name, p in (("gamma", gamma), ("beta", beta), ("moving_mean", moving_mean), ("moving_var", moving_var)):
        if p.size < c and (name != "gamma" or not _flag(fix_gamma)):     # a fixed gamma is never read
            raise MXNetError(f"BatchNorm: {name} has shape {p.shape}, expected ({c},): it needs at least one "
                             f"element per channel ({c} along axis {ax} of data {data.shape})")
    gamma, beta, moving_mean, moving_var = (_leading(p, c) for p in (gamma, beta, moving_mean, moving_var))
    if _flag(fix_gamma):
        gamma[...] = 1
        gamma = np.ones(c, dtype)
    x = data.astype(dtype, copy=False)
    training = autograd.is_training() and not _flag(use_global_stats)
    attrs = (eps, momentum, fix_gamma, use_global_stats, output_mean_var, axis, cudnn_off, autograd.is_training())
    block = _single_image_kernel(data, ax, _layout_block(data, ax), attrs)
    if training:
        mean, var = _training_moments(data, x, ax, block)
    else:
        mean, var = moving_mean, moving_var
    mean, var = mean.astype(dtype), var.astype(dtype)
    shape = _channel_shape(data.ndim, ax)
    dev = x - mean.reshape(shape)
    if block:       # oneDNN's kernel for its blocked layout: one fused multiply-add
        std = np.sqrt(var + dtype.type(eps))
        invstd = dtype.type(1) / std
        scale = (gamma.astype(dtype) / std).reshape(shape)
        out = onednn.mark_blocked(fma(dev, scale, beta.astype(dtype).reshape(shape)), block)
    elif ax == 1 and onednn.channels_last_8(data):       # (oneDNN's AVX2 kernel, in training too)
        invstd = dtype.type(1) / np.sqrt(var + dtype.type(eps))
        out = fma(dev * invstd.reshape(shape), gamma.reshape(shape), beta.reshape(shape))
    elif ax == 1 and onednn.channels_last_4(data):      # (oneDNN's SSE4.1 kernel, in training too)
        invstd = dtype.type(1) / np.sqrt(var + dtype.type(eps))
        out = dev * invstd.reshape(shape) * gamma.reshape(shape) + beta.reshape(shape)
    elif data.dtype == np.float32:
        std = np.sqrt(var + dtype.type(eps))
        invstd = dtype.type(1) / std
        out = dev * (gamma.astype(dtype) / std).reshape(shape) + beta.astype(dtype).reshape(shape)
    elif data.dtype == np.float16:      # each step has a float16 operand, so rounds to float16
        invstd = _var_to_invstd(var, eps, data.dtype)
        out = _half(_half(_half(dev) * invstd.reshape(shape)) * gamma.reshape(shape)) + beta.reshape(shape)
    else:
        invstd = _var_to_invstd(var, eps, data.dtype)
        out = dev * invstd.reshape(shape) * gamma.astype(dtype).reshape(shape) + beta.astype(dtype).reshape(shape)
    out = out.astype(data.dtype, copy=False)
    saved = (mean, var, np.array(training, dtype=dtype))
    return ((out, mean, invstd) if _flag(output_mean_var) else (out,)) + saved


def _training_moments(data, x, ax, block):
    """The batch mean and variance of ``x`` (``data`` in BatchNorm's type) as the kernel for ``data``'s layout sums
    them: a blocked one's lanes (_blocked_moments), channels-last memory's in row-major order with the squares by
    fused multiply-adds (AVX-512's kernel for a brgemm convolution's output, AVX2's for 8k channels; probed), else
    MXNet's own row-major sums."""
    if block and not onednn.channels_last(data):
        return _blocked_moments(x, block)
    return _channel_moments(x, ax, bool(block) or onednn.channels_last_8(data))


def _bn_param_type(data):
    """The type of BatchNorm's parameters and statistics: float32 for float16 data, else the data's."""
    return np.dtype(np.float32) if data.dtype == np.float16 else data.dtype


def _var_to_invstd(var, eps, data_type):
    """MXNet's 1 / sqrt(var + eps) with eps in the data's type and the division in double (for float16
    data, var + eps rounds to float16 and the root is taken in float)."""
    total = var + var.dtype.type(data_type.type(eps))
    if data_type == np.float16:
        total = _half(total)
    return (1.0 / np.sqrt(total).astype(np.float64)).astype(var.dtype)


def _invstd_to_var(invstd, eps):
    """MXNet's variance recovered from a saved 1/std: 1 / invstd^2 - eps in double (``eps`` as given)."""
    return (1.0 / (invstd * invstd).astype(np.float64) - float(eps)).astype(invstd.dtype)


@batch_norm.grad
def _(dy, out, data, gamma, beta, moving_mean, moving_var, *, eps=_BN_EPS, momentum=0.9, fix_gamma=True,
      use_global_stats=False, output_mean_var=False, axis=1, cudnn_off=False, min_calib_range=None,
      max_calib_range=None):
    if _flag(output_mean_var):
        dy = dy[0]
    if data.ndim in (3, 5) and (onednn.held_1d(data) or onednn.held_1d(dy)):     # (found by the kernel: kept)
        backward_kernel_error("Check failed: !is_view: ")
    mean, var = out[-3], out[-2]
    ax = _axis(axis, data.ndim, "BatchNorm")
    full_gamma, full_beta = gamma, beta
    gamma, moving_mean, moving_var = (_leading(p, data.shape[ax]) for p in (gamma, moving_mean, moving_var))
    axes = tuple(i for i in range(data.ndim) if i != ax)
    shape = _channel_shape(data.ndim, ax)
    g = np.ones(data.shape[ax], data.dtype) if _flag(fix_gamma) else gamma
    train = autograd.is_training() and not _flag(use_global_stats)
    dy_layout = onednn.spatial_outer(dy), onednn.channel_block(dy) or onednn.images_inside_block(dy)
    attrs = ("backward", eps, momentum, fix_gamma, use_global_stats, output_mean_var, axis, cudnn_off,
             autograd.is_training()) + dy_layout
    if not train:       # a backward in predict mode differentiates the normalisation by the moving statistics
        mean, var = moving_mean.astype(mean.dtype), moving_var.astype(var.dtype)
    new_var = None
    if type(dy) is np.ndarray and data.dtype.kind == "f":
        dtype = _bn_param_type(data)
        g = g.astype(dtype, copy=False)
        if _per_image_kernel(data, dy, ax):
            dx, dgamma, dbeta, new_var = _bn_grad_per_image(dy, data, g, mean, var, eps, train)
        else:
            dx, dgamma, dbeta, new_var = _bn_grad_ordered(dy.astype(dtype, copy=False),
                                                          data.astype(dtype, copy=False), g, mean, var, eps, ax,
                                                          train, data.dtype, block=_single_image_kernel(
                                                              data, ax, _backward_block(data, dy, ax), attrs))
        if _flag(fix_gamma):
            dgamma = np.zeros_like(gamma)
    else:
        invstd = (1.0 / np.sqrt(var + data.dtype.type(eps))).reshape(shape)
        xhat = (data - mean.reshape(shape)) * invstd
        dbeta = dy.sum(axis=axes)
        dgamma = np.zeros_like(gamma) if _flag(fix_gamma) else (dy * xhat).sum(axis=axes)
        if train:
            dx = _standardize_grad(dy * g.reshape(shape), xhat, invstd, axes)
        else:
            dx = dy * (g.reshape(shape) * invstd)
    # MXNet updates the moving statistics in any training-mode backward, also after a forward that used
    # them: the variance makes a round trip through 1/sqrt(var + eps), visible in its last bits
    if train:
        m = _attr(mean.dtype, momentum)        # MXNet: the float momentum, (1 - m) in float too
        if new_var is None:
            new_var = var
        moving_mean[...] = moving_mean * m + mean * (mean.dtype.type(1) - m)
        moving_var[...] = moving_var * m + new_var * (mean.dtype.type(1) - m)
    return dx.astype(data.dtype, copy=False), _spread(dgamma, full_gamma), _spread(dbeta, full_beta), None, None


def _bn_grad_ordered(dy, data, gamma, mean, var, eps, ax, train, data_type, block=None):
    """BatchNorm's gradients and the variance for the moving average, as MXNet computes them:
    per-channel sums in row-major order; float32 in oneDNN's steps (its blocked layout's kernel fuses the
    products of the sums and orders the data gradient's steps otherwise), other types in MXNet's own."""
    dt = data.dtype.type
    rows = np.moveaxis(data, ax, 0).reshape(data.shape[ax], -1)
    grows = np.moveaxis(dy, ax, 0).reshape(rows.shape)
    n = dt(rows.shape[1])
    mean, var, gamma = mean[:, None], var[:, None], gamma[:, None]
    dev = rows - mean
    sum_g = _in_order(grows, 1)
    if block:
        dotp = _blocked_sum(data - mean.reshape(_channel_shape(data.ndim, 1)), dy, 1)[:, None]
    else:
        dotp = _in_order(dev * grows, 1)
    if data_type == np.float32:
        if train:
            var = _invstd_to_var(dt(1) / np.sqrt(var + dt(eps)), eps)
        invstd = dt(1) / np.sqrt(var + dt(eps))
        dgamma = dotp * invstd
        if block:
            dx = (grows - sum_g / n) - dev * (dgamma * invstd / n) if train else grows
            dx = dx * invstd * gamma
        else:
            dx = grows - (sum_g / n + dev * dgamma * invstd / n) if train else grows
            dx = dx * (gamma * invstd)
    elif data_type == np.float16:
        invstd = _var_to_invstd(var, eps, data_type)
        # float16 operands round each step; the sums and per-channel factors stay float32
        dev = _half(dev)
        dotp = _in_order(_half(dev * grows), 1)
        if train:
            var = _invstd_to_var(invstd, eps)
            scaled = _half(dev * (dotp * invstd * invstd / n))
            dx = _half(_half(_half(grows - sum_g / n) - scaled) * (invstd * gamma))
        else:
            dx = _half(grows * (invstd * gamma))
        dgamma = dotp * invstd
    else:
        invstd = _var_to_invstd(var, eps, data_type)
        if train:
            var = _invstd_to_var(invstd, eps)
            dx = (grows - sum_g / n - dev * (dotp * invstd * invstd / n)) * (invstd * gamma)
        else:
            dx = grows * (invstd * gamma)
        dgamma = dotp * invstd
    dx = np.moveaxis(dx.reshape((data.shape[ax],) + tuple(np.delete(data.shape, ax))), 0, ax)
    return dx, dgamma.ravel(), sum_g.ravel(), var.ravel()


def _per_image_kernel(data, dy, ax):
    """Whether MXNet's backward runs oneDNN's jit kernel for channels-last memory (see _bn_grad_per_image): data
    held so with 4- or 8-float vectors (onednn.channels_last_4, channels_last_8: a convolution's reference kernel
    writes it), or a pooling's gradient held so (onednn.pooled_channels_last) over plain float32 data of channels
    in fours (others take oneDNN's C++ kernel, whose sums are the plain layout's; AVX-512's own kernel, for
    channels in sixteens, sums as the plain layout's in training)."""
    channels = data.shape[1] if data.ndim == 4 else 0
    if ax == 1 and (onednn.channels_last_4(data) or onednn.channels_last_8(data)):
        return True
    return onednn.pooled_channels_last(dy) and data.dtype == np.float32 and ax == 1 and channels % 4 == 0 and \
        channels and not (onednn._LANES == 16 and channels % 16 == 0) and onednn.channel_block(data) is None


def _bn_grad_per_image(dy, data, gamma, mean, var, eps, train):
    """BatchNorm's gradients as oneDNN's jit kernel for channels-last memory computes them: each image's sums
    from zero in position order (dgamma's terms (x - mean) * dy, then scaled by 1/std) added to the images' before;
    the data gradient ((dy - dbeta/n) - (x - mean) * (dgamma/std/n)) * gamma / std. Channels in eights take its
    AVX2 kernel (a fused multiply-add a term), in fours its SSE4.1 one (products rounded, then added)."""
    f32 = np.float32
    images, channels = data.shape[:2]
    if train:       # MXNet keeps 1/std and hands the kernel the variance it gives back
        var = _invstd_to_var(_var_to_invstd(var, eps, data.dtype), eps)
    invstd = f32(1) / np.sqrt(var + f32(eps))
    dev = data - mean.reshape(1, channels, 1, 1)
    dy3, dev3 = dy.reshape(images, channels, -1), dev.reshape(images, channels, -1)
    dbeta, dgamma = np.zeros(channels, f32), np.zeros(channels, f32)
    fused = channels % 8 == 0
    for i in range(images):
        dbeta = np.add.accumulate(dy3[i], axis=1)[:, -1] + dbeta
        dots = onednn_avx2.fused_dots(dev3[i], dy3[i]) if fused else np.add.accumulate(dev3[i] * dy3[i], axis=1)[:, -1]
        dgamma = dots * invstd + dgamma
    shape = (1, channels, 1, 1)
    if train:
        n = f32(dy3.shape[2] * images)
        dx = (dy - (dbeta / n).reshape(shape)) - dev * (dgamma * invstd / n).reshape(shape)
    else:
        dx = dy
    return dx * gamma.reshape(shape) * invstd.reshape(shape), dgamma, dbeta, var


def _channel_moments(data, ax, fused=False):
    """Per-channel mean and variance, each sum added in row-major order as MXNet's kernel does (the squares
    by fused multiply-adds where ``fused``: oneDNN's AVX2 kernel for channels-last memory)."""
    rows = np.moveaxis(data, ax, 0).reshape(data.shape[ax], math.prod(data.shape) // max(data.shape[ax], 1))
    n = data.dtype.type(rows.shape[1])
    if not rows.shape[1]:       # no samples: MXNet's sums of none divided by none
        return np.full(rows.shape[0], np.nan, data.dtype), np.full(rows.shape[0], np.nan, data.dtype)
    mean = (np.add.accumulate(rows, axis=1)[:, -1] + data.dtype.type(0)) / n      # C's sum starts from +0
    dev = rows - mean[:, None]
    squares = onednn_avx2.fused_dots(dev, dev) if fused else np.add.accumulate(dev * dev, axis=1)[:, -1]
    return mean, squares / n


# The kernel MXNet's cached oneDNN BatchNorm primitive runs, per attributes, mode, shape and channel block, for a
# single image held in channel blocks: MXNet's cache takes the blocks with the image inside them (a concat's
# Bacd8b) for the plain blocked layout, so the first of the two a script normalises picks the kernel of both
# (probed: the reference kernel's plain arithmetic, or the blocked kernel's fused multiply-add).
_SINGLE_IMAGE_KERNELS = {}


def _single_image_kernel(data, ax, block, attrs):
    """The channel block whose kernel BatchNorm runs on ``data`` of one image (``block``: the one its own layout
    picks), None for the plain arithmetic (see _SINGLE_IMAGE_KERNELS)."""
    if data.ndim != 4 or data.shape[0] != 1 or ax != 1 or data.dtype != np.float32:
        return block
    layout = _layout_block(data, ax) or onednn.images_inside_block(data)
    if not layout:
        return block
    key = (data.shape, layout) + tuple(str(a) for a in attrs)
    return _SINGLE_IMAGE_KERNELS.setdefault(key, block)


def _layout_block(data, ax):
    """The channel block of float32 ``data`` held in oneDNN's blocked layout, whose kernel's order is followed;
    None for blocks of 4 too, which only oneDNN's reference kernel takes (the plain layout's arithmetic)."""
    if data.dtype != np.float32 or ax != 1:
        return None
    block = onednn.channel_block(data)
    return block if block in (8, 16) else None


def _backward_block(data, dy, ax):
    """The channel block whose kernel MXNet's backward runs: the data's, unless the gradient comes in a layout
    that kernel refuses, spatial axes outermost or blocks of another size (then oneDNN's reference kernel, the
    plain arithmetic); a plain gradient is reordered to the data's layout, and plain data to a blocked gradient's
    (probed: a convolution's data gradient straight into BatchNorm's backward)."""
    block = _layout_block(data, ax)
    if onednn.spatial_outer(dy) or _reads_one_position_as_plain(data, dy):
        return None
    if onednn.channel_block(data) is None:
        return _layout_block(dy, ax)
    return block if onednn.channel_block(dy) in (None, block) else None


def _reads_one_position_as_plain(data, dy):
    """Whether MXNet hands oneDNN channels-last ``data`` of one position an image with its plain gradient unreordered,
    so that the layouts differ and its reference kernel runs (probed with DNNL_VERBOSE after a brgemm 1x1
    convolution)."""
    return onednn.channels_last(data) and data[:1, :1].size == 1 and onednn.channel_block(dy) is None


def _blocked_moments(data, block):
    """Per-channel mean and variance of (N, C, ...) data in oneDNN's blocked layout: its forward kernel keeps
    four interleaved partial sums of each image's positions for 16-channel blocks (see _blocked_sum)."""
    n = data.dtype.type(data[:, 0].size)
    lanes = 4 if block == 16 else 1
    mean = _blocked_sum(data, data, lanes, products=False) / n
    dev = data - mean.reshape(_channel_shape(data.ndim, 1))
    return mean, _blocked_sum(dev, dev, lanes) / n


def _blocked_sum(a, b, lanes, products=True):
    """Per-channel sums of ``a * b`` (of ``a`` without products) over (N, C, ...) arrays as oneDNN's kernel for
    its blocked layout adds them: image after image, each image's positions in ``lanes`` interleaved partial
    sums (the first carrying the sum so far) added in turn; a product is one fused multiply-add."""
    c = a.shape[1]
    a3, b3 = a.reshape(a.shape[0], c, -1), b.reshape(b.shape[0], c, -1)
    if lanes == 1:      # one running sum per channel
        rows = a3.transpose(1, 0, 2).reshape(c, -1)
        if products:
            return onednn_avx2.fused_dots(rows, b3.transpose(1, 0, 2).reshape(c, -1))
        return np.add.accumulate(rows, axis=1)[:, -1] + a.dtype.type(0) if rows.size else np.zeros(c, a.dtype)
    total = np.zeros(c, a.dtype)
    for i in range(a3.shape[0]):
        parts = _lane_sums(a3[i], b3[i] if products else None, lanes, total)
        total = parts[:, 0]
        for j in range(1, lanes):
            total = total + parts[:, j]
    return total


def _lane_sums(a, b, lanes, start):
    """(C, lanes) running sums of one image's (C, positions) terms, position p in lane p % lanes, the first lane
    from ``start`` and the others from zero: each sum one float32 add a term (one fused multiply-add a product of
    ``a`` and ``b``). Lanes are padded with -0.0, which leaves any sum as it is."""
    c, positions = a.shape
    per_lane = -(-positions // lanes)
    terms = np.full((c, per_lane * lanes + lanes), -0.0, a.dtype)
    terms[:, lanes:lanes + positions] = a
    terms[:, 0] = start
    terms[:, 1:lanes] = 0
    # (C, steps, lanes) -> (C, lanes, steps): each lane's chain along the last axis, its start first
    chains = terms.reshape(c, per_lane + 1, lanes).transpose(0, 2, 1).reshape(c * lanes, per_lane + 1)
    if b is None:
        return np.add.accumulate(chains, axis=1)[:, -1].reshape(c, lanes)
    factors = np.zeros_like(terms)
    factors[:, lanes:lanes + positions] = b
    factors[:, :lanes] = 1
    factor_chains = factors.reshape(c, per_lane + 1, lanes).transpose(0, 2, 1).reshape(c * lanes, per_lane + 1)
    return onednn_avx2.fused_dots(chains, factor_chains).reshape(c, lanes)


# ---- LayerNorm / InstanceNorm / GroupNorm -----------------------------------------
# the type switch of MXNet's LayerNorm kernel for any axis but the last (the last axis has a kernel of its own)
_GENERAL_LAYER_NORM = ("../src/operator/nn/layer_norm-inl.h", 114)


@defop("LayerNorm", aliases=("layer_norm",), hidden=2)
@_silent
def layer_norm(data, gamma, beta, *, axis=-1, eps=1e-5, output_mean_var=False):
    """Normalise over ``axis`` per sample, then scale by ``gamma`` and shift by ``beta`` along it."""
    ax = _axis(axis, data.ndim, "LayerNorm")
    for name, p in (("gamma", gamma), ("beta", beta)):
        _check_param("LayerNorm", name, p, data.shape[ax])
    _same_type("LayerNorm", data, gamma=gamma, beta=beta)
    stat = np.zeros(data.shape[:ax] + (1,) + data.shape[ax + 1:], data.dtype)
    outputs = (np.zeros_like(data), stat, stat) if _flag(output_mean_var) else (np.zeros_like(data),)
    _check_float_data(data, outputs + (stat, stat), None if ax == data.ndim - 1 else _GENERAL_LAYER_NORM)
    shape = _channel_shape(data.ndim, ax)
    g, b = gamma.reshape(shape), beta.reshape(shape)
    n, e = data.dtype.type(data.shape[ax]), _attr(data.dtype, eps)
    if ax == data.ndim - 1 and data.dtype == np.float16:
        out, mean, std = _layer_norm_last_half(data, g, b, eps)
    elif ax == data.ndim - 1:
        # MXNet's own kernel for the last axis: plain sums in the data's type
        mean = _in_order(data, ax) / n
        dev = data - mean
        std = np.sqrt(_in_order(dev * dev, ax) / n + e)
        out = dev * g / std + b
    else:
        if data.dtype == np.float16 and data.size and not safe_accumulation():   # only MXNet's general kernel,
            # run on some data, gives this advice
            kernel_log_once("../src/operator/nn/../../common/utils.h", "MXNET_SAFE_ACCUMULATION=1 is recommended for "
                            "float16 inputs for LayerNorm. See https://mxnet.apache.org/api/faq/env_var for more details.")
        mean = _wide_sum(data, (ax,)) / n
        dev = data - mean
        std = np.sqrt(_wide_sum(dev * dev, (ax,)) / n + e)
        out = dev / std * g + b
    return ((out, mean, std) if _flag(output_mean_var) else (out,)) + (mean, std)


def _layer_norm_last_half(data, g, b, eps):
    """float16 LayerNorm over the last axis as MXNet's kernel runs it: sums and the mean in float32, but
    every operation with a float16 operand rounds to float16 (each deviation, variance + eps, and each
    step of (x - mean) * gamma / std + beta)."""
    x = data.astype(np.float32)
    n = np.float32(data.shape[-1])
    mean = _in_order(x, data.ndim - 1) / n
    dev = _half(x - mean)
    std = np.sqrt(_half(_in_order(dev * dev, data.ndim - 1) / n + np.float32(_attr(data.dtype, eps))))
    out = (_half(_half(dev * g.astype(np.float32)) / std) + b.astype(np.float32)).astype(np.float16)
    return out, mean.astype(np.float16), std.astype(np.float16)


@layer_norm.grad
def _(dy, out, data, gamma, beta, *, axis=-1, eps=1e-5, output_mean_var=False, needs=(True,) * 3, add_to=None):
    if data.dtype.kind != "f":      # the forward failed (no kernel of its type): its error stays with the outputs
        return np.zeros(data.shape, data.dtype), np.zeros_like(gamma), np.zeros_like(beta)
    dy = dy[0] if _flag(output_mean_var) else dy
    ax = _axis(axis, data.ndim, "LayerNorm")
    if not data.size:
        if any(needs[1:]):      # MXNet's reduction for gamma's and beta's gradients views the empty rows wrongly
            leading = math.prod(data.shape[:ax + 1]) if ax < data.shape.index(0) else 1
            backward_kernel_error(f"Check failed: this->shape_.Size() == shape.Size() (0 vs. {leading}) : Shape "
                                  f"size mismatch 0 v.s. {leading}")
        return np.zeros_like(data), np.zeros_like(gamma), np.zeros_like(beta)
    shape = _channel_shape(data.ndim, ax)
    others = tuple(i for i in range(data.ndim) if i != ax)
    mean, std = out[-2], out[-1]
    xhat = (data - mean) / std
    if not _plain(dy, data, gamma, mean, std):
        dx = _standardize_grad(dy * gamma.reshape(shape), xhat, 1 / std, (ax,))
        return dx, (dy * xhat).sum(axis=others), dy.sum(axis=others)
    w = dy * gamma.reshape(shape) / std
    dx, dgamma, dbeta = _standardized_grads(dy, xhat, w, (ax,), others, data.dtype.type(data.shape[ax]), add_to)
    return dx, dgamma.reshape(gamma.shape), dbeta.reshape(beta.shape)


def _instance_parts(data, gamma, eps):
    """(N*C, rest) rows of data, their deviations from the mean, var + eps and the per-row gamma,
    as MXNet's InstanceNorm computes them (sums in order, scaled by 1/rest in float)."""
    n, c = data.shape[:2]
    dt = data.dtype.type
    rows = data.reshape(n * c, math.prod(data.shape[2:]))      # (an empty batch leaves -1 undetermined)
    scale = dt(1) / dt(rows.shape[1])
    dev = rows - _in_order(rows, 1) * scale
    return rows, dev, _in_order(dev * dev, 1) * scale + _attr(data.dtype, eps), np.tile(gamma, n)[:, None], scale


def _check_instance_norm(data, gamma, beta):
    # MXNet checks the types (float32 only, every input) before the rank; its shape inference reads the channels
    if data.ndim < 2:
        raise MXNetError(f"Check failed: i >= 0 && i < ndim(): index = 1 must be in range [0, {data.ndim})")
    for a in (data, gamma, beta):
        if a.dtype != np.float32:
            raise MXNetError(f"Check failed: in_type->at(i) == mshadow: :default_type_flag || in_type->at(i) == -1: "
                             f"Unsupported data type {DTYPE_TO_FLAG.get(a.dtype, a.dtype.name)}")
    if data.ndim < 3:
        message = (f"Check failed: in_data[instance_norm: :kData].ndim() >= 3 ({data.ndim} vs. 3) : "
                   "InstanceNorm only supports input tensors of rank >= 3.")
        if data.ndim == 2:      # MXNet's shape inference passes 2-D data; its kernel refuses it, on reading
            raise KernelError(message, np.zeros(data.shape, data.dtype))
        raise MXNetError(message)
    n, c = data.shape[:2]
    for p in (gamma, beta):     # MXNet's kernel finds it: shown when the result is read
        if p.ndim != 1:
            raise KernelError(f"Check failed: dim == ndim() (1 vs. {p.ndim}) : dimension do not match target "
                              f"dimension 1 vs {p.ndim}", np.zeros(data.shape, data.dtype))
        if p.size != c:
            raise KernelError(f"Check failed: ishape.Size() == shape.Size() ({n * p.size} vs. {n * c}) : reshape "
                              "size must match", np.zeros(data.shape, data.dtype))


@defop("InstanceNorm", aliases=("instance_norm",))
def instance_norm(data, gamma, beta, *, eps=1e-3):
    """Normalise each sample and channel over the spatial axes, then scale and shift per channel."""
    _check_instance_norm(data, gamma, beta)
    rows, dev, ve, g, _ = _instance_parts(data, gamma, eps)
    b = np.tile(beta, data.shape[0])[:, None]
    return (g * dev / np.sqrt(ve) + b).reshape(data.shape)


# MXNet's kernel writes the mean and variance it keeps into an out= list of all three outputs
instance_norm.kept_written = lambda inputs, attrs: [(s, True) for s in hidden_statistics("InstanceNorm", inputs, attrs)]


@instance_norm.grad
def _(dy, out, data, gamma, beta, *, eps=1e-3):
    n, c = data.shape[:2]
    if gamma.size != c or beta.size != c or gamma.ndim != 1 or beta.ndim != 1:     # the forward failed (it raises)
        return np.zeros_like(data), np.zeros_like(gamma), np.zeros_like(beta)
    if not _plain(dy):
        return _instance_norm_grad_generic(dy, data, gamma, eps)
    rows, dev, ve, g, scale = _instance_parts(data, gamma, eps)
    gout = dy.reshape(rows.shape)
    std = np.sqrt(ve)
    # MXNet's steps: the variance's and the mean's gradients per row, then one expression per element
    dt = data.dtype.type
    pw = libm_f32("powf", np.power, ve, dt(-1.5)) if dt is _F32 else ve ** -1.5
    gvar = _in_order(gout * g * dev * dt(-0.5) * pw, 1)
    gmean = _in_order(gout * g, 1) * (dt(-1) / std)
    gmean = gmean + _in_order(dt(-2) * dev, 1) * scale * gvar
    gdata = gout * g * (dt(1) / std) + gvar * scale * dt(2) * dev + gmean * scale
    by_channel = lambda a: a.reshape(n, c, math.prod(data.shape[2:])).transpose(1, 0, 2).reshape(c, -1)
    dgamma = _in_order(by_channel(gout * dev / std), 1).ravel()
    return gdata.reshape(data.shape), dgamma, _in_order(by_channel(gout), 1).ravel()


def _instance_norm_grad_generic(dy, data, gamma, eps):
    """The same gradients in array operations any autograd input supports (for higher orders)."""
    axes = tuple(range(2, data.ndim))
    mean, std = _ordered_moments(data, eps)
    shape = _channel_shape(data.ndim, 1)
    xhat = (data - mean) / std
    dx = _standardize_grad(dy * gamma.reshape(shape), xhat, 1 / std, axes)
    return dx, (dy * xhat).sum(axis=(0,) + axes), dy.sum(axis=(0,) + axes)


def _ordered_moments(x, eps):
    """Per (sample, channel) mean and sqrt(var + eps), each sum added in order as MXNet's kernel does."""
    flat = x.reshape(x.shape[:2] + (-1,))
    n = x.dtype.type(flat.shape[-1])
    keep = x.shape[:2] + (1,) * (x.ndim - 2)
    mean = (np.add.accumulate(flat, axis=-1)[..., -1] / n).reshape(keep)
    dev = (x - mean).reshape(flat.shape)
    var = (np.add.accumulate(dev * dev, axis=-1)[..., -1] / n).reshape(keep)
    return mean, np.sqrt(var + x.dtype.type(eps))


def _group_view(data, num_groups, gamma, beta):
    """(N, G, C/G * rest) view of ``data`` and the broadcast shape of gamma/beta on it."""
    if data.ndim < 3:
        raise MXNetError(f"GroupNorm: Check failed: dshape.ndim() >= 3U ({data.ndim} vs. 3) : ")
    n, c = data.shape[:2]
    g = int(num_groups)
    rest = int(math.fmod(c, g)) if g else c     # C++'s remainder (a negative count may divide the channels)
    if rest or g == 0:
        raise MXNetError(f"GroupNorm: Check failed: dshape[1] % num_groups == 0 ({rest} vs. 0) : # of "
                         "channels must be divisible by # of groups")
    _same_type("GroupNorm", data, gamma=gamma, beta=beta)
    if g < -1:      # (after the types) the statistics' shape cannot be made
        raise MXNetError(negative_size_text(g))
    if g == -1:     # an unknown size to shape inference, refused when the sizes are counted
        raise MXNetError("Check failed: dim_size_is_known(*it): Shape dim size cannot be a negative value -1")
    return data.reshape(n, g, math.prod(data.shape[1:]) // g), (1, g, 1)


def _check_group_params(data, num_groups, gamma, beta, outputs):
    """MXNet's kernel reshapes gamma, then beta, to one value per group: any other size fails, when the
    result is read."""
    for p in (gamma, beta):
        if p.size != int(num_groups):
            raise KernelError(f"Check failed: this->shape_.Size() == shape.Size() ({p.size} vs. {int(num_groups)}) "
                              f": Shape size mismatch {p.size} v.s. {int(num_groups)}", outputs)


@defop("GroupNorm", aliases=("group_norm",), hidden=2)
def group_norm(data, gamma, beta, *, num_groups=1, eps=1e-5, output_mean_var=False):
    """Normalise each sample over groups of channels, then scale and shift per group."""
    x, pshape = _group_view(data, num_groups, gamma, beta)
    stat = np.zeros(x.shape[:2], data.dtype)
    stats = (stat, stat) if _flag(output_mean_var) else ()
    _check_float_data(data, (np.zeros_like(data),) + stats + (stat, stat))
    n = data.dtype.type(x.shape[2])
    mean = _wide_sum(x, (2,)) / n
    dev = x - mean
    std = np.sqrt(_wide_sum(dev * dev, (2,)) / n + _attr(data.dtype, eps))
    shown = (mean.reshape(stat.shape), std.reshape(stat.shape))
    # (the kernel has written the statistics when it finds gamma or beta of another size than the groups)
    _check_group_params(data, num_groups, gamma, beta, (np.zeros_like(data),) + shown[:len(stats)] + shown)
    out = (dev / std * gamma.reshape(pshape) + beta.reshape(pshape)).reshape(data.shape)
    return ((out,) + shown if _flag(output_mean_var) else (out,)) + shown


@group_norm.grad
def _(dy, out, data, gamma, beta, *, num_groups=1, eps=1e-5, output_mean_var=False, add_to=None):
    if data.dtype == np.bool_:      # the forward failed (no bool kernel): its error stays with the outputs
        return np.zeros(data.shape, data.dtype), np.zeros_like(gamma), np.zeros_like(beta)
    dy = dy[0] if _flag(output_mean_var) else dy
    x, pshape = _group_view(data, num_groups, gamma, beta)
    dy = dy.reshape(x.shape)
    mean, std = out[-2][:, :, None], out[-1][:, :, None]
    xhat = (x - mean) / std
    if not _plain(dy, data, gamma, mean, std):
        dx = _standardize_grad(dy * gamma.reshape(pshape), xhat, 1 / std, (2,))
        return dx.reshape(data.shape), (dy * xhat).sum(axis=(0, 2)), dy.sum(axis=(0, 2))
    w = dy * gamma.reshape(pshape) / std
    if add_to is not None:
        add_to = add_to.reshape(x.shape)
    dx, dgamma, dbeta = _standardized_grads(dy, xhat, w, (2,), (0, 2), data.dtype.type(x.shape[2]), add_to)
    return dx.reshape(data.shape), dgamma.reshape(gamma.shape), dbeta.reshape(beta.shape)

# ---- L2Normalization / LRN --------------------------------------------------------
def _l2_axes(data, mode):
    if mode == "instance":
        return tuple(range(1, data.ndim))
    if mode in ("channel", "spatial") and data.ndim < 3:
        raise MXNetError(f"L2Normalization: Check failed: dshape.ndim() >= 3 ({data.ndim} vs. 3) : At lease 3 "
                         f"dimensions required in {mode} mode")
    if mode == "channel":
        return (1,)
    if mode == "spatial":
        return tuple(range(2, data.ndim))
    raise MXNetError(f"L2Normalization: mode must be 'instance', 'channel' or 'spatial', got {mode!r}")


def _l2_view(data, mode):
    """``data`` as (N, C, rest) with the axis ``mode`` sums over (C, or the flattened rest)."""
    _l2_axes(data, mode)
    if mode == "instance":      # (the rest's size spelled out: an empty batch leaves -1 undetermined)
        return data.reshape(data.shape[0], 1, math.prod(data.shape[1:])), 2
    return data.reshape(data.shape[0], data.shape[1], math.prod(data.shape[2:])), 1 if mode == "channel" else 2


def _l2_norm(v, axis, eps):
    """sqrt(eps + x0^2 + x1^2 + ...) added in that order, as MXNet's CPU kernel starts from eps."""
    sq = v * v
    start = np.full(sq.shape[:axis] + (1,) + sq.shape[axis + 1:], _attr(v.dtype, eps), sq.dtype)
    return np.sqrt(_in_order(np.concatenate([start, sq], axis=axis), axis))


@defop("L2Normalization", aliases=("l2_normalization",))
def l2_normalization(data, *, eps=1e-10, mode="instance"):
    """Divide by the L2 norm over the axes ``mode`` names (all but batch, channel, or spatial)."""
    if not data.ndim:       # (NumPy-shape mode) its shape function reads 0-d data as of unknown shape
        raise inference_failure("L2Normalization", [()], [None, None])
    v, axis = _l2_view(data, mode)
    if data.dtype.kind != "f":      # (its type switch runs as MXNet creates the operator, after the out= checks)
        raise state_refusal(real_switch_refusal(None, data.dtype), [data])
    return (v / _l2_norm(v, axis, eps)).reshape(data.shape)


def _kept_l2_norms(inputs, attrs):
    """The norms MXNet's L2Normalization keeps: one per sample (instance), per position (channel: the data's shape
    with one channel) or per channel (spatial)."""
    data, mode = inputs[0], attrs.get("mode", "instance")
    v, axis = _l2_view(data, mode)
    norms = _l2_norm(v, axis, attrs.get("eps", 1e-10))
    shape = {"instance": data.shape[:1], "channel": data.shape[:1] + (1,) + data.shape[2:]}.get(mode, data.shape[:2])
    return [(norms.reshape(shape), True)]


l2_normalization.kept_written = _kept_l2_norms


@l2_normalization.grad
def _(dy, out, data, *, eps=1e-10, mode="instance"):
    if not _plain(dy, out):
        axes = _l2_axes(data, mode)
        norm = np.sqrt((data * data).sum(axis=axes, keepdims=True) + data.dtype.type(eps))
        return (dy - out * (dy * out).sum(axis=axes, keepdims=True)) / norm
    v, axis = _l2_view(data, mode)
    y, g = out.reshape(v.shape), dy.reshape(v.shape)
    return ((g - y * _in_order(g * y, axis)) / _l2_norm(v, axis, eps)).reshape(data.shape)


def _channel_window_sum(a, nsize):
    """Sum of ``a`` over channels c - h .. c + h, h = (nsize - 1) // 2, clipped at the ends (array
    operations any autograd input supports)."""
    h = (int(nsize) - 1) // 2
    c = a.shape[1]
    csum = np.concatenate([np.zeros_like(a[:, :1]), np.cumsum(a, axis=1)], axis=1)
    return csum[:, np.minimum(np.arange(c) + h + 1, c)] - csum[:, np.maximum(np.arange(c) - h, 0)]


def _window_in_order(a, nsize):
    """The same window sums, each added channel after channel from zero as oneDNN's loop does."""
    h = (int(nsize) - 1) // 2
    c = a.shape[1]
    padded = np.pad(a, [(0, 0), (h, h)] + [(0, 0)] * (a.ndim - 2))
    s = np.zeros_like(a)
    for j in range(2 * h + 1):
        s = s + padded[:, j:j + c]
    return s


# Windows of this many channels or more are past a C int: a negative nsize wraps around to one (MXNet's parameter
# is unsigned)
_LRN_WIDE = 1 << 31


def _lrn_size(nsize):
    """LRN's nsize as MXNet's unsigned parameter holds it."""
    nsize = int(nsize)
    return nsize + (1 << 32) if nsize < 0 else nsize


def _all_channels(squares, nsize):
    """The window sum of a window wider than the channels: every channel's."""
    return np.broadcast_to(np.add.reduce(squares, axis=1, keepdims=True), squares.shape)


def _lrn_omega(data, nsize, alpha, knorm, window):
    dt = data.dtype.type
    return dt(knorm) + dt(alpha) * window(data * data, nsize) / dt(nsize)


def _negative_pow(omega, beta):
    """omega ** -beta as oneDNN computes it: through square roots for beta 0.75, else 1 / powf."""
    dt = omega.dtype.type
    if dt(beta) == dt(0.75):
        return np.sqrt(dt(1) / (np.sqrt(omega) * omega))
    power = libm_f32("powf", np.power, omega, dt(beta)) if dt is _F32 else omega ** dt(beta)
    return dt(1) / power


def _uses_jit_lrn(data, nsize, beta):
    """Whether oneDNN runs its vector kernel for NCHW data: 5 channels, beta 0.75, channels a
    multiple of 8 and at least 16."""
    c = data.shape[1]
    return data.dtype == np.float32 and data.ndim == 4 and int(nsize) == 5 and _F32(beta) == _F32(0.75) \
        and c % 8 == 0 and c >= 16


def _lrn_jit(data, alpha, knorm):
    """oneDNN's vector LRN forward: a running sum of squares over a 5-channel window (one square
    added and one removed per channel, in fused multiply-adds), then x / omega^0.75 by square roots."""
    c = data.shape[1]
    alpha, knorm = np.full(data.shape[:1] + data.shape[2:], _F32(alpha) / _F32(5)), _F32(knorm)
    zero = np.zeros_like(alpha)
    channel = lambda i: data[:, i] if 0 <= i < c else zero
    s = fma(channel(1), channel(1), fma(channel(0), channel(0), zero))
    out = np.empty_like(data)
    for i in range(c):
        s = fma(channel(i + 2), channel(i + 2), s)
        omega = fma(s, alpha, knorm)
        out[:, i] = channel(i) / np.sqrt(np.sqrt(omega * omega * omega))
        s = fma(-channel(i - 2), channel(i - 2), s)
    return out


def _check_lrn(data, nsize):
    """MXNet runs float32 LRN of 2 or 4 dimensions on oneDNN; its own kernel, for the rest, takes
    float32 NCHW only (and odd windows, checked first), so everything else fails, when the result is read."""
    if data.dtype == np.float32 and data.ndim in (2, 4):
        return
    if data.dtype == np.float32 and data.ndim == 1:
        message = "could not create a descriptor for a lrn forward propagation primitive"
    elif nsize % 2 != 1:
        message = "Check failed: param_.nsize % 2 == 1U (0 vs. 1) : LRN only supports odd values for local_size"
    elif data.ndim != 4:
        message = (f"Check failed: dim == ndim() (4 vs. {data.ndim}) : dimension do not match target dimension 4 vs "
                   f"{data.ndim}")
    else:
        message = blob_type_mismatch(data.dtype, "float32")
    raise KernelError(message, np.zeros_like(data))


@defop("LRN", aliases=("lrn",))
def lrn(data, *, alpha=1e-4, beta=0.75, knorm=2.0, nsize):
    """Local response normalisation across the ``nsize`` channels centred on each channel (oneDNN's
    window: (nsize - 1) // 2 on each side, divided by nsize)."""
    nsize = _lrn_size(nsize)
    _check_lrn(data, nsize)
    if nsize == 0:      # oneDNN's window of the element alone divided by 0: signed zeros, nan at a 0 (and gradients)
        with np.errstate(divide="ignore", invalid="ignore"):
            return data * _negative_pow(_lrn_omega(data, 0, alpha, knorm, lambda squares, n: squares), beta)
    if nsize >= _LRN_WIDE:      # every channel in the window, its sum scaled by alpha / nsize
        return data * _negative_pow(_lrn_omega(data, nsize, alpha, knorm, _all_channels), beta)
    x = data.reshape(data.shape + (1, 1)) if data.ndim == 2 else data     # oneDNN: (N, C) as (N, C, 1, 1)
    if _uses_jit_lrn(x, nsize, beta):
        return onednn.keep_block(_lrn_jit(x, alpha, knorm).reshape(data.shape), data)
    return onednn.keep_block(data * _negative_pow(_lrn_omega(data, int(nsize), alpha, knorm, _window_in_order), beta),
                             data)


# its kept norms, checked against an out= list of both outputs, which oneDNN's kernel (the only one that runs) leaves
lrn.kept_written = lambda inputs, attrs: [(np.empty_like(inputs[0]), False)]


@lrn.grad
def _(dy, out, data, *, alpha=1e-4, beta=0.75, knorm=2.0, nsize=None):
    nsize = _lrn_size(nsize)
    if nsize == 0:
        return np.full_like(data, np.nan)
    if nsize >= _LRN_WIDE:      # (oneDNN's backward of a window past an int's range: zeros)
        return np.zeros_like(data)
    if not _plain(dy, data):
        scale = _lrn_omega(data, nsize, alpha, knorm, _channel_window_sum)
        back = _channel_window_sum(dy * out / scale, nsize)
        return dy * scale ** -beta - (2 * alpha * beta / nsize) * data * back
    # oneDNN's reference backward (for every shape): omega recomputed, sums in channel order
    dt = data.dtype.type
    omega = _lrn_omega(data, nsize, alpha, knorm, _window_in_order)
    a = _negative_pow(omega, beta) * dy
    b = _window_in_order(data * a / omega, nsize)
    return a - b * (dt(2) * dt(alpha) * dt(beta) * data / dt(nsize))


# ---- BatchNorm variants: the same normalisation under MXNet's other operator names --------
@defop("_contrib_BatchNormWithReLU", hidden=3)
def batch_norm_with_relu(data, gamma, beta, moving_mean, moving_var, *, eps=_BN_EPS, momentum=0.9, fix_gamma=True,
                         use_global_stats=False, output_mean_var=False, axis=1, cudnn_off=False,
                         min_calib_range=None, max_calib_range=None):
    """BatchNorm followed by ReLU as one operator (MXNet's oneDNN fusion, for 4-D data only)."""
    try:
        outs = batch_norm.fwd(data, gamma, beta, moving_mean, moving_var, eps=eps, momentum=momentum,
                              fix_gamma=fix_gamma, use_global_stats=use_global_stats,
                              output_mean_var=output_mean_var, axis=axis)
    except MXNetError as e:         # BatchNorm's checks, under this operator's name
        if type(e) is not MXNetError or not message_of(e).startswith("BatchNorm: "):
            raise
        raise MXNetError(f"_contrib_BatchNormWithReLU: {message_of(e)[len('BatchNorm: '):]}") from None
    outs = (np.maximum(outs[0], outs[0].dtype.type(0)),) + outs[1:]
    # the kernel refuses all but 4-D float32 data normalised over the axis written 1 (-3 is refused too):
    # the error shows on reading
    if data.ndim != 4 or data.dtype != np.float32 or int(axis) != 1:
        raise KernelError("BatchNormWithReLU operator only supports MKL-DNN Backend.", outs,
                          mutated=(moving_mean, moving_var))
    return outs


@batch_norm_with_relu.grad
def _(dy, out, data, gamma, beta, moving_mean, moving_var, *, eps=_BN_EPS, momentum=0.9, fix_gamma=True,
      use_global_stats=False, output_mean_var=False, axis=1, cudnn_off=False, min_calib_range=None,
      max_calib_range=None):
    if _flag(output_mean_var):
        dy = (np.where(out[0] > 0, dy[0], 0).astype(dy[0].dtype),) + tuple(dy[1:])
    else:
        dy = np.where(out[0] > 0, dy, 0).astype(dy.dtype)
    return batch_norm.bwd(dy, out, data, gamma, beta, moving_mean, moving_var, eps=eps, momentum=momentum,
                          fix_gamma=fix_gamma, use_global_stats=use_global_stats, output_mean_var=output_mean_var,
                          axis=axis)


STATISTICS_OPS = ("BatchNorm", "LayerNorm", "GroupNorm", "InstanceNorm")


def hidden_statistics(op_name, inputs, attrs):
    """The statistics MXNet's normalisations output besides what they show (its executor's monitor reports
    them): (mean, 1/std) for BatchNorm, (mean, std) for LayerNorm and GroupNorm, (mean, variance) for
    InstanceNorm, as numpy arrays; () for other ops and when the op shows them already."""
    if op_name in ("BatchNorm", "LayerNorm", "GroupNorm") and not _flag(attrs.get("output_mean_var", False)):
        op = {"BatchNorm": batch_norm, "LayerNorm": layer_norm, "GroupNorm": group_norm}[op_name]
        return tuple(op.fwd(*inputs, **{**attrs, "output_mean_var": True})[1:3])
    if op_name == "InstanceNorm":
        data, gamma = inputs[0], inputs[1]
        rows, dev, _, _, scale = _instance_parts(data, gamma, attrs.get("eps", 1e-3))
        return (_in_order(rows, 1) * scale).reshape(data.shape[:2]), (_in_order(dev * dev, 1) * scale).reshape(
            data.shape[:2])
    return ()
