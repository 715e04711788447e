"""``mx.npx`` operators on ``mx.np`` arrays: registry operators whose results are ``mx.np.ndarray``."""
import inspect

import numpy as np

from ..autograd import is_recording
from ..base import MXNetError, _Null, located
from ..ndarray.ndarray import NDArray
from ..ndarray.registry import OPS, _lists_hidden, _write_out, inferred_type_name, unknown_argument
from ..ndarray.param_text import check_enums, in_operator
from ..numpy.multiarray import as_np, fails_when_read, not_an_array, refuse_legacy_arrays, refuse_non_array_out, wrap_np
from ..numpy.multiarray import refuse_unknown_shapes
from ..symbol import Symbol
from ._table import NPX_OPS


def _refuse_legacy(name, values):
    """TypeError for a legacy ``mx.nd.NDArray`` given to an npx operator, as MXNet's numpy operators do."""
    refuse_legacy_arrays(f"_npx_{name}", values)


# npx functions whose operator checks a 0-d input's unknown rank itself (not in its shape inference); and the
# outputs MXNet's shape inference lists where not one unknown shape (a count, or the one shape it infers)
_OWN_RANK_CHECKS = frozenset({"arange_like", "sequence_mask", "reshape_like"})
_INFERRED_OUTPUTS = {"dropout": 2, "shape_array": (-1,)}


def _refuse_unknown_rank(npx_name, op, inputs, attrs):
    """Without NumPy shape semantics a 0-d input has an unknown rank: MXNet's shape inference fails, listing the
    attributes the call gave (``attrs``: a function making them, called only then)."""
    if npx_name not in _OWN_RANK_CHECKS and any(isinstance(a, NDArray) and not a.ndim for a in inputs):
        refuse_unknown_shapes(op.name, inputs, attrs(), outputs=_INFERRED_OUTPUTS.get(npx_name, 1))


def _refuse_non_arrays(op, args, kwargs, arg_set):
    """MXNet's assertion for anything but an array where an npx function takes an input array: a symbol (e.g.
    ``npx.relu`` in hybrid_forward instead of ``F.npx.relu``), a number, a string, a NumPy array."""
    n = len(op.arg_names)
    if len(args) <= n and all(isinstance(a, NDArray) for a in args) and not (kwargs and arg_set & kwargs.keys()):
        return      # the common call: arrays by position, attributes by name
    for label, a in _inputs(op, args, kwargs):
        if isinstance(a, Symbol):
            raise AssertionError(f"Argument {label} must have NDArray type, but got {a!r}")
        if a is not None and not isinstance(a, NDArray):
            raise AssertionError(f"Argument {label} must have NDArray type, but got {a!s}")
    for i, a in enumerate(args[len(op.arg_names):]):
        if isinstance(a, Symbol):       # (an attribute's place: the symbol read as an input, by MXNet's front end)
            raise AssertionError(f"Argument data must have NDArray type, but got {a!r}")


def _inputs(op, args, kwargs):
    return list(zip(op.arg_names, args)) + [(k, kwargs[k]) for k in op.arg_names if k in kwargs]


def _refuse_missing_inputs(op, args, kwargs):
    """MXNet's C API counting an input given as None as missing, after it took out= (of an ``_np`` operator: the
    others count their inputs themselves)."""
    inputs = _inputs(op, args, kwargs)
    if op.name.startswith("_np") and any(a is None for _, a in inputs):
        given = sum(a is not None for _, a in inputs)
        wanted = len(op.arg_names)
        raise MXNetError(f"Check failed: num_inputs == infered_num_inputs ({given} vs. {wanted}) : Operator "
                         f"{op.name} expects {wanted} inputs, but got {given} instead.")


def _require_array(label, value):
    if not isinstance(value, NDArray):
        raise AssertionError(f"Argument {label} must have NDArray type, but got {value!s}")


# operators whose number of inputs depends on a flag: npx (MXNet's numpy front end) checks the count, mx.nd does not
_FLAGGED_INPUTS = {
    "SequenceMask": lambda flag: 1 + _is_set(flag("use_sequence_length")),
    "softmax": lambda flag: 1 + _is_set(flag("use_length")),
    "RNN": lambda flag: 3 + (flag("mode") == "lstm") + _is_set(flag("use_sequence_length")),
}


_REQUIRED_ATTRIBUTES = {"RNN": ("mode", "num_layers", "state_size")}


def _is_set(value):
    return str(value) in ("True", "true", "1")


_FLAG_TEXTS = frozenset({"True", "true", "1", "False", "false", "0", "None"})


def _check_input_count(op, args, kwargs):
    """MXNet's error for an npx call whose array inputs do not match what its flags ask for (e.g. a
    sequence_length with use_sequence_length=False)."""
    expected = _FLAGGED_INPUTS.get(op.name)
    if expected is None:
        return
    inputs = list(args[:len(op.arg_names)]) + [kwargs[k] for k in op.arg_names if k in kwargs]
    if not all(a is None or isinstance(a, NDArray) for a in inputs):
        return                          # not arrays: the operator's own argument checks answer
    attrs = _given_attrs(op, args, kwargs)
    if attrs.keys() - set(_attribute_names(op)) - set(op.arg_names):
        return                          # an attribute it does not declare: its parser refuses it first
    if any(str(attrs[k]) not in _FLAG_TEXTS for k in ("use_length", "use_sequence_length") if k in attrs):
        return                          # a flag it cannot read: the operator's parser refuses it first
    try:
        check_enums(op.name, attrs)
    except MXNetError:
        return                          # a choice it does not accept (an RNN's mode): refused first too
    if any(name not in attrs for name in _REQUIRED_ATTRIBUTES.get(op.name, ())):
        return                          # a required parameter missing: refused first too
    wanted = expected(attrs.get)
    given = sum(a is not None for a in inputs)
    if given == 2 and op.name == "softmax" and "use_length" in attrs and str(attrs["use_length"]) == "None":
        # (its input count reads the optional flag's value: a C++ exception of no source line)
        raise located(MXNetError("bad optional access"), ("", 0))
    if given != wanted:
        raise MXNetError(f"Check failed: num_inputs == infered_num_inputs ({given} vs. {wanted}) : Operator "
                         f"{op.name} expects {wanted} inputs, but got {given} instead.")


def _npx_function(npx_name, op_name):
    """``npx.<npx_name>``: registry operator ``op_name`` on mx.np arrays, returning mx.np arrays."""
    op = OPS[op_name]
    signature = op.mxnet_signature(("out", "name"))
    takes = None if op.variadic else sum(p.kind is p.POSITIONAL_OR_KEYWORD for p in signature.parameters.values())
    names = _attribute_names(op)
    dtype_at = len(op.arg_names) + names.index("dtype") if "dtype" in names else None      # (by position)
    arg_set = frozenset(op.arg_names)
    positional = [] if op.variadic else [n for n, p in signature.parameters.items() if p.kind is p.POSITIONAL_OR_KEYWORD]

    def function(*args, out=None, name=None, **kwargs):  # noqa: ARG001  (MXNet's name= is a symbol's)
        if takes is not None and len(args) > takes:     # Python's own check on MXNet's function, made first
            raise TypeError(f"{npx_name}() takes from 0 to {takes} positional arguments but {len(args)} were given")
        twice = next((k for k in positional[:len(args)] if k in kwargs), None)
        if twice is not None:       # (Python's binding of the call, as for any function)
            raise TypeError(f"{npx_name}() got multiple values for argument '{twice}'")
        args, out = _positional_out(npx_name, op, args, out)
        if not op.variadic:
            _refuse_non_arrays(op, args, kwargs, arg_set)
        refuse_non_array_out(f"_npx_{npx_name}", out)
        if not op.variadic:
            _refuse_missing_inputs(op, args, kwargs)
        inputs = args[:len(op.arg_names)] + tuple(kwargs[k] for k in arg_set & kwargs.keys())
        _refuse_legacy(npx_name, inputs)
        _check_input_count(op, args, kwargs)
        if "dtype" in kwargs or dtype_at is not None and len(args) > dtype_at:
            args, kwargs = _front_end_dtype(op, args, kwargs)
        _refuse_unknown_rank(npx_name, op, inputs,
                             lambda: {k: v for k, v in _given_attrs(op, args, kwargs).items() if k not in arg_set})
        if out is not None and not _lists_hidden(op, out, 1):   # (its hidden outputs too: its kernel writes them)
            return _written(op, op(*args, **kwargs), out, _given_attrs(op, args, kwargs))
        return as_np(op(*args, out=out, **kwargs))
    function.__name__ = function.__qualname__ = npx_name
    function.__signature__ = signature      # as MXNet generates it
    function.__doc__ = op.__doc__
    function.__module__ = "distnet.numpy_extension"
    return function


def _positional_out(npx_name, op, args, out):
    """``args`` and ``out``, which MXNet's npx functions also take by position, after the attributes (then
    ``name``, which an imperative call ignores)."""
    extra = len(args) - op.npositional - len(op.kwonly)
    if op.variadic or extra not in (1, 2) or len(args) <= op.npositional:
        return args, out
    if out is not None:
        raise TypeError(f"{npx_name}() got multiple values for argument 'out'")
    return args[:-extra], args[-extra]


def _attribute_names(op):
    """The names of ``op``'s attributes in the order they are taken by position, after the array inputs."""
    return (op.positional_names + op.kwonly)[len(op.arg_names):]


def _given_attrs(op, args, kwargs):
    """The attributes of an npx call, by name, those given by position too."""
    return {**dict(zip(_attribute_names(op), args[len(op.arg_names):])), **kwargs}


def _front_end_dtype(op, args, kwargs):
    """(args, kwargs) as MXNet's npx front end passes a dtype on: None is left out (the operator's default, or
    its missing-parameter error, stands) and other values go through numpy first."""
    names = _attribute_names(op)
    at = len(op.arg_names) + names.index("dtype") if "dtype" in names else None
    given = kwargs.get("dtype", args[at] if at is not None and at < len(args) else _Null)
    if given is _Null:
        return args, kwargs
    if given is None:
        if "dtype" in kwargs:
            return args, {k: v for k, v in kwargs.items() if k != "dtype"}
        if at + 1 == len(args):
            return args[:at], kwargs
        extra = dict(zip(names, args[len(op.arg_names):]))      # the attributes after it go by name
        if not extra.keys() & kwargs.keys():
            return args[:len(op.arg_names)], {**{k: v for k, v in extra.items() if k != "dtype"}, **kwargs}
    if given is not _Null:
        np.dtype(given)         # numpy's TypeError for what it cannot read as a type (the text 'None', a number)
    return args, kwargs


def _written(op, res, out, attrs=None):
    """``res`` written into ``out``, whose shape and then dtype must be the result's, refused in the words of
    ``op``'s shape and type inference (which MXNet runs before it writes)."""
    multi = isinstance(res, (list, tuple))
    return as_np(_write_out(op, out, list(res) if multi else [res], multi, attrs=attrs or {}, np_target=True))


for _name, _op_name in NPX_OPS.items():
    globals()[_name] = _npx_function(_name, _op_name)


def reshape(a, newshape=_Null, reverse=_Null, order=_Null, out=None, **kwargs):
    """``a`` reshaped to ``newshape``, whose codes -1 .. -6 infer, copy, drop, keep, merge and split dimensions.

    -1: inferred from the rest; -2: copy the next input dimension; -3: drop an input dimension of size 1;
    -4: copy all remaining input dimensions; -5: merge the next two input dimensions; -6: split the next
    input dimension into the two sizes that follow (one may be -1). ``reverse`` matches from the right.
    """
    _refuse_legacy("reshape", (a,))
    if a is not None or kwargs:     # (None: a missing input, found once its parser read the attributes)
        _require_array("a", a)
    op = OPS["_npx_reshape"]
    attrs = {k: v for k, v in (("reverse", reverse), ("order", order)) if v is not _Null}    # (as given: MXNet's
    if newshape is _Null and kwargs:
        op(a, **attrs, **kwargs)        # (its parser refuses an unknown keyword before the missing shape)
    if newshape is _Null:                                                                   # errors name those)
        raise MXNetError("Required parameter newshape of Shape(tuple) is not presented"
                         f"{in_operator('_npx_reshape', attrs, imperative=True)}")
    if a is None:
        raise MXNetError("Check failed: num_inputs == infered_num_inputs (0 vs. 1) : Operator _npx_reshape expects 1 "
                         "inputs, but got 0 instead.")
    _refuse_unknown_rank("reshape", op, (a,), lambda: {"newshape": newshape, **attrs})
    res = op(a, newshape=newshape, **attrs, **kwargs)      # (the operator's parser refuses unknown keywords)
    return as_np(res) if out is None else _written(op, res, out)


def _shown_as(*names, **defaults):
    """The signature MXNet shows for one of its npx functions (which take more than it shows)."""
    plain = inspect.Parameter.POSITIONAL_OR_KEYWORD
    return inspect.Signature([inspect.Parameter(n, plain) for n in names] +
                             [inspect.Parameter(n, plain, default=v) for n, v in defaults.items()])


reshape.__signature__ = _shown_as("a", "newshape", reverse=False, order="C")


def nonzero(a, out=None, name=None, **kwargs):  # noqa: ARG001  (MXNet's operator ignores other keywords)
    """The indices of the non-zero elements of ``a``, one row per element: int64 of shape (N, a.ndim)."""
    if a is None:
        raise not_an_array("x", None, "_npx_nonzero")
    _refuse_legacy("nonzero", (a,))
    _require_array("x", a)
    refuse_non_array_out("_npx_nonzero", out)
    data = a._data if isinstance(a, NDArray) else np.asarray(a)
    if out is None and isinstance(a, NDArray) and is_recording():       # recorded with MXNet's zero gradient
        from ..numpy.shaping import zero_gradient
        return zero_gradient(_nonzero_rows, a)
    res = wrap_np(_nonzero_rows(data), a.ctx)
    if out is None:
        return res
    if out.dtype != np.int64:
        raise MXNetError(f"Type inconsistent, Provided = {inferred_type_name(out.dtype)}, inferred type = int64")
    # its output's shape is known only once it ran: the indices go, flat, into as much of out as they fill
    count = min(out.size, res.size)
    out._data.flat[:count] = res._data.reshape(-1)[:count]
    return out


def _nonzero_rows(data):
    return np.stack(np.nonzero(np.atleast_1d(data)), axis=1).astype(np.int64)


def constraint_check(x, msg=_Null, **kwargs):
    """``True`` (a bool scalar array) when every element of boolean ``x`` holds; otherwise reading the result
    raises ValueError(``msg``), as MXNet's kernel error does."""
    if x is None:
        raise not_an_array("input", None, "_npx_constraint_check")
    _refuse_legacy("constraint_check", (x,))
    _require_array("input", x)
    given = {} if msg is _Null else {"msg": msg}
    if kwargs:
        # its parser refuses an unknown keyword first
        op = OPS["_npx_constraint_check"]
        raise unknown_argument(op, next(iter(kwargs)), {**kwargs, **given}, imperative=True)
    msg = given.get("msg", "Constraint violated.")
    if x.dtype != np.bool_:
        raise MXNetError("Check failed: in_attrs->at(0) == mshadow: :kBool: ")
    res = wrap_np(np.array(True), x.ctx)
    if x._data.all():
        return res
    return fails_when_read(res, f"ValueError: Check failed: red_output == true (0 vs. 1) : {msg}", ValueError)


nonzero.__signature__ = _shown_as("a")
constraint_check.__signature__ = _shown_as("x", "msg")


from ..base import hiding as _hiding  # noqa: E402

# the checks distnet's npx operators share are no names of MXNet's module
__dir__ = _hiding(globals(), """MXNetError NDArray NPX_OPS OPS Symbol as_np check_enums fails_when_read in_operator
    inferred_type_name inspect is_recording located not_an_array np refuse_legacy_arrays refuse_non_array_out
    refuse_unknown_shapes unknown_argument wrap_np""".split())
