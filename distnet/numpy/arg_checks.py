"""MXNet 1.9.1's checks of the arguments of ``mx.np`` functions, made before the function runs: its C API refuses a
Python list, NumPy array or scalar where it takes an array (AssertionError naming the argument) and a non-array out=;
its backend reads ctx, axes and other attributes from their text (``attribute_text``)."""
import functools
import inspect
import math
import re

import numpy as _np

from ..base import MXNetError, class_text, message_of
from ..ndarray.ndarray import NDArray
from .attribute_text import SCALARS as _SCALARS
from .attribute_text import attribute_value, operator_boolean, operator_context, operator_number, parses
from .backend_names import INPUTS_REFUSED, legacy_inputs_check, out_operator
from .fallback import NUMPY_FUNCTIONS, python_binding_check
from .multiarray import ndarray, output_count_refusal, refuse_non_array_out, type_text
from .operator_text import attribute_order, declared, in_operator, invalid_parameter, \
    parsing_order, unknown_argument
from .creation import _RANGE_DTYPES
from .reductions import _REDUCE_DTYPES
from .selection import check_branches, order_refused_first, where_operator


# function: the arguments (position, MXNet's name for it) that must be arrays
_NAMED = {
    "data": ("argsort", "diag", "diagflat", "diagonal", "repeat", "roll", "rot90", "sort", "trace", "tril", "unique",
             "clip", "expand_dims", "swapaxes", "argmax", "argmin", "array_split", "linalg.norm", "random.shuffle",
             "all", "any", "sometrue"),
    "a": ("copy", "diff", "moveaxis", "ones_like", "zeros_like", "full_like", "reshape", "squeeze", "transpose",
          "percentile", "quantile", "linalg.tensorinv", "mean", "prod", "product", "sum", "max", "min", "amax",
          "amin", "average", "cumsum", "std", "var"),
    "A": ("linalg.cholesky", "linalg.det", "linalg.eig", "linalg.eigh", "linalg.eigvals", "linalg.eigvalsh",
          "linalg.inv", "linalg.pinv", "linalg.slogdet", "linalg.svd"),
    "input1": ("ediff1d",), "array": ("broadcast_to",), "x": ("nonzero",),
}
# functions whose array check comes before Python's check of missing arguments (MXNet's take *args)
_CHECK_FIRST = ("moveaxis", "repeat", "reshape", "roll", "dot")
_SCALARS_TOO = ("broadcast_to", "clip")       # a scalar is made an array first, or clipped by NumPy
_SECOND = {"matmul": ("a", "b"), "linalg.solve": ("A", "B"), "linalg.tensorsolve": ("a", "b")}
_ALL_POSITIONAL = ("atleast_1d", "atleast_2d", "atleast_3d")
_TWO_POSITIONAL = ("append",)       # its axis may come positionally
_FIRST_POSITIONAL = ("empty_like",)
_SEQUENCE = ("stack", "vstack", "hstack", "dstack", "column_stack", "row_stack", "concatenate")
# functions that give NumPy's result for a scalar and refuse other non-arrays with a TypeError
_SCALAR_OR_ARRAY = ("around", "round", "round_", "nan_to_num", "ravel", "flip", "fliplr", "flipud")
# ... of which these refuse a legacy NDArray too (the others hand it to their operator, which refuses it)
_NUMPY_ARRAYS_ONLY = ("around", "round", "flip", "fliplr", "flipud")

# other names of one function that are objects of their own in MXNet (``np.absolute is np.abs`` is False)
_OWN_OBJECTS = ("absolute", "fabs", "max", "min", "true_divide", "remainder")


def _not_array(name, value):
    from .multiarray import not_an_array
    return not_an_array(name, value)


def _argument(fn, position):
    """Reads the ``position``-th parameter of ``fn`` from a call's arguments (``_MISSING`` if not given)."""
    params = list(inspect.signature(fn).parameters)
    name = params[position] if position < len(params) else None

    def read(args, kwargs):
        if len(args) > position:
            return args[position]
        return kwargs.get(name, _MISSING)
    return read


_MISSING = object()


# function: the operator whose input count check refuses a None array (MXNet's C API passes no input)
_NONE_INPUT_OPERATORS = {"all": "_np_all", "amax": "_np_max", "amin": "_np_min", "any": "_np_any",
    "argmax": "_npi_argmax", "argmin": "_npi_argmin", "argsort": "argsort", "average": "_npi_average",
    "copy": "_np_copy", "cumsum": "_np_cumsum", "diag": "_np_diag", "diag_indices_from": "_npi_diag_indices_from",
    "diagflat": "_np_diagflat", "diagonal": "_np_diagonal", "diff": "_npi_diff", "dot": "_np_dot",
    "ediff1d": "_npi_ediff1d", "max": "_np_max", "mean": "_npi_mean", "min": "_np_min", "nonzero": "_npx_nonzero",
    "ones_like": "_npi_full_like", "prod": "_np_prod", "product": "_np_prod", "roll": "_np_roll",
    "moveaxis": "_np_moveaxis", "clip": "clip", "matmul": "_npi_matmul", "linalg.solve": "_npi_solve",
    "linalg.tensorsolve": "_npi_tensorsolve",
    "rot90": "_npi_rot90", "sometrue": "_np_any", "sort": "sort", "squeeze": "_np_squeeze", "std": "_npi_std",
    "sum": "_np_sum", "trace": "_np_trace", "transpose": "_np_transpose", "tril": "_npi_tril",
    "unique": "_npi_unique", "var": "_npi_var", "where": "_npx_nonzero", "zeros_like": "_npi_full_like",
    "linalg.cholesky": "_npi_cholesky", "linalg.det": "_linalg_det", "linalg.eig": "_npi_eig",
    "linalg.eigh": "_npi_eigh", "linalg.eigvals": "_npi_eigvals", "linalg.eigvalsh": "_npi_eigvalsh",
    "linalg.inv": "_linalg_inverse", "linalg.norm": "_npi_norm", "linalg.pinv": "_npi_pinv_scalar_rcond",
    "linalg.slogdet": "_linalg_slogdet", "linalg.svd": "_npi_svd", "linalg.tensorinv": "_npi_tensorinv",
    "random.shuffle": "_shuffle", "repeat": "repeat", "reshape": "_np_reshape", "expand_dims": "expand_dims",
    "percentile": "_npi_percentile", "quantile": "_npi_percentile", "full_like": "_npi_full_like",
    "broadcast_to": "_npi_broadcast_to"}


def _named_check(fn, names, scalars=False, op="", qualified=None):
    """Checks the arguments ``names`` (in order) are arrays (or, if ``scalars``, Python or NumPy scalars); a None
    one is a missing input of operator ``op``, which MXNet's C API finds after refusing a non-array ``out=`` of
    function ``qualified``."""
    readers = [(_argument(fn, i), n) for i, n in enumerate(names)]
    accepted = (NDArray,) + _SCALARS if scalars else NDArray
    read_out = _argument(fn, list(inspect.signature(fn).parameters).index("out")) \
        if qualified not in (None,) + _OWN_OUT_HANDLING and _takes(fn, "out") else None

    def check(args, kwargs):
        values = [(read(args, kwargs), label) for read, label in readers]
        for value, label in values:
            if value is not _MISSING and not isinstance(value, accepted):
                from .multiarray import not_an_array
                if value is None and read_out is not None and read_out(args, kwargs) is not _MISSING:
                    refuse_non_array_out(out_operator(qualified, args, kwargs), read_out(args, kwargs))
                given = sum(v is not None for v, _ in values)
                raise not_an_array(label, value, op, given, len(values))
    return check


def _positional_check(count=None):
    """Checks the first ``count`` positional arguments (all when None) are arrays."""
    def check(args, kwargs):
        for value in args[:count]:
            if not isinstance(value, NDArray):
                raise AssertionError(f"Positional arguments must have NDArray type, but got {value!s}")
    return check


def _sequence_check(name):
    def check(args, kwargs):
        seq = args[0] if args else kwargs.get("arrays", kwargs.get("tup", _MISSING))
        if seq is _MISSING or isinstance(seq, NDArray):
            return
        if hasattr(seq, "__next__"):        # a generator: left unread (MXNet's stack family refuses one)
            if name in ("stack", "vstack", "row_stack"):
                raise ValueError(f"expected iterable for arrays but got {type(seq)}")
            return
        try:
            items = list(seq)
        except TypeError:
            if name in ("stack", "vstack", "row_stack"):
                raise
            raise TypeError(f"mxnet.ndarray.numpy._internal.{name}() argument after * must be an iterable, not "
                            f"{type(seq).__name__}") from None
        for value in items:
            if not isinstance(value, NDArray):
                raise AssertionError(f"Positional arguments must have NDArray type, but got {value!s}")
    return check


def _refuse_as_python(fn, args, kwargs):
    """Python's own TypeError (its words, naming ``fn``) for a call whose arguments ``fn``'s signature refuses
    (but for a missing one that ``fn``'s operator refuses itself, after parsing the others)."""
    signature = inspect.signature(fn)
    if getattr(fn, "takes_any_keyword", False):     # (MXNet's caller takes any keyword: its operator refuses it)
        kwargs = {k: v for k, v in kwargs.items() if k in signature.parameters}
    try:
        signature.bind(*args, **kwargs)
    except TypeError as err:
        if getattr(fn, "operator_refuses_missing", False) and "missing" in str(err):
            return
        # refused on entry, in fn's name, by the innermost function taking the arguments by name (a ufunc's wrapper,
        # whose ``**kwargs`` takes any keyword)
        python_binding_check(inspect.unwrap(fn, stop=_binds_by_name), fn.__name__)(args, kwargs)
        raise


def _binds_by_name(fn):
    """Whether ``fn`` takes named parameters and any keyword, without taking any position (``*args``)."""
    flags = fn.__code__.co_flags
    return bool(flags & inspect.CO_VARKEYWORDS) and not flags & inspect.CO_VARARGS


def _guarded(fn, check, bind_first=True):
    @functools.wraps(fn)
    def run(*args, **kwargs):
        try:
            check(args, kwargs)
        except (AssertionError, TypeError, MXNetError):
            if bind_first:      # a call missing arguments is Python's TypeError first
                _refuse_as_python(fn, args, kwargs)
            raise
        return fn(*args, **kwargs)
    return run


def _scalar_or_array(fn, name):
    numpy_fn = {"fliplr": lambda x: _np.flip(x, 1), "flipud": lambda x: _np.flip(x, 0)}.get(name) or \
        getattr(_np, name)
    arrays = ndarray if name in _NUMPY_ARRAYS_ONLY else NDArray
    params = list(inspect.signature(fn).parameters)
    first, out_position = params[0], params.index("out") if "out" in params else None

    @functools.wraps(fn)
    def run(*args, **kwargs):
        _refuse_as_python(fn, args, kwargs)
        x = args[0] if args else kwargs[first]     # (bound: the array is the first argument)
        if isinstance(x, _SCALARS):     # NumPy's result, out= unread
            kwargs.pop("out", None)
            return numpy_fn(*args[:out_position], **kwargs)
        if not isinstance(x, arrays):
            raise TypeError(f"type {type_text(x)} not supported")
        return fn(*args, **kwargs)
    return run


def _numpy_without_arrays(fn, name):
    """MXNet takes these from NumPy: without an mx.np array among the arguments they are NumPy's own."""
    numpy_fn = getattr(_np.linalg, name)

    def holds_array(v):
        return isinstance(v, NDArray) or isinstance(v, (list, tuple)) and any(isinstance(x, NDArray) for x in v)

    @functools.wraps(fn)
    def run(*args, **kwargs):
        if not any(holds_array(v) for v in list(args) + list(kwargs.values())):
            res = numpy_fn(*args, **kwargs)
            return tuple(res) if isinstance(res, tuple) else res        # NumPy 1.23's plain tuples
        return fn(*args, **kwargs)
    return run


def _bincount_check(args, kwargs):
    value = args[0] if args else kwargs.get("x", _MISSING)
    if value is not _MISSING and not isinstance(value, NDArray):
        raise TypeError("Input data should be NDarray")


def _where_check(fn):
    """where's array check: a scalar condition picks a branch, and the one-argument form is nonzero(x)."""
    alone = _named_check(fn, ("x",), False, _NONE_INPUT_OPERATORS["where"])
    branches = _named_check(fn, ("condition",), True, _NONE_INPUT_OPERATORS["where"])

    def check(args, kwargs):
        condition, x, y = (args[i] if len(args) > i else kwargs.get(k) for i, k in enumerate(("condition", "x", "y")))
        if x is None and y is None:
            return alone(args, kwargs)
        if isinstance(condition, _SCALARS):     # (a number picks a branch)
            return None
        check_branches(x, y)        # MXNet picks its operator by the branches before it reads the condition
        if condition is None:       # a missing input of the operator the branches pick, found after a legacy one
            from .multiarray import not_an_array, refuse_legacy_arrays
            op = where_operator(x, y)
            refuse_legacy_arrays(op, (x, y))
            given = isinstance(x, NDArray) + isinstance(y, NDArray)
            raise not_an_array("condition", None, op, given, given + 1)
        return branches(args, kwargs)
    return check


def _diff_check(args, kwargs):
    """MXNet's front end refuses prepend= and append= (by their truth) before its backend reads any attribute."""
    given = {**dict(zip(("a", "n", "axis", "prepend", "append"), args)), **kwargs}
    if given.get("prepend") or given.get("append"):
        raise NotImplementedError("prepend and append options are not supported yet")


def _delete_check(args, kwargs):
    value = args[0] if args else kwargs.get("arr", _MISSING)
    if value is not _MISSING and not isinstance(value, NDArray):
        raise TypeError(f"'arr' can not support type {class_text(value)}")


# function: (position, parameter, what MXNet parses it as) for parameters that are operator attributes
_ATTRIBUTES = {
    "all": (1, "axis", "axes"), "any": (1, "axis", "axes"), "sometrue": (1, "axis", "axes"),
    "mean": (1, "axis", "axes"),
    "prod": (1, "axis", "axes"), "product": (1, "axis", "axes"), "argsort": (1, "axis", "axis"),
    "around": (1, "decimals", "int"), "round": (1, "decimals", "int"), "round_": (1, "decimals", "int"),
    "diag": (1, "k", "int"), "diagflat": (1, "k", "int"), "diff": (1, "n", "int"),
    "moveaxis": (1, "source", "shape"), "broadcast_to": (1, "shape", "shape"), "reshape": (1, "newshape", "shape"),
    "full_like": (1, "fill_value", "number"), "flip": (1, "axis", "axes"), "squeeze": (1, "axis", "axes"),
    "transpose": (1, "axes", "tuple"), "unique": (4, "axis", "axis"),
}
# more attributes MXNet hands to its backend as text: (function, parameter, kind as in _ATTRIBUTES)
_TEXT_ATTRIBUTES = [
    *[(q, "axis", "axes") for q in ("sum", "max", "min", "amax", "amin", "std", "var", "average")],
    *[(q, "axis", "axis") for q in ("argmax", "argmin", "sort", "cumsum", "stack", "take", "append")],
    *[(q, p, "int") for q in ("diagonal", "trace") for p in ("offset", "axis1", "axis2")],
    ("rot90", "k", "int"), ("tril", "k", "int"), ("std", "ddof", "int"), ("var", "ddof", "int"),
    ("repeat", "axis", "axis"), ("roll", "axis", "axes"),
    ("roll", "shift", "axes"), ("moveaxis", "destination", "shape"), ("percentile", "axis", "axes"),
    ("quantile", "axis", "axes"), ("diff", "axis", "int"),
    ("array_split", "axis", "int"),
    ("delete", "axis", "axis"), ("eye", "k", "int"), ("repeat", "repeats", "int"),
    ("rot90", "axes", "axes"),      # (after k: parsed before it)
    ("linalg.tensorinv", "ind", "int"),
]
# the samplers' size: a shape, or its text ('3', '(2, 3)')
_SIZED = ("random.choice", "random.multinomial", "random.exponential", "random.gamma", "random.gumbel",
          "random.logistic", "random.lognormal", "random.normal", "random.pareto", "random.power", "random.rayleigh",
          "random.uniform", "random.weibull")
# (function, attribute): what MXNet parses it as
_TEXT_KINDS = {**{(q, n): k for q, (_, n, k) in _ATTRIBUTES.items()}, **{(q, n): k for q, n, k in _TEXT_ATTRIBUTES}}


def _checked_attribute(qualified, fn, name, kind):
    """A converter for ``_converted``: the attribute's text read, then refused (MXNetError) if MXNet cannot parse it."""
    def convert(value, args, kwargs):
        if value is None and qualified in _NONE_IS_UNKNOWN_SHAPE:
            return value
        value = attribute_value(value, kind)
        if not parses(value, kind):
            raise _attribute_refusal(qualified, fn, name, kind, value, args, kwargs)
        return value
    return convert


def _attribute_refusal(qualified, fn, name, kind, value, args, kwargs):
    """MXNet's parser refusing attribute ``name`` it cannot read, unless a dtype it reads before is refused first."""
    return _dtype_refused_first(qualified, fn, name, args, kwargs) or \
        MXNetError(invalid_parameter(qualified, fn, name, kind, value, args, kwargs))


def _dtype_refused_first(qualified, fn, name, args, kwargs):
    """The refusal of an attribute (a dtype, a keyword its operator lacks) that MXNet's parser reads before
    attribute ``name`` of ``qualified``, or None."""
    return _earlier_refusal(qualified, fn, name, args, kwargs) if qualified in _ORDERED_PARSING else None


def _text_refusal(qualified, fn, name, kind, value, args, kwargs):
    """MXNet's parser refusing attribute ``name`` it cannot read as a ``kind``, or None."""
    if value is None and qualified in _NONE_IS_UNKNOWN_SHAPE:
        return None
    value = attribute_value(value, kind)
    return None if parses(value, kind) else MXNetError(invalid_parameter(qualified, fn, name, kind, value, args,
                                                                         kwargs))


_NONE_IS_UNKNOWN_SHAPE = frozenset({"broadcast_to", "reshape", "moveaxis"})     # MXNet's parser reads a None shape
# as of unknown rank


def _size_refusal(qualified, fn, value, args, kwargs):
    """MXNet's parser refusing a sampler's ``size`` it cannot read as a shape (True, 2.5, (2.0,), 'abc', a size
    beyond 32 bits), with the operator's attributes; None where it reads it (arrays are left to the sampler)."""
    shape = value if isinstance(value, (tuple, list)) else (value,)
    bits = 63 if qualified == "random.choice" else 31      # (choice's sizes are 64-bit)
    if value is None or isinstance(value, NDArray) or all(
            isinstance(v, (int, _np.integer)) and not isinstance(v, bool) and -2 ** bits <= v < 2 ** bits
            for v in shape):
        return None
    label = "" if qualified == "random.choice" else "Shape or None"     # (choice's parser names no type)
    return MXNetError(f"Invalid Parameter format for size expect {label} but value='{value!s}'"
                      f"{in_operator(qualified, fn, args, kwargs)}")


def _number_refusal(qualified, fn, name, value, args, kwargs):
    """MXNet's parser refusing a distribution parameter ``name`` that is no finite number (None: an input), with the
    operator's attributes; None where it reads it."""
    try:
        number = _sampler_value(name, value)
        try:        # (a finite float32)
            wide = float(number) if not isinstance(number, NDArray) else 0.0
        except OverflowError:
            wide = _np.inf
        if not abs(wide) <= _np.finfo(_np.float32).max:
            raise MXNetError(f"Invalid Parameter format for {name} expect float or None but value='{number!s}'")
    except MXNetError as e:
        return MXNetError(f"{message_of(e)}{in_operator(qualified, fn, args, kwargs)}")
    return None


def _sampler_value(name, value):
    """A distribution parameter as MXNet's front end hands it on: an mx.np array, or a number (a NumPy 0-d array's
    too) its parser reads as a float; anything else refused as the text it makes of it."""
    number = operator_number(name, value)
    if isinstance(number, _np.ndarray) and number.ndim == 0 and number.dtype.kind in "biuf":
        return number.item()
    if isinstance(number, ndarray) or isinstance(number, (int, float, _np.integer, _np.floating)):
        return number
    raise MXNetError(f"Invalid Parameter format for {name} expect float or None but value='{number!s}'")


# functions whose operator's parser reads a dtype before the attributes refused here: the types it takes, and
# whether its refusal lists None among them
_PARSED_DTYPES = {**dict.fromkeys(("sum", "prod", "product", "mean"), (_REDUCE_DTYPES, True)),
                  **dict.fromkeys(("std", "var", "cumsum"), (_REDUCE_DTYPES[1:], True)), "eye": (_RANGE_DTYPES, False)}


def _dtype_refusal(qualified, fn, dtype, args, kwargs):
    """MXNet's parser refusing a dtype its operator does not take (a sampler's: other than a float type), with the
    operator's attributes."""
    try:
        dt = None if dtype is None else _np.dtype(dtype)
    except TypeError:
        if qualified in _PARSED_DTYPES:
            raise       # (read by NumPy before the parser)
        return None     # (NumPy's TypeError, in the function)
    if qualified in _PARSED_DTYPES:
        taken, with_none = _PARSED_DTYPES[qualified]
        if dt is None or dt.name in taken:
            return None
        listed = ("None, " if with_none else "") + ", ".join(map(repr, taken))
    elif dt is None or dt.kind == "f":
        return None
    else:
        listed = "'float16', 'float32', 'float64'"
    return MXNetError(f"Invalid Input: '{dt.name}', valid values are: {{{listed}}}"
                      f"{in_operator(qualified, fn, args, kwargs)}")


_SAMPLER_ATTRIBUTES = {"mean": "loc", "sigma": "scale"}      # (lognormal's parameters, as normal's operator names them)


def _earlier_refusal(qualified, fn, attribute, args, kwargs):
    """The refusal of an attribute MXNet's parser reads before ``attribute`` (its map's order; None: all of them),
    or None."""
    unknown = _operator_unknowns(qualified, fn, kwargs)
    try:
        bound = inspect.signature(fn).bind_partial(*args, **{k: v for k, v in kwargs.items() if k not in unknown})
    except TypeError:
        return None
    names = {_SAMPLER_ATTRIBUTES.get(p, p): p for p in _SAMPLER_PARAMS.get(qualified, ())}
    order = parsing_order(qualified, fn, args, kwargs, unknown) if qualified in _OPERATOR_KEYWORDS else None
    for attr in attribute_order(qualified) if order is None else order:
        if attr == attribute:
            return None
        value = bound.arguments.get(names.get(attr, attr))
        if attr in unknown:
            refusal = MXNetError(unknown_argument(qualified, fn, args, kwargs, unknown))
        elif attr in ("keepdims", "initial") and attr in bound.arguments and qualified in _ORDERED_PARSING:
            refusal = _refusal_of(_boolean_attribute(qualified, fn, attr) if attr == "keepdims" else
                                  _optional_double(qualified, fn, attr), value, args, kwargs)
        elif (qualified, attr) in _TEXT_KINDS and attr in bound.arguments:
            refusal = _text_refusal(qualified, fn, attr, _TEXT_KINDS[qualified, attr], value, args, kwargs)
        elif attr == "size":
            refusal = _size_refusal(qualified, fn, attribute_value(value, "axes"), args, kwargs)
        elif attr == "dtype":
            refusal = _dtype_refusal(qualified, fn, value, args, kwargs)
        elif attr in names and value is not None:
            refusal = _number_refusal(qualified, fn, attr, value, args, kwargs)
        else:
            refusal = None
        if refusal is not None:
            return refusal
    return None


def _operator_unknowns(qualified, fn, kwargs):
    """The keywords of a call of ``qualified`` (a function handing unknown keywords on to its operator) that its
    operator does not declare."""
    if qualified not in _OPERATOR_KEYWORDS:
        return []
    params = inspect.signature(fn).parameters
    known = {k for k, p in params.items() if p.kind is not p.VAR_KEYWORD} | set(declared(qualified) or ())
    if _caller_positions(fn, qualified)[:1] == ["data"]:
        known.discard("a")      # (MXNet's caller names its array data: a= is an attribute its operator lacks)
    return [k for k in kwargs if k not in known and k != "name"]      # (``name`` is every operator's own)


def _refusal_of(convert, value, args, kwargs):
    """The MXNetError a converter for ``_converted`` refuses ``value`` with, or None."""
    try:
        convert(value, args, kwargs)
    except MXNetError as e:
        return e
    return None


def _size_text(qualified, fn):
    """A converter for ``_converted``: a sampler's size read from its text, refused as MXNet's parser refuses it
    (after the attributes it reads first)."""
    def convert(value, args, kwargs):
        value = attribute_value(value, "axes")
        refusal = _size_refusal(qualified, fn, value, args, kwargs)
        if refusal is not None:
            raise _earlier_refusal(qualified, fn, "size", args, kwargs) or refusal
        return value
    return convert


def _sampler_number(qualified, fn, parameter, names):
    """A converter for ``_converted``: a distribution parameter (of the sampler's parameters ``names``) as MXNet's
    backend reads its text, refused where it is no finite number (after the attributes it reads first); None (an
    input the operator then expects) refused for the missing input."""
    name = _SAMPLER_ATTRIBUTES.get(parameter, parameter)

    def convert(value, args, kwargs):
        if value is None:
            bound = inspect.signature(fn).bind_partial(*args, **kwargs)
            bound.apply_defaults()
            arrays = sum(isinstance(bound.arguments.get(n), NDArray) for n in names)
            missing = sum(bound.arguments.get(n) is None for n in names)
            op = in_operator(qualified, fn, args, kwargs).split("(")[0].rpartition(" ")[2]
            raise _earlier_refusal(qualified, fn, None, args, kwargs) or MXNetError(   # (attributes read first)
                f"Check failed: num_inputs == infered_num_inputs ({arrays} vs. {arrays + missing}) : "
                f"Operator {op} expects {arrays + missing} inputs, but got {arrays} instead.")
        refusal = _number_refusal(qualified, fn, name, value, args, kwargs)
        if refusal is not None:
            _refuse_array_size(fn, args, kwargs)
            raise _earlier_refusal(qualified, fn, name, args, kwargs) or refusal
        return _sampler_value(name, value)
    return convert


def _refuse_array_size(fn, args, kwargs):
    """An array given as a sampler's size: MXNet packs the arguments in a tuple its C API refuses, before its
    parser reads any attribute."""
    try:
        size = inspect.signature(fn).bind_partial(*args, **kwargs).arguments.get("size")
    except TypeError:
        return
    if isinstance(size, NDArray):
        raise TypeError("type <class 'tuple'> not supported")


def _attribute_check(qualified, fn, position, name, kind):
    read = _argument(fn, position)

    def check(args, kwargs):
        value = read(args, kwargs)
        if value is None and qualified in _NONE_IS_UNKNOWN_SHAPE:
            return
        if value is not _MISSING and not parses(attribute_value(value, kind), kind):
            raise _attribute_refusal(qualified, fn, name, kind, value, args, kwargs)
        if fn.__name__ == "moveaxis" and len(args) < 3 and "destination" not in kwargs and \
                set(kwargs) <= {"a", "source", "name", "out"}:     # MXNet takes *args (its parser refuses others first)
            given = "" if value is _MISSING else f', source="{value}"'
            raise MXNetError("Required parameter destination of Shape(tuple) is not presented, in operator "
                             f'_np_moveaxis(name=""{given})')
    return check


def _matmul_operators(matmul):
    """``a @ b`` through the checked ``matmul`` (None is a missing input to MXNet's operator: MXNetError)."""
    from .multiarray import ndarray

    def operands(x, y, out=None):
        if x is None or y is None:
            raise MXNetError("Check failed: num_inputs == infered_num_inputs (1 vs. 2) : Operator _npi_matmul "
                             "expects 2 inputs, but got 1 instead.")
        return matmul(x, y) if out is None else matmul(x, y, out=out)
    ndarray.__matmul__ = lambda self, other: operands(self, other)
    ndarray.__rmatmul__ = lambda self, other: operands(other, self)
    ndarray.__imatmul__ = lambda self, other: operands(self, other, out=self)


# functions whose out= MXNet never reads or checks otherwise (its TypeError for a non-array out= is not theirs;
# nor is it NumPy's functions')
_OWN_OUT_HANDLING = ("vstack", "zeros_like", "random.choice", "random.gamma", "linalg.multi_dot")


def _out_check(fn, name):
    """MXNet's TypeError for a non-array ``out=`` (by keyword or by position), which its front end hands to the
    backend as an output before the backend parses attributes, and after Python reads a ``dtype``. A function's
    ``front_end(*args, **kwargs)``, if it has one, makes the front end's own checks of the other arguments first
    and says whether the call reaches the backend at all (a number's result is NumPy's)."""
    params = list(inspect.signature(fn).parameters)
    read = _argument(fn, params.index("out"))
    read_dtype = _argument(fn, params.index("dtype")) if "dtype" in params else None
    front_end = getattr(fn, "front_end", None)

    def check(args, kwargs):
        if front_end is not None and not front_end(*args, **kwargs):
            return
        dtype = read_dtype(args, kwargs) if read_dtype else None
        if dtype is not None and dtype is not _MISSING:
            _np.dtype(dtype)        # read by NumPy first (its TypeError for a name it does not know)
        out = read(args, kwargs)
        if out is not _MISSING:
            refuse_non_array_out(out_operator(name, args, kwargs), out)
    return check


def _after_dtype_read(fn, check):
    """``check`` of a call of ``fn`` refusing its arguments once Python has read a ``dtype`` (NumPy's TypeError for
    a name it does not know comes first)."""
    params = list(inspect.signature(fn).parameters)
    if "dtype" not in params:
        return check
    read_dtype = _argument(fn, params.index("dtype"))

    def checked(args, kwargs):
        try:
            check(args, kwargs)
        except TypeError:
            dtype = read_dtype(args, kwargs)
            if dtype is not None and dtype is not _MISSING:
                _np.dtype(dtype)
            raise
    return checked


# functions that read ``ctx`` in Python (not as an operator attribute): a non-context fails there, not in MXNet's parser;
# full, arange and the windows parse it themselves, after the attributes MXNet's parser reads first
_PYTHON_CTX = ("array", "empty", "zeros_like", "ones_like", "empty_like", "full_like", "full", "arange", "hanning",
               "hamming", "blackman")
def _converted(fn, parameter, convert):
    """``fn`` with its argument ``parameter``, when given, replaced by ``convert(value, args, kwargs)``."""
    position = list(inspect.signature(fn).parameters).index(parameter)

    @functools.wraps(fn)
    def run(*args, **kwargs):
        given, args = args, list(args)
        try:
            if len(args) > position:
                args[position] = convert(args[position], args, kwargs)
            elif parameter in kwargs:
                kwargs[parameter] = convert(kwargs[parameter], args, kwargs)
        except (AssertionError, TypeError, ValueError, MXNetError):
            _refuse_as_python(fn, given, kwargs)       # a call Python refuses fails so first
            raise
        return fn(*args, **kwargs)
    return run


def _context_parsed(fn, qualified):
    """``fn`` with its ``ctx`` argument parsed as MXNet's backend does; a sampler given array parameters makes its
    result where they are, ignoring ``ctx`` (MXNet does not read it then; beta passes it on to its two gamma
    samplers, which decide each for itself)."""
    sampler = qualified.startswith("random.") and qualified != "random.beta"

    def convert(ctx, args, kwargs):
        if sampler and any(isinstance(v, NDArray) for v in args + list(kwargs.values())):
            return None
        return operator_context(ctx)
    return _converted(fn, "ctx", convert)


# (sampler, parameter) of the distribution parameters MXNet hands to its backend as float attribute text
_SAMPLER_NUMBERS = [("random." + q, p) for q, ps in (
    ("normal", ("loc", "scale")), ("uniform", ("low", "high")), ("gamma", ("shape", "scale")),
    ("gumbel", ("loc", "scale")), ("logistic", ("loc", "scale")), ("lognormal", ("mean", "sigma")),
    ("exponential", ("scale",)), ("rayleigh", ("scale",)), ("weibull", ("a",)), ("pareto", ("a",)), ("power", ("a",)))
    for p in ps]      # (beta's a and b reach its gamma samplers' parser)
_SAMPLER_PARAMS = {}
for _q, _p in _SAMPLER_NUMBERS:
    _SAMPLER_PARAMS.setdefault(_q, []).append(_p)


# (function, parameter) of boolean operator attributes, parsed from their text
_BOOLEAN_ATTRIBUTES = [(q, "keepdims") for q in ("all", "any", "sometrue", "amax", "amin", "max", "min", "mean", "prod",
                                                 "product", "std", "sum", "var", "linalg.norm")] + \
    [("unique", p) for p in ("return_index", "return_inverse", "return_counts")] + [("random.choice", "replace")] + \
    [(q, "endpoint") for q in ("linspace", "logspace")] + [(q, "keepdims") for q in ("percentile", "quantile")]
# what MXNet's parser of an optional double reads whole (no inf or nan, no trailing characters)
_OPTIONAL_DOUBLE = re.compile(r"\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")
_INITIAL = ("sum", "prod", "product", "max", "min", "amax", "amin")       # (the reductions taking ``initial``)


def _optional_double(qualified, fn, name):
    """A converter for ``_converted``: attribute ``name`` (double or None) as given when MXNet's parser reads its
    text, else refused in MXNet's words with the operator's attributes."""
    def convert(value, args, kwargs):
        text = str(value)
        if value is None or _OPTIONAL_DOUBLE.fullmatch(text) and math.isfinite(float(text)):
            return value
        raise _dtype_refused_first(qualified, fn, name, args, kwargs) or MXNetError(
            f"Invalid Parameter format for {name} expect double or None but value='{text!s}'"
            f"{in_operator(qualified, fn, args, kwargs)}")
    return convert


def _boolean_attribute(qualified, fn, name):
    """A converter for ``_converted``: boolean attribute ``name`` read from its text, else refused in MXNet's words
    with the operator's attributes; a value given otherwise than as True or False (1, 'true') keeps its text for
    the refusals of the attributes read after it."""
    def convert(value, args, kwargs):
        try:
            parsed = operator_boolean(name, value)
        except MXNetError as e:
            raise _dtype_refused_first(qualified, fn, name, args, kwargs) or \
                MXNetError(f"{message_of(e)}{in_operator(qualified, fn, args, kwargs)}") from None
        if str(value) == str(parsed):
            return parsed
        from ..symbol.graph import _SpeltInt
        return _SpeltInt(parsed, str(value))
    return convert


def _takes(fn, parameter):
    try:
        return callable(fn) and not inspect.isclass(fn) and parameter in inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False


# functions handing unknown keywords on to their operator (MXNet's take **kwargs), whose parser refuses them
_OPERATOR_KEYWORDS = ("atleast_1d", "atleast_2d", "atleast_3d", "diag", "diagflat", "diagonal", "squeeze", "transpose",
                      "repeat", "roll", "reshape", "moveaxis", "sum", "prod", "product", "max", "amax", "min", "amin",
                      "all", "any", "sometrue", "cumsum", "trace")
# functions whose refusals of an attribute come after those of the attributes their parser reads before it
_ORDERED_PARSING = frozenset(_PARSED_DTYPES) | frozenset(_OPERATOR_KEYWORDS)


# how those functions' operators word a wrong ``out=`` array (see shaping._check_out; transpose: its own)
_OUT_WORDS = {"atleast_1d": {"types": "assigned"}, "atleast_2d": {"types": "assigned"},
              "atleast_3d": {"types": "assigned"}, "roll": {"shapes": "assigned", "types": "assigned"}}


# functions whose array their operator takes by position only: given as a= it is an attribute the operator lacks
_ARRAY_BY_POSITION = ("all", "any", "sometrue")


def _caller_positions(fn, qualified):
    """The parameters MXNet's caller of ``qualified`` binds by position (its array named data where MXNet's
    caller names it so)."""
    params = inspect.signature(fn).parameters
    positional = [k for k, p in params.items() if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    if qualified in _ARRAY_BY_POSITION or _OPERATOR_CALLERS.get(qualified, "a")[-1] == "data":
        positional[:1] = ["data"]
    return positional


def _refuse_bound_twice(qualified, positional, args, kwargs):
    """Python's TypeError for a keyword naming a parameter the call already gave by position."""
    clash = next((k for k in kwargs if k in positional[:len(args)]), None)
    if clash is not None:
        raise TypeError(f"{qualified}() got multiple values for argument '{clash}'")


def _unknown_keywords_refused(fn, qualified):
    """``fn`` refusing keywords its operator does not declare with MXNet's MXNetError (not Python's TypeError)."""
    params = inspect.signature(fn).parameters
    positional = _caller_positions(fn, qualified)

    @functools.wraps(fn)
    def run(*args, **kwargs):
        _refuse_bound_twice(qualified, positional, args, kwargs)
        out = kwargs.pop("out") if "out" not in params and "out" in kwargs and \
            (kwargs["out"] is None or isinstance(kwargs["out"], NDArray)) else None     # (the caller's own)
        unknown = _operator_unknowns(qualified, fn, kwargs)
        if unknown:     # (its parser refuses the first attribute it cannot read, in its map's order)
            raise _earlier_refusal(qualified, fn, None, args, kwargs) or \
                MXNetError(unknown_argument(qualified, fn, args, kwargs, unknown))
        if "name" not in params and not any(p.kind is p.VAR_KEYWORD for p in params.values()):
            kwargs.pop("name", None)
        if out is None:
            return fn(*args, **kwargs)
        from .shaping import _into, _check_transposed_out
        if qualified == "transpose" and args and isinstance(args[0], NDArray):
            _check_transposed_out(out, args[0], args[1] if len(args) > 1 else kwargs.get("axes"))
        return _into(out, fn(*args, **kwargs), **_OUT_WORDS.get(qualified, {}))   # (out= is the operator's output)
    run.takes_any_keyword = True        # (kept by the wrappers around it: functools.wraps copies it)
    return run


# functions MXNet defines with *args: a missing argument reaches the operator, which refuses it (MXNetError)
_MISSING_ARGUMENT_MESSAGES = {
    "dot": "Check failed: num_inputs == infered_num_inputs ({given} vs. 2) : Operator _np_dot expects 2 inputs, but "
           "got {given} instead.",
    "repeat": "Required parameter repeats of int is not presented, in operator repeat(name=\"\")",
    "reshape": "Required parameter newshape of Shape(tuple) is not presented, in operator _np_reshape(name=\"\")",
    "roll": "roll missing 1 required positional argument: 'shift'.",
    "moveaxis": "Required parameter source of Shape(tuple) is not presented, in operator _np_moveaxis(name=\"\")",
}
_MISSING_ARGUMENT_MESSAGES.update({     # MXNet's generated callers of one-input operators, called without the array
    name: f"Check failed: num_inputs == infered_num_inputs ({{given}} vs. 1) : Operator {op} expects 1 inputs, but "
          "got {given} instead."
    for name, op in (("sum", "_np_sum"), ("prod", "_np_prod"), ("product", "_np_prod"), ("max", "_np_max"),
                     ("amax", "_np_max"), ("min", "_np_min"), ("amin", "_np_min"), ("all", "_np_all"),
                     ("any", "_np_any"), ("sometrue", "_np_any"), ("copy", "_np_copy"), ("cumsum", "_np_cumsum"))})


def _missing_argument_refused(fn, message, qualified):
    """``fn`` (mx.np's ``qualified``) raising MXNetError(``message``) instead of Python's TypeError when a required
    argument is missing; a message naming the operator names the attributes given too."""
    signature = inspect.signature(fn)

    @functools.wraps(fn)
    def run(*args, **kwargs):
        try:
            signature.bind(*args, **kwargs)
        except TypeError as err:
            if "missing" in str(err):       # (the operator counts the arrays given by position, a None none)
                text = message.format(given=sum(a is not None for a in args))
                head, named, _ = text.partition(", in operator ")
                raise MXNetError(head + in_operator(qualified, fn, args, kwargs) if named else text) from None
        return fn(*args, **kwargs)      # (another wrong call: Python's own words, naming the function)
    run.operator_refuses_missing = True     # (kept by the wrappers around it: functools.wraps copies it)
    return run


# NumPy 1.23, which MXNet 1.9.1 runs its fallback functions on, binds a call's arguments to a dispatcher of the
# function's signature first: Python's argument errors name the dispatcher, most of them _<name>_dispatcher.
_DISPATCHER_NAMES = {"alltrue": "_all_dispatcher", "polyadd": "_binary_op_dispatcher",
                     "polymul": "_binary_op_dispatcher", "polysub": "_binary_op_dispatcher",
                     "tril_indices_from": "_trilu_indices_form_dispatcher",
                     "triu_indices_from": "_trilu_indices_form_dispatcher", "trim_zeros": "_trim_zeros",
                     "multi_dot": "_multidot_dispatcher"}
_DISPATCHED_LINALG = ("linalg.cond", "linalg.lstsq", "linalg.matrix_power", "linalg.matrix_rank",
                      "linalg.multi_dot", "linalg.qr")


def _dispatcher_words(fn, name):
    """``fn``, refusing arguments its signature does not bind in the words of NumPy 1.23's dispatcher for
    ``name`` (functions written in C have none: left as they are)."""
    impl = _np.all if name == "alltrue" else inspect.unwrap(fn)     # (newer NumPy's alltrue takes *args)
    impl = getattr(impl, "_implementation", impl)
    if not hasattr(impl, "__code__"):
        return fn
    return _guarded(fn, python_binding_check(impl, _DISPATCHER_NAMES.get(name, f"_{name}_dispatcher")), False)


# MXNet's functions that are its operators' generated callers: every parameter defaulted (the array ones to None),
# ``out`` and ``name`` last and other keywords taken: (how many they bind by position, the operator refusing no input)
_OPERATOR_CALLERS = {"trace": (6, "_np_trace", "data"), "diagonal": (6, "_np_diagonal", "data"),
                     "diag": (4, "_np_diag", "data"), "diagflat": (4, "_np_diagflat", "data"),
                     "squeeze": (4, "_np_squeeze", "a"), "transpose": (4, "_np_transpose", "a"),
                     "reshape": (5, None, "a"), "repeat": (5, None, "data"), "roll": (5, None, "data"),
                     "moveaxis": (5, None, "a")}


def _operator_caller(fn, name, count, op, keyword):
    """``fn`` binding its arguments as MXNet's generated operator caller ``name`` does: Python refuses more than
    ``count`` by position, the array's keyword is ``keyword``; given no array, operator ``op`` counts its inputs."""
    params = inspect.signature(fn).parameters
    first = next(iter(params))
    positional = _caller_positions(fn, name)
    known = (set(params) | set(declared(name) or ()) | {keyword, "out", "name"}) - ({first} - {keyword})

    @functools.wraps(fn)
    def run(*args, **kwargs):
        if len(args) > count:
            raise TypeError(f"{name}() takes from 0 to {count} positional arguments but {len(args)} were given")
        _refuse_bound_twice(name, positional, args, kwargs)
        unknown = [k for k in kwargs if k not in known]
        if unknown and not args:       # no array: its operator reads its attributes before it counts its inputs
            raise MXNetError(unknown_argument(name, fn, args, kwargs, unknown))
        if first != keyword and keyword in kwargs and not args:
            args = (kwargs.pop(keyword),)
        if op is not None and not args and first not in kwargs:
            raise MXNetError(f"Check failed: num_inputs == infered_num_inputs (0 vs. 1) : Operator {op} expects 1 "
                             "inputs, but got 0 instead.")
        if len(args) > count - 2:       # the last two positions are the caller's out and name
            args, (out, *label) = args[:count - 2], args[count - 2:]
            if "out" in params:
                kwargs["out"] = out
            kwargs.update(zip(["name"], label))
        return fn(*args, **kwargs)
    return run


# functions handing an out= sequence to MXNet's C API as it is (the others' operators take it themselves)
_SEQUENCE_OUT = ("dot", "matmul", "concatenate", "stack", "take", "argmax", "argmin", "all", "any", "einsum")


def _sequence_out_unwrapped(fn):
    """``fn`` given out= as a sequence of mx.np arrays: MXNet's C API writes the one output into its one array and
    returns the sequence; another count of arrays is refused."""
    @functools.wraps(fn)
    def run(*args, **kwargs):
        out = kwargs.get("out")
        if not isinstance(out, (list, tuple)) or not all(isinstance(o, ndarray) for o in out):
            return fn(*args, **kwargs)
        if len(out) != 1:
            raise output_count_refusal(len(out))
        fn(*args, **dict(kwargs, out=out[0]))
        return out
    return run


def install(namespace, submodules):
    """Wraps the public functions of ``mx.np`` (``namespace``, its globals) and of its ``submodules`` (a dict
    prefix -> module) with MXNet's argument checks."""
    def lookup(qualified):
        prefix, _, name = qualified.rpartition(".")
        space = submodules[prefix] if prefix else None
        return (space, name) if space is not None else (None, qualified)

    def replace(qualified, make):
        space, name = lookup(qualified)
        current = getattr(space, name) if space is not None else namespace[name]
        wrapped = make(current)
        if space is not None:
            setattr(space, name, wrapped)
        else:
            namespace[name] = wrapped

    for q in _SEQUENCE_OUT:     # innermost: the C API takes the sequence after the front end's checks
        replace(q, _sequence_out_unwrapped)
    for q, message in _MISSING_ARGUMENT_MESSAGES.items():
        replace(q, lambda f, m=message, q=q: _missing_argument_refused(f, m, q))
    for q in _OPERATOR_KEYWORDS:
        replace(q, lambda f, q=q: _unknown_keywords_refused(f, q))
    text_attributes = [(q, n, k) for q, (_, n, k) in _ATTRIBUTES.items()] + _TEXT_ATTRIBUTES
    for q, name, kind in text_attributes:      # innermost: the backend parses attributes last
        replace(q, lambda f, q=q, n=name, k=kind: _converted(f, n, _checked_attribute(q, f, n, k)))
    for q in _SIZED:
        replace(q, lambda f, q=q: _converted(f, "size", _size_text(q, f)))
    for q, name in _SAMPLER_NUMBERS:
        replace(q, lambda f, n=name, q=q: _converted(f, n, _sampler_number(q, f, n, _SAMPLER_PARAMS[q])))
    for q, name in _BOOLEAN_ATTRIBUTES:
        replace(q, lambda f, n=name, q=q: _converted(f, n, _boolean_attribute(q, f, n)))
    for q in _INITIAL:
        replace(q, lambda f, q=q: _converted(f, "initial", _optional_double(q, f, "initial")))
    public = [n for n in namespace if not n.startswith("_")] + \
        [f"{p}.{n}" for p, m in submodules.items() for n in dir(m) if not n.startswith("_")]
    for q in public:        # checked after the arguments MXNet's front end reads
        space, name = lookup(q)
        fn = getattr(space, name) if space else namespace[name]
        if q not in _PYTHON_CTX and _takes(fn, "ctx"):
            replace(q, lambda f, q=q: _context_parsed(f, q))
    for q, (position, name, kind) in _ATTRIBUTES.items():      # (wrapped first: checked after the arrays)
        replace(q, lambda f, p=position, n=name, k=kind, q=q: _guarded(f, _attribute_check(q, f, p, n, k),
                                                                       q not in _CHECK_FIRST))
    for q in public:        # out= is checked before the backend parses the attributes
        space, name = lookup(q)
        fn = getattr(space, name) if space else namespace[name]
        if q not in _OWN_OUT_HANDLING + NUMPY_FUNCTIONS and _takes(fn, "out"):
            replace(q, lambda f, q=q: _guarded(f, _out_check(f, q)))
    for q in INPUTS_REFUSED:        # (wrapped before the array checks: checked after them)
        replace(q, lambda f, q=q: _guarded(f, _after_dtype_read(f, legacy_inputs_check(
            q, list(inspect.signature(f).parameters))), q not in _CHECK_FIRST))
    for label, names in _NAMED.items():
        for q in names:
            replace(q, lambda f, label=label, q=q: _guarded(f, _named_check(f, (label,), q in _SCALARS_TOO,
                                                                            _NONE_INPUT_OPERATORS.get(q, ""), q),
                                                            q not in _CHECK_FIRST))
    for q, labels in _SECOND.items():
        replace(q, lambda f, labels=labels, q=q: _guarded(f, _named_check(f, labels, False, _NONE_INPUT_OPERATORS[q],
                                                                          q)))
    for q in _ALL_POSITIONAL:       # (MXNet's callers take any keyword: its operator refuses an unknown one after)
        replace(q, lambda f: _guarded(f, _positional_check(), bind_first=False))
    for q in _TWO_POSITIONAL:
        replace(q, lambda f: _guarded(f, _positional_check(2)))
    for q in _FIRST_POSITIONAL:
        replace(q, lambda f: _guarded(f, _positional_check(1)))
    for q in _SEQUENCE:
        replace(q, lambda f, q=q: _guarded(f, _sequence_check(q)))
    for q in ("cond", "lstsq", "matrix_power", "matrix_rank", "multi_dot", "qr"):
        replace("linalg." + q, lambda f, q=q: _numpy_without_arrays(f, q))
    for q in _OWN_OBJECTS:
        replace(q, lambda f: _guarded(f, lambda args, kwargs: None))
    replace("bincount", lambda f: _guarded(f, _bincount_check))
    replace("delete", lambda f: _guarded(f, _delete_check))
    replace("diff", lambda f: _guarded(f, _diff_check))
    replace("where", lambda f: _guarded(f, _where_check(f)))
    _matmul_operators(namespace["matmul"])
    for q in _SCALAR_OR_ARRAY:
        replace(q, lambda f, q=q: _scalar_or_array(f, q.rstrip("_")))
    for q in NUMPY_FUNCTIONS + _DISPATCHED_LINALG:     # outermost: NumPy binds the arguments before anything
        replace(q, lambda f, q=q: _dispatcher_words(f, q.rpartition(".")[2]))
    for q, (count, op, keyword) in _OPERATOR_CALLERS.items():   # outermost too: Python binds the caller's first
        replace(q, lambda f, q=q, count=count, op=op, keyword=keyword: _operator_caller(f, q, count, op, keyword))
    for q in ("sort", "argsort"):
        replace(q, order_refused_first)
