"""``npx.random``: seeding and the batch samplers of MXNet's NumPy extension.

As MXNet's, each sampler passes its parameters to its operator as attributes (an mx.np array as an input, its
attribute None): the operator's parser reads them, in its attribute map's order, before it counts its inputs,
infers the shape, places the result and draws; the kernel checks the parameters' domain after it drew.
"""
import numpy as _np

from ..base import MXNetError as _MXNetError, negative_size_text as _negative_size_text
from ..context import GPU_COPY as _GPU_COPY, SAMPLER_ON_GPU as _SAMPLER_ON_GPU
from ..context import current_context as _current_context, placed as _placed
from ..ndarray.param_text import read_value as _read_value
from ..numpy.attribute_text import operator_context as _operator_context
from ..numpy.multiarray import ndarray as _np_ndarray, wrap_np as _wrap_np
from ..numpy.multiarray import refuse_non_array_out as _refuse_non_array_out
from ..numpy.random import _check_out, _drawing, _fit, _kernel_refusal, _normal_of, _param_shape, _recorded
from ..numpy.random import _same_typed, _standard_normals, _uniform_samples, _unit_uniforms
from .. import random as _mx_rand

# each sampler's attributes in the order its attribute map holds them (the order they are read and named in)
_ORDER = {"_npi_uniform_n": ("dtype", "size", "ctx", "high", "low"),
          "_npi_normal_n": ("ctx", "size", "scale", "dtype", "loc"),
          "_npi_bernoulli": ("dtype", "is_logit", "ctx", "logit", "size", "prob")}
_DTYPES = {"_npi_bernoulli": ("bool", "float16", "float32", "float64", "int32", "uint8")}
_FLOATS = ("float16", "float32", "float64")


def seed(seed, ctx="all"):
    """Seed the random number generators (the stream ``mx.random.seed`` seeds)."""
    _mx_rand.seed(seed, ctx)


def _named(op, attrs):
    """The end of the operator's parameter errors: the attributes it was given, in its map's order."""
    return f', in operator {op}(name=""' + "".join(f', {k}="{attrs[k]}"' for k in _ORDER[op]) + ")"


def _read(op, attrs):
    """The attributes as ``op``'s parser reads them (its error for the first it cannot read)."""
    values = dict(attrs)
    for key in _ORDER[op]:
        value = attrs[key]
        if key == "dtype":
            valid = _DTYPES.get(op, _FLOATS)
            if value not in valid:
                raise _MXNetError(f"Invalid Input: '{value}', valid values are: {{{', '.join(map(repr, valid))}}}"
                                  f"{_named(op, attrs)}")
        elif key == "ctx":
            values[key] = _operator_context(value)
        elif key != "is_logit":
            kind, label = ("s?", "Shape") if key == "size" else ("f?", "float")
            try:
                values[key] = _read_value(op, key, kind, value)
            except _MXNetError:
                raise _MXNetError(f"Invalid Parameter format for {key} expect {label} or None but value='{value!s}'"
                                  f"{_named(op, attrs)}") from None
    return values


def _parameters(op, names, given, size, dtype, ctx, **more):
    """(values, the sample size read (or None), the context, the dtype) of sampler ``op`` given parameters
    ``given`` (numbers or mx.np arrays, in the order of ``names``), checked as MXNet's front end and operator
    check them before the shape."""
    dtype = "float32" if dtype is None else _np.dtype(dtype).name      # (numpy's TypeError for what it cannot read)
    arrays = [p for p in given if isinstance(p, _np_ndarray)]
    attrs = dict(zip(names, (None if isinstance(p, _np_ndarray) else p for p in given)), size=size,
                 ctx=_current_context() if ctx is None else ctx, dtype=dtype, **more)
    attrs["size"] = None if size == () else size
    read = _read(op, attrs)
    wanted = sum(read[name] is None for name in names)
    if wanted != len(arrays):
        raise _MXNetError(f"Check failed: num_inputs == infered_num_inputs ({len(arrays)} vs. {wanted}) : Operator "
                          f"{op} expects {wanted} inputs, but got {len(arrays)} instead.")
    for n in read["size"] or ():
        if n < -1:
            raise _MXNetError(_negative_size_text(n))
    values = [p.asnumpy() if isinstance(p, _np_ndarray) else _np.asarray(read[n], _np.float32)
              for n, p in zip(names, given)]
    return values, read["size"], read["ctx"], _np.dtype(dtype)


def _known(shape, ctx):
    """``shape`` once MXNet's shape inference knows it (no -1 size), and the context it is placed on."""
    if -1 in shape:
        raise _MXNetError("Check failed: dim_size_is_known(*it): Shape dim size cannot be a negative value -1")
    return tuple(shape), _placed(ctx, _GPU_COPY, _SAMPLER_ON_GPU)


def _refuse_outside(given, outside, check, what, shape, dtype):
    """The kernel's ValueError (after it drew) for a parameter outside its domain: a number fails its
    attribute's ``check``, an array the kernel's indicator; shown when the samples are read."""
    if _np.any(outside):
        check = "indicator_host >= 0.0 (-1 vs. 0)" if isinstance(given, _np_ndarray) else check
        raise _kernel_refusal(f"ValueError: Check failed: {check} : {what}", shape, dtype=dtype)


def uniform_n(low=0.0, high=1.0, batch_shape=None, dtype=None, ctx=None):
    """Uniform samples on [low, high) of shape ``batch_shape + broadcast(low, high).shape``, computed in the
    parameters' type as ``mx.np.random.uniform``'s."""
    (lo, hi), size, ctx, dt = _parameters("_npi_uniform_n", ("low", "high"), (low, high), batch_shape, dtype, ctx)
    shape, ctx = _known((size or ()) + _param_shape(lo, hi), ctx)
    _same_typed(low, high)
    res = _wrap_np(_uniform_samples(lo, hi, shape, dt), ctx)
    return _recorded("_npi_uniform_n", res, (low, high), (None, None))      # (MXNet's bounds get no gradient)


def normal_n(loc=0.0, scale=1.0, batch_shape=None, dtype=None, ctx=None):
    """Normal samples N(loc, scale^2) of shape ``batch_shape + broadcast(loc, scale).shape``, computed in the
    parameters' type as ``mx.np.random.normal``'s."""
    return _drawing(_normal_n, (loc, scale, batch_shape, dtype, ctx), {})


def _normal_n(loc, scale, batch_shape, dtype, ctx):
    (mu, sigma), size, ctx, dt = _parameters("_npi_normal_n", ("loc", "scale"), (loc, scale), batch_shape, dtype,
                                             ctx)
    shape, ctx = _known((size or ()) + _param_shape(mu, sigma), ctx)
    _same_typed(loc, scale)
    z = _standard_normals(int(_np.prod(shape))).reshape(shape)
    _refuse_outside(scale, sigma < 0, f"param.scale.value() >= 0.0 ({sigma.min():g} vs. 0)", "scale < 0", shape, dt)
    res = _wrap_np(_normal_of(z, mu, sigma, dt), ctx)
    return _recorded("_npi_normal_n", res, (loc, scale), (lambda dy: dy, lambda dy: dy * z))


def bernoulli(prob=None, logit=None, size=None, dtype=None, ctx=None, out=None):
    """1.0 with probability ``prob`` (or ``sigmoid(logit)``), else 0.0; shape ``size`` or the parameter's."""
    if (prob is None) == (logit is None):
        raise ValueError(f"Either `prob` or `logit` must be specified, but not both. Received prob={prob}, "
                         f"logit={logit}")
    return _drawing(_bernoulli, (prob, logit, size, dtype, ctx), {"out": out})


def _bernoulli(prob, logit, size, dtype, ctx, out=None):
    name, given = ("prob", prob) if prob is not None else ("logit", logit)
    (p,), size, ctx, dt = _parameters("_npi_bernoulli", (name,), (given,), size, dtype, ctx,
                                      is_logit=name == "logit", **{"logit" if name == "prob" else "prob": None})
    _refuse_non_array_out("_npi_bernoulli", out)
    if size and any(a != b and 1 not in (a, b) for a, b in zip(p.shape[::-1], size[::-1])):
        raise _MXNetError(f"Check failed: l == 1 || r == 1: operands could not be broadcast together with shapes "
                          f"[{','.join(map(str, p.shape))}] [{','.join(map(str, size))}]")
    shape, ctx = _known(size or p.shape, ctx)
    _check_out(out, shape, dt, "_npi_bernoulli")
    u = _unit_uniforms(int(_np.prod(shape)), _np.float32).reshape(shape)
    if name == "prob":
        low = p.size and float(p.min()) < 0
        check = f"param.prob.value() >= 0.0 ({float(p.min()):g} vs. 0)" if low else \
            f"param.prob.value() <= 1.0 ({float(p.max()) if p.size else 0:g} vs. 1)"
        _refuse_outside(prob, (p < 0) | (p > 1), check, "expect probs >= 0 && probs <= 1", shape, dt)
    else:
        p = 1.0 / (1.0 + _np.exp(-p))
    res = _wrap_np((u < _fit(_np.asarray(p, u.dtype), shape)).astype(dt), ctx)
    if out is not None:
        out._data[...] = res._data
        return out
    return _recorded("_npi_bernoulli", res, (prob, logit), (None, None))     # (a zero gradient, as MXNet's)


__all__ = ["seed", "bernoulli", "normal_n", "uniform_n"]

from ..base import public_listing as _public_listing  # noqa: E402
__dir__ = _public_listing(globals(), ("_mx_nd_npx", "_mx_rand"))     # (_mx_nd_npx: bound by mx.npx's package)
