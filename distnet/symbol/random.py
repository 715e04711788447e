"""``mx.sym.random``: sampling symbols; numbers as parameters use the ``_random_*`` ops, symbols the
``_sample_*`` ops (one distribution per element), as in MXNet."""
import numbers as _numbers

import numpy as _np

from ..base import _Null, numeric_types  # noqa: F401  (numeric_types: as MXNet's module has it)
from ..ndarray.random import _LIKE_PARAMETERS, _class_text
from ..ndarray.registry import OPS as _OPS
from . import _refuse_np_inputs
from .symbol import Symbol, create as _create

__all__ = ["uniform", "normal", "randn", "randint", "exponential", "gamma", "poisson", "negative_binomial",
           "generalized_negative_binomial", "multinomial", "shuffle", "uniform_like", "normal_like",
           "exponential_like", "gamma_like", "poisson_like", "negative_binomial_like",
           "generalized_negative_binomial_like"]


def _random_helper(name, params, shape, dtype, kwargs):
    """``_sample_<name>`` over symbol parameters, ``_random_<name>`` over numbers."""
    values = list(params.values())
    if "shape" in kwargs:           # randn's shape given by keyword too, as MXNet's generated function sees it
        raise TypeError(f"symbol._random_{name}() got multiple values for keyword argument 'shape'")
    taken = next((k for k in params if k in kwargs), None)
    if taken is not None and isinstance(values[0], _numbers.Number):
        raise TypeError(f"_random_{name}() got multiple values for argument '{taken}'")
    # the attributes in the order MXNet's generated function sends them: shape, the others given, dtype last
    given = dict({} if shape is _Null else {"shape": shape}, **kwargs)      # (an explicit None is kept)
    if dtype is not _Null:      # MXNet's front end reads it with numpy: None is float64
        given["dtype"] = _np.dtype(dtype).name
    if isinstance(values[0], Symbol):
        _check_same_kind(values, Symbol)
        _refuse_np_inputs("_sample_" + name, values, {}, depth=2)      # (the caller of uniform, normal, ...)
        return _create("_sample_" + name, *values, **given)
    if isinstance(values[0], _numbers.Number):
        _check_same_kind(values, _numbers.Number)
        return _create("_random_" + name, **params, **given)
    raise ValueError(f"Distribution parameters must be either Symbol or numbers, but got {_class_text(values[0])}.")


def _check_same_kind(values, kind):
    """The distribution parameters are all symbols or all numbers, as MXNet asserts."""
    for v in values[1:]:
        if not isinstance(v, kind):
            raise AssertionError("Distribution parameters must all have the same type, but got both "
                                 f"{_class_text(values[0])} and {_class_text(v)}.")


def uniform(low=0, high=1, shape=_Null, dtype=_Null, **kwargs):
    """Samples from the uniform distribution on [low, high)."""
    return _random_helper("uniform", {"low": low, "high": high}, shape, dtype, kwargs)


def normal(loc=0, scale=1, shape=_Null, dtype=_Null, **kwargs):
    """Samples from the normal distribution N(loc, scale^2)."""
    return _random_helper("normal", {"loc": loc, "scale": scale}, shape, dtype, kwargs)


def randn(*shape, **kwargs):
    """Standard normal samples of shape ``shape`` (``loc``, ``scale``, ``dtype`` by keyword)."""
    loc, scale, dtype = kwargs.pop("loc", 0), kwargs.pop("scale", 1), kwargs.pop("dtype", _Null)
    return _random_helper("normal", {"loc": loc, "scale": scale}, shape, dtype, kwargs)


def poisson(lam=1, shape=_Null, dtype=_Null, **kwargs):
    """Samples from the Poisson distribution."""
    return _random_helper("poisson", {"lam": lam}, shape, dtype, kwargs)


def exponential(scale=1, shape=_Null, dtype=_Null, **kwargs):
    """Samples from the exponential distribution with mean ``scale``."""
    return _random_helper("exponential", {"lam": 1.0 / scale}, shape, dtype, kwargs)


def gamma(alpha=1, beta=1, shape=_Null, dtype=_Null, **kwargs):
    """Samples from the gamma distribution."""
    return _random_helper("gamma", {"alpha": alpha, "beta": beta}, shape, dtype, kwargs)


def negative_binomial(k=1, p=1, shape=_Null, dtype=_Null, **kwargs):
    """Samples from the negative binomial distribution."""
    return _random_helper("negative_binomial", {"k": k, "p": p}, shape, dtype, kwargs)


def generalized_negative_binomial(mu=1, alpha=1, shape=_Null, dtype=_Null, **kwargs):
    """Samples from the generalized negative binomial distribution."""
    return _random_helper("generalized_negative_binomial", {"mu": mu, "alpha": alpha}, shape, dtype, kwargs)


def multinomial(data, shape=_Null, get_prob=True, dtype="int32", **kwargs):
    """Samples indices from the categorical distributions in the rows of ``data``."""
    given = {"shape": shape} if shape is not _Null else {}
    return _create("_sample_multinomial", data, **given, get_prob=get_prob, dtype=dtype, **kwargs)


def shuffle(data, **kwargs):
    """``data`` with its first axis randomly permuted."""
    return _create("_shuffle", data, **kwargs)


def randint(low, high, shape=_Null, dtype=_Null, **kwargs):
    """Samples integers uniformly from [low, high)."""
    if isinstance(low, Symbol):         # MXNet checks the bounds as any distribution's, but has no symbol sampler
        _check_same_kind([low, high], Symbol)
        raise TypeError("'NoneType' object is not callable")
    if not isinstance(low, _numbers.Number):
        raise ValueError(f"Distribution parameters must be either Symbol or numbers, but got {_class_text(low)}.")
    _check_same_kind([low, high], _numbers.Number)
    given = dict({} if shape is _Null else {"shape": shape}, **kwargs)     # (dtype last, as MXNet sends it)
    if dtype is not _Null:      # (read with numpy: None is float64)
        given["dtype"] = _np.dtype(dtype).name
    return _create("_random_randint", low=low, high=high, **given)


def _like(name):
    names = _LIKE_PARAMETERS[name]

    def apply(data=None, *args, **kwargs):
        if len(args) > len(names) + 3:      # Python's own check on MXNet's (data, parameters..., name, attr, out)
            raise TypeError(f"{name}_like() takes from 0 to {len(names) + 4} positional arguments but "
                            f"{len(args) + 1} were given")
        kwargs.update(zip(names, args))         # the distribution's parameters may come by position
        return _create(f"_random_{name}_like", data, hint=f"{name}_like", **kwargs)
    apply.__name__ = apply.__qualname__ = f"{name}_like"
    apply.__signature__ = _OPS[f"_random_{name}_like"].mxnet_signature(("name", "attr", "out"))   # as MXNet's
    apply.__doc__ = f"Samples of the {name} distribution with ``data``'s shape and dtype."
    return apply


uniform_like, normal_like, exponential_like, gamma_like, poisson_like = (
    _like(n) for n in ("uniform", "normal", "exponential", "gamma", "poisson"))
negative_binomial_like = _like("negative_binomial")
generalized_negative_binomial_like = _like("generalized_negative_binomial")

from ..base import public_listing as _public_listing  # noqa: E402
__dir__ = _public_listing(globals(), ("_Null", "_internal", "_random_helper"))     # (_internal: bound by the package)
