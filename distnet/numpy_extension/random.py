"""``npx.random``: seeding and the batch samplers of MXNet's NumPy extension."""
import numbers as _numbers

import numpy as _np

from ..base import MXNetError as _MXNetError
from ..context import current_context as _current_context
from ..ndarray.ndarray import NDArray as _NDArray
from ..numpy.multiarray import wrap_np as _wrap_np
from ..numpy.random import _float_dtype, _normal_of, _param_shape, _params, _same_typed, _uniform_samples
from ..numpy.random import _fit, _recorded, _sample_shape, _standard_normals, _unit_uniforms
from .. import random as _mx_random


def seed(seed, ctx="all"):
    """Seed the random number generators (the stream ``mx.random.seed`` seeds)."""
    _mx_random.seed(seed, ctx)


def _value(x):
    return x._data if isinstance(x, _NDArray) else _np.asarray(x, _np.float32)


def _batch_shape(batch_shape):
    if batch_shape is None:
        return ()
    shape = (int(batch_shape),) if isinstance(batch_shape, _numbers.Integral) else tuple(batch_shape)
    for size in shape:
        if size < 0:
            raise _MXNetError(f"Check failed: dim_size_is_known(*it): Shape dim size cannot be a negative value {size}")
    return shape


def _finish(values, dtype, ctx):
    dt = _np.dtype(_np.float32 if dtype is None else dtype)
    return _wrap_np(_np.asarray(values).astype(dt), ctx or _current_context())


def _batch_samples(name, params, batch_shape, dtype):
    """The float dtype, the parameters as MXNet's kernel reads them and the samples' shape: ``batch_shape``
    followed by the parameters' broadcast shape."""
    dt = _float_dtype(dtype, name)
    values = _params(*params)
    shape = _batch_shape(batch_shape) + _param_shape(*values)
    _same_typed(*params)
    return dt, values, shape


def uniform_n(low=0.0, high=1.0, batch_shape=None, dtype=None, ctx=None):
    """Uniform samples on [low, high) of shape ``batch_shape + broadcast(low, high).shape``, computed in the
    parameters' type as ``mx.np.random.uniform``'s."""
    dt, (lo, hi), shape = _batch_samples("_npi_uniform_n", (low, high), batch_shape, dtype)
    res = _wrap_np(_uniform_samples(lo, hi, shape, dt), ctx or _current_context())
    return _recorded("_npi_uniform_n", res, (low, high), (None, None))      # (MXNet's bounds get no gradient)


def normal_n(loc=0.0, scale=1.0, batch_shape=None, dtype=None, ctx=None):
    """Normal samples N(loc, scale^2) of shape ``batch_shape + broadcast(loc, scale).shape``, computed in the
    parameters' type as ``mx.np.random.normal``'s."""
    dt, (mu, sigma), shape = _batch_samples("_npi_normal_n", (loc, scale), batch_shape, dtype)
    z = _standard_normals(int(_np.prod(shape))).reshape(shape)
    res = _wrap_np(_normal_of(z, mu, sigma, dt), ctx or _current_context())
    return _recorded("_npi_normal_n", res, (loc, scale), (lambda dy: dy, lambda dy: dy * z))


def _check_probabilities(prob):
    """MXNet's kernel check (after it drew) of bernoulli's ``prob``: ValueError outside [0, 1]."""
    if prob is None:
        return
    if isinstance(prob, _NDArray):
        values = prob._data
        if ((values < 0) | (values > 1)).any():
            raise ValueError("Check failed: indicator_host >= 0.0 (-1 vs. 0) : expect probs >= 0 && probs <= 1")
    elif not 0 <= prob <= 1:
        bound, check = (">= 0.0", 0) if prob < 0 else ("<= 1.0", 1)
        raise ValueError(f"Check failed: param.prob.value() {bound} ({prob:g} vs. {check}) : "
                         "expect probs >= 0 && probs <= 1")


def bernoulli(prob=None, logit=None, size=None, dtype=None, ctx=None, out=None):
    """1.0 with probability ``prob`` (or ``sigmoid(logit)``), else 0.0; shape ``size`` or the parameter's."""
    if (prob is None) == (logit is None):
        raise ValueError(f"npx.random.bernoulli takes one of prob and logit, not both nor neither "
                         f"(got prob={prob}, logit={logit})")
    p = _value(prob) if prob is not None else 1.0 / (1.0 + _np.exp(-_value(logit)))
    shape = _sample_shape(size, _np.asarray(p))
    u = _unit_uniforms(int(_np.prod(shape)), _np.float32).reshape(shape)
    _check_probabilities(prob)
    res = _finish(u < _fit(_np.asarray(p, u.dtype), shape), dtype, ctx)
    if out is not None:
        out._data[...] = res._data
        return out
    return _recorded("_npi_bernoulli", res, (prob, logit), (None, None))     # (a zero gradient, as MXNet's)
