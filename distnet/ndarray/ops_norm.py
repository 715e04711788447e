"""Normalisation operators: BatchNorm, LayerNorm, InstanceNorm, GroupNorm, L2Normalization, LRN."""
import numpy as np

from .. import autograd
from ..base import MXNetError
from .registry import defop


def _flag(value):
    """A boolean attribute that may arrive as an MXNet string ("True", "0")."""
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true")
    return bool(value)


def _axis(axis, ndim, op):
    axis = int(axis)
    if not -ndim <= axis < ndim:
        raise MXNetError(f"{op}: axis {axis} is out of range for data with {ndim} dimensions")
    return axis % ndim


def _channel_shape(ndim, axis):
    return tuple(-1 if i == axis else 1 for i in range(ndim))


def _standardize_grad(dxhat, xhat, invstd, axes):
    """Gradient through ``xhat = (x - mean(x)) * invstd`` with mean and variance over ``axes``."""
    return invstd * (dxhat - dxhat.mean(axis=axes, keepdims=True)
                     - xhat * (dxhat * xhat).mean(axis=axes, keepdims=True))


def _check_param(op, name, p, n):
    if p.size != n:
        raise MXNetError(f"{op}: {name} has shape {p.shape}, expected ({n},)")


# ---- BatchNorm --------------------------------------------------------------------
@defop("BatchNorm", aliases=("batch_norm",), hidden=3)
def batch_norm(data, gamma, beta, moving_mean, moving_var, *, eps=1e-3, momentum=0.9, fix_gamma=True,
               use_global_stats=False, output_mean_var=False, axis=1, cudnn_off=False, min_calib_range=None,
               max_calib_range=None):
    """Normalise over every axis but ``axis``: batch statistics in training, moving ones otherwise.

    Outputs ``out`` (and ``mean``, ``1/sqrt(var + eps)`` with output_mean_var). As in MXNet the
    moving statistics are updated by the backward pass of a training-mode call, and fix_gamma
    writes ones into ``gamma``.
    """
    ax = _axis(axis, data.ndim, "BatchNorm")
    c = data.shape[ax]
    for name, p in (("gamma", gamma), ("beta", beta), ("moving_mean", moving_mean), ("moving_var", moving_var)):
        if name != "gamma" or not _flag(fix_gamma):      # a fixed gamma is never read: MXNet skips its shape
            _check_param("BatchNorm", name, p, c)
    axes = tuple(i for i in range(data.ndim) if i != ax)
    if _flag(fix_gamma):
        gamma[...] = 1
        gamma = np.ones(c, data.dtype)
    training = autograd.is_training() and not _flag(use_global_stats)
    if training:
        mean, var = _channel_moments(data, ax)
    else:
        mean, var = moving_mean, moving_var
    dtype = data.dtype
    mean, var = mean.astype(dtype), var.astype(dtype)
    invstd = (1.0 / np.sqrt(var + dtype.type(eps))).astype(dtype)
    shape = _channel_shape(data.ndim, ax)
    scale = (invstd * gamma.astype(dtype)).reshape(shape)
    out = (data - mean.reshape(shape)) * scale + beta.astype(dtype).reshape(shape)
    saved = (mean, var, np.array(training, dtype=dtype))
    return ((out, mean, invstd) if _flag(output_mean_var) else (out,)) + saved


@batch_norm.grad
def _(dy, out, data, gamma, beta, moving_mean, moving_var, *, eps=1e-3, momentum=0.9, fix_gamma=True,
      use_global_stats=False, output_mean_var=False, axis=1, cudnn_off=False, min_calib_range=None,
      max_calib_range=None):
    if _flag(output_mean_var):
        dy = dy[0]
    mean, var, trained = out[-3], out[-2], out[-1]
    ax = _axis(axis, data.ndim, "BatchNorm")
    axes = tuple(i for i in range(data.ndim) if i != ax)
    shape = _channel_shape(data.ndim, ax)
    g = np.ones(data.shape[ax], data.dtype) if _flag(fix_gamma) else gamma
    train = autograd.is_training() and not _flag(use_global_stats)
    if type(dy) is np.ndarray and data.dtype.kind == "f":
        dx, dgamma, dbeta = _bn_grad_ordered(dy, data, g, mean, var, eps, ax, train)
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
    if train and bool(trained):
        m = data.dtype.type(momentum)          # MXNet: the float momentum, (1 - m) in float too
        moving_mean[...] = moving_mean * m + mean * (data.dtype.type(1) - m)
        moving_var[...] = moving_var * m + var * (data.dtype.type(1) - m)
    return dx.astype(data.dtype, copy=False), dgamma, dbeta, None, None


# ---- LayerNorm / InstanceNorm / GroupNorm -----------------------------------------
def _moments(x, axes, eps):
    mean = x.mean(axis=axes, keepdims=True)
    std = np.sqrt(x.var(axis=axes, keepdims=True) + x.dtype.type(eps))
    return mean, std


@defop("LayerNorm", aliases=("layer_norm",), hidden=2)
def layer_norm(data, gamma, beta, *, axis=-1, eps=1e-5, output_mean_var=False):
    """Normalise over ``axis`` per sample, then scale by ``gamma`` and shift by ``beta`` along it."""
    ax = _axis(axis, data.ndim, "LayerNorm")
    for name, p in (("gamma", gamma), ("beta", beta)):
        _check_param("LayerNorm", name, p, data.shape[ax])
    mean, std = _moments(data, (ax,), eps)
    shape = _channel_shape(data.ndim, ax)
    out = (data - mean) / std * gamma.reshape(shape) + beta.reshape(shape)
    return ((out, mean, std) if _flag(output_mean_var) else (out,)) + (mean, std)


@layer_norm.grad
def _(dy, out, data, gamma, beta, *, axis=-1, eps=1e-5, output_mean_var=False):
    dy = dy[0] if _flag(output_mean_var) else dy
    ax = _axis(axis, data.ndim, "LayerNorm")
    shape = _channel_shape(data.ndim, ax)
    others = tuple(i for i in range(data.ndim) if i != ax)
    mean, std = out[-2], out[-1]
    xhat = (data - mean) / std
    dx = _standardize_grad(dy * gamma.reshape(shape), xhat, 1 / std, (ax,))
    return dx, (dy * xhat).sum(axis=others), dy.sum(axis=others)


@defop("InstanceNorm", aliases=("instance_norm",))
def instance_norm(data, gamma, beta, *, eps=1e-3):
    """Normalise each sample and channel over the spatial axes, then scale and shift per channel."""
    if data.ndim < 3:
        raise MXNetError(f"InstanceNorm: data must have at least 3 dimensions (N, C, spatial...), got {data.shape}")
    for name, p in (("gamma", gamma), ("beta", beta)):
        _check_param("InstanceNorm", name, p, data.shape[1])
    mean, std = _ordered_moments(data, eps)
    shape = _channel_shape(data.ndim, 1)
    return (data - mean) / std * gamma.reshape(shape) + beta.reshape(shape)


def _bn_grad_ordered(dy, data, gamma, mean, var, eps, ax, train):
    """BatchNorm's gradients as MXNet's CPU kernel computes them: per-channel sums in row-major order."""
    one = data.dtype.type(1)
    rows = np.moveaxis(data, ax, 0).reshape(data.shape[ax], -1)
    grows = np.moveaxis(dy, ax, 0).reshape(rows.shape)
    n = data.dtype.type(rows.shape[1])
    invstd = (one / np.sqrt(var + data.dtype.type(eps)))[:, None]
    dev = rows - mean[:, None]
    sum_g = np.add.accumulate(grows, axis=1)[:, -1:]
    dotp = np.add.accumulate(dev * grows, axis=1)[:, -1:]
    iw = invstd * gamma[:, None]
    if train:
        k = dotp * invstd * invstd / n
        dx = (grows - (sum_g / n + dev * k)) * iw
    else:
        dx = grows * iw
    dx = np.moveaxis(dx.reshape((data.shape[ax],) + tuple(np.delete(data.shape, ax))), 0, ax)
    return dx, (dotp * invstd).ravel(), sum_g.ravel()


def _channel_moments(data, ax):
    """Per-channel mean and variance, each sum added in row-major order as MXNet's kernel does."""
    rows = np.moveaxis(data, ax, 0).reshape(data.shape[ax], -1)
    n = data.dtype.type(rows.shape[1])
    mean = np.add.accumulate(rows, axis=1)[:, -1] / n
    dev = rows - mean[:, None]
    return mean, np.add.accumulate(dev * dev, axis=1)[:, -1] / n


def _ordered_moments(x, eps):
    """Per (sample, channel) mean and sqrt(var + eps), each sum added in order as MXNet's kernel does."""
    flat = x.reshape(x.shape[:2] + (-1,))
    n = x.dtype.type(flat.shape[-1])
    keep = x.shape[:2] + (1,) * (x.ndim - 2)
    mean = (np.add.accumulate(flat, axis=-1)[..., -1] / n).reshape(keep)
    dev = (x - mean).reshape(flat.shape)
    var = (np.add.accumulate(dev * dev, axis=-1)[..., -1] / n).reshape(keep)
    return mean, np.sqrt(var + x.dtype.type(eps))


@instance_norm.grad
def _(dy, out, data, gamma, beta, *, eps=1e-3):
    axes = tuple(range(2, data.ndim))
    mean, std = _ordered_moments(data, eps)
    shape = _channel_shape(data.ndim, 1)
    xhat = (data - mean) / std
    others = (0,) + axes
    dx = _standardize_grad(dy * gamma.reshape(shape), xhat, 1 / std, axes)
    return dx, (dy * xhat).sum(axis=others), dy.sum(axis=others)


def _group_view(data, num_groups, gamma):
    """(N, G, C/G, rest) view of ``data`` and the broadcast shape of gamma/beta on it."""
    n, c = data.shape[:2]
    g = int(num_groups)
    if g < 1 or c % g:
        raise MXNetError(f"GroupNorm: {c} channels of data {data.shape} cannot be split into num_groups={g}")
    grouped = data.reshape(n, g, c // g, -1)
    if gamma.shape == (g,):
        return grouped, (1, g, 1, 1)
    raise MXNetError(f"GroupNorm: gamma has shape {gamma.shape}, expected ({g},) (one per group)")


@defop("GroupNorm", aliases=("group_norm",), hidden=2)
def group_norm(data, gamma, beta, *, num_groups=1, eps=1e-5, output_mean_var=False):
    """Normalise each sample over groups of channels, then scale and shift per group."""
    x, pshape = _group_view(data, num_groups, gamma)
    mean, std = _moments(x, (2, 3), eps)
    out = ((x - mean) / std * gamma.reshape(pshape) + beta.reshape(pshape)).reshape(data.shape)
    mean, std = mean.reshape(mean.shape[:2]), std.reshape(std.shape[:2])
    return ((out, mean, std) if _flag(output_mean_var) else (out,)) + (mean, std)


@group_norm.grad
def _(dy, out, data, gamma, beta, *, num_groups=1, eps=1e-5, output_mean_var=False):
    dy = dy[0] if _flag(output_mean_var) else dy
    x, pshape = _group_view(data, num_groups, gamma)
    dy = dy.reshape(x.shape)
    mean, std = out[-2][:, :, None, None], out[-1][:, :, None, None]
    xhat = (x - mean) / std
    dx = _standardize_grad(dy * gamma.reshape(pshape), xhat, 1 / std, (2, 3))
    reduce = tuple(i for i, s in enumerate(pshape) if s == 1)
    return (dx.reshape(data.shape), (dy * xhat).sum(axis=reduce).reshape(gamma.shape),
            dy.sum(axis=reduce).reshape(beta.shape))


# ---- L2Normalization / LRN --------------------------------------------------------
def _l2_axes(data, mode):
    if mode == "instance":
        return tuple(range(1, data.ndim))
    if mode in ("channel", "spatial") and data.ndim < 3:
        raise MXNetError(f"L2Normalization: mode={mode!r} needs data with at least 3 dimensions, got {data.shape}")
    if mode == "channel":
        return (1,)
    if mode == "spatial":
        return tuple(range(2, data.ndim))
    raise MXNetError(f"L2Normalization: mode must be 'instance', 'channel' or 'spatial', got {mode!r}")


@defop("L2Normalization", aliases=("l2_normalization",))
def l2_normalization(data, *, eps=1e-10, mode="instance"):
    """Divide by the L2 norm over the axes ``mode`` names (all but batch, channel, or spatial)."""
    norm = np.sqrt((data * data).sum(axis=_l2_axes(data, mode), keepdims=True) + data.dtype.type(eps))
    return data / norm


@l2_normalization.grad
def _(dy, out, data, *, eps=1e-10, mode="instance"):
    axes = _l2_axes(data, mode)
    norm = np.sqrt((data * data).sum(axis=axes, keepdims=True) + data.dtype.type(eps))
    return (dy - out * (dy * out).sum(axis=axes, keepdims=True)) / norm


def _channel_window_sum(a, nsize, transposed=False):
    """Sum of ``a`` over the ``nsize`` channels from c - nsize//2 to c + (nsize-1)//2 (clipped at the
    ends); ``transposed``: over the channels whose window holds c (the same when nsize is odd)."""
    before, after = int(nsize) // 2, (int(nsize) - 1) // 2
    if transposed:
        before, after = after, before
    c = a.shape[1]
    csum = np.concatenate([np.zeros_like(a[:, :1]), np.cumsum(a, axis=1)], axis=1)
    hi = np.minimum(np.arange(c) + after + 1, c)
    lo = np.maximum(np.arange(c) - before, 0)
    return csum[:, hi] - csum[:, lo]


def _lrn_scale(data, alpha, nsize, knorm):
    return knorm + (alpha / nsize) * _channel_window_sum(data * data, nsize)


@defop("LRN", aliases=("lrn",))
def lrn(data, *, alpha=1e-4, beta=0.75, knorm=2.0, nsize):
    """Local response normalisation across ``nsize`` neighbouring channels."""
    if data.ndim < 3:
        raise MXNetError(f"LRN: data must have at least 3 dimensions (N, C, ...), got {data.shape}")
    return (data * _lrn_scale(data, alpha, int(nsize), knorm) ** -beta).astype(data.dtype, copy=False)


@lrn.grad
def _(dy, out, data, *, alpha=1e-4, beta=0.75, knorm=2.0, nsize):
    nsize = int(nsize)
    scale = _lrn_scale(data, alpha, nsize, knorm)
    back = _channel_window_sum(dy * out / scale, nsize, transposed=True)
    return dy * scale ** -beta - (2 * alpha * beta / nsize) * data * back
