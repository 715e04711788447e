"""The parameters ``inspect.signature`` shows for mx.np functions whose MXNet 1.9.1 signature differs from that of the
Python function behind them: its reductions show their documented parameters while a wrapper hands their arguments to
the operator's generated function (in its order, with ``name``, and other keywords to its parser), and a few show
other names. Set on the functions mx.np finally exposes, after ``arg_checks`` wrapped them: its checks
bind calls to the parameters the functions really take."""
import inspect

from ..base import _Null
from ..ndarray.registry import generated_signature

# qualified name -> the parameters MXNet's function shows (None: its own without **kwargs); the reductions take
# their operator's order by position (max's fourth is ``initial``) and a ``name``, which their signature hides
_REDUCTION = "a, axis=None, keepdims=False, out=None"
_SHOWN = {**dict.fromkeys(("copy", "trace")),
          "cumsum": "a, axis=None, dtype=None, out=None",
          "transpose": "a, axes=None", "squeeze": "a, axis=None, out=None",
          "reshape": "a, newshape, order='C', out=None", "repeat": "a, repeats, axis=None",
          "roll": "a, shift, axis=None", "diag": "array, k=0", "diagflat": "array, k=0", "diagonal": "a, offset=0, axis1=0, axis2=1",
          **dict.fromkeys(("all", "amax", "amin", "any", "max", "min", "sometrue"), _REDUCTION),
          **dict.fromkeys(("prod", "product"), "a, axis=None, dtype=None, out=None, keepdims=False"),
          "sum": "a, axis=None, dtype=None, keepdims=False, initial=None, out=None",
          "matmul": "a, b, out=None, **kwargs",       # (though it binds the arrays as x1 and x2)
          "random.multinomial": "n, pvals, size=None, **kwargs"}

# The functions mxnet.ndarray.numpy and mxnet.symbol.numpy have as MXNet's generated operator functions (mx.np's are
# Python functions): name -> (operator, its array inputs, its attributes), as those functions take them by position
_REDUCTION_ATTRIBUTES = ("axis", "dtype", "keepdims", "initial")
GENERATED = {"all": ("_np_all", ("data",), ("axis", "keepdims")),
             **dict.fromkeys(("any", "sometrue"), ("_np_any", ("data",), ("axis", "keepdims"))),
             **dict.fromkeys(("max", "amax"), ("_np_max", ("a",), ("axis", "keepdims", "initial"))),
             **dict.fromkeys(("min", "amin"), ("_np_min", ("a",), ("axis", "keepdims", "initial"))),
             **dict.fromkeys(("prod", "product"), ("_np_prod", ("a",), _REDUCTION_ATTRIBUTES)),
             "sum": ("_np_sum", ("a",), _REDUCTION_ATTRIBUTES),
             "copy": ("_np_copy", ("a",), ()),
             "cumsum": ("_np_cumsum", ("a",), ("axis", "dtype")),
             "diag": ("_np_diag", ("data",), ("k",)),
             "diagflat": ("_np_diagflat", ("data",), ("k",)),
             "diagonal": ("_np_diagonal", ("data",), ("offset", "axis1", "axis2")),
             "trace": ("_np_trace", ("data",), ("offset", "axis1", "axis2")),
             "dot": ("_np_dot", ("a", "b"), ()),
             "moveaxis": ("_np_moveaxis", ("a",), ("source", "destination")),
             "repeat": ("repeat", ("data",), ("repeats", "axis")),
             "reshape": ("_np_reshape", ("a",), ("newshape", "order")),
             "roll": ("_np_roll", ("data",), ("shift", "axis")),
             "squeeze": ("_np_squeeze", ("a",), ("axis",)),
             "transpose": ("_np_transpose", ("a",), ("axes",))}


def operator_function(name, target, inputs, attributes, module):
    """``target`` called as MXNet's generated operator function ``name`` of ``module`` takes its arguments: the
    arrays (``inputs``) and ``attributes`` by position or by the operator's names, then ``out`` and ``name``."""
    params = (*inputs, *attributes, "out", "name")
    writes_out = "out" in inspect.signature(target).parameters

    def function(*args, **kwargs):
        given = generated_arguments(name, params, args, kwargs)
        given.pop("name", None)
        arrays = [given.pop(n, None) for n in inputs]
        while arrays and arrays[-1] is None:        # (the function refuses a missing array itself)
            arrays.pop()
        attrs = {k: given.pop(k) for k in attributes if given.get(k, _Null) is not _Null}
        out = given.pop("out", None)
        if out is None or writes_out:
            return target(*arrays, **attrs, **given, **({} if out is None else {"out": out}))
        out[...] = target(*arrays, **attrs, **given)
        return out
    function.__name__ = function.__qualname__ = name
    function.__doc__, function.__module__ = target.__doc__, module
    function.__signature__ = generated_signature(inputs, attributes, ("out", "name"))
    return function


def generated_arguments(name, params, args, kwargs):
    """The arguments of a call of MXNet's generated function ``name`` taking ``params`` (all by position too),
    bound as Python binds them: {parameter: value}, other keywords included."""
    if len(args) > len(params):
        raise TypeError(f"{name}() takes from 0 to {len(params)} positional arguments but {len(args)} were given")
    given = dict(zip(params, args))
    twice = next((k for k in given if k in kwargs), None)
    if twice is not None:
        raise TypeError(f"{name}() got multiple values for argument '{twice}'")
    given.update(kwargs)
    return given


def install(namespace, submodules):
    """Give the functions of ``mx.np`` (``namespace``) and its ``submodules`` (prefix -> module) MXNet's signatures."""
    for qualified, parameters in _SHOWN.items():
        prefix, _, name = qualified.rpartition(".")
        func = getattr(submodules[prefix], name) if prefix else namespace[name]
        func.__signature__ = _without_kwargs(func) if parameters is None else \
            inspect.signature(eval(f"lambda {parameters}: None"))  # noqa: S307  (a fixed parameter list)


def _without_kwargs(func):
    signature = inspect.signature(func)
    return signature.replace(parameters=[p for p in signature.parameters.values() if p.kind is not p.VAR_KEYWORD])
