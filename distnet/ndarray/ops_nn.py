"""Dense neural-network operators: FullyConnected, softmax family, activations, Embedding, output layers.

The ``*Output`` operators and MakeLoss follow MXNet: their backward is the gradient of the loss they
stand for and ignores the incoming gradient.
"""
import math

import numpy as np

from .. import autograd as _ag
from ..base import MXNetError
from .ops_elemwise import libm_f32, libm_f64
from .registry import defop


def _raw(x):
    """A numpy array from an input that may arrive as a keyword NDArray (e.g. ``length=``)."""
    return getattr(x, "_data", x)


def _shape_str(s):
    return "[" + ",".join(str(d) for d in s) + "]"


# ---- FullyConnected ------------------------------------------------------------------
def _fc_input(data, flatten):
    return data.reshape(data.shape[0], -1) if flatten else data


@defop("FullyConnected")
def fully_connected(data, weight, bias=None, *, num_hidden=None, no_bias=False, flatten=True):
    """``data @ weight.T + bias``; weight has shape (num_hidden, input units)."""
    x = _fc_input(data, flatten)
    if weight is None or weight.ndim != 2 or weight.shape[1] != x.shape[-1] or \
            (num_hidden is not None and weight.shape[0] != int(num_hidden)):
        want = (int(num_hidden) if num_hidden is not None else "num_hidden", x.shape[-1])
        raise MXNetError(f"FullyConnected: weight has shape {_shape_str(getattr(weight, 'shape', ()))} but data of "
                         f"shape {_shape_str(data.shape)} (flatten={int(bool(flatten))}) needs weight shape "
                         f"({want[0]}, {want[1]})")
    y = x @ weight.T
    if not no_bias and bias is not None:
        if bias.shape != (weight.shape[0],):
            raise MXNetError(f"FullyConnected: bias has shape {_shape_str(bias.shape)}, expected [{weight.shape[0]}]")
        y = y + bias
    return y


@fully_connected.grad
def _(dy, out, data, weight=None, bias=None, num_hidden=None, no_bias=False, flatten=True, needs=(True,) * 3):
    x = _fc_input(data, flatten)
    dx = (dy @ weight).reshape(data.shape) if needs[0] else None
    dy2 = dy.reshape(-1, dy.shape[-1])
    dw = dy2.T @ x.reshape(-1, x.shape[-1]) if needs[1] else None
    db = dy2.sum(axis=0) if bias is not None and not no_bias and needs[2:3] != (False,) else None
    return dx, dw, db


# ---- softmax family ------------------------------------------------------------------
def _length_mask(data, length, axis):
    """True where the position along ``axis`` is below ``length`` (one length per other index)."""
    axis = axis % data.ndim
    pos = np.arange(data.shape[axis]).reshape((-1,) + (1,) * (data.ndim - axis - 1))
    return pos < np.expand_dims(np.asarray(_raw(length)), axis)


_EXACT_SOFTMAX = (np.float32, np.float64)     # dtypes whose softmax follows MXNet's steps exactly


def _softmax(x, axis, mask=None):
    if _exact_softmax(x, axis, 1.0, mask):
        z, e, total = _softmax_parts(x, axis, 1.0, mask)
        return e / np.where(total == 0, np.float32(1), total)
    if mask is not None:
        x = np.where(mask, x, -np.inf)
    e = np.exp(x - x.max(axis=axis, keepdims=True))
    if mask is not None:
        e = np.where(mask, e, 0)
    s = e.sum(axis=axis, keepdims=True)
    return e / np.where(s == 0, 1, s)


def _softmax_parts(x, axis, t, mask=None):
    """MXNet's softmax steps: z = (x - max) / t, e = exp(z) from the C library, total = e summed in order."""
    if mask is not None:
        x = np.where(mask, x, np.float32(-np.inf))
    with np.errstate(invalid="ignore"):
        z = x - x.max(axis=axis, keepdims=True)
        if t != 1:
            z = z / z.dtype.type(t)
        e = libm_f32("expf", np.exp, z) if z.dtype == np.float32 else libm_f64("exp", np.exp, z)
    if mask is not None:
        e = np.where(mask, e, np.float32(0))
    n = e.shape[axis]
    total = np.add.accumulate(e, axis=axis).take([n - 1], axis=axis)   # accumulate adds strictly in order
    return z, e, total


def _exact_softmax(data, axis, t, mask=None):
    """Whether MXNet's own kernel (reproduced step by step) runs: not for float32 over the last axis at
    temperature 1, which MXNet hands to oneDNN, whose order distnet cannot follow (the fast path then)."""
    if data.dtype not in _EXACT_SOFTMAX or not data.size:
        return False
    onednn = data.dtype == np.float32 and axis % data.ndim == data.ndim - 1 and t == 1 and mask is None
    return not onednn


def _out_dtype(data, dtype):
    return data.dtype if dtype in (None, "None") else np.dtype(dtype)


@defop("softmax", methods=("softmax",))
def softmax(data, length=None, *, axis=-1, temperature=None, dtype=None, use_length=False):
    """Softmax along ``axis`` (divided by ``temperature``); with use_length, positions >= length are 0."""
    t = 1.0 if temperature in (None, "None") else float(temperature)
    mask = _length_mask(data, length, axis) if use_length else None
    if _exact_softmax(data, axis, t, mask):
        z, e, total = _softmax_parts(data, axis, t, mask)
        return (e / np.where(total == 0, np.float32(1), total)).astype(_out_dtype(data, dtype))
    return _softmax(data / t, axis, mask).astype(_out_dtype(data, dtype))


@softmax.grad
def _(dy, out, data, length=None, axis=-1, temperature=None, dtype=None, use_length=False):
    t = 1.0 if temperature in (None, "None") else float(temperature)
    g = out * (dy - (dy * out).sum(axis=axis, keepdims=True)) / t
    return g.astype(data.dtype), None


@defop("log_softmax", methods=("log_softmax",))
def log_softmax(data, *, axis=-1, temperature=None, dtype=None, use_length=False):
    """Logarithm of softmax along ``axis``."""
    t = 1.0 if temperature in (None, "None") else float(temperature)
    if _exact_softmax(data, axis, t):
        z, e, total = _softmax_parts(data, axis, t)
        log = libm_f32("logf", np.log, total) if data.dtype == np.float32 else libm_f64("log", np.log, total)
        return (z - log).astype(_out_dtype(data, dtype))
    x = data / t
    x = x - x.max(axis=axis, keepdims=True)
    return (x - np.log(np.exp(x).sum(axis=axis, keepdims=True))).astype(_out_dtype(data, dtype))


@log_softmax.grad
def _(dy, out, data, axis=-1, temperature=None, dtype=None, use_length=False):
    t = 1.0 if temperature in (None, "None") else float(temperature)
    g = dy - np.exp(out) * dy.sum(axis=axis, keepdims=True)
    return (g if t == 1 else g / t).astype(data.dtype, copy=False)


@defop("softmin", methods=("softmin",))
def softmin(data, *, axis=-1, temperature=None, dtype=None, use_length=False):
    """Softmax of ``-data`` along ``axis``."""
    t = 1.0 if temperature in (None, "None") else float(temperature)
    if data.dtype in _EXACT_SOFTMAX and data.size:
        z, e, total = _softmax_parts(-data, axis, t)
        return (e / total).astype(_out_dtype(data, dtype))
    return _softmax(-data / t, axis).astype(_out_dtype(data, dtype))


@softmin.grad
def _(dy, out, data, axis=-1, temperature=None, dtype=None, use_length=False):
    t = 1.0 if temperature in (None, "None") else float(temperature)
    return (-out * (dy - (dy * out).sum(axis=axis, keepdims=True)) / t).astype(data.dtype)


def _activation_axis(data, mode):
    if mode == "channel":
        return 1
    if mode == "instance":
        return -1
    raise MXNetError(f"SoftmaxActivation: mode must be 'instance' or 'channel', got {mode!r}")


@defop("SoftmaxActivation")
def softmax_activation(data, *, mode="instance"):
    """Softmax over the last axis (instance) or over axis 1 (channel)."""
    return _softmax(data, _activation_axis(data, mode)).astype(data.dtype)


@softmax_activation.grad
def _(dy, out, data, mode="instance"):
    axis = _activation_axis(data, mode)
    return out * (dy - (dy * out).sum(axis=axis, keepdims=True))


# ---- SoftmaxOutput ---------------------------------------------------------------------
def _so_layout(data, multi_output, preserve_shape):
    """(axis of the classes, 2-D-or-3-D view of data) for SoftmaxOutput's three layouts."""
    if multi_output:
        return 1, data.reshape(data.shape[0], data.shape[1], -1)
    if preserve_shape:
        return -1, data.reshape(-1, data.shape[-1])
    return -1, data.reshape(data.shape[0], -1)


@defop("SoftmaxOutput", aliases=("Softmax",))
def softmax_output(data, label, *, grad_scale=1.0, ignore_label=-1.0, multi_output=False, use_ignore=False,
                   preserve_shape=False, normalization="null", out_grad=False, smooth_alpha=0.0):
    """Softmax of ``data`` (over axis 1 with multi_output, the last axis with preserve_shape, else
    over all but the batch axis); its backward is the cross-entropy gradient against ``label``."""
    axis, view = _so_layout(data, multi_output, preserve_shape)
    return _softmax(view, axis).reshape(data.shape).astype(data.dtype)


def _onehot(label, k, axis, ndim):
    """One-hot of integer-valued ``label`` with the classes on ``axis``; out-of-range labels give zeros."""
    lab = np.expand_dims(label, axis)
    shape = [1] * ndim
    shape[axis] = k
    return (np.arange(k).reshape(shape) == lab).astype(np.float64)


@softmax_output.grad
def _(dy, out, data, label=None, grad_scale=1.0, ignore_label=-1.0, multi_output=False, use_ignore=False,
      preserve_shape=False, normalization="null", out_grad=False, smooth_alpha=0.0):
    axis, p = _so_layout(out, multi_output, preserve_shape)
    k = p.shape[axis]
    if multi_output:
        lab = label.reshape(p.shape[0], -1)
        g = p - _onehot(lab, k, 1, 3)
    elif label.shape == data.shape:                      # probabilities given as the label
        lab = None
        g = p - label.reshape(p.shape)
    else:
        lab = label.reshape(-1)[:p.shape[0]]
        target = _onehot(lab, k, 1, 2)
        if smooth_alpha:
            target = target * (1 - smooth_alpha) + (1 - target) * smooth_alpha / (k - 1)
        g = p - target
    keep = None
    if lab is not None and use_ignore:
        keep = lab != ignore_label
        g = g * np.expand_dims(keep, 1)
    if normalization == "batch":
        count = data.shape[0] if (multi_output or lab is None) else label.size
    elif normalization == "valid":
        count = max(int(keep.sum() if keep is not None else (label != ignore_label).sum()), 1)
    else:
        count = 1
    scale = grad_scale / count
    if multi_output and normalization != "valid":
        scale /= p.shape[2]
    g = g * scale
    if out_grad:
        g = g * dy.reshape(g.shape)
    return g.reshape(data.shape).astype(data.dtype), None


@defop("softmax_cross_entropy")
def softmax_cross_entropy(data, label):
    """Cross-entropy of softmax(data) against integer labels, summed over the batch: shape (1,)."""
    p = _softmax(data.astype(np.float64), -1)
    picked = p[np.arange(data.shape[0]), label.astype(np.int64)]
    return np.array([-np.log(picked).sum()], dtype=data.dtype)


@softmax_cross_entropy.grad
def _(dy, out, data, label):
    p = _softmax(data, -1)
    return (dy.reshape(()) * (p - _onehot(label, data.shape[1], 1, 2))).astype(data.dtype), None


# ---- activations ----------------------------------------------------------------------
def _sigmoid(x):
    return 1 / (1 + np.exp(-x))


def _softrelu(x):
    return np.logaddexp(0, x).astype(x.dtype)


# act_type -> (forward(x), derivative(x, y))
ACTIVATIONS = {
    "relu": (lambda x: np.maximum(x, 0), lambda x, y: x > 0),
    "sigmoid": (_sigmoid, lambda x, y: y * (1 - y)),
    "tanh": (np.tanh, lambda x, y: 1 - y * y),
    "softrelu": (_softrelu, lambda x, y: _sigmoid(x)),
    "softsign": (lambda x: x / (1 + np.abs(x)), lambda x, y: 1 / (1 + np.abs(x)) ** 2),
    "log_sigmoid": (lambda x: -_softrelu(-x), lambda x, y: 1 - _sigmoid(x)),
    "mish": (lambda x: x * np.tanh(_softrelu(x)),
             lambda x, y: np.tanh(_softrelu(x)) + x * _sigmoid(x) * (1 - np.tanh(_softrelu(x)) ** 2)),
}


def _act(name, act_type):
    if act_type not in ACTIVATIONS:
        raise MXNetError(f"{name}: unknown act_type {act_type!r}; expected one of {sorted(ACTIVATIONS)}")
    return ACTIVATIONS[act_type]


@defop("Activation")
def activation(data, *, act_type=None):
    """Elementwise activation: relu, sigmoid, tanh, softrelu or softsign."""
    return _act("Activation", act_type)[0](data).astype(data.dtype, copy=False)


@activation.grad
def _(dy, out, data, act_type=None):
    return dy * _act("Activation", act_type)[1](data, out)


activation.elementwise = True


def _unary_op(name, act_type):
    fwd, deriv = ACTIVATIONS[act_type]

    def forward(data):
        return fwd(data).astype(data.dtype, copy=False)
    forward.__doc__ = f"Elementwise ``{name}``."
    op = defop(name)(forward)
    op.elementwise = True
    op.grad(lambda dy, out, x: dy * deriv(x, out))
    return op


_unary_op("log_sigmoid", "log_sigmoid")
_unary_op("mish", "mish")


@defop("hard_sigmoid")
def hard_sigmoid(data, *, alpha=0.2, beta=0.5):
    """``clip(alpha * x + beta, 0, 1)``."""
    return np.clip(alpha * data + beta, 0, 1).astype(data.dtype)


@hard_sigmoid.grad
def _(dy, out, data, alpha=0.2, beta=0.5):
    z = alpha * data + beta
    return dy * alpha * ((z > 0) & (z < 1))


hard_sigmoid.elementwise = True

# ---- LeakyReLU -------------------------------------------------------------------------
_SELU_ALPHA, _SELU_LAMBDA = 1.6732632423543772848170429916717, 1.0507009873554804934193349852946
_SQRT2 = math.sqrt(2.0)


def _erf(x):
    from .ops_elemwise import _erf as erf
    return erf(x)


def _gamma_view(gamma, data):
    """``gamma`` broadcast along axis 1 of ``data`` (one slope per channel, or one for all)."""
    if gamma.size == 1 or data.ndim < 2:
        return gamma.reshape((1,) * data.ndim) if data.ndim else gamma.reshape(())
    return gamma.reshape((1, -1) + (1,) * (data.ndim - 2))


def _rrelu_slopes(data, lower_bound, upper_bound):
    from .ops_random import _uniforms
    u = _uniforms(data.size).reshape(data.shape)
    return (lower_bound + (upper_bound - lower_bound) * u).astype(data.dtype)


# MXNet's float32 gelu (through oneDNN) evaluates erf with the Abramowitz-Stegun rational
# approximation (|error| < 1.5e-7) in fused multiply-adds; this form matches 61% of its results
# bit for bit and the rest within 17 ulps (the exact erf is off by up to 1e-4 relative near x=-3).
_AS_P = np.float32(0.3275911)
_AS_COEFFS = [np.float32(c) for c in (1.061405429, -1.453152027, 1.421413741, -0.284496736, 0.254829592)]


def _fma32(a, b, c):
    """float32 a * b + c rounded once (the product is exact in float64)."""
    return (np.asarray(a, np.float64) * b + c).astype(np.float32)


def _gelu_f32(x):
    """0.5 x (1 + erf(x / sqrt 2)) as MXNet's float32 CPU kernel approximates it."""
    one = np.float32(1)
    z = x * np.float32(1 / _SQRT2)
    size = np.abs(z)
    t = one / _fma32(_AS_P, size, one)
    poly = _AS_COEFFS[0]
    for c in _AS_COEFFS[1:]:
        poly = _fma32(poly, t, c)
    poly = poly * t
    e = one - poly * libm_f32("expf", np.exp, -(size * size))
    e = np.where(z < 0, -e, e)
    half = np.float32(0.5) * x
    return _fma32(half, e, half)


@defop("LeakyReLU", hidden=1)
def leaky_relu(data, gamma=None, *, act_type="leaky", slope=0.25, lower_bound=0.125, upper_bound=0.334):
    """Leaky ReLU family: leaky, prelu (learned ``gamma`` per channel), rrelu, elu, selu, gelu."""
    if act_type == "leaky":
        y = np.where(data > 0, data, slope * data)
    elif act_type == "prelu":
        if gamma is None:
            raise MXNetError("LeakyReLU: act_type='prelu' needs the gamma input (one slope per channel)")
        y = np.where(data > 0, data, _gamma_view(gamma, data) * data)
    elif act_type == "rrelu":
        if _ag.is_training():
            slopes = _rrelu_slopes(data, lower_bound, upper_bound)
        else:
            slopes = np.full(data.shape, (lower_bound + upper_bound) / 2, dtype=data.dtype)
        return np.where(data > 0, data, slopes * data).astype(data.dtype), slopes
    elif act_type == "elu" and data.dtype == np.float32:      # MXNet: slope * (expf(x) - 1)
        neg = libm_f32("expf", np.exp, np.minimum(data, 0)) - np.float32(1)
        y = np.where(data > 0, data, np.float32(slope) * neg)
    elif act_type == "elu":
        y = np.where(data > 0, data, slope * np.expm1(np.minimum(data, 0)))
    elif act_type == "selu" and data.dtype == np.float32:     # MXNet: lambda * (alpha * expm1f(x))
        lam, alpha = np.float32(_SELU_LAMBDA), np.float32(_SELU_ALPHA)
        neg = lam * (alpha * libm_f32("expm1f", np.expm1, np.minimum(data, 0)))
        y = np.where(data > 0, lam * data, neg)
    elif act_type == "selu":
        y = _SELU_LAMBDA * np.where(data > 0, data, _SELU_ALPHA * np.expm1(np.minimum(data, 0)))
    elif act_type == "gelu" and data.dtype == np.float32:
        y = _gelu_f32(data)
    elif act_type == "gelu":
        y = 0.5 * data * (1 + _erf(data / _SQRT2))
    else:
        raise MXNetError(f"LeakyReLU: unknown act_type {act_type!r}; expected one of "
                         "['elu', 'gelu', 'leaky', 'prelu', 'rrelu', 'selu']")
    return y.astype(data.dtype, copy=False), np.zeros((1,), dtype=data.dtype)


@leaky_relu.grad
def _(dy, out, data, gamma=None, act_type="leaky", slope=0.25, lower_bound=0.125, upper_bound=0.334):
    y, hidden = out
    pos = data > 0
    if act_type == "leaky":
        return (dy * np.where(pos, 1, slope),) + ((None,) if gamma is not None else ())
    if act_type == "prelu":
        g = _gamma_view(gamma, data)
        dgamma = (dy * np.where(pos, 0, data)).sum(axis=tuple(i for i in range(data.ndim) if
                                                              g.shape[i] == 1 or g.ndim == 0))
        return dy * np.where(pos, 1, g), dgamma.reshape(gamma.shape)
    if act_type == "rrelu":
        d = dy * np.where(pos, 1, hidden)
    elif act_type == "elu":
        d = dy * np.where(pos, 1, y + slope)
    elif act_type == "selu":
        # MXNet 1.9.1 uses lambda * (y + alpha) below zero (y already scaled by lambda); kept for parity.
        d = dy * np.where(pos, _SELU_LAMBDA, _SELU_LAMBDA * (y + _SELU_ALPHA))
    else:   # gelu
        d = dy * (0.5 * (1 + _erf(data / _SQRT2)) + data * np.exp(-0.5 * data * data) / math.sqrt(2 * math.pi))
    return (d,) + ((None,) if gamma is not None else ())


# ---- Embedding -------------------------------------------------------------------------
def _rows(data, input_dim):
    """MXNet's index rule: clip into [0, input_dim - 1], then truncate to an integer."""
    return np.clip(data, 0, int(input_dim) - 1).astype(np.int64)


@defop("Embedding")
def embedding(data, weight, *, input_dim=None, output_dim=None, dtype="float32", sparse_grad=False):
    """Rows of ``weight`` (input_dim, output_dim) picked by the (float) indices in ``data``."""
    if weight is None or weight.ndim != 2 or (input_dim is not None and output_dim is not None and
                                               weight.shape != (int(input_dim), int(output_dim))):
        raise MXNetError(f"Embedding: weight has shape {_shape_str(getattr(weight, 'shape', ()))}, expected "
                         f"(input_dim, output_dim) = ({input_dim}, {output_dim})")
    return weight[_rows(data, weight.shape[0])]


@embedding.grad
def _(dy, out, data, weight=None, input_dim=None, output_dim=None, dtype="float32", sparse_grad=False):
    g = np.zeros(weight.shape, dtype=dy.dtype)
    np.add.at(g, _rows(data, weight.shape[0]).reshape(-1), dy.reshape(-1, weight.shape[1]))
    return None, g


# ---- regression outputs and MakeLoss ----------------------------------------------------------
def _regression(name, forward, residual):
    """Register ``name(data, label, grad_scale)``: forward(data); backward residual(out, label) * scale."""
    def fwd(data, label, *, grad_scale=1.0):
        return forward(data).astype(data.dtype, copy=False)
    fwd.__doc__ = f"``{name}``: the prediction; its backward is the loss gradient against ``label``."
    op = defop(name)(fwd)

    @op.grad
    def _(dy, out, data, label=None, grad_scale=1.0):
        per_sample = label.size // label.shape[0] if label.ndim else 1
        g = residual(out, label.reshape(out.shape)) * (grad_scale / per_sample)
        return g.astype(data.dtype), None
    return op


_regression("LinearRegressionOutput", lambda x: x.copy(), lambda y, t: y - t)
_regression("LogisticRegressionOutput", _sigmoid, lambda y, t: y - t)
_regression("MAERegressionOutput", lambda x: x.copy(), lambda y, t: np.sign(y - t))


@defop("MakeLoss", aliases=("make_loss",))
def make_loss(data, *, grad_scale=1.0, valid_thresh=0.0, normalization="null"):
    """``data`` as a loss: its gradient is ``grad_scale`` (normalized by batch or valid count)."""
    return data.copy()


@make_loss.grad
def _(dy, out, data, grad_scale=1.0, valid_thresh=0.0, normalization="null"):
    if normalization == "batch":
        scale = grad_scale / data.shape[0]
    elif normalization == "valid":
        scale = grad_scale / max(int((data > valid_thresh).sum()), 1)
    else:
        scale = grad_scale
    return np.full(data.shape, scale, dtype=data.dtype)
