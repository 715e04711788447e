"""Probability densities of samples (``random_pdf_<dist>``), with gradients w.r.t. sample and parameters.

Parameters have one shape P; the sample has shape P + E (E extra sample axes, possibly none) and
the output has the sample's shape (Dirichlet: the last axis K is the event, so alpha is P + (K,),
the sample P + E + (K,) and the output P + E). Densities follow MXNet's kernels step by step (their
rounding included; float16 ones with mshadow's half_t arithmetic), and so do their gradients (float16
ones in half steps, numpy's half arithmetic rounding each step as mshadow's half_t does). As in MXNet, no
support checks are made: the uniform density is 1 / (high - low) everywhere and the exponential one is used
for negative samples.
"""
import inspect
import math

import numpy as np

from ..base import MXNetError, located
from .ops_elemwise import c_double, libm_f32, libm_f64
from .failures import KernelError, real_switch_refusal
from .registry import defop
from .shape_text import provided
from .ops_linalg import same_dtype
from ..util import is_np_shape


def _c_double_of(cname, fn):
    """The C library's double ``cname`` of a value read as a double (a half_t operand included)."""
    run = c_double(cname, fn)
    return lambda v: run(np.asarray(v, np.float64))


_log, _log1p, _exp = _c_double_of("log", np.log), _c_double_of("log1p", np.log1p), _c_double_of("exp", np.exp)


def _lgamma_one(x):
    try:
        return math.lgamma(x)
    except ValueError:      # a pole (non-positive integer)
        return math.inf


_lgamma_vec = np.frompyfunc(_lgamma_one, 1, 1)


def lgamma(x):
    """log|Gamma(x)| element-wise, in float64."""
    return np.asarray(_lgamma_vec(np.asarray(x, dtype=np.float64)), dtype=np.float64)


def digamma(x):
    """The digamma function for positive ``x``: recurrence up to 6, then the asymptotic series."""
    x = np.array(x, dtype=np.float64)
    acc = np.zeros_like(x)
    small = x < 6
    while small.any():
        acc = acc - np.where(small, 1.0 / np.where(small, x, 1.0), 0.0)
        x = np.where(small, x + 1, x)
        small = x < 6
    r = 1.0 / (x * x)
    series = r * (1 / 12 - r * (1 / 120 - r * (1 / 252 - r * (1 / 240 - r * (1 / 132)))))
    return acc + _log(x) - 0.5 / x - series


# Each distribution: log-density and its partial derivatives w.r.t. (sample, *params), all float64.
def _uniform(x, low, high):
    width = high - low
    logp = -_log(width) + 0 * x
    return logp, (0 * x, 1 / width + 0 * x, -1 / width + 0 * x)


def _normal(x, mu, sigma):
    z = (x - mu) / sigma
    logp = -0.5 * z * z - _log(sigma) - 0.5 * math.log(2 * math.pi)
    return logp, (-z / sigma, z / sigma, (z * z - 1) / sigma)


def _gamma(x, alpha, beta):
    # beta is the rate, as MXNet computes it
    logp = alpha * _log(beta) + (alpha - 1) * _log(x) - beta * x - lgamma(alpha)
    return logp, ((alpha - 1) / x - beta, _log(beta) + _log(x) - digamma(alpha), alpha / beta - x)


def _exponential(x, lam):
    return _log(lam) - lam * x, (-lam + 0 * x, 1 / lam - x)


def _poisson(x, lam):
    logp = x * _log(lam) - lam - lgamma(x + 1)
    return logp, (0 * x, x / lam - 1)


def _negative_binomial(x, k, p):
    logp = lgamma(x + k) - lgamma(x + 1) - lgamma(k) + k * _log(p) + x * _log1p(-p)
    return logp, (0 * x, digamma(x + k) - digamma(k) + _log(p), k / p - x / (1 - p))


def _generalized_negative_binomial(x, mu, alpha):
    k, p = 1 / alpha, 1 / (1 + alpha * mu)
    logp, (dx, dk, dp) = _negative_binomial(x, k, p)
    # chain rule through k = 1/alpha, p = 1/(1 + alpha mu)
    dmu = dp * (-alpha * p * p)
    dalpha = dk * (-k * k) + dp * (-mu * p * p)
    return logp, (dx, dmu, dalpha)


def _dirichlet(x, alpha):
    total = alpha.sum(axis=-1)
    logp = ((alpha - 1) * _log(x)).sum(axis=-1) + lgamma(total) - lgamma(alpha).sum(axis=-1)
    dalpha = _log(x) + digamma(total)[..., None] - digamma(alpha)
    return logp, ((alpha - 1) / x, dalpha)


# ---- MXNet's CPU kernels step by step (float values and gradients; other types use the float64 forms above) ----
# The kernels call the C library's double log/exp/lgamma: an expression holding one of those is evaluated
# in double and rounded to the data type only where the kernel stores it (F below).
def _lgamma_c(v):
    """The C library's lgamma in double (its last bits differ from Python's, and the densities' cancellations
    magnify them)."""
    return libm_f64("lgamma", lgamma, np.asarray(v, dtype=np.float64))


class _HalfOperand(np.ndarray):
    """A half_t value meeting a wider operand in the kernels: mshadow's half_t operators compute such an
    operation in float and round its result back to half."""

    def __array_ufunc__(self, ufunc, method, *inputs, **kwargs):
        result = getattr(ufunc, method)(*(np.asarray(v, np.float32) for v in inputs), **kwargs)
        return result.astype(np.float16).view(_HalfOperand) if result.dtype.kind == "f" else result


def _d(v):
    """A data-type operand of the kernels' double arithmetic: promoted to double, but a half_t stays half."""
    v = np.asarray(v)
    return v.view(_HalfOperand) if v.dtype == np.float16 else v.astype(np.float64)


def _stored(v, t):
    """A value of the kernels' mixed arithmetic as they store it in the data type ``t``."""
    return np.asarray(v).astype(t)


def _param_log(v):
    """log of a parameter (or the uniform's width) as the kernels take it: a float's own C log (logf), a
    double's log."""
    if v.dtype == np.float64:
        return _log(v)
    return libm_f32("logf", np.log, v.astype(np.float32)).astype(v.dtype)


def _kernel_uniform(x, low, high, is_log, F):
    width = high - low
    return -(_param_log(width) + 0 * x) if is_log else x.dtype.type(1) / width + 0 * x     # (-log 1 is -0)


def _kernel_normal(x, mu, sigma, is_log, F):
    t = x.dtype.type
    normalizer = F(math.sqrt(2.0 * float(np.float32(math.pi))) * _d(sigma))    # MXNet's PI is a float
    exponent = (t(-0.5) * (x - mu) * (x - mu)) / (sigma * sigma)
    return F(_d(exponent) - _log(_d(normalizer))) if is_log else F(_exp(_d(exponent)) / _d(normalizer))


def _kernel_gamma(x, alpha, beta, is_log, F):
    lgamma_a, a_log_b = F(_lgamma_c(alpha)), F(_d(alpha) * _log(_d(beta)))
    lpdf = F(_d(a_log_b) + _d(alpha - 1) * _log(_d(x)) - _d(beta * x) - _d(lgamma_a))
    return lpdf if is_log else F(_exp(_d(lpdf)))


def _kernel_exponential(x, lam, is_log, F):
    log_l = _param_log(lam)
    return log_l - lam * x if is_log else F(_d(lam) * _exp(_d(-lam * x)))


def _kernel_poisson(x, lam, is_log, F):
    log_l = _param_log(lam)
    lpdf = F((_d(x * log_l) - _lgamma_c(x + 1)) - _d(lam))
    return lpdf if is_log else F(_exp(_d(lpdf)))


def _nb_lpdf(x, k, p, lgamma_k):
    return (_lgamma_c(x + k) - _lgamma_c(x + 1) - lgamma_k) + _d(k) * _log(_d(p)) + _d(x) * _log(_d(1 - p))


def _kernel_negative_binomial(x, k, p, is_log, F):
    lpdf = F(_nb_lpdf(x, k, p, _d(F(_lgamma_c(k)))))
    return lpdf if is_log else F(_exp(_d(lpdf)))


def _kernel_generalized_negative_binomial(x, mu, alpha, is_log, F):
    k = F(1.0 / _d(alpha))
    p = F(1.0 / (_d(mu * alpha) + 1.0))
    lpdf = F(_nb_lpdf(x, k, p, _lgamma_c(k)))
    return lpdf if is_log else F(_exp(_d(lpdf)))


def _kernel_dirichlet(x, alpha, is_log, F):
    alpha = np.broadcast_to(alpha, x.shape)
    sum_alpha = sum_lgamma = sum_sample = np.zeros(x.shape[:-1], x.dtype)
    for j in range(x.shape[-1]):            # accumulated one component after another, as the kernel
        a = alpha[..., j]
        sum_alpha = sum_alpha + a
        sum_lgamma = F(_d(sum_lgamma) + _lgamma_c(a))
        sum_sample = F(_d(sum_sample) + _d(a - 1) * _log(_d(x[..., j])))
    lpdf = F(_d(sum_sample) + (_lgamma_c(sum_alpha) - _d(sum_lgamma)))
    return lpdf if is_log else F(_exp(_d(lpdf)))


_KERNELS = {"uniform": _kernel_uniform, "normal": _kernel_normal, "gamma": _kernel_gamma,
            "exponential": _kernel_exponential, "poisson": _kernel_poisson,
            "negative_binomial": _kernel_negative_binomial,
            "generalized_negative_binomial": _kernel_generalized_negative_binomial, "dirichlet": _kernel_dirichlet}


# MXNet's backward kernels in the data type: (the sample's gradient, each parameter's per sample), from the
# head gradient times the density (``scaling``); the per-sample parameter gradients are then summed.
def _grad_uniform(scaling, x, low, high):
    return np.zeros(x.shape, x.dtype), (scaling / (high - low), scaling / (low - high))


def _grad_normal(scaling, x, mu, sigma):
    s2 = sigma * sigma
    s3 = s2 * sigma
    return scaling * (mu - x) / s2, (scaling * (x - mu) / s2, scaling * ((x - mu) * (x - mu) - s2) / s3)


def _grad_exponential(scaling, x, lam):
    return -scaling * lam, (scaling * (x.dtype.type(1) / lam - x),)


def _grad_poisson(scaling, x, lam):
    return np.zeros(x.shape, x.dtype), (scaling * (x / lam - x.dtype.type(1)),)


_PSI_SERIES = {np.dtype(np.float32): (1e8, (-4.16666666666666666667E-3, 3.96825396825396825397E-3,
                                             -8.33333333333333333333E-3, 8.33333333333333333333E-2)),
               np.dtype(np.float64): (1e17, (8.33333333333333333333E-2, -2.10927960927960927961E-2,
                                             7.57575757575757575758E-3, -4.16666666666666666667E-3,
                                             3.96825396825396825397E-3, -8.33333333333333333333E-3,
                                             8.33333333333333333333E-2))}


def _psi_kernel(x):
    """Digamma as MXNet's kernels evaluate it in the data type (Cephes' psi: a sum of 1/k for integers up to
    10, else the recurrence up to 10 and the asymptotic series; mixed float/double steps rounded where the
    kernel stores them). Non-positive arguments: the float64 digamma, rounded. A half_t argument is read as a
    float, its digamma computed in float and rounded back to half."""
    if x.dtype == np.float16:
        return _psi_kernel(x.astype(np.float32)).astype(np.float16)
    t = x.dtype
    f = t.type
    limit, coef = _PSI_SERIES[t]
    x = np.asarray(x, t)
    integer = (x > 0) & (x <= 10) & (x == np.floor(x))
    general = (x > 0) & ~integer
    # the integer case: 1/1 + ... + 1/(n-1) added in double and stored in the data type, then - EUL
    sums = [f(0)]
    for k in range(1, 10):
        sums.append(f(np.float64(sums[-1]) + 1.0 / np.float64(f(k))))
    table = np.array(sums, t) - f(0.57721566490153286061)
    s, w = np.where(general, x, f(10)), np.zeros(x.shape, t)
    below = s < 10
    while below.any():
        w = np.where(below, (w.astype(np.float64) + 1.0 / s.astype(np.float64)).astype(t), w)
        s = np.where(below, (s.astype(np.float64) + 1.0).astype(t), s)
        below = s < 10
    z = (1.0 / (s * s).astype(np.float64)).astype(t)
    ans = np.full(x.shape, f(coef[0]), t)
    for c in coef[1:]:
        ans = ans * z + f(c)
    series = np.where(s < limit, z * ans, f(0))
    logs = _log(s.astype(np.float32).astype(np.float64)).astype(np.float32).astype(np.float64)   # logf
    y = (logs - 0.5 / s.astype(np.float64) - series.astype(np.float64) - w.astype(np.float64)).astype(t)
    y = np.where(integer, table[np.clip(x, 1, 10).astype(np.int64) - 1], y)
    return np.where(x <= 0, digamma(x.astype(np.float64)).astype(t), y)


def _grad_gamma(scaling, x, alpha, beta):
    t = x.dtype
    log_b = _log(_d(beta)).astype(t)
    g_alpha = _stored(_d(scaling) * (_d(log_b) + _log(_d(x)) - _d(_psi_kernel(alpha))), t)
    return scaling * ((alpha - 1) / x - beta), (g_alpha, scaling * (alpha / beta - x))


def _nb_grads(scaling, x, k, p):
    t = x.dtype
    psi_diff = _psi_kernel(x + k) - _psi_kernel(k)
    g_k = _stored(_d(scaling) * (_d(psi_diff) + _log(_d(p))), t)
    return g_k, scaling * (k / p - x / (1 - p))


def _grad_negative_binomial(scaling, x, k, p):
    return np.zeros(x.shape, x.dtype), _nb_grads(scaling, x, k, p)


def _grad_generalized_negative_binomial(scaling, x, mu, alpha):
    t = x.dtype
    mu_alpha = _d(mu * alpha)
    den = _stored(mu_alpha + 1.0, t)
    k = _stored(1.0 / _d(alpha), t)
    p = _stored(1.0 / (mu_alpha + 1.0), t)
    g_k, g_p = _nb_grads(scaling, x, k, p)
    return np.zeros(x.shape, t), (-g_p * alpha / (den * den), -g_k / (alpha * alpha) - g_p * mu / (den * den))


_KERNEL_GRADS = {"uniform": _grad_uniform, "normal": _grad_normal, "exponential": _grad_exponential,
                 "poisson": _grad_poisson, "gamma": _grad_gamma, "negative_binomial": _grad_negative_binomial,
                 "generalized_negative_binomial": _grad_generalized_negative_binomial}


def _dirichlet_grads(dy, out, sample, alpha, alpha_view, extra, is_log):
    """MXNet's Dirichlet backward kernel in the data type; alpha's gradient summed over the samples."""
    t = sample.dtype
    scaling = (dy.astype(t) * (t.type(1) if is_log else out.astype(t)))[..., None]
    alpha_b = np.broadcast_to(alpha_view, sample.shape)
    total = np.zeros(alpha_b.shape[:-1], t)
    for j in range(alpha_b.shape[-1]):          # the kernel adds the components one after another
        total = total + alpha_b[..., j]
    psi_diff = _psi_kernel(total)[..., None] - _psi_kernel(np.ascontiguousarray(alpha_b))
    g_alpha = _stored(_d(scaling) * (_log(_d(sample)) + _d(psi_diff)), t)
    g_sample = scaling * (alpha_b - 1) / sample
    lead = alpha.ndim - 1
    per = np.moveaxis(g_alpha, -1, lead)            # (P, K, E...): each parameter's samples together
    return g_sample.astype(t), _sum_samples(per, lead + 1).reshape(alpha.shape).astype(alpha.dtype)


def _sum_samples(g, lead):
    """MXNet's compensated sum of per-sample gradients over the sample axes after the first ``lead``."""
    from .ops_reduce import kahan_sum
    rows = g.reshape(int(np.prod(g.shape[:lead], dtype=np.int64)), -1)
    return kahan_sum(rows, (1,))


_PDF_RANK_CHECK = ("../src/operator/random/./pdf_op.h", 407)     # the samples' rank against the parameters'

# Discrete (and uniform) densities: MXNet's backward writes a zero gradient for the sample.
_SAMPLE_GRAD_ZERO = frozenset({"uniform", "poisson", "negative_binomial", "generalized_negative_binomial"})


def _params(op, sample, params, names, event):
    """Float64 views of the inputs with the parameters broadcastable against the sample."""
    first = params[0].shape
    for p in params[1:]:        # (MXNet's checks in its order: the parameters' shapes, their rank, the sample's)
        if p.shape != first:
            raise MXNetError(f"Shape inconsistent, Provided = {provided(p.shape)}, inferred shape={provided(first)}")
    if len(first) > sample.ndim:
        raise located(MXNetError(f"Check failed: (*in_attrs)[1].ndim() <= (*in_attrs)[0].ndim() ({len(first)} vs. "
                                 f"{sample.ndim}) : dimension of input samples ({sample.ndim}) must be at least "
                                 f"dimension of distribution parameters ({len(first)})"), _PDF_RANK_CHECK)
    lead = first[:len(first) - event]
    expect = sample.shape[:len(lead)] + sample.shape[sample.ndim - event:]
    if first != expect:
        raise MXNetError(f"Shape inconsistent, Provided = {provided(first)}, inferred shape={provided(expect)}")
    extra = sample.ndim - len(first)
    view = lead + (1,) * extra + first[len(lead):]
    return (sample.astype(np.float64),) + tuple(p.astype(np.float64).reshape(view) for p in params), extra


def _float_kernel(sample, event):
    """MXNet's density kernels are written for float types only: others fail when the result is read."""
    if sample.dtype.kind != "f":
        density = _legacy_rank(np.zeros(sample.shape[:sample.ndim - event], sample.dtype))
        raise KernelError(real_switch_refusal(None, sample.dtype), density)


def _legacy_rank(density):
    """A single event's density (0-d) as MXNet's legacy shapes have it: (1,)."""
    return density.reshape(1) if density.ndim == 0 and not is_np_shape() else density


def _flag(value):
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true")
    return bool(value)


def _pdf(name, density, names, event=0):
    """Register ``_random_pdf_<name>`` (alias ``random_pdf_<name>``) over ``density``."""
    opname = "_random_pdf_" + name
    nparams = len(names)

    def forward(sample, *params, is_log=False):
        xs, _ = _params(opname, sample, params, names, event)
        same_dtype(opname, sample, *params)     # type inference, after the shapes
        _float_kernel(sample, event)
        stored = np.float32 if sample.dtype == np.float16 else sample.dtype     # (a double becomes half via float)
        with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
            result = _KERNELS[name](*(x.astype(sample.dtype) for x in xs), _flag(is_log),
                                    lambda v: np.asarray(v).astype(stored).astype(sample.dtype))
        return _legacy_rank(np.asarray(result))

    def backward(dy, out, sample, *params, is_log=False):
        xs, extra = _params(opname, sample, params, names, event)
        if event:       # (a single event's density is (1,) outside NumPy shape semantics)
            dy, out = np.reshape(dy, sample.shape[:-1]), np.reshape(out, sample.shape[:-1])
        if name == "dirichlet" and sample.dtype.kind == "f":
            return _dirichlet_grads(dy, out, sample, params[0], xs[1].astype(sample.dtype), extra, _flag(is_log))
        if name in _KERNEL_GRADS and not event and sample.dtype.kind == "f":
            t = sample.dtype
            scaling = dy.astype(t) * (t.type(1) if _flag(is_log) else out.astype(t))
            gsample, per_sample = _KERNEL_GRADS[name](scaling, *(x.astype(t) for x in xs))
            lead = params[0].ndim
            summed = [_sum_samples(np.broadcast_to(g, sample.shape), lead).reshape(p.shape).astype(p.dtype)
                      for g, p in zip(per_sample, params)]
            return (gsample.astype(sample.dtype),) + tuple(summed)
        logp, partials = density(*xs)
        scale = dy.astype(np.float64) * (1.0 if _flag(is_log) else _exp(logp))
        if event:
            scale = scale[..., None]
        if name in _SAMPLE_GRAD_ZERO:       # MXNet's kernel stores a plain 0 (never -0) for these
            grads = [np.zeros(sample.shape, sample.dtype)]
        else:
            grads = [(scale * partials[0]).astype(sample.dtype)]
        lead = params[0].ndim - event
        for p, d in zip(params, partials[1:]):
            g = np.broadcast_to(scale * d, sample.shape).sum(axis=tuple(range(lead, lead + extra)))
            grads.append(g.reshape(p.shape).astype(p.dtype))
        return tuple(grads)

    # fixed arity, renamed below to MXNet's input names (symbol arguments, arrays passed by keyword)
    if nparams == 1:
        def fwd(sample, p1, *, is_log=False):
            return forward(sample, p1, is_log=is_log)

        def bwd(dy, out, sample, p1, *, is_log=False):
            return backward(dy, out, sample, p1, is_log=is_log)
    else:
        def fwd(sample, p1, p2, *, is_log=False):
            return forward(sample, p1, p2, is_log=is_log)

        def bwd(dy, out, sample, p1, p2, *, is_log=False):
            return backward(dy, out, sample, p1, p2, is_log=is_log)
    fwd.__signature__ = _signature(fwd, names)
    fwd.__doc__ = (f"Density (or log-density with is_log) of ``sample`` under the {name} "
                   f"distribution({', '.join(names)}).")
    op = defop(opname, aliases=("random_pdf_" + name,))(fwd)
    op.grad(bwd)
    return op


def _signature(fn, names):
    sig = inspect.signature(fn)
    params = list(sig.parameters.values())
    renamed = [params[0]] + [p.replace(name=n) for p, n in zip(params[1:], names)] + params[1 + len(names):]
    return sig.replace(parameters=renamed)


_pdf("uniform", _uniform, ("low", "high"))
_pdf("normal", _normal, ("mu", "sigma"))
_pdf("gamma", _gamma, ("alpha", "beta"))
_pdf("exponential", _exponential, ("lam",))
_pdf("poisson", _poisson, ("lam",))
_pdf("negative_binomial", _negative_binomial, ("k", "p"))
_pdf("generalized_negative_binomial", _generalized_negative_binomial, ("mu", "alpha"))
_pdf("dirichlet", _dirichlet, ("alpha",), event=1)
