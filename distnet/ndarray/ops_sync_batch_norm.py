"""``nd.contrib.SyncBatchNorm`` as MXNet's own kernel computes it on one device (not oneDNN's BatchNorm).

Channel sums add each sample's pixels in order, then the samples in order; the variance is E[x^2] - E[x]^2;
the third output (with output_mean_var) is that variance. Moving statistics change in a training backward.
"""
import numpy as np

from .. import autograd
from ..base import MXNetError
from .ops_contrib import float_attr
from .ops_conv import _flag
from .ops_elemwise import _powf
from .failures import KernelError
from .registry import defop
from .serialize import DTYPE_TO_FLAG


def _channel_sums(v):
    """Per-channel sums of (N, C, ...) as mshadow's reduction keeps them: each sample's pixels, then samples."""
    if v.size == 0:
        return np.zeros(v.shape[1], v.dtype)
    per_sample = np.cumsum(v.reshape(v.shape[0], v.shape[1], -1), axis=2, dtype=v.dtype)[..., -1]
    return np.cumsum(per_sample, axis=0, dtype=v.dtype)[-1] + v.dtype.type(0)     # a sum from +0: -0 terms give +0


def _check(data, params):
    """The parameters share the data's type (float32 for half data), as MXNet's type inference demands."""
    want = np.dtype(np.float32) if data.dtype == np.float16 else data.dtype
    for name, p in zip(("gamma", "beta", "moving_mean", "moving_var"), params):
        if p.dtype != want:
            raise MXNetError(f"Check failed: (*in_type)[i] == dtype_param ({DTYPE_TO_FLAG[p.dtype]} vs. "
                             f"{DTYPE_TO_FLAG[want]}) : This layer requires uniform type. "
                             f"Expected '{want.name}' v.s. given '{p.dtype.name}' at '{name}'")


def check_channel_axis(ndim):
    """The channels are axis 1, read without a check of its own: lower ranks fail MXNet's shape indexing."""
    if ndim < 2:
        raise MXNetError(f"Check failed: i >= 0 && i < ndim(): index = 1 must be in range [0, {ndim})")


# a negative eps gives nan (or inf) statistics quietly, as MXNet's kernel does
@defop("_contrib_SyncBatchNorm", hidden=3)
@np.errstate(divide="ignore", invalid="ignore")
def sync_batch_norm(data, gamma, beta, moving_mean, moving_var, *, eps=1e-3, momentum=0.9, fix_gamma=True,
                    use_global_stats=False, output_mean_var=False, ndev=1, key):
    """BatchNorm over channel axis 1 with this device's batch statistics (ndev copies of the same batch)."""
    _check(data, (gamma, beta, moving_mean, moving_var))
    check_channel_axis(data.ndim)
    training = autograd.is_training() and not _flag(use_global_stats)
    problem = _kernel_problem(data, (gamma, beta, moving_mean, moving_var), key, training)
    if problem:
        stats = np.zeros(data.shape[1], data.dtype)
        outputs = (np.zeros_like(data), stats, stats) if _flag(output_mean_var) else (np.zeros_like(data),)
        raise KernelError(problem, outputs + (stats, stats, np.array(training)))
    t = data.dtype.type
    shape = (1, data.shape[1]) + (1,) * (data.ndim - 2)
    if _flag(fix_gamma):
        gamma[...] = 1          # MXNet writes the fixed gamma into the parameter
    slope, bias = gamma.reshape(shape), beta.reshape(shape)
    eps = t(float_attr(eps))
    if training:
        scale = t(data.shape[1]) / t(data.size)
        mean = _channel_sums(data) * scale
        var = _channel_sums(data * data) * scale
        var = var - mean * mean
        out = slope * (data - mean.reshape(shape)) / np.sqrt(var.reshape(shape) + eps) + bias
    else:
        mean, var = np.zeros_like(moving_mean), np.zeros_like(moving_var)      # MXNet leaves them unwritten
        std = np.sqrt(moving_var.reshape(shape) + eps)
        out = (slope / std) * data + (bias - (slope * moving_mean.reshape(shape)) / std)
    saved = (mean, var, np.array(training))
    return ((out, mean, var) if _flag(output_mean_var) else (out,)) + saved


# the channel count of each key's first training call: MXNet's buffers shared under a key keep that size
_KEY_CHANNELS = {}
_C_TYPE_NAMES = {"float64": "double", "float16": "half", "int32": "int", "int64": "long long", "int8": "char",
                 "uint8": "unsigned char"}


def _kernel_problem(data, params, key, training):
    """What MXNet's kernel refuses when it runs (raised on reading the result), or None."""
    channels = data.shape[1]
    first = _KEY_CHANNELS.setdefault(key, channels) if training else channels
    if data.dtype != np.float32:        # the kernel reads its float32 workspace in the data's type
        return ("Check failed: mshadow: :DataType<DType>::kFlag == type_flag_: TBlob.get_with_shape: data type do "
                f"not match specified type.Expected: {_C_TYPE_NAMES.get(data.dtype.name, data.dtype.name)} v.s. "
                "given float")
    if first != channels:
        return (f"Copy: Check failed: _dst.shape_ == _src.shape_ (({first},) vs. ({channels},)) : shape "
                f"mismatch:({first},) vs ({channels},)")
    return _expression_shapes(params, channels, training)


def _expression_shapes(params, channels, training):
    """mshadow's shape checks of the kernel's expression ``slope-term * data + bias-term``, right operand first:
    training broadcasts beta, then gamma, over the channels; inference pairs gamma with moving_mean and
    moving_var and beta with gamma before broadcasting beta's term, then gamma's. MXNet's shape inference lets
    these inputs through as given, so only the kernel finds them."""
    gamma, beta, moving_mean, moving_var = ((p.shape or (1,))[0] for p in params)
    if training:
        checks = (("channels", beta), ("channels", gamma))
    else:
        checks = ((gamma, moving_mean), (gamma, moving_var), (beta, gamma), ("channels", beta), ("channels", gamma))
    for a, b in checks:
        if a == "channels" and b != channels:
            return (f"Check failed: ShapeCheckDim1SrcExp: :Check(src.self())[0] == shape[dimcast] ({b} vs. "
                    f"{channels}) : broadcast, shape mismatch")
        if a != "channels" and a != b:
            return (f"BinaryMapExp: Check failed: shape1 == shape2 (({a},) vs. ({b},)) : Shapes of operands are not "
                    f"the same, Shape1=({a},), Shape2=({b},)")
    return None


@sync_batch_norm.grad
@np.errstate(divide="ignore", invalid="ignore")
def _(dy, out, data, gamma, beta, moving_mean, moving_var, *, key, eps=1e-3, momentum=0.9, fix_gamma=True,
      use_global_stats=False, output_mean_var=False, ndev=1):
    if _flag(output_mean_var):
        dy = dy[0]
    t = data.dtype.type
    shape = (1, data.shape[1]) + (1,) * (data.ndim - 2)
    eps = t(float_attr(eps))
    slope = np.ones_like(gamma) if _flag(fix_gamma) else gamma
    if autograd.is_training() and not _flag(use_global_stats):
        mean, var = out[-3], out[-2]
        scale = t(data.shape[1]) / t(data.size)
        centred = data - mean.reshape(shape)
        sum_grad, sum_prod = _channel_sums(dy), _channel_sums(dy * centred)
        var_eps = var + eps
        grad_var = sum_prod * slope * t(-0.5) * _powf(var_eps, t(-1.5))   # the C library's pow, as MXNet's kernel
        grad_mean = sum_grad * slope * (t(-1) / np.sqrt(var_eps))
        dgamma = _channel_sums(dy * centred / np.sqrt(var_eps.reshape(shape)))
        dx = (dy * slope.reshape(shape)) * (t(1) / np.sqrt(var_eps)).reshape(shape) \
            + grad_var.reshape(shape) * scale * t(2) * centred + grad_mean.reshape(shape) * scale
        m = t(float_attr(momentum))
        moving_mean[...] = moving_mean * m + mean * (t(1) - m)
        moving_var[...] = moving_var * m + var * (t(1) - m)
    else:
        std = np.sqrt(moving_var.reshape(shape) + eps)
        dgamma = _channel_sums(dy * (data - moving_mean.reshape(shape)) / std)
        dx = (dy * slope.reshape(shape)) * (t(1) / std)
    if _flag(fix_gamma):
        dgamma = np.zeros_like(gamma)
    return dx.astype(data.dtype, copy=False), dgamma, _channel_sums(dy), None, None
