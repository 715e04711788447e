"""MXNet 1.9.1's ``mx.np.ndarray`` methods hand their arguments to an operator as attribute text, as mx.np's
functions do (``a.sum(axis='1')`` sums along axis 1), but a refusal names every attribute the method passed, in its
operator's order: ``a.sum(axis=1.5)`` fails "... in operator _np_sum(name="", keepdims="False", axis="1.5")"."""
import functools
import inspect

import numpy as _np

from ..base import MXNetError
from .attribute_text import attribute_value, parses
from .backend_names import backend_name
from .multiarray import legacy_refusal, ndarray, out_targets
from .operator_text import _LABELS
from .selection import order_refused_first

_BOOLEAN_TEXT = {"true": True, "1": True, "false": False, "0": False}


def _given(name, skip_none=False):
    """An attribute holding parameter ``name``'s value (left out when it is None and ``skip_none``)."""
    return lambda bound: None if skip_none and bound[name] is None else (bound[name],)


def _dtype_given(bound):
    """The dtype attribute: the name of the type given (left out when None)."""
    return None if bound["dtype"] is None else (_np.dtype(bound["dtype"]).name,)


def _fixed(text):
    return lambda bound: (text,)


_AXES, _AXIS, _INT, _BOOL = "axes", "axis", "int", "boolean"
_TYPES, _NUMBER_TYPES = "dtype", "number dtype"     # the reductions' output types: all of MXNet's, or all but bool
_REDUCE = [("dtype", _dtype_given), ("keepdims", _given("keepdims")), ("axis", _given("axis"))]
_EXTREME = _REDUCE[1:]
_MOMENT = [("keepdims", _given("keepdims")), ("dtype", _dtype_given), ("ddof", _given("ddof")),
           ("axis", _given("axis"))]
_SEARCH = [("keepdims", _fixed("False")), ("axis", _given("axis"))]
# method: (operator, {parameter: kind its text is read as}, [(attribute, its text(s) from the bound call)])
_METHODS = {
    **{m: (f"_np_{m}", {"axis": _AXES, "keepdims": _BOOL, "dtype": _TYPES}, _REDUCE) for m in ("sum", "prod")},
    **{m: (f"_np_{m}", {"axis": _AXES, "keepdims": _BOOL}, _EXTREME) for m in ("max", "min", "all", "any")},
    "mean": ("_npi_mean", {"axis": _AXES, "keepdims": _BOOL, "dtype": _TYPES}, _REDUCE),
    **{m: (f"_npi_{m}", {"axis": _AXES, "keepdims": _BOOL, "ddof": _INT, "dtype": _NUMBER_TYPES}, _MOMENT)
       for m in ("std", "var")},
    **{m: (f"_npi_{m}", {"axis": _AXIS}, _SEARCH) for m in ("argmax", "argmin")},
    "cumsum": ("_np_cumsum", {"axis": _AXIS, "dtype": _NUMBER_TYPES}, [("dtype", _dtype_given),
                                                                         ("axis", _given("axis"))]),
    "sort": ("sort", {"axis": _AXIS}, [("is_ascend", _fixed("True")), ("axis", _given("axis"))]),
    "argsort": ("argsort", {"axis": _AXIS}, [("dtype", _fixed("int64")), ("is_ascend", _fixed("True")),
                                             ("axis", _given("axis"))]),
    "squeeze": ("_np_squeeze", {"axis": _AXES}, [("axis", _given("axis"))]),
    "repeat": ("repeat", {"repeats": _INT, "axis": _AXIS}, [("axis", _given("axis")), ("repeats", _given("repeats"))]),
    "take": ("take", {"axis": "take_axis"}, [("mode", _given("mode")), ("axis", _given("axis"))]),
    "round": ("_npi_around", {"decimals": _INT}, [("decimals", _given("decimals"))]),
    "swapaxes": ("SwapAxis", {"axis1": _INT, "axis2": _INT}, [("dim2", _given("axis2")), ("dim1", _given("axis1"))]),
}
_OUTPUT_TYPES = {_TYPES: ("bool", "float16", "float32", "float64", "int32", "int64", "int8")}
_OUTPUT_TYPES[_NUMBER_TYPES] = _OUTPUT_TYPES[_TYPES][1:]
_ATTRIBUTE_NAMES = {("swapaxes", "axis1"): "dim1", ("swapaxes", "axis2"): "dim2"}
_KIND_LABELS = dict(_LABELS, boolean="boolean", take_axis="int")


def _read(value, kind):
    """``value`` as MXNet's parser reads an attribute of ``kind``, or raise ValueError when it cannot."""
    if kind in (_TYPES, _NUMBER_TYPES):
        if value is not None and _np.dtype(value).name not in _OUTPUT_TYPES[kind]:
            raise ValueError
        return value
    if kind == _BOOL:
        parsed = _BOOLEAN_TEXT.get(str(value).lower())
        if parsed is None:
            raise ValueError
        return value if isinstance(value, bool) else parsed
    kind = _AXIS if kind == "take_axis" else kind       # (an int or None, though its refusal names an int only)
    value = attribute_value(value, kind)
    if not parses(value, kind):
        raise ValueError
    return value


def _refusal(name, method, operator, attrs, signature, self, args, kwargs, parameter, value):
    """MXNet's MXNetError for attribute ``parameter`` of ``method`` given as ``value``."""
    from ..symbol.graph import attr_to_str
    bound = signature.bind(self, *args, **kwargs)
    bound.apply_defaults()
    texts = []
    for attr, read in attrs:
        shown = read(bound.arguments)
        if shown is not None:
            texts.append(f'{attr}="{attr_to_str(shown[0])}"')
    kind = method[1][parameter]
    if kind in _OUTPUT_TYPES:
        return MXNetError(f"Invalid Input: '{_np.dtype(value).name}', valid values are: "
                          f"{{None, {', '.join(map(repr, _OUTPUT_TYPES[kind]))}}}, in operator {operator}"
                          f'(name=""{"".join(", " + t for t in texts)})')
    label = _KIND_LABELS[kind]
    return MXNetError(f"Invalid Parameter format for {_ATTRIBUTE_NAMES.get((name, parameter), parameter)} expect "
                      f"{label} but value='{attr_to_str(value)}', in operator {operator}"
                      f'(name=""{"".join(", " + t for t in texts)})')


def _checked(name, fn, spec):
    """Method ``fn`` reading its attribute parameters as MXNet's parser does; a call without arguments runs as is."""
    operator, kinds, attrs = spec
    fn.__name__, fn.__qualname__ = name, f"ndarray.{name}"      # (Python's TypeError for a wrong call names it)
    signature = inspect.signature(fn)
    handed = [a for a, _ in attrs]      # the operator parses its attributes in the order it is handed them
    kinds = {p: kinds[p] for p in sorted(kinds, key=lambda p: handed.index(_ATTRIBUTE_NAMES.get((name, p), p)))}
    positions = {p: list(signature.parameters).index(p) - 1 for p in kinds}     # (after self)

    @functools.wraps(fn)
    def method(self, *args, **kwargs):
        if not args and not kwargs:
            return fn(self)
        args = list(args)
        for parameter, kind in kinds.items():
            at = positions[parameter]
            where, key = (args, at) if len(args) > at else (kwargs, parameter)
            if where is kwargs and key not in kwargs:
                continue
            try:
                where[key] = _read(where[key], kind)
            except ValueError:
                try:
                    signature.bind(self, *args, **kwargs)
                except TypeError:       # Python refuses a wrong call first, in the words naming the method
                    fn(self, *args, **kwargs)
                    raise
                raise _refusal(name, spec, operator, attrs, signature, self, args, kwargs, parameter,
                               where[key]) from None
        return fn(self, *args, **kwargs)
    return method


# methods whose out= MXNet's operator takes: an mx.np array, or a sequence of them
_OUT_METHODS = ("sum", "prod", "mean", "max", "min", "all", "any", "std", "var", "argmax", "argmin", "cumsum",
                "round", "clip", "dot")


def _out_checked(name, fn):
    """Method ``fn`` refusing an out= that is not an mx.np array as its operator does (before it parses the
    attributes); a one-array sequence is that array, and is returned as given. Python refuses too many arguments
    first, then MXNet's front end reads a dtype given."""
    raw = inspect.unwrap(fn)
    parameters = list(inspect.signature(fn).parameters)
    at = parameters.index("out") - 1        # (after self)
    most = sum(p.kind is p.POSITIONAL_OR_KEYWORD for p in inspect.signature(raw).parameters.values()) - 1
    typed = parameters.index("dtype") - 1 if "dtype" in parameters else None

    @functools.wraps(fn)
    def method(self, *args, **kwargs):
        if len(args) > most:
            return raw(self, *args, **kwargs)       # (Python's TypeError, naming the method)
        if typed is not None:
            dtype = args[typed] if len(args) > typed else kwargs.get("dtype")
            if dtype is not None:
                _np.dtype(dtype)
        out = args[at] if len(args) > at else kwargs.get("out")
        if out is None or isinstance(out, ndarray):
            return fn(self, *args, **kwargs)
        if not isinstance(out, (list, tuple)):
            raise legacy_refusal(backend_name(name))
        target = out_targets(backend_name(name), out)
        if len(args) > at:
            args = args[:at] + (target,) + args[at + 1:]
        else:
            kwargs["out"] = target
        res = fn(self, *args, **kwargs)
        return out if res is target else res
    return method


def install():
    """Wrap the methods of ``mx.np.ndarray`` that read attributes or take out=."""
    for name, spec in _METHODS.items():
        setattr(ndarray, name, _checked(name, getattr(ndarray, name), spec))
    for name in _OUT_METHODS:       # (outermost: out= is checked first)
        setattr(ndarray, name, _out_checked(name, getattr(ndarray, name)))
    for name in ("sort", "argsort"):
        setattr(ndarray, name, order_refused_first(getattr(ndarray, name)))
