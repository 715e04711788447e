"""``mx.npx`` operators on ``mx.np`` arrays: registry operators whose results are ``mx.np.ndarray``."""
import numpy as np

from ..base import MXNetError
from ..ndarray.ndarray import NDArray
from ..ndarray.registry import OPS, _write_out
from ..numpy.attribute_text import operator_boolean
from ..numpy.multiarray import as_np, refuse_legacy_arrays, refuse_non_array_out, wrap_np
from ..symbol import Symbol
from ._table import NPX_OPS


def _refuse_legacy(name, values):
    """TypeError for a legacy ``mx.nd.NDArray`` given to an npx operator, as MXNet's numpy operators do."""
    refuse_legacy_arrays(f"_npx_{name}", values)


def _refuse_symbols(op, args):
    """MXNet's assertion for a symbol given to an imperative npx function (e.g. ``npx.relu`` in hybrid_forward
    instead of ``F.npx.relu``), or a number or NumPy array where it takes an input array."""
    for i, a in enumerate(args):
        if isinstance(a, Symbol):
            label = op.arg_names[i] if i < len(op.arg_names) else "data"
            raise AssertionError(f"Argument {label} must have NDArray type, but got {a!r}")
        if i < len(op.arg_names) and isinstance(a, (int, float, np.generic, np.ndarray)):
            raise AssertionError(f"Argument {op.arg_names[i]} must have NDArray type, but got {a}")


def _require_array(label, value):
    if not isinstance(value, NDArray):
        raise AssertionError(f"Argument {label} must have NDArray type, but got {value}")


# operators whose number of inputs depends on a flag: npx (MXNet's numpy front end) checks the count, mx.nd does not
_FLAGGED_INPUTS = {
    "SequenceMask": lambda flag: 1 + _is_set(flag("use_sequence_length")),
    "softmax": lambda flag: 1 + _is_set(flag("use_length")),
    "RNN": lambda flag: 3 + (flag("mode") == "lstm") + _is_set(flag("use_sequence_length")),
}


def _is_set(value):
    return value in (True, 1, "True", "true", "1")


def _check_input_count(op, args, kwargs):
    """MXNet's error for an npx call whose array inputs do not match what its flags ask for (e.g. a
    sequence_length with use_sequence_length=False)."""
    expected = _FLAGGED_INPUTS.get(op.name)
    if expected is None:
        return
    inputs = list(args[:len(op.arg_names)]) + [kwargs[k] for k in op.arg_names if k in kwargs]
    if not all(a is None or isinstance(a, NDArray) for a in inputs):
        return                          # not arrays: the operator's own argument checks answer
    positional_attrs = dict(zip(op.kwonly, args[len(op.arg_names):]))
    wanted = expected(lambda name: kwargs.get(name, positional_attrs.get(name)))
    given = sum(a is not None for a in inputs)
    if given != wanted:
        raise MXNetError(f"Check failed: num_inputs == infered_num_inputs ({given} vs. {wanted}) : Operator "
                         f"{op.name} expects {wanted} inputs, but got {given} instead.")


def _npx_function(npx_name, op_name):
    """``npx.<npx_name>``: registry operator ``op_name`` on mx.np arrays, returning mx.np arrays."""
    op = OPS[op_name]
    params = op.mxnet_signature(("out", "name")).parameters.values()
    takes = None if op.variadic else sum(p.kind is p.POSITIONAL_OR_KEYWORD for p in params)

    def function(*args, out=None, name=None, **kwargs):  # noqa: ARG001  (MXNet's name= is a symbol's)
        if takes is not None and len(args) > takes:     # Python's own check on MXNet's function, made first
            raise TypeError(f"{npx_name}() takes from 0 to {takes} positional arguments but {len(args)} were given")
        args, out = _positional_out(npx_name, op, args, out)
        _refuse_symbols(op, args)
        refuse_non_array_out(f"_npx_{npx_name}", out)
        _refuse_legacy(npx_name, args + tuple(kwargs.values()))
        _check_input_count(op, args, kwargs)
        if isinstance(out, NDArray):
            return _written(op, op(*args, **kwargs), out, _given_attrs(op, args, kwargs))
        return as_np(op(*args, out=out, **kwargs))
    function.__name__ = function.__qualname__ = npx_name
    function.__doc__ = op.__doc__
    function.__module__ = "distnet.numpy_extension"
    return function


def _positional_out(npx_name, op, args, out):
    """``args`` and ``out``, which MXNet's npx functions also take by position, after the attributes."""
    if op.variadic or len(args) != op.npositional + len(op.kwonly) + 1 or not isinstance(args[-1], NDArray) \
            or len(args) <= op.npositional:
        return args, out
    if out is not None:
        raise TypeError(f"{npx_name}() got multiple values for argument 'out'")
    return args[:-1], args[-1]


def _given_attrs(op, args, kwargs):
    """The attributes of an npx call, by name, those given by position too."""
    return {**dict(zip(op.kwonly, args[len(op.arg_names):])), **kwargs}


def _written(op, res, out, attrs=None):
    """``res`` written into ``out``, whose shape and then dtype must be the result's, refused in the words of
    ``op``'s shape and type inference (which MXNet runs before it writes)."""
    multi = isinstance(res, (list, tuple))
    return as_np(_write_out(op, out, list(res) if multi else [res], multi, attrs=attrs or {}, np_target=True))


for _name, _op_name in NPX_OPS.items():
    globals()[_name] = _npx_function(_name, _op_name)


def reshape(a, newshape=None, reverse=False, order="C", out=None):
    """``a`` reshaped to ``newshape``, whose codes -1 .. -6 infer, copy, drop, keep, merge and split dimensions.

    -1: inferred from the rest; -2: copy the next input dimension; -3: drop an input dimension of size 1;
    -4: copy all remaining input dimensions; -5: merge the next two input dimensions; -6: split the next
    input dimension into the two sizes that follow (one may be -1). ``reverse`` matches from the right.
    """
    _refuse_legacy("reshape", (a,))
    _require_array("a", a)
    if newshape is None:
        from ..base import MXNetError
        raise MXNetError("Required parameter newshape of Shape(tuple) is not presented, in operator _npx_reshape")
    op = OPS["_npx_reshape"]
    res = op(a, newshape=newshape, reverse=operator_boolean("reverse", reverse), order=order)
    return as_np(res) if out is None else _written(op, res, out)


def nonzero(a, out=None, name=None, **kwargs):  # noqa: ARG001  (MXNet's operator ignores other keywords)
    """The indices of the non-zero elements of ``a``, one row per element: int64 of shape (N, a.ndim)."""
    _refuse_legacy("nonzero", (a,))
    _require_array("x", a)
    data = a._data if isinstance(a, NDArray) else np.asarray(a)
    res = wrap_np(np.stack(np.nonzero(np.atleast_1d(data)), axis=1).astype(np.int64), a.ctx)
    if out is None:
        return res
    if out.dtype != np.int64:
        raise MXNetError(f"Type inconsistent, Provided = {np.dtype(out.dtype).name}, inferred type = int64: "
                         "nonzero writes int64 indices")
    if tuple(out.shape) != res.shape:
        raise MXNetError(f"Shape inconsistent, Provided = {list(out.shape)}, inferred shape={list(res.shape)}")
    out._data[...] = res._data
    return out


def constraint_check(x, msg="Constraint violated."):
    """``True`` (a bool scalar array) when every element of boolean ``x`` holds; ValueError(``msg``) otherwise."""
    _refuse_legacy("constraint_check", (x,))
    _require_array("input", x)
    if x.dtype != np.bool_:
        from ..base import MXNetError
        raise MXNetError(f"npx.constraint_check needs a boolean input, got {np.dtype(x.dtype).name}")
    if not x._data.all():
        raise ValueError(msg)
    return wrap_np(np.array(True), x.ctx)
