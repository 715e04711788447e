"""The words MXNet 1.9.1's operator parser says when it refuses an argument of an mx.np function: the type it
expected, and the operator with the attributes the function handed it."""
import inspect

from ..ndarray.param_docs import declared_parameters

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


def _dtype_given(b, given):
    """The dtype attribute the front end passes only when the caller gave one (not None)."""
    return _SKIP if given.get("dtype") is None else _dtype_name(b, given)


def _or_int64(dtype):
    """randint's dtype: int64 for None (or another false value that is no array)."""
    return dtype if hasattr(dtype, "dtype") or dtype else "int64"


def _dtype_name(b, given):
    import numpy as _np
    dtype = b["dtype"]
    try:
        return _np.dtype(_np.float32 if dtype is None else dtype).name
    except TypeError:
        return dtype


def _if_dtype(b, text):
    """An attribute listed where it is only when the call's dtype is not None."""
    return _SKIP if b["dtype"] is None else text


def _choice_size(b, given):
    """random.choice's size as its front end hands it over: () as None."""
    size = b["size"]
    return None if isinstance(size, tuple) and not size else size


def _q_scalar(scale):
    """A percentile's ``q`` attribute: the number (times ``scale``), or None for an array (passed as an input)."""
    def value(b, given):
        from ..ndarray.ndarray import NDArray
        return None if isinstance(b["q"], NDArray) else b["q"] * scale
    return value


def _int_part(name, bools=False):
    """An attribute holding ``name`` only when it is an integer (split sections, a deleted position: a bool too
    when ``bools``)."""
    return lambda b, given: b[name] if isinstance(b[name], int) and (bools or not isinstance(b[name], bool)) else _SKIP


_REDUCE = ("_np_{}", [("dtype", lambda b, given: _SKIP if given.get("dtype") is None else given["dtype"]),
                      ("initial", _given("initial")), ("keepdims", _given("keepdims")), ("axis", _given("axis"))])
_MOMENT = ("_npi_{}", [("keepdims", _bound("keepdims")), ("dtype", _dtype_given), ("ddof", _bound("ddof")),
                       ("axis", _bound("axis"))])
_SEARCH = ("_npi_{}", [("keepdims", _fixed("False")), ("axis", _bound("axis"))])
_DIAGONAL = ("_np_{}", [("axis2", _given("axis2")), ("offset", _given("offset")), ("axis1", _given("axis1"))])
_PERCENTILE = [("q_scalar", None), ("keepdims", _bound("keepdims")), ("interpolation", _bound("interpolation")),
               ("axis", _bound("axis"))]
def _number(name):
    """A sampler's distribution parameter: the number, or None for an mx.np array (passed as an input); MXNet
    takes a legacy array for a number, listed as its text."""
    def value(b, given):
        return None if _is_input_array(b[name]) else b[name]
    return value


def _is_input_array(value):
    from .multiarray import ndarray
    return isinstance(value, ndarray)


def _sampler_size(out_first):
    """A sampler's size as its front end hands it over: () as None (``out_first``: an out= array's shape first)."""
    def value(b, given):
        size = b["out"].shape if out_first and b.get("out") is not None else b["size"]
        return None if isinstance(size, tuple) and not size else size
    return value


def _sampler(op, params, order, size_of_out=False):
    """A sampler's operator and its attributes (``params``: attribute -> the function's parameter) listed in
    ``order``, MXNet's (``size_of_out``: its front end sizes the samples as an out= array)."""
    values = {a: _number(p) for a, p in params.items()}
    values.update(size=_sampler_size(size_of_out), ctx=_context, dtype=_dtype_name)
    return (op, [(a, values[a]) for a in order.split()])


# function: (operator, [(attribute, its value from the bound call)] in the order MXNet's error lists them)
_OPERATORS = {
    "random.uniform": _sampler("_npi_uniform", {"low": "low", "high": "high"}, "dtype size ctx high low"),
    "random.normal": _sampler("_npi_normal", {"loc": "loc", "scale": "scale"}, "ctx size scale dtype loc"),
    "random.lognormal": _sampler("_npi_normal", {"loc": "mean", "scale": "sigma"}, "ctx size scale dtype loc"),
    "random.gamma": _sampler("_npi_gamma", {"shape": "shape", "scale": "scale"}, "dtype ctx size scale shape",
                             size_of_out=True),
    "random.exponential": _sampler("_npi_exponential", {"scale": "scale"}, "size ctx scale"),
    "random.rayleigh": _sampler("_npi_rayleigh", {"scale": "scale"}, "size ctx scale"),
    "random.gumbel": _sampler("_npi_gumbel", {"loc": "loc", "scale": "scale"}, "size ctx scale loc"),
    "random.logistic": _sampler("_npi_logistic", {"loc": "loc", "scale": "scale"}, "size ctx scale loc"),
    "random.weibull": _sampler("_npi_weibull", {"a": "a"}, "ctx size a"),
    "random.pareto": _sampler("_npi_pareto", {"a": "a"}, "ctx size a"),
    "random.power": _sampler("_npi_powerd", {"a": "a"}, "size a"),
    "random.randint": ("_random_randint", [("dtype", lambda b, given: _dtype_name(dict(b, dtype=_or_int64(b["dtype"])),
                                                                                 given)),
                                           ("shape", lambda b, given: "()" if b["size"] is None else b["size"]),
                                           ("ctx", _context), ("high", _bound("high")), ("low", _bound("low"))]),
    "random.multinomial": ("_npi_multinomial", [("pvals", _number("pvals")), ("size", _bound("size")),
                                                ("n", _bound("n"))]),
    "random.choice": ("_npi_choice", [("replace", _bound("replace")),
                                      ("weighted", lambda b, given: b["p"] is not None),
                                      ("size", _choice_size),
                                      ("ctx", lambda b, given: None if _is_input_array(b["a"]) else _context(b, given)),
                                      ("a", _number("a"))]),
    "sum": _REDUCE, "prod": ("_np_prod", _REDUCE[1]), "product": ("_np_prod", _REDUCE[1]),
    "max": _REDUCE, "amax": ("_np_max", _REDUCE[1]), "min": _REDUCE, "amin": ("_np_min", _REDUCE[1]),
    "all": _REDUCE, "any": _REDUCE, "sometrue": ("_np_any", _REDUCE[1]),
    "cumsum": ("_np_cumsum", [("dtype", _dtype_given), ("axis", _given("axis"))]),
    "mean": ("_npi_mean", [("dtype", _dtype_given), ("keepdims", _bound("keepdims")), ("axis", _bound("axis"))]),
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
    "reshape": ("_np_reshape", [("order", _given("order")), ("newshape", _bound("newshape"))]),
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
    "linspace": ("_linspace", [("ctx", _context), ("dtype", _dtype_given), ("stop", _bound("stop")),
                               ("start", _bound("start")), ("endpoint", _bound("endpoint")), ("num", _bound("num"))]),
    # (given a dtype, MXNet's front end hands logspace's base over first)
    "logspace": ("_npi_logspace", [("base", lambda b, given: b["base"] if _dtype_given(b, given) is not _SKIP
                                    else _SKIP), ("ctx", _context),
                                   ("base", lambda b, given: _SKIP if _dtype_given(b, given) is not _SKIP
                                    else b["base"]), ("endpoint", _bound("endpoint")), ("num", _bound("num")),
                                   ("dtype", _dtype_given), ("stop", _bound("stop")), ("start", _bound("start"))]),
    "repeat": ("repeat", [("axis", _given("axis")), ("repeats", _bound("repeats"))]),
    "roll": ("_np_roll", [("axis", _given("axis")), ("shift", _bound("shift"))]),
    "percentile": ("_npi_percentile", [("q_scalar", _q_scalar(1))] + _PERCENTILE[1:]),
    "quantile": ("_npi_percentile", [("q_scalar", _q_scalar(100))] + _PERCENTILE[1:]),
    "array_split": ("_split_v2", [("squeeze_axis", _fixed("False")),
                                  ("sections", _int_part("indices_or_sections")),
                                  ("axis", _bound("axis")), ("indices", _fixed("[]"))]),
    "delete": ("_npi_delete", [("axis", _bound("axis")), ("int_ind", _int_part("obj", bools=True))]),
    "linalg.tensorinv": ("_npi_tensorinv", [("ind", _bound("ind"))]),
    "ones": ("_npi_ones", [("dtype", _dtype_name), ("ctx", _context), ("shape", _bound("shape"))]),
    "full": ("_full", [("dtype", _dtype_name), ("value", _bound("fill_value")), ("ctx", _context),
                       ("shape", _bound("shape"))]),
    # (given a None dtype, MXNet's front end passes none, and lists ctx after M)
    "eye": ("_npi_eye", [("dtype", lambda b, given: _if_dtype(b, _dtype_name(b, given))),
                         ("ctx", lambda b, given: _if_dtype(b, _context(b, given))), ("k", _bound("k")),
                         ("M", _bound("M")), ("ctx", lambda b, given: _SKIP if b["dtype"] is not None else
                                              _context(b, given)), ("N", _bound("N"))]),
}


def attribute_order(qualified):
    """The attributes of ``qualified``'s operator in the order MXNet's parser reads and lists them (none if not
    known here)."""
    return [attr for attr, _ in _OPERATORS.get(qualified, (None, []))[1]]


def in_operator(qualified, fn, args, kwargs, unknown=(), spec=None):
    """The end of MXNet's refusal: ``, in operator NAME(name="", attr="text", ...)`` for the call of ``fn`` (mx.np's
    ``qualified``) with ``args`` and ``kwargs``, and the ``unknown`` keywords; empty when the call does not bind."""
    listing = _attribute_listing(qualified, fn, args, kwargs, unknown, spec)
    if listing is None:
        return ""
    name, texts = listing
    return f', in operator {name}(name=""{"".join(", " + t for _, t in texts)})'


# MXNet's functions that are generated callers of their operator (see _PARAMETER_OPS)
_GENERATED_CALLERS = ("sum", "prod", "product", "max", "amax", "min", "amin", "all", "any", "sometrue", "cumsum",
                      "trace", "diagonal", "diag", "diagflat", "squeeze", "transpose")


def parsing_order(qualified, fn, args, kwargs, unknown):
    """The attributes of the call of ``qualified`` in the order MXNet's parser reads them (its map's, as its
    refusal lists them), the keywords ``unknown`` to its operator among them; None when not known here."""
    spec = _WITH_UNKNOWN.get(qualified) if unknown else None
    listing = _attribute_listing(qualified, fn, args, kwargs, unknown, spec)
    return None if listing is None else [attr for attr, _ in listing[1]]


# functions whose caller hands their operator the keywords in their order, then num_args unless one of them, in a
# map reserved for one more than the keywords
_KEYWORDS_THEN_NUM_ARGS = ("atleast_1d", "atleast_2d", "atleast_3d")


def _attribute_listing(qualified, fn, args, kwargs, unknown=(), spec=None):
    """The operator's name and the (attribute, text) pairs of the call, in the order MXNet lists them (None when
    the call does not bind)."""
    from ..symbol.attr_order import iteration_order, reserved_buckets
    from ..symbol.graph import attr_to_str
    spec = spec or _OPERATORS.get(qualified)
    if spec is None:
        return None
    attributes = declared(qualified) or dict(spec[1])
    unknown = list(unknown) or [k for k in _unnamed_keywords(fn, kwargs) if k not in attributes and k != "ctx"]
    known = {k: v for k, v in kwargs.items() if k not in unknown}
    passed_on = {}      # (attributes the function hands its operator unnamed)
    if qualified in _KEYWORDS_THEN_NUM_ARGS and "num_args" in known:
        passed_on["num_args"] = known.pop("num_args")
    try:
        call = inspect.signature(fn).bind_partial(*args, **known)
    except TypeError:
        return None
    call.apply_defaults()
    bound = dict(call.arguments, **passed_on)
    extra = [p.name for p in call.signature.parameters.values() if p.kind is p.VAR_KEYWORD]
    for name in extra:        # keywords a function passes on to its operator count as given
        bound.update(bound.pop(name))
    given = {k: v for k, v in bound.items() if k in known or k in call.signature.parameters and
             list(call.signature.parameters).index(k) < len(args)}
    texts = {}
    for attr, value in spec[1]:
        try:
            v = value(bound, given)
        except (KeyError, TypeError):
            v = _SKIP
        if v is not _SKIP:
            texts[attr] = f'{attr}="{attr_to_str(v)}"'
    if not unknown and qualified not in _GENERATED_CALLERS:
        return spec[0].format(qualified), list(texts.items())
    # the frontend hands the unknown keywords, then its own (in its signature's order, a dtype last), to an
    # NDArray call: listed in that call's attribute map order
    texts.update({k: f'{k}="{attr_to_str(kwargs[k])}"' for k in unknown})
    order = [k for k in call.signature.parameters if k != "dtype"] + ["dtype"]
    own = sorted(texts.keys() - set(unknown), key=lambda k: order.index(k) if k in order else len(order))
    if qualified in _KEYWORDS_THEN_NUM_ARGS:
        named = [k for k in kwargs if k in texts]
        keys = iteration_order(named + [k for k in own if k not in named], reserved_buckets(len(named) + 1))
    else:
        keys = iteration_order(list(unknown) + own, reserved_buckets(len(unknown) + len(own) + 1))
    return spec[0].format(qualified), [(k, texts[k]) for k in keys]


def _unnamed_keywords(fn, kwargs):
    """The keywords of ``kwargs`` that ``fn`` names no parameter for (handed on to its operator)."""
    try:
        params = inspect.signature(fn).parameters.values()
    except (TypeError, ValueError):
        return []
    named = {p.name for p in params if p.kind is not p.VAR_KEYWORD}
    if len(named) == len(params) and not getattr(fn, "takes_any_keyword", False):
        return []
    return [k for k in kwargs if k not in named and k not in ("out", "name")]


def invalid_parameter(qualified, fn, name, kind, value, args, kwargs):
    """MXNet's words for attribute ``name`` whose ``value`` its parser does not read as a ``kind``."""
    from .attribute_text import double_refusal, number_text
    label = _OWN_LABELS.get((qualified, name), _LABELS.get(kind, kind))
    text = number_text(value) if kind == "number" else None
    head = text is not None and double_refusal(name, label, text) or \
        f"Invalid Parameter format for {name} expect {label} but value='{value!s}'"
    return head + in_operator(qualified, fn, args, kwargs)


# function: the operator whose declared parameters MXNet lists when the function is given an unknown keyword
_PARAMETER_OPS = {
    "sum": "_np_sum", "prod": "_np_prod", "product": "_np_prod", "max": "_np_max", "amax": "_np_max",
    "min": "_np_min", "amin": "_np_min", "all": "_np_all", "any": "_np_any", "sometrue": "_np_any",
    "cumsum": "_np_cumsum", "trace": "_np_trace", "diagonal": "_np_diagonal", "atleast_1d": "_np_atleast_1d",
    "atleast_2d": "_np_atleast_2d", "atleast_3d": "_np_atleast_3d", "diag": "_np_diag", "diagflat": "_np_diagflat",
    "around": "_npi_around", "squeeze": "_np_squeeze", "transpose": "_np_transpose", "repeat": "repeat",
    "roll": "_np_roll", "reshape": "_np_reshape", "moveaxis": "_np_moveaxis",
}


def _parameters(qualified):
    """The parameters' entries of ``qualified``'s operator (a line each, with its description's indented line),
    None when not known here."""
    op = _PARAMETER_OPS.get(qualified)
    listed = None if op is None else declared_parameters(op)
    if listed is None:
        return None
    return [e.replace("\v", "\n") for e in listed.replace("\n    ", "\v    ").split("\n")]
# function: its attributes as MXNet lists them with an unknown one, where the order differs from _OPERATORS's
_WITH_UNKNOWN = {
    "moveaxis": ("_np_moveaxis", [("source", _bound("source")), ("destination", _bound("destination"))]),
    "repeat": ("repeat", [("repeats", _bound("repeats")), ("axis", _given("axis"))]),
    "roll": ("_np_roll", [("shift", _bound("shift")), ("axis", _given("axis"))]),
    "reshape": ("_np_reshape", [("newshape", _bound("newshape")), ("order", _given("order"))]),
    **{q: (f"_np_{q}", [("num_args", lambda b, given: b.get("num_args", len(b["arys"])))])
       for q in ("atleast_1d", "atleast_2d", "atleast_3d")},
}


def declared(qualified):
    """The parameter names of ``qualified``'s operator (None when not known here)."""
    params = _parameters(qualified)
    return None if params is None else [p.split(" : ")[0] for p in params]


def unknown_argument(qualified, fn, args, kwargs, unknown):
    """MXNet's words when the operator behind ``qualified`` is handed keywords ``unknown`` that it does not
    declare: its parameters listed, then the operator with the attributes of the call."""
    listed = "".join(p + "\n" for p in _parameters(qualified) or ())
    spec = _WITH_UNKNOWN.get(qualified)
    tail = in_operator(qualified, fn, args, kwargs, unknown, spec)
    listing = _attribute_listing(qualified, fn, args, kwargs, unknown, spec)
    # (MXNet's parser reads the attributes in their map's order: it names the first unknown one there)
    first = next((k for k, _ in listing[1] if k in unknown), unknown[-1]) if listing else unknown[-1]
    return f"Cannot find argument '{first}', Possible Arguments:\n----------------\n{listed}{tail}"
