"""The words MXNet 1.9.1's operator parser says when it refuses an argument of an mx.np function: the type it
expected, and the operator with the attributes the function handed it."""
import inspect

_LABELS = {"axes": "Shape or None", "axis": "int or None", "int": "int", "shape": "Shape(tuple)",
           "tuple": "Shape(tuple)", "number": "double"}
# (function, parameter): the type an operator declares otherwise than its kind's usual one
_OWN_LABELS = {("flip", "axis"): "Shape(tuple)", ("stack", "axis"): "int", ("take", "axis"): "int",
               ("diff", "axis"): "int", ("array_split", "axis"): "int", ("eye", "k"): "long"}


_SKIP = object()      # an attribute the front end does not pass


def _given(name):
    """An attribute the front end passes only when the caller gave it."""
    return lambda b, given: given.get(name, _SKIP)


def _bound(name):
    """An attribute the front end always passes: the caller's value or the function's default."""
    return lambda b, given: b[name]


def _fixed(text):
    return lambda b, given: text


def _context(b, given):
    from ..context import current_context
    ctx = b.get("ctx")
    array = b.get("a")
    return str(ctx if ctx is not None else array.ctx if hasattr(array, "ctx") else current_context())


def _dtype_name(b, given):
    import numpy as _np
    dtype = b["dtype"]
    try:
        return _np.dtype(_np.float32 if dtype is None else dtype).name
    except TypeError:
        return dtype


def _q_scalar(scale):
    """A percentile's ``q`` attribute: the number (times ``scale``), or None for an array (passed as an input)."""
    def value(b, given):
        from ..ndarray.ndarray import NDArray
        return None if isinstance(b["q"], NDArray) else b["q"] * scale
    return value


def _int_part(name):
    """An attribute holding ``name`` only when it is an integer (split sections, a deleted position)."""
    return lambda b, given: b[name] if isinstance(b[name], int) and not isinstance(b[name], bool) else _SKIP


_REDUCE = ("_np_{}", [("keepdims", _given("keepdims")), ("axis", _given("axis")), ("dtype", _given("dtype")),
                      ("initial", _given("initial"))])
_MOMENT = ("_npi_{}", [("keepdims", _bound("keepdims")), ("dtype", _given("dtype")), ("ddof", _bound("ddof")),
                       ("axis", _bound("axis"))])
_SEARCH = ("_npi_{}", [("keepdims", _fixed("False")), ("axis", _bound("axis"))])
_DIAGONAL = ("_np_{}", [("axis2", _given("axis2")), ("offset", _given("offset")), ("axis1", _given("axis1"))])
_PERCENTILE = [("q_scalar", None), ("keepdims", _bound("keepdims")), ("interpolation", _bound("interpolation")),
               ("axis", _bound("axis"))]
# function: (operator, [(attribute, its value from the bound call)] in the order MXNet's error lists them)
_OPERATORS = {
    "sum": _REDUCE, "prod": ("_np_prod", _REDUCE[1]), "product": ("_np_prod", _REDUCE[1]),
    "max": _REDUCE, "amax": ("_np_max", _REDUCE[1]), "min": _REDUCE, "amin": ("_np_min", _REDUCE[1]),
    "all": _REDUCE, "any": _REDUCE, "sometrue": ("_np_any", _REDUCE[1]),
    "cumsum": ("_np_cumsum", [("axis", _given("axis")), ("dtype", _given("dtype"))]),
    "mean": ("_npi_mean", [("keepdims", _bound("keepdims")), ("dtype", _given("dtype")), ("axis", _bound("axis"))]),
    "std": _MOMENT, "var": _MOMENT, "argmax": _SEARCH, "argmin": _SEARCH,
    "average": ("_npi_average", [("weighted", lambda b, given: str(b["weights"] is not None)),
                                 ("returned", _bound("returned")), ("axis", _bound("axis"))]),
    "argsort": ("argsort", [("dtype", _fixed("int64")), ("is_ascend", _fixed("True")), ("axis", _bound("axis"))]),
    "sort": ("sort", [("is_ascend", _fixed("True")), ("axis", _bound("axis"))]),
    "around": ("_npi_around", [("decimals", _bound("decimals"))]),
    "round": ("_npi_around", [("decimals", _bound("decimals"))]),
    "round_": ("_npi_around", [("decimals", _bound("decimals"))]),
    "diag": ("_np_diag", [("k", _given("k"))]), "diagflat": ("_np_diagflat", [("k", _given("k"))]),
    "diagonal": _DIAGONAL, "trace": _DIAGONAL,
    "diff": ("_npi_diff", [("axis", _bound("axis")), ("n", _bound("n"))]),
    "moveaxis": ("_np_moveaxis", [("destination", _bound("destination")), ("source", _bound("source"))]),
    "broadcast_to": ("_npi_broadcast_to", [("shape", _bound("shape"))]),
    "reshape": ("_np_reshape", [("newshape", _bound("newshape"))]),
    "full_like": ("_npi_full_like", [("ctx", _context), ("dtype", lambda b, given: _dtype_name(b, given) if
                                                              "dtype" in given else _SKIP),
                                     ("fill_value", _bound("fill_value"))]),
    "flip": ("_npi_flip", [("axis", _bound("axis"))]), "squeeze": ("_np_squeeze", [("axis", _given("axis"))]),
    "transpose": ("_np_transpose", [("axes", _given("axes"))]),
    "unique": ("_npi_unique", [("axis", _bound("axis")), ("return_counts", _bound("return_counts")),
                               ("return_inverse", _bound("return_inverse")),
                               ("return_index", _bound("return_index"))]),
    "stack": ("_npi_stack", [("num_args", lambda b, given: len(b["arrays"])), ("axis", _bound("axis"))]),
    "take": ("take", [("mode", _bound("mode")), ("axis", _bound("axis"))]),
    "append": ("_npi_concatenate", [("num_args", _fixed("2")), ("axis", _bound("axis"))]),
    "rot90": ("_npi_rot90", [("axes", _bound("axes")), ("k", _bound("k"))]),
    "tril": ("_npi_tril", [("k", _bound("k"))]),
    "linspace": ("_linspace", [("ctx", _context), ("stop", _bound("stop")), ("start", _bound("start")),
                               ("endpoint", _bound("endpoint")), ("num", _bound("num"))]),
    "logspace": ("_npi_logspace", [("ctx", _context), ("base", _bound("base")), ("endpoint", _bound("endpoint")),
                                   ("num", _bound("num")), ("stop", _bound("stop")), ("start", _bound("start"))]),
    "repeat": ("repeat", [("axis", _given("axis")), ("repeats", _bound("repeats"))]),
    "roll": ("_np_roll", [("axis", _given("axis")), ("shift", _bound("shift"))]),
    "percentile": ("_npi_percentile", [("q_scalar", _q_scalar(1))] + _PERCENTILE[1:]),
    "quantile": ("_npi_percentile", [("q_scalar", _q_scalar(100))] + _PERCENTILE[1:]),
    "array_split": ("_split_v2", [("squeeze_axis", _fixed("False")),
                                  ("sections", _int_part("indices_or_sections")),
                                  ("axis", _bound("axis")), ("indices", _fixed("[]"))]),
    "delete": ("_npi_delete", [("axis", _bound("axis")), ("int_ind", _int_part("obj"))]),
    "ones": ("_npi_ones", [("dtype", _dtype_name), ("ctx", _context), ("shape", _bound("shape"))]),
    "full": ("_full", [("dtype", _dtype_name), ("value", _bound("fill_value")), ("ctx", _context),
                       ("shape", _bound("shape"))]),
    "eye": ("_npi_eye", [("dtype", _dtype_name), ("ctx", _context),
                         ("k", _bound("k")), ("M", _bound("M")), ("N", _bound("N"))]),
}


def in_operator(qualified, fn, args, kwargs, unknown=(), spec=None):
    """The end of MXNet's refusal: ``, in operator NAME(name="", attr="text", ...)`` for the call of ``fn`` (mx.np's
    ``qualified``) with ``args`` and ``kwargs``, then the ``unknown`` keywords; empty when the call does not bind."""
    from ..symbol.graph import attr_to_str
    spec = spec or _OPERATORS.get(qualified)
    if spec is None:
        return ""
    known = {k: v for k, v in kwargs.items() if k not in unknown}
    try:
        call = inspect.signature(fn).bind_partial(*args, **known)
    except TypeError:
        return ""
    call.apply_defaults()
    bound = dict(call.arguments)
    extra = [p.name for p in call.signature.parameters.values() if p.kind is p.VAR_KEYWORD]
    for name in extra:        # keywords a function passes on to its operator count as given
        bound.update(bound.pop(name))
    given = {k: v for k, v in bound.items() if k in known or k in call.signature.parameters and
             list(call.signature.parameters).index(k) < len(args)}
    texts = []
    for attr, value in spec[1]:
        try:
            v = value(bound, given)
        except (KeyError, TypeError):
            v = _SKIP
        if v is not _SKIP:
            texts.append(f'{attr}="{attr_to_str(v)}"')
    texts += [f'{k}="{attr_to_str(kwargs[k])}"' for k in reversed(unknown)]
    return f', in operator {spec[0].format(qualified)}(name=""{"".join(", " + t for t in texts)})'


def invalid_parameter(qualified, fn, name, kind, value, args, kwargs):
    """MXNet's words for attribute ``name`` whose ``value`` its parser does not read as a ``kind``."""
    from .attribute_text import double_refusal, number_text
    label = _OWN_LABELS.get((qualified, name), _LABELS.get(kind, kind))
    text = number_text(value) if kind == "number" else None
    head = text is not None and double_refusal(name, label, text) or \
        f"Invalid Parameter format for {name} expect {label} but value='{value}'"
    return head + in_operator(qualified, fn, args, kwargs)


# function: the parameters its operator declares, as MXNet lists them when it refuses an unknown one (each
# one's name, type and default, then its description); sections: "@@ " and the functions sharing the list
_PARAMETER_TEXT = r'''
@@ sum prod product
axis : Shape or None, optional, default=None
    Axis or axes along which a sum is performed. The default, axis=None, will sum all of the elements of the input array. If axis is negative it counts from the last to the first axis.
dtype : {None, 'bool', 'float16', 'float32', 'float64', 'int32', 'int64', 'int8'},optional, default='None'
    The type of the returned array and of the accumulator in which the elements are summed. The dtype of a is used by default unless a has an integer dtype of less precision than the default platform integer. In that case, if a is signed then the platform integer is used while if a is unsigned then an unsigned integer of the same precision as the platform integer is used.
keepdims : boolean, optional, default=0
    If this is set to `True`, the reduced axes are left in the result as dimension with size one.
initial : double or None, optional, default=None
    Starting value for the sum.
@@ max amax min amin
axis : Shape or None, optional, default=None
    Axis or axes along which a sum is performed. The default, axis=None, will sum all of the elements of the input array. If axis is negative it counts from the last to the first axis.
keepdims : boolean, optional, default=0
    If this is set to `True`, the reduced axes are left in the result as dimension with size one.
initial : double or None, optional, default=None
    Starting value for the sum.
@@ all any sometrue
axis : Shape or None, optional, default=None
    Axis or axes along which a sum is performed. The default, axis=None, will sum all of the elements of the input array. If axis is negative it counts from the last to the first axis.
keepdims : boolean, optional, default=0
    If this is set to `True`, the reduced axes are left in the result as dimension with size one.
@@ cumsum
axis : int or None, optional, default='None'
    Axis along which the cumulative sum is computed. The default (None) is to compute the cumsum over the flattened array.
dtype : {None, 'float16', 'float32', 'float64', 'int32', 'int64', 'int8'},optional, default='None'
    Type of the returned array and of the accumulator in which the elements are summed. If dtype is not specified, it defaults to the dtype of a, unless a has an integer dtype with a precision less than that of the default platform integer. In that case, the default platform integer is used.
@@ trace
offset : int, optional, default='0'
    Offset of the diagonal from the main diagonal. Can be both positive and negative. Defaults to 0.
axis1 : int, optional, default='0'
    Axes to be used as the first axis of the 2-D sub-arrays from which the diagonals should be taken. Defaults to 0.
axis2 : int, optional, default='1'
    Axes to be used as the second axis of the 2-D sub-arrays from which the diagonals should be taken. Defaults to 1.
@@ diagonal
offset : int, optional, default='0'
    Diagonal in question. The default is 0. Use k>0 for diagonals above the main diagonal, and k<0 for diagonals below the main diagonal. If input has shape (S0 S1) k must be between -S0 and S1
axis1 : int, optional, default='0'
    The first axis of the sub-arrays of interest. Ignored when the input is a 1-D array.
axis2 : int, optional, default='1'
    The second axis of the sub-arrays of interest. Ignored when the input is a 1-D array.
@@ atleast_1d atleast_2d atleast_3d
num_args : int, required
    Number of input arrays.
@@ diag diagflat
k : int, optional, default='0'
    Diagonal in question. The default is 0. Use k>0 for diagonals above the main diagonal, and k<0 for diagonals below the main diagonal. 
@@ around
decimals : int, optional, default='0'
    Number of decimal places to round to.
@@ squeeze
axis : Shape or None, optional, default=None
    Selects a subset of the single-dimensional entries in the shape. If an axis is selected with shape entry greater than one, an error is raised.
@@ transpose
axes : Shape(tuple), optional, default=None
    By default, reverse the dimensions, otherwise permute the axes according to the values given.
@@ repeat
repeats : int, required
    The number of repetitions for each element.
axis : int or None, optional, default='None'
    The axis along which to repeat values. The negative numbers are interpreted counting from the backward. By default, use the flattened input array, and return a flat output array.
@@ roll
shift : Shape or None, optional, default=None
    The number of places by which elements are shifted. If a tuple,then axis must be a tuple of the same size, and each of the given axes is shiftedby the corresponding number. If an int while axis is a tuple of ints, then the same value is used for all given axes.
axis : Shape or None, optional, default=None
    Axis or axes along which elements are shifted. By default, the array is flattenedbefore shifting, after which the original shape is restored.
@@ reshape
newshape : Shape(tuple), required
    The new shape should be compatible with the original shape. If an integer, then the result will be a 1-D array of that length. One shape dimension can be -1. In this case, the value is inferred from the length of the array and remaining dimensions.
order : string, optional, default='C'
    Read the elements of a using this index order, and place the elements into the reshaped array using this index order. 'C' means to read/write the elements using C-like index order, with the last axis index changing fastest, back to the first axis index changing slowest. Note that currently only C-like order is supported
@@ moveaxis
source : Shape(tuple), required
    Original positions of the axes to move. These must be unique.
destination : Shape(tuple), required
    Destination positions for each of the original axes. These must also be unique.
'''


def _parameter_lists(text):
    """function -> its parameters' entries (a line each, with its description's indented line)."""
    lists = {}
    for section in text.split("\n@@ ")[1:]:
        names, _, listed = section.partition("\n")
        entries = tuple(e.replace("\v", "\n") for e in listed.rstrip("\n").replace("\n    ", "\v    ").split("\n"))
        lists.update(dict.fromkeys(names.split(), entries))
    return lists


_PARAMETERS = _parameter_lists(_PARAMETER_TEXT)
# function: its attributes as MXNet lists them with an unknown one, where the order differs from _OPERATORS's
_WITH_UNKNOWN = {
    "moveaxis": ("_np_moveaxis", [("source", _bound("source")), ("destination", _bound("destination"))]),
    "repeat": ("repeat", [("repeats", _bound("repeats")), ("axis", _given("axis"))]),
    "roll": ("_np_roll", [("shift", _bound("shift")), ("axis", _given("axis"))]),
    "reshape": ("_np_reshape", [("newshape", _bound("newshape")), ("order", _given("order"))]),
    **{q: (f"_np_{q}", [("num_args", lambda b, given: len(b["arys"]))]) for q in ("atleast_1d", "atleast_2d",
                                                                               "atleast_3d")},
}


def declared(qualified):
    """The parameter names of ``qualified``'s operator (None when not known here)."""
    params = _PARAMETERS.get(qualified)
    return None if params is None else [p.split(" : ")[0] for p in params]


def unknown_argument(qualified, fn, args, kwargs, unknown):
    """MXNet's words when the operator behind ``qualified`` is handed keywords ``unknown`` that it does not
    declare: its parameters listed, then the operator with the attributes of the call."""
    listed = "".join(p + "\n" for p in _PARAMETERS.get(qualified, ()))
    spec = _WITH_UNKNOWN.get(qualified)
    tail = in_operator(qualified, fn, args, kwargs, unknown, spec)
    # (MXNet's parser reads the attributes last given first: it names the last unknown one)
    return f"Cannot find argument '{unknown[-1]}', Possible Arguments:\n----------------\n{listed}{tail}"
