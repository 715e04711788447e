"""``mx.sym.np.random``: sampling nodes (``_npi_uniform``, ``_npi_normal``) drawing from the generator
``mx.random.seed`` seeds, as the ``mx.np.random`` functions do."""
from ..symbol import Symbol as _Symbol
from ...context import current_context  # noqa: F401  (as MXNet's module has it)
from ._symbol import create_np as _create_np


def _context(ctx):
    return str(ctx or current_context())


def _size(size):
    """A sample shape as MXNet's node writes it: one int stays an int."""
    return size if size is None or isinstance(size, (tuple, int)) else tuple(size)


def uniform(low=0.0, high=1.0, size=None, dtype=None, ctx=None, out=None):
    """Uniform samples on [low, high) of shape ``size`` (bounds numbers or symbols)."""
    inputs, attrs = _parameters(("low", "high"), (low, high))
    return _create_np("_npi_uniform", *inputs, size=_size(size), ctx=_context(ctx), dtype=dtype or "float32",
                     hint="uniform", **attrs)


def normal(loc=0.0, scale=1.0, size=None, dtype=None, ctx=None, out=None):
    """Normal samples N(loc, scale^2) of shape ``size`` (``loc`` and ``scale`` numbers or symbols)."""
    inputs, attrs = _parameters(("loc", "scale"), (loc, scale))
    return _create_np("_npi_normal", *inputs, size=_size(size), ctx=_context(ctx), dtype=dtype or "float32",
                     hint="normal", **attrs)


def _parameters(names, values):
    """Attributes of a sampler whose parameters may be symbols: a symbol becomes an input, its attribute None."""
    inputs = [v for v in values if isinstance(v, _Symbol)]
    return inputs, {n: None if isinstance(v, _Symbol) else v for n, v in zip(names, values)}


def _sampler(name, names, with_ctx=True):
    def function(*values, size=None, ctx=None, out=None):
        inputs, attrs = _parameters(names, values)
        if with_ctx:
            attrs["ctx"] = _context(ctx)
        return _create_np(f"_npi_{name}", *inputs, size=_size(size), hint=name, **attrs)
    return function


def exponential(scale=1.0, size=None, ctx=None, out=None):
    """Exponential samples of ``scale`` (a number or a symbol)."""
    return _sampler("exponential", ("scale",))(scale, size=size, ctx=ctx)


def gumbel(loc=0.0, scale=1.0, size=None, ctx=None, out=None):
    """Gumbel samples of ``loc`` and ``scale`` (numbers or symbols)."""
    return _sampler("gumbel", ("loc", "scale"))(loc, scale, size=size, ctx=ctx)


def logistic(loc=0.0, scale=1.0, size=None, ctx=None, out=None):
    """Logistic samples of ``loc`` and ``scale`` (numbers or symbols)."""
    return _sampler("logistic", ("loc", "scale"))(loc, scale, size=size, ctx=ctx)


def pareto(a, size=None, ctx=None, out=None):
    """Pareto II (Lomax) samples of shape ``a``."""
    return _sampler("pareto", ("a",))(a, size=size, ctx=ctx)


def weibull(a, size=None, ctx=None, out=None):
    """Weibull samples of shape ``a``."""
    return _sampler("weibull", ("a",))(a, size=size, ctx=ctx)


def rayleigh(scale=0.0, size=None, ctx=None, out=None):     # (MXNet's default scale, 0)
    """Rayleigh samples of ``scale``."""
    return _sampler("rayleigh", ("scale",))(scale, size=size, ctx=ctx)


def power(a, size=None):
    """Power-distribution samples of ``a`` (on [0, 1])."""
    return _sampler("powerd", ("a",), with_ctx=False)(a, size=size)


def gamma(shape, scale=1.0, size=None, dtype=None, ctx=None, out=None):
    """Gamma samples of ``shape`` and ``scale`` (numbers or symbols)."""
    inputs, attrs = _parameters(("shape", "scale"), (shape, scale))
    return _create_np("_npi_gamma", *inputs, size=_size(size), ctx=_context(ctx), dtype=dtype or "float32",
                     hint="gamma", **attrs)


def chisquare(df, size=None, dtype=None, ctx=None):
    """Chi-square samples of ``df`` (a number or a symbol) degrees of freedom: the gamma node MXNet builds."""
    return gamma(df / 2, 0.5, size=None if size == () else size, dtype=dtype, ctx=ctx)


def beta(a, b, size=None, dtype=None, ctx=None):
    """Beta samples: X / (X + Y) of gamma samples X (shape ``a``) and Y (shape ``b``), drawn in float64."""
    size = None if size == () else size
    x = gamma(a, 1, size=size, dtype="float64", ctx=ctx)
    y = gamma(b, 1, size=size, dtype="float64", ctx=ctx)
    return (x / (x + y)).astype(dtype or "float32")


def lognormal(mean=0.0, sigma=1.0, size=None, dtype=None, ctx=None, out=None):
    """exp of normal samples N(mean, sigma^2)."""
    return _create_np("_npi_exp", normal(mean, sigma, size, dtype, ctx), hint="exp")


def rand(*size, **kwargs):
    """Uniform samples on [0, 1) of shape ``size``."""
    return uniform(0, 1, size=size, **kwargs)


def randint(low, high=None, size=None, dtype=None, ctx=None, out=None):
    """Integers drawn uniformly from [low, high)."""
    if high is None:
        low, high = 0, low
    return _create_np("_random_randint", low=low, high=high, shape=_size(size) or (), ctx=_context(ctx),
                     dtype=dtype or "int64", hint="random_randint")


def choice(a, size=None, replace=True, p=None, ctx=None, out=None):
    """Samples of ``range(a)`` (uniform, or with the probabilities ``p``, a symbol); of a symbol ``a``'s
    elements, taken at the drawn indices."""
    size = None if size == () else size
    inputs = [p] if p is not None else []
    if isinstance(a, _Symbol):
        indices = _create_np("_npi_choice", a, *inputs, a=None, size=size, replace=replace, ctx=None,
                            weighted=p is not None, hint="choice")
        return _create_np("take", a, indices, hint="take")
    return _create_np("_npi_choice", *inputs, a=a, size=size, replace=replace, weighted=p is not None,
                     ctx=_context(ctx), hint="choice")


def shuffle(x):
    """MXNet 1.9.1's symbol ``shuffle`` gives None (it shuffles nothing in the graph)."""
    return None


def multivariate_normal(mean, cov, size=None, check_valid=None, tol=None):
    """Samples of N(``mean``, ``cov``), ``size`` draws per batch: a Custom node (no gradient)."""
    if check_valid is not None:
        raise NotImplementedError("Parameter `check_valid` is not supported")
    if tol is not None:
        raise NotImplementedError("Parameter `tol` is not supported")
    from ._fallback import custom
    return custom("mvn_fallback", mean, cov, size=size)


def __getattr__(name):
    # every sampler of MXNet's mx.sym.np.random is built above; the others it lacks too
    if name.startswith("__"):
        raise AttributeError(name)
    raise AttributeError(f"module 'mxnet.symbol.numpy.random' has no attribute '{name}'")
