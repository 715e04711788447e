"""``mx.sym`` / ``mx.symbol``: symbolic graphs over the operator registry."""
from ..ndarray.array_kinds import called_by_user as _called_by_user, in_legacy_only_layer as _in_legacy_only_layer
from ..ndarray.registry import OPS as _OPS, FRONTEND_SPELLINGS as _FRONTEND_SPELLINGS
from .symbol import Symbol, var, Variable, Group, load, load_json  # noqa: F401
from .symbol import create as _create
from .symbol import op_signature as _op_signature, positional_check as _positional_check
from .symbol import maximum, minimum, hypot, power, pow  # noqa: F401
from .executor import Executor  # noqa: F401


def _make(op_name):
    op = _OPS[op_name]
    signature = _op_signature(op_name)
    check_positional = _positional_check(op_name, op_name)

    def apply(*args, **kwargs):
        check_positional(args)      # Python's own check on MXNet's function, made first
        _refuse_np_inputs(op_name, args, kwargs)
        _refuse_non_symbol_inputs(op, args)
        if kwargs:
            _refuse_non_symbol_keywords(op, kwargs)
        if not op.variadic and len(args) <= len(op.arg_names) and any(a is None for a in args):
            # MXNet passes the inputs on by name, skipping a None: that input becomes an automatic variable
            kwargs.update((n, a) for n, a in zip(op.arg_names, args) if a is not None)
            args = ()
        return _create(op_name, *args, **kwargs)
    apply.__name__ = apply.__qualname__ = op_name
    apply.__module__ = "symbol"     # MXNet's generated functions' module: Python's TypeErrors name it
    apply.__doc__ = _OPS[op_name].__doc__
    apply.__signature__ = signature
    return apply


def _refuse_non_symbol_inputs(op, args):
    """MXNet asserts that positional arguments filling an operator's array inputs are Symbols (None skips one)."""
    if op.variadic:
        for a in args:
            if not isinstance(a, Symbol):
                raise AssertionError(f"Positional arguments must be Symbol instances, but got {a!s}")
        return
    for name, a in zip([n for n in op.arg_names if n not in op.unlisted_inputs], args):
        if a is not None and not isinstance(a, Symbol):
            raise AssertionError(f"Argument {name} must be Symbol instances, but got {a!s}")


def _refuse_non_symbol_keywords(op, kwargs):
    """MXNet asserts that an array input given by name is a Symbol (distnet's own code may pass constants)."""
    for name in op.arg_names:
        a = kwargs.get(name)
        if a is not None and not isinstance(a, Symbol) and _called_by_user(2):
            raise AssertionError(f"Argument {name} must be Symbol instances, but got {a!s}")


def _refuse_np_inputs(op_name, args, kwargs, depth=1):
    """MXNet's legacy symbol functions refuse np symbols from a user (``depth`` frames above the function that
    calls this) or inside a layer MXNet builds from legacy operators; distnet's own code may pass them."""
    if _any_np_symbol(args, kwargs) and (_called_by_user(depth + 1) or _in_legacy_only_layer()):
        from .numpy._symbol import refuse_np_symbol
        refuse_np_symbol(op_name)


def _any_np_symbol(args, kwargs):
    """Whether an np ``_Symbol`` (a Symbol subclass) is among the inputs of a legacy symbol function."""
    for v in list(args) + list(kwargs.values()):
        for item in (v if type(v) is list or type(v) is tuple else (v,)):
            if isinstance(item, Symbol) and type(item) is not Symbol:
                return True
    return False




def _install():
    """MXNet's public symbol functions; the underscore names are its internal ones, in ``mx.sym._internal``."""
    namespace = globals()
    for op_name in _OPS:
        if op_name not in namespace and op_name not in _FRONTEND_SPELLINGS and not op_name.startswith("_"):
            namespace[op_name] = _make(op_name)


_install()
from . import contrib, image, linalg, random, _internal  # noqa: F401
random._internal = _internal     # (MXNet's sym.random holds sym._internal by this name)
from . import op  # noqa: F401,E402  (after the op functions exist)


def zeros(shape, dtype=None, **kwargs):
    """A symbol of zeros of ``shape``."""
    return _create("_zeros", shape=shape, dtype=dtype or "float32", **kwargs)


def ones(shape, dtype=None, **kwargs):
    """A symbol of ones of ``shape``."""
    return _create("_ones", shape=shape, dtype=dtype or "float32", **kwargs)


def _create_with(op_name, given, kwargs):
    """The ``op_name`` symbol of the keywords ``given`` and the user's ``kwargs``: one given twice fails as
    Python's call of MXNet's generated ``symbol.<op_name>`` does."""
    twice = next((k for k in kwargs if k in given), None)
    if twice is not None:
        raise TypeError(f"symbol.{op_name}() got multiple values for keyword argument '{twice}'")
    return _create(op_name, **given, **kwargs)


def full(shape, val, dtype=None, **kwargs):
    """A symbol filled with ``val``."""
    return _create_with("_full", dict(shape=shape, value=float(val), dtype=dtype or "float32"), kwargs)


def arange(start, stop=None, step=1.0, repeat=1, infer_range=False, name=None, dtype=None):
    """Evenly spaced values in [start, stop)."""
    return _create("_arange", start=start, stop=stop, step=step, repeat=repeat, infer_range=infer_range,
                  name=name, dtype=dtype or "float32")


def linspace(start, stop, num, endpoint=True, name=None, dtype=None):
    """``num`` evenly spaced values from start to stop."""
    return _create("_linspace", start=start, stop=stop, num=num, endpoint=endpoint, name=name,
                  dtype=dtype or "float32")


def eye(N, M=0, k=0, dtype=None, **kwargs):
    """Ones on the k-th diagonal of an N x M matrix."""
    return _create("_eye", N=N, M=M, k=k, dtype=dtype or "float32", **kwargs)


for _creator in (zeros, ones, full, arange, linspace, eye):
    _creator.__module__ = _create.__module__      # MXNet's live in mxnet.symbol.symbol (its TypeErrors name them so)
del _creator


def histogram(a, bins=10, range=None, **kwargs):     # noqa: A002  (MXNet's parameter name)
    """Counts and bin edges of ``a``: ``bins`` bins over ``range`` (required here), or a symbol of edges."""
    if isinstance(bins, Symbol):
        return _create_with("_histogram", dict(data=a, bins=bins), kwargs)
    if isinstance(bins, int):
        if range is None:
            raise ValueError("null range is not supported in symbol mode")
        return _create_with("_histogram", dict(data=a, bin_cnt=bins, range=range), kwargs)
    raise ValueError("bins argument should be either an integer or an NDArray")


def split_v2(ary, indices_or_sections, axis=0, squeeze_axis=False):
    """Split along ``axis`` into N equal sections (an int) or at the given indices (a tuple)."""
    indices, sections = [], 0
    if isinstance(indices_or_sections, int):
        sections = indices_or_sections
    elif isinstance(indices_or_sections, tuple):
        indices = [0] + list(indices_or_sections)
    else:
        raise ValueError("indices_or_sections must either int or tuple of ints")
    return _create("_split_v2", ary, indices=indices, axis=axis, squeeze_axis=squeeze_axis, sections=sections)


from . import sparse  # noqa: E402,F401  (after every symbol function exists)

# MXNet defines these in mxnet.symbol.symbol too (mx.sym.symbol.zeros, ...)
from . import symbol as _symbol_module  # noqa: E402
for _name in ("arange", "eye", "full", "histogram", "linspace", "ones", "op", "split_v2", "zeros"):
    setattr(_symbol_module, _name, globals()[_name])
del _name

from ..base import package_listing as _package_listing  # noqa: E402

# of its modules, MXNet's (not those of distnet's graph machinery); Executor is mx.executor's
__dir__ = _package_listing(globals(), ("_internal", "contrib", "gen__internal", "gen_contrib", "gen_image", "gen_linalg", "gen_op", "gen_sparse", "register", "image", "linalg", "np", "npx",
                                       "numpy", "numpy_extension", "op", "random", "sparse", "symbol"), ("Executor",))
