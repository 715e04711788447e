"""``_Symbol``: a Symbol with NumPy semantics (what ``x`` is inside ``hybrid_forward`` under npx.set_np())."""
import numbers
import sys

import numpy as _np

from ...base import MXNetError, _Null as Null
from ...ndarray.registry import generated_signature
from ...numpy.multiarray import _LEGACY_ONLY
from ...numpy.signatures import generated_arguments
from ..symbol import Symbol, create


class UnbuiltNumpySymbolError(NotImplementedError, AttributeError):
    """A NumPy function ``mx.sym.np`` does not build (an AttributeError too, so ``hasattr`` answers False)."""


class _Symbol(Symbol):
    """A symbol whose operators and methods build MXNet's NumPy operators (``_npi_add``, ``_np_reshape``...)."""

    __slots__ = ()

    def __repr__(self):
        if self.name is not None:
            return f"<_Symbol {self.name}>"
        return f"<_Symbol group [{', '.join(f'<_Symbol {n.name}>' for n, _ in self._heads)}]>"

    def __getattr__(self, item):
        # the legacy fluent methods (x.sum_axis, x.broadcast_axes, ...) are not NumPy's
        raise AttributeError(f"'_Symbol' object has no attribute {item!r}")

    @property
    def num_outputs(self):
        """How many outputs this symbol has."""
        return len(self._heads)

    def __len__(self):
        if len(self._heads) == 1:           # one array, not a list of them (MXNet's words)
            raise TypeError(f"{self!r} is not a list and does not support len().")
        return len(self._heads)

    def __iter__(self):
        if len(self._heads) == 1:
            raise TypeError(f"'{self!r}' is not iterable.")
        return (_Symbol([h]) for h in self._heads)

    def as_nd_ndarray(self):
        """The same graph as a legacy Symbol."""
        return Symbol(self._heads)

    def as_np_ndarray(self):
        """This symbol."""
        return self

    # ---- arithmetic and comparisons ----------------------------------------------------------
    def __add__(self, other):
        return arith("add", self, other)

    def __radd__(self, other):
        if type(other) is Symbol:       # legacy + np: MXNet's legacy __add__ runs first and refuses this symbol
            refuse_np_symbol("_Plus")
        return arith("add", self, other)       # as MXNet's (__radd__ is __add__: the scalar keeps is_int)

    def __sub__(self, other):
        return arith("subtract", self, other)

    def __rsub__(self, other):
        return arith("subtract", other, self)

    def __mul__(self, other):
        return arith("multiply", self, other)

    def __rmul__(self, other):
        return arith("multiply", other, self)

    def __truediv__(self, other):
        return arith("true_divide", self, other)

    def __rtruediv__(self, other):
        return arith("true_divide", other, self)

    def __mod__(self, other):
        return arith("mod", self, other)

    def __rmod__(self, other):
        return arith("mod", other, self)

    def __pow__(self, other):
        return arith("power", self, other)

    def __rpow__(self, other):
        return arith("power", other, self)

    def __neg__(self):
        return arith("multiply", self, -1.0)

    def __abs__(self):
        raise AttributeError("_Symbol object has no attribute abs")

    def __eq__(self, other):
        return arith("equal", self, other)

    def __ne__(self, other):
        return arith("not_equal", self, other)

    def __gt__(self, other):
        return arith("greater", self, other)

    def __ge__(self, other):
        return arith("greater_equal", self, other)

    def __lt__(self, other):
        return arith("less", self, other)

    def __le__(self, other):
        return arith("less_equal", self, other)

    __hash__ = None

    # ---- shapes ---------------------------------------------------------------------------------
    def __getitem__(self, key):
        if len(self._heads) > 1:
            if isinstance(key, slice):              # some outputs of a multi-output symbol: a list of them
                return [self[i] for i in range(self.num_outputs)[key]]
            out = super().__getitem__(key)          # one output of a multi-output symbol
            out.__class__ = _Symbol
            return out
        from ._indexing import basic_index
        return basic_index(self, key)

    def __setitem__(self, key, value):
        """A graph has no in-place writes: MXNet's NotImplementedError (write ``x = x + 1`` instead)."""
        raise NotImplementedError

    def reshape(self, *args, **kwargs):
        """``a.reshape(shape)`` or ``a.reshape(*shape)``, in C order only, as ``np.reshape``."""
        if len(kwargs) > 1:
            raise TypeError("function takes at most 1 keyword argument")
        if kwargs and "order" not in kwargs:
            raise TypeError("'dict_keys' object is not subscriptable")     # (MXNet's words for any other keyword)
        order = kwargs.get("order", "C")
        if order != "C":
            raise NotImplementedError(f"only supports C-order, while received {order}")
        if not args:
            raise TypeError("reshape() takes exactly 1 argument (0 given)")
        newshape = args[0] if len(args) == 1 and isinstance(args[0], tuple) else args   # (a list is no shape)
        return create_np("_np_reshape", self, newshape=newshape, order=order, hint="reshape")

    def transpose(self, *axes):
        """The axes permuted (reversed without arguments)."""
        if len(axes) == 1 and (axes[0] is None or isinstance(axes[0], (list, tuple))):
            axes = axes[0]
        return create_np("_np_transpose", self, axes=tuple(axes) if axes else None, hint="transpose")

    @property
    def T(self):
        return self.transpose()

    def flatten(self, order="C"):
        """The elements in one dimension."""
        return self.reshape(-1, order=order)

    def squeeze(self, axis=None):
        return create_np("_np_squeeze", self, axis=axis, hint="squeeze")

    def swapaxes(self, axis1, axis2):
        return create_np("SwapAxis", self, dim1=axis1, dim2=axis2, hint="swapaxes")

    def astype(self, dtype, order="K", casting="unsafe", subok=True, copy=True):
        return create_np("Cast", self, dtype=_np.dtype(dtype).name, hint="cast")

    def clip(self, min=None, max=None):  # noqa: A002  (NumPy's names)
        return clip(self, min, max)

    def repeat(self, repeats, axis=None):
        return create_np("repeat", self, repeats=repeats, axis=axis, hint="repeat")

    def dot(self, b):
        return create_np("_np_dot", self, b, hint="dot")

    def round(self, decimals=0):
        return create_np("_npi_around", self, decimals=decimals, hint="around")

    def cumsum(self, axis=None, dtype=None):
        given = {} if dtype is None else {"dtype": _np.dtype(dtype).name}
        return create_np("_np_cumsum", self, axis=axis, hint="cumsum", **given)

    def argsort(self, axis=-1, kind=None, order=None):
        return create_np("argsort", self, axis=axis, is_ascend=True, dtype="int64", hint="argsort")

    def take(self, indices, axis=None, mode="raise"):
        if axis is None:
            return create_np("_npx_reshape", self, newshape=-1, hint="reshape").take(indices, 0, mode)
        return create_np("take", self, indices, axis=axis, mode=mode, hint="take")

    # ---- reductions --------------------------------------------------------------------------------
    def sum(self, axis=None, dtype=None, out=None, keepdims=False):
        return _reduce("_np_sum", "sum", self, axis, keepdims, out, dtype)

    def mean(self, axis=None, dtype=None, out=None, keepdims=False):
        return _reduce("_npi_mean", "mean", self, axis, keepdims, out, dtype)

    def max(self, axis=None, out=None, keepdims=False):
        return _reduce("_np_max", "max", self, axis, keepdims, out)

    def min(self, axis=None, out=None, keepdims=False):
        return _reduce("_np_min", "min", self, axis, keepdims, out)

    def prod(self, axis=None, dtype=None, out=None, keepdims=False):
        return _reduce("_np_prod", "prod", self, axis, keepdims, out, dtype)

    def argmax(self, axis=None, out=None):
        return _reduce("_npi_argmax", "argmax", self, axis, False, out)

    def argmin(self, axis=None, out=None):
        return _reduce("_npi_argmin", "argmin", self, axis, False, out)

    def std(self, axis=None, dtype=None, out=None, ddof=0, keepdims=False):
        return _moment("_npi_std", "std", self, axis, dtype, out, ddof, keepdims)

    def var(self, axis=None, dtype=None, out=None, ddof=0, keepdims=False):
        return _moment("_npi_var", "var", self, axis, dtype, out, ddof, keepdims)


def clip(a, a_min, a_max):
    """``a`` limited to [a_min, a_max]; a None bound is open (an infinite one, as MXNet writes it)."""
    if a_min is None and a_max is None:
        raise ValueError("array_clip: must set either max or min")
    return create_np("clip", a, a_min=-_np.inf if a_min is None else a_min, a_max=_np.inf if a_max is None else a_max,
                     hint="clip")


def _no_out(out):
    if out is not None:
        raise MXNetError("out= is not supported on symbols: a graph makes new arrays")


def _reduce(op_name, hint, a, axis, keepdims, out, dtype=None):
    _no_out(out)
    given = {} if dtype is None else {"dtype": _np.dtype(dtype).name}
    return create_np(op_name, a, axis=axis, keepdims=keepdims, hint=hint, **given)


def _moment(op_name, hint, a, axis, dtype, out, ddof, keepdims):
    _no_out(out)
    given = {} if dtype is None else {"dtype": _np.dtype(dtype).name}
    return create_np(op_name, a, axis=axis, ddof=ddof, keepdims=keepdims, hint=hint, **given)


# Modules that build np symbols for a caller: a legacy symbol coming through them is the caller's.
_NP_FRONTS = frozenset({"distnet.symbol.numpy", "distnet.symbol.numpy._symbol", "distnet.symbol.numpy._indexing",
                        "distnet.symbol.numpy._creation", "distnet.symbol.numpy._fallback",
                        "distnet.symbol.numpy._functions", "distnet.symbol.numpy.linalg",
                        "distnet.symbol.numpy.random", "distnet.numpy_extension._symbol",
                        "distnet.util"})      # (its ufunc keyword checks wrap some of them)


def _from_user():
    """Whether the code that called into the np symbol front end is a user's (see array_kinds.is_user_module)."""
    from ...ndarray.array_kinds import is_user_module
    frame = sys._getframe(2)
    while frame is not None and frame.f_globals.get("__name__", "") in _NP_FRONTS:
        frame = frame.f_back
    return frame is None or is_user_module(frame.f_globals.get("__name__", ""))


def refuse_np_symbol(op_name):
    """MXNet's TypeError for an np symbol given to a legacy symbol function: its words for an mx.np array."""
    from ...ndarray.array_kinds import refuse_numpy_input
    refuse_numpy_input(op_name)


def _refuse_legacy_symbols(op_name, values, hint=None):
    """MXNet's TypeError for a legacy Symbol given to an np symbol function by a user."""
    for v in values:
        if type(v) is Symbol and _from_user():
            from ...numpy.multiarray import legacy_refusal
            raise legacy_refusal(_front_end_name(op_name, hint))


def _front_end_name(op_name, hint):
    """The operator MXNet's refusal names for a node of ``op_name`` made by function ``hint``: the backend
    operator the function was generated from (``_npx_softmax`` for a softmax node, ``_np_amax`` for amax's)."""
    from ...numpy.backend_names import backend_name
    from ...numpy_extension._table import NPX_OPS
    if hint is None or op_name.startswith("_npx_"):
        return op_name
    if not op_name.startswith("_np") and NPX_OPS.get(hint) == op_name:
        return f"_npx_{hint}"
    return backend_name(hint)


def refuse_legacy_symbol(x):
    """The TypeError of MXNet's np symbol functions written in Python for an argument that is no np symbol."""
    if not isinstance(x, _Symbol):
        from ...base import class_text
        raise TypeError(f"type {class_text(x)} not supported")


def create_np(op_name, *args, hint=None, **kwargs):
    """Registry op ``op_name`` applied to symbols, as a ``_Symbol`` (a list of them for several outputs, and for
    one of a split, whose output MXNet lists)."""
    from ...base import _output_is_list
    _refuse_legacy_symbols(op_name, args + tuple(kwargs.values()), hint)
    out = create(op_name, *args, hint=hint, **kwargs)
    out.__class__ = _Symbol
    if len(out._heads) > 1 or _output_is_list(op_name):
        return [_Symbol([h]) for h in out._heads]
    return out


def operator_symbol(name, op_name, inputs, attributes, module="distnet.symbol.numpy"):
    """MXNet's generated symbol function ``name`` of operator ``op_name``: the array ``inputs`` and the
    ``attributes`` by position or by name, then ``name``, ``attr`` and ``out`` (which a graph ignores); it writes
    the attributes given, None too, as they are (a None dtype left out)."""
    params = (*inputs, *attributes, "name", "attr", "out")

    def function(*args, **kwargs):
        given = generated_arguments(name, params, args, kwargs)
        node_name, attr, _ = given.pop("name", None), given.pop("attr", None), given.pop("out", None)
        arrays = [given.pop(n, None) for n in inputs]
        while arrays and arrays[-1] is None:        # (a missing input becomes a variable of the node's)
            arrays.pop()
        attrs = {k: given.pop(k) for k in attributes if given.get(k, Null) is not Null}
        if attrs.get("dtype", 0) is None:
            del attrs["dtype"]
        return create_np(op_name, *arrays, name=node_name, attr=attr, hint=name, **attrs, **given)
    function.__name__ = function.__qualname__ = name
    function.__doc__ = f"Operator ``{op_name}`` on symbols (MXNet's generated function ``{name}``)."
    function.__module__ = module
    function.__signature__ = generated_signature(inputs, attributes, ("name", "attr", "out"))
    return function


_SCALARS = (numbers.Number, _np.generic)
# A scalar on the left: the reflected operator, or the mirrored comparison.
_REFLECTED = {"add": "add", "multiply": "multiply", "subtract": "rsubtract", "true_divide": "rtrue_divide",
              "mod": "rmod", "power": "rpower", "equal": "equal", "not_equal": "not_equal",
              "greater": "less", "greater_equal": "less_equal", "less": "greater", "less_equal": "greater_equal"}


def arith(name, lhs, rhs):
    """``_npi_<name>`` of two symbols, or ``_npi_<name>_scalar`` of a symbol and a Python/NumPy scalar."""
    if isinstance(lhs, Symbol) and isinstance(rhs, Symbol):
        return create_np(f"_npi_{name}", lhs, rhs, hint=name)
    reflected = False
    if isinstance(lhs, Symbol):
        sym, scalar = lhs, rhs
    elif isinstance(rhs, Symbol):
        sym, scalar, name = rhs, lhs, _REFLECTED[name]
        reflected = True
    else:
        raise TypeError(f"{name}: one operand must be a symbol")
    if not isinstance(scalar, _SCALARS) or isinstance(scalar, complex):
        raise TypeError(f"type {type(scalar)} not supported")
    # MXNet marks a scalar on the left as a float whatever it is (so 2 * int_array computes in float64)
    is_int = not reflected and isinstance(scalar, (numbers.Integral, _np.integer, _np.bool_))
    return create_np(f"_npi_{name}_scalar", sym, scalar=float(scalar), is_int=is_int, hint=f"{name}_scalar")


def _as_np_ndarray(self):
    """This graph as a NumPy-semantics ``_Symbol``."""
    return _Symbol(self._heads)


# (named as MXNet's method, which a wrong call's TypeError prints)
_as_np_ndarray.__name__, _as_np_ndarray.__qualname__ = "as_np_ndarray", "Symbol.as_np_ndarray"
Symbol.as_np_ndarray = _as_np_ndarray


def _legacy_only(name):
    def method(self, *args, **kwargs):
        raise AttributeError(f"_Symbol object has no attribute {name}")
    method.__name__ = name
    method.__doc__ = f"A legacy Symbol method: ``{name}`` is not available on a NumPy symbol."
    return method


# The legacy fluent methods MXNet's _Symbol lists but refuses (mx.np.ndarray's, as symbols have them).
for _name in (set(_LEGACY_ONLY) - {"tostype"}) | {"broadcast_to", "sort"}:
    setattr(_Symbol, _name, _legacy_only(_name))
_Symbol.__module__ = "distnet.symbol.numpy"
for _method in ("as_in_context", "asnumpy", "asscalar", "backward", "copy", "detach", "wait_to_read"):
    setattr(_Symbol, _method, getattr(Symbol, _method))
