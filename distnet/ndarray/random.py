"""`nd.random`: sampling with MXNet's signatures; numbers as parameters use the ``_random_*`` ops,
NDArrays use the ``_sample_*`` ops (one distribution per element)."""
import numbers as _numbers

import numpy as _np

from ..base import _Null, numeric_types  # noqa: F401  (dir(nd.random) lists numeric_types, as MXNet's)
from ..base import class_text as _class_text
from ..context import GPU_COPY as _GPU_COPY, SAMPLER_ON_GPU as _SAMPLER_ON_GPU
from ..context import placed as _place, resolved_id as _resolved_id
from ..context import current_context  # noqa: F401  (dir(nd.random) lists current_context)
from .creation import _op_ctx
from .ndarray import NDArray
from .registry import OPS as _OPS

__all__ = ["uniform", "normal", "randn", "randint", "exponential", "gamma", "poisson", "negative_binomial",
           "generalized_negative_binomial", "multinomial", "shuffle", "uniform_like", "normal_like",
           "exponential_like", "gamma_like", "poisson_like", "negative_binomial_like",
           "generalized_negative_binomial_like"]


def _placed(result, ctx):
    """``result`` moved to ``ctx``: the current context when None, text such as 'cpu(1)' parsed, as MXNet's
    front end places samples drawn from numbers."""
    ctx = _place(_resolved_id(_op_ctx(ctx), by_operator=True), _GPU_COPY, _SAMPLER_ON_GPU)
    if result is not None:
        result._ctx = ctx
    return result


def _attrs(shape, dtype):
    """The shape and dtype attributes to pass, as a dict: those given (MXNet's operator then refuses a shape
    of None, and infers an unset dtype from ``out=``); MXNet's front end reads a given dtype with numpy (None
    is float64, an unknown name numpy's TypeError)."""
    attrs = {} if shape is _Null else {"shape": shape}
    if dtype is not _Null:
        parsed = _np.dtype(dtype)
        attrs["dtype"] = dtype if parsed.names else parsed.name     # (the operator names bfloat16's stand-in)
    return attrs


def _random_helper(name, params, shape, dtype, ctx, out, kwargs):
    """Dispatch to ``_random_<name>`` (numbers) or ``_sample_<name>`` (NDArrays)."""
    values = list(params.values())
    _same_kinds(values)
    attrs = _attrs(shape, dtype)
    # MXNet's operators ignore hidden attributes such as a state's __layout__ (rnn begin_state passes them)
    kwargs = {k: v for k, v in kwargs.items() if not (k.startswith("__") and k.endswith("__"))}
    if isinstance(values[0], _numbers.Number):
        if shape is _Null and out is None:
            attrs["shape"] = 1      # MXNet's front end: one sample (its operator's default shape is unknown)
        if out is None:         # (with out= the sampler draws on out's context: ctx is never checked)
            _placed(None, ctx)      # a GPU context fails before drawing: the random state is left as it was
        # MXNet's front end names the current context when none is given (its attributes show it)
        given = dict(ctx=ctx or current_context(), **attrs, **params, **kwargs)
        res = _OPS["_random_" + name](out=out, **given)
        if getattr(out, "stype", None) == "csr":    # MXNet's samplers write dense or row_sparse arrays only
            from .storage_report import note_storage_fallback
            note_storage_fallback("_random_" + name, [], [out], given)
        return _placed(res, ctx) if out is None else res
    return _OPS["_sample_" + name](*values, out=out, **attrs, **kwargs)


def _same_kinds(values):
    """MXNet's checks of distribution parameters: numbers or NDArrays (as the first one), all of one kind."""
    kind = NDArray if isinstance(values[0], NDArray) else _numbers.Number if isinstance(values[0], _numbers.Number) \
        else None
    if kind is None:
        raise ValueError(f"Distribution parameters must be either NDArray or numbers, but got {_class_text(values[0])}.")
    for v in values[1:]:
        if not isinstance(v, kind):
            raise AssertionError(f"Distribution parameters must all have the same type, but got both "
                                 f"{_class_text(values[0])} and {_class_text(v)}.")


def uniform(low=0, high=1, shape=_Null, dtype=_Null, ctx=None, out=None, **kwargs):
    """Samples from the uniform distribution on [low, high).

    Parameters
    ----------
    low, high : float or NDArray
        Bounds; NDArrays give one distribution per element (output shape ``low.shape + shape``).
    shape : int or tuple of int
        Samples to draw (per distribution when the bounds are NDArrays).
    dtype : {'float16', 'float32', 'float64'}
        Output type; float32, or ``out``'s type, when not given.
    ctx : Context
        Where the result lives (numbers as bounds only).
    out : NDArray
        Written with the samples and returned.
    """
    return _random_helper("uniform", {"low": low, "high": high}, shape, dtype, ctx, out, kwargs)


def normal(loc=0, scale=1, shape=_Null, dtype=_Null, ctx=None, out=None, **kwargs):
    """Samples from the normal distribution N(loc, scale^2); see ``uniform`` for the arguments."""
    if isinstance(loc, NDArray) and isinstance(scale, NDArray):
        return _OPS["_sample_normal"](loc, scale, out=out, **_attrs(shape, dtype), **kwargs)
    return _random_helper("normal", {"loc": loc, "scale": scale}, shape, dtype, ctx, out, kwargs)


def randn(*shape, **kwargs):
    """Standard normal samples of shape ``shape`` (``loc``, ``scale``, ``dtype``, ``ctx``, ``out`` by keyword)."""
    loc, scale = kwargs.pop("loc", 0), kwargs.pop("scale", 1)
    dtype, ctx, out = kwargs.pop("dtype", _Null), kwargs.pop("ctx", None), kwargs.pop("out", None)
    return normal(loc, scale, shape, dtype, ctx, out, **kwargs)


def randint(low, high, shape=_Null, dtype=_Null, ctx=None, out=None, **kwargs):
    """Samples integers uniformly from [low, high); int32 unless ``dtype`` (or ``out``) says int64."""
    attrs = _attrs(shape, dtype)
    _same_kinds([low, high])
    if isinstance(low, NDArray):        # MXNet has no per-element sampler for it
        raise TypeError("'NoneType' object is not callable")
    if shape is _Null and out is None:
        attrs["shape"] = 1
    if out is not None:     # drawn on out's context: ctx is passed (its words list it) but never read
        return _OPS["_random_randint"](low=low, high=high, **attrs, ctx=ctx or current_context(), out=out, **kwargs)
    _placed(None, ctx)
    res = _OPS["_random_randint"](low=low, high=high, **attrs, ctx=ctx or current_context(), **kwargs)
    return _placed(res, ctx)


def exponential(scale=1, shape=_Null, dtype=_Null, ctx=None, out=None, **kwargs):
    """Samples from the exponential distribution with mean ``scale``."""
    return _random_helper("exponential", {"lam": 1.0 / scale}, shape, dtype, ctx, out, kwargs)


def gamma(alpha=1, beta=1, shape=_Null, dtype=_Null, ctx=None, out=None, **kwargs):
    """Samples from the gamma distribution with shape ``alpha`` and scale ``beta``."""
    return _random_helper("gamma", {"alpha": alpha, "beta": beta}, shape, dtype, ctx, out, kwargs)


def poisson(lam=1, shape=_Null, dtype=_Null, ctx=None, out=None, **kwargs):
    """Samples from the Poisson distribution with mean ``lam`` (as floats)."""
    return _random_helper("poisson", {"lam": lam}, shape, dtype, ctx, out, kwargs)


def negative_binomial(k=1, p=1, shape=_Null, dtype=_Null, ctx=None, out=None, **kwargs):
    """Samples failures before the ``k``-th success, each trial succeeding with probability ``p``."""
    return _random_helper("negative_binomial", {"k": k, "p": p}, shape, dtype, ctx, out, kwargs)


def generalized_negative_binomial(mu=1, alpha=1, shape=_Null, dtype=_Null, ctx=None, out=None, **kwargs):
    """Samples a negative binomial with mean ``mu`` and dispersion ``alpha``."""
    return _random_helper("generalized_negative_binomial", {"mu": mu, "alpha": alpha}, shape, dtype, ctx, out, kwargs)


def multinomial(data, shape=_Null, get_prob=False, out=None, dtype="int32", **kwargs):
    """Category indices drawn from the distributions on the last axis of ``data``.

    With ``get_prob=True`` also returns the log-probability of each draw (differentiable in ``data``).
    """
    if shape is not _Null:
        kwargs["shape"] = shape
    return _OPS["_sample_multinomial"](data, get_prob=get_prob, dtype=dtype, out=out, **kwargs)


def shuffle(data, **kwargs):
    """A copy of ``data`` with its rows (first axis) in random order."""
    return _OPS["_shuffle"](data, **kwargs)


# The *_like samplers' distribution parameters, in the order they may be given by position (nd and sym).
_LIKE_PARAMETERS = {"uniform": ("low", "high"), "normal": ("loc", "scale"), "exponential": ("lam",),
                   "gamma": ("alpha", "beta"), "poisson": ("lam",), "negative_binomial": ("k", "p"),
                   "generalized_negative_binomial": ("mu", "alpha")}


def _by_position(op, names, args):
    """A *_like sampler's positional parameters in the order its operator takes its attributes, followed by
    the arguments after them (out, name)."""
    given = dict(zip(names, args))
    return [given.pop(k) for k in _OPS[op].kwonly if k in given] + list(args[len(names):])


def _like_sampler(name):
    op = "_random_" + name + "_like"
    names = _LIKE_PARAMETERS[name]

    def sample(data=None, *args, out=None, **kwargs):
        if len(args) > len(names) + 2:      # Python's own check on MXNet's (data, parameters..., out, name)
            raise TypeError(f"{name}_like() takes from 0 to {len(names) + 3} positional arguments but "
                            f"{len(args) + 1} were given")
        if len(args) > len(names):      # MXNet's generated function: out= and name= follow the parameters
            return _OPS[op](data, *_by_position(op, names, args), out=out, **kwargs)
        kwargs.update(zip(names, args))
        return _OPS[op](data, out=out, **kwargs)
    sample.__name__ = sample.__qualname__ = name + "_like"
    sample.__signature__ = _OPS[op].mxnet_signature(("out", "name"))     # as MXNet generates it
    sample.__doc__ = f"Samples of the {name.replace('_', ' ')} distribution with ``data``'s shape and dtype."
    return sample


uniform_like, normal_like, exponential_like, gamma_like, poisson_like = (
    _like_sampler(n) for n in ("uniform", "normal", "exponential", "gamma", "poisson"))
negative_binomial_like = _like_sampler("negative_binomial")
generalized_negative_binomial_like = _like_sampler("generalized_negative_binomial")

from ..base import public_listing as _public_listing  # noqa: E402
__dir__ = _public_listing(globals(), ("_Null", "_internal", "_random_helper"))     # (_internal: bound by the package)
