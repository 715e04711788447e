"""Parameters of Blocks: Parameter (one copy per context, deferred shapes), Constant, ParameterDict."""
import warnings
from collections import OrderedDict

import numpy as np

from .. import autograd, initializer, ndarray
from ..base import MXNetError, class_text, error_like
from ..context import Context, cpu, current_context
from ..ndarray.array_kinds import refuse_numpy_input
from ..ndarray.ndarray import NDArray, _element_type
from ..ndarray.registry import KEEP_CLASS as _NP_ARRAY_CLASSES
from ..ndarray.registry import recording_refusal
from ..ndarray.failures import carried_error as _carried_error
from ..symbol import Symbol
from ..util import is_np_array, is_np_shape
from .utils import _array_fn, _brief_print_list, _indent, shape_is_known

__all__ = ["DeferredInitializationError", "Parameter", "Constant", "ParameterDict", "tensor_types"]

_GRAD_REQS = ("write", "add", "null")
_STYPES = ("default", "row_sparse", "csr")


# MXNet checks Parameter/ParameterDict arguments with ``assert``; ValueError stays catchable for older callers.
AssertError = error_like(AssertionError, ValueError)

# MXNet ends its naming errors with this pointer (no space after the sentence before it in load_dict).
_NAMING_HELP = ("For more info on naming, please see "
                "https://mxnet.io/api/python/docs/tutorials/packages/gluon/blocks/naming.html")


def _context_map(ctx_list):
    """Each context's copy index as MXNet lays it out: two lists (by device type's low bit, so cpu, cpu_pinned
    and cpu_shared share the CPU copies) indexed by device id, None where a device holds no copy."""
    ctx_map = [[], []]
    for i, ctx in enumerate(ctx_list):
        slots = ctx_map[ctx.device_typeid & 1]
        slots.extend([None] * (ctx.device_id + 1 - len(slots)))
        slots[ctx.device_id] = i
    return ctx_map


def _refuse_np_sparse(stype):
    """Under NumPy array semantics MXNet makes parameters and gradients with mx.np.zeros, which is dense only."""
    if stype != "default" and is_np_array():
        raise ValueError(f"mxnet.numpy.zeros does not support stype = {stype}")


ValueErr = error_like(ValueError)
_NoTrainerError = error_like(AttributeError)     # MXNet fails on the missing Trainer's attribute


class DeferredInitializationError(MXNetError):
    """A parameter was used before its deferred initialisation (first forward) happened."""


class Parameter:
    """A weight of a Block: an NDArray per context and, unless ``grad_req='null'``, a gradient per context.

    Parameters
    ----------
    name : str
        Name of the parameter.
    grad_req : {'write', 'add', 'null'}, default 'write'
        How gradients are stored: overwritten, accumulated, or not computed.
    shape : int or tuple of int, default None
        Shape; 0 marks a size inferred at the first forward (with ``allow_deferred_init``).
    dtype : numpy.dtype or str, default numpy.float32
    lr_mult : float, default 1.0
        Multiplier of the learning rate for this parameter.
    wd_mult : float, default 1.0
        Multiplier of the weight decay for this parameter.
    init : Initializer, default None
        Initializer of this parameter (the block's ``initialize`` default otherwise).
    allow_deferred_init : bool, default False
        Whether initialisation may wait until the shape is known.
    differentiable : bool, default True
        False forces ``grad_req='null'``.
    """

    def __init__(self, name, grad_req="write", shape=None, dtype=np.float32, lr_mult=1.0, wd_mult=1.0,
                 init=None, allow_deferred_init=False, differentiable=True, stype="default",
                 grad_stype="default"):
        self._var = None
        self._data = None
        self._grad = None
        self._ctx_list = None
        self._ctx_map = None
        self._trainer = None
        self._deferred_init = ()
        self._differentiable = differentiable
        self._allow_deferred_init = allow_deferred_init
        self._grad_req = None
        self._shape = (shape,) if isinstance(shape, int) else shape
        self.name = name
        self._dtype = dtype
        self.lr_mult = lr_mult
        self.wd_mult = wd_mult
        self.grad_req = grad_req
        self.init = init
        for kind, value in (("grad_stype", grad_stype), ("stype", stype)):      # MXNet checks grad_stype first
            if value not in _STYPES:
                raise AssertError(f"{kind} for Parameter '{name}' must be one of 'default', 'row_sparse', or 'csr', "
                                  f"but got '{value}'")
        self._grad_stype, self._stype = grad_stype, stype      # (the attribute order of MXNet's vars(parameter))

    def __repr__(self):
        return f"Parameter {self.name} (shape={self.shape}, dtype={self.dtype})"

    # ---- attributes -----------------------------------------------------------------
    @property
    def grad_req(self):
        """How the gradient is stored: 'write', 'add' or 'null'."""
        return self._grad_req

    @grad_req.setter
    def grad_req(self, req):
        if req not in _GRAD_REQS:
            # %-formatted as MXNet's message is: a tuple gives its items (and a TypeError unless it has one)
            raise AssertError("grad_req must be one of 'write', 'add', or 'null', but got '%s'" % req)
        if not self._differentiable:
            req = "null"
        if self._grad_req == req:
            return
        self._grad_req = req
        if req == "null" and self._grad is not None:
            self._grad = None
            self._data = [d.detach() for d in self._data]
        elif self._data is not None:
            self._init_grad()

    @property
    def dtype(self):
        """The element type; setting it casts the data."""
        return self._dtype

    @dtype.setter
    def dtype(self, dtype):
        self.cast(dtype)

    @property
    def shape(self):
        """The shape; 0 (-1 under NumPy shape semantics) marks a dimension not known yet."""
        if self._shape is not None and is_np_shape():
            return tuple(-1 if d == 0 else d for d in self._shape)
        return self._shape

    @shape.setter
    def shape(self, new_shape):
        if self._shape is None:
            self._shape = new_shape
            return
        # 0 and -1 both stand for an unknown size here whatever the shape semantics; the new shape is kept as given
        if len(self._shape) != len(new_shape) or any(j not in (-1, 0, i) for i, j in zip(new_shape, self._shape)):
            raise AssertError(f"Expected shape {new_shape} is incompatible with given shape {self._shape}.")
        self._shape = new_shape

    def _set_trainer(self, trainer):
        """Associate ``trainer`` (None: none); a sparse Parameter keeps the one it has."""
        if self._stype != "default" and self._trainer and trainer and self._trainer is not trainer:
            raise RuntimeError(f"Failed to set the trainer for Parameter '{self.name}' because it was already "
                               f"set. More than one trainers for a {self._stype} Parameter is not supported.")
        self._trainer = trainer

    # ---- storage --------------------------------------------------------------------
    def _ctx_index(self, ctx):
        """The index of ``ctx``'s copy in this parameter's arrays, or None."""
        slots = self._ctx_map[ctx.device_typeid & 1]
        return slots[ctx.device_id] if ctx.device_id < len(slots) else None

    def _check_and_get(self, arr_list, ctx):
        """The array for ``ctx`` (None: the only one or the current context; list: all of them)."""
        if arr_list is not None:
            if ctx is list:
                return arr_list
            if ctx is None:
                if len(arr_list) == 1:
                    return arr_list[0]
                ctx = current_context()
            idx = self._ctx_index(ctx)
            if idx is not None:
                return arr_list[idx]
            raise RuntimeError(f"Parameter '{self.name}' was not initialized on context {ctx}. "
                               f"It was only initialized on {self._ctx_list}.")
        if self._deferred_init:
            raise DeferredInitializationError(
                f"Parameter '{self.name}' has not been initialized yet because initialization was deferred. "
                "Actual initialization happens during the first forward pass. Please pass one batch of data "
                "through the network before accessing Parameters. You can also avoid deferred initialization "
                "by specifying in_units, num_features, etc., for network layers.")
        raise RuntimeError(
            f"Parameter '{self.name}' has not been initialized. Note that you should initialize parameters "
            "and create Trainer with Block.collect_params() instead of Block.params because the later does "
            "not include Parameters of nested child Blocks")

    def _load_init(self, data, ctx, cast_dtype=False, dtype_source="current"):
        """(Re)initialise from the array ``data`` (loading a file)."""
        if cast_dtype and dtype_source not in ("current", "saved"):
            raise AssertError()     # MXNet's bare assertion: dtype_source is 'current' or 'saved'
        if self.shape:
            # as MXNet, only the common leading axes are compared: a saved array of fewer axes is then refused by
            # the shape setter, one of more axes is loaded as it is
            unknown = -1 if is_np_shape() else 0
            if any(s not in (unknown, d) for s, d in zip(self.shape, data.shape)):
                raise AssertError(f"Failed loading Parameter '{self.name}' from saved params: shape incompatible "
                                 f"expected {self.shape} vs saved {data.shape}")
            self.shape = tuple(d if s == unknown else s for s, d in zip(self.shape, data.shape))
        if self.dtype:
            if cast_dtype and _element_type(np.dtype(self.dtype)) != data.dtype:
                if dtype_source == "current":
                    data = data.astype(self.dtype, copy=False)
                else:
                    self.dtype = data.dtype
            elif _element_type(np.dtype(self.dtype)) != data.dtype:
                raise AssertError(f"Failed loading Parameter '{self.name}' from saved params: dtype incompatible "
                                 f"expected {self.dtype} vs saved {data.dtype}. Set cast_dtype=True to cast the "
                                 f"dtype of saved params.")
        if self._stype != data.stype:
            data = data.tostype(self._stype)      # saved in another storage type: stored in this one
        if isinstance(ctx, Context):
            ctx = [ctx]
        if self._data is None:
            if self._deferred_init:
                if ctx is not None and set(ctx) != set(self._deferred_init[1]):
                    raise AssertError(f"Failed to load Parameter '{self.name}' on {ctx} because it was previous "
                                     f"initialized on {self.list_ctx()}.")
                ctx = self._deferred_init[1]
            elif ctx is None:
                ctx = [cpu()]
            self._init_impl(data, ctx)
        else:
            if ctx is not None and set(ctx) != set(self.list_ctx()):
                raise AssertError(f"Failed to load Parameter '{self.name}' on {ctx} because it was previous "
                                 f"initialized on {self.list_ctx()}.")
            self.set_data(data)
        self._deferred_init = ()

    def _finish_deferred_init(self):
        """Create and fill the arrays now that the shape is known."""
        if not self._deferred_init:
            return
        init, ctx, default_init, data = self._deferred_init
        self._deferred_init = ()
        if not shape_is_known(self.shape):
            raise AssertError(f"Cannot initialize Parameter '{self.name}' because it has invalid shape: "
                             f"{self.shape}. Please specify in_units, in_channels, etc for `Block`s.")
        with autograd.pause():
            if data is None:
                _refuse_np_sparse(self._stype)
                if is_np_array():      # MXNet's Gluon creates mx.np parameters (with mx.np.zeros' checks)
                    from ..numpy.multiarray import zeros as np_zeros
                    data = np_zeros(self._shape, dtype=self.dtype, ctx=cpu())
                else:
                    data = ndarray.zeros(self._shape, dtype=self.dtype, ctx=cpu(), stype=self._stype)
                initializer.create(default_init)(initializer.InitDesc(self.name, {"__init__": init}), data)
            self._init_impl(data, ctx)

    def _init_impl(self, data, ctx_list):
        """Keep a copy of ``data`` on each context and make the gradients."""
        self._ctx_list = list(ctx_list)
        self._ctx_map = _context_map(self._ctx_list)
        self._data = [data.copyto(ctx) for ctx in self._ctx_list]
        self._init_grad()

    def _init_grad(self):
        """Make zero gradient buffers and mark the data as autograd variables."""
        if self.grad_req == "null":
            self._grad = None
            return
        _refuse_np_sparse(self._grad_stype)
        self._grad = [ndarray.zeros(d.shape, dtype=d.dtype, ctx=d.ctx, stype=self._grad_stype) for d in self._data]
        if is_np_array():              # as MXNet: mx.np gradients under NumPy array semantics, whatever the data
            from ..numpy.multiarray import as_np
            as_np(self._grad)
        autograd.mark_variables(self._data, self._grad, self.grad_req)

    def _reduce(self):
        """The data on cpu (the mean of the copies when there are several contexts; every row of a row_sparse
        parameter, pulled from its Trainer's kvstore)."""
        if self._stype != "default":
            if self._trainer is None:
                raise _NoTrainerError("'NoneType' object has no attribute '_row_sparse_pull'")
            data = ndarray.zeros(self.shape, ctx=cpu(), dtype=self.dtype, stype="row_sparse")
            self._trainer._row_sparse_pull(self, data, ndarray.arange(0, self.shape[0], dtype="int64"), full_idx=True)
            return data
        block = self.list_data()
        if len(block) == 1:
            return block[0].copyto(cpu())
        return ndarray.add_n(*(w.copyto(cpu()) for w in block)) / len(block)

    # ---- public API -----------------------------------------------------------------
    def initialize(self, init=None, ctx=None, default_init=initializer.Uniform(), force_reinit=False):
        """Create the data (and gradient) arrays on ``ctx``, filled by ``init``.

        Parameters
        ----------
        init : Initializer
            Overrides ``Parameter.init`` and ``default_init``.
        ctx : Context or list of Context, default current context
            One independent copy per context.
        default_init : Initializer
            Used when neither ``init`` nor ``Parameter.init`` is given.
        force_reinit : bool, default False
            Re-initialise even if already initialised.
        """
        if self._data is not None and not force_reinit:
            warnings.warn(f"Parameter '{self.name}' is already initialized, ignoring. "
                          "Set force_reinit=True to re-initialize.", stacklevel=2)
            return
        self._data = self._grad = None
        if ctx is None:
            ctx = [current_context()]
        if isinstance(ctx, Context):
            ctx = [ctx]
        if init is None:
            init = default_init if self.init is None else self.init
        if not shape_is_known(self.shape):
            if self._allow_deferred_init:
                self._deferred_init = (init, ctx, default_init, None)
                return
            raise ValueError(f"Cannot initialize Parameter '{self.name}' because it has invalid shape: "
                             f"{self.shape}.")
        self._deferred_init = (init, ctx, default_init, None)
        self._finish_deferred_init()

    def reset_ctx(self, ctx):
        """Move the parameter to other context(s)."""
        if ctx is None:
            ctx = [current_context()]
        if isinstance(ctx, Context):
            ctx = [ctx]
        if self._data:
            data = self._reduce()
            with autograd.pause():
                self._init_impl(data, ctx)
        elif self._deferred_init:
            init, _, default_init, data = self._deferred_init
            self._deferred_init = (init, ctx, default_init, data)
        else:
            raise ValueError(f"Cannot reset context for Parameter '{self.name}' because it has not been initialized.")

    def set_data(self, data):
        """Set the value on every context."""
        self.shape = data.shape
        if self._data is None:
            if not self._deferred_init:
                raise AssertError(f"Parameter '{self.name}' has not been initialized")
            self._deferred_init = self._deferred_init[:3] + (data,)
            return
        trainer = self._trainer
        if trainer is not None and trainer._kv_initialized and trainer._update_on_kvstore:
            if self not in trainer._params_to_init:
                trainer._reset_kvstore()
        for arr in self._check_and_get(self._data, list):
            arr[:] = data

    def row_sparse_data(self, row_id):
        """The row_sparse data on ``row_id``'s context, holding (at least) the rows ``row_id`` pulled from the
        Trainer's kvstore."""
        if self._stype != "row_sparse":
            raise RuntimeError(f"Cannot return a copy of Parameter {self.name} via row_sparse_data() because its "
                               f"storage type is {self._stype}. Please use data() instead.")
        return self._get_row_sparse(self._data, row_id.ctx, row_id)

    def list_row_sparse_data(self, row_id):
        """The row_sparse data on every context, each holding the rows ``row_id`` pulled from the Trainer's kvstore."""
        if self._stype != "row_sparse":
            raise RuntimeError(f"Cannot return copies of Parameter '{self.name}' on all contexts via "
                               f"list_row_sparse_data() because its storage type is {self._stype}. Please use data() "
                               "instead.")
        return self._get_row_sparse(self._data, list, row_id)

    def _get_row_sparse(self, arr_list, ctx, row_id):
        """The arrays for ``ctx`` after the Trainer pulled the rows ``row_id`` into them."""
        if not isinstance(row_id, NDArray):
            raise TypeError(f"row_id must have NDArray type, but {class_text(row_id)} is given")
        if not self._trainer:
            raise RuntimeError(f"Cannot get row_sparse data for Parameter '{self.name}' when no Trainer is created "
                               "with it.")
        results = self._check_and_get(arr_list, ctx)
        self._trainer._row_sparse_pull(self, results, row_id)
        return results

    def data(self, ctx=None):
        """The array on ``ctx`` (the only one, or the current context's)."""
        if self._stype != "default":
            raise RuntimeError(f"Cannot return a copy of Parameter '{self.name}' on ctx {ctx} via data() because its "
                               f"storage type is {self._stype}. Please use row_sparse_data() instead.")
        return self._check_and_get(self._data, ctx)

    def list_data(self):
        """The arrays on all contexts, in creation order."""
        if self._stype != "default":
            raise RuntimeError(f"Cannot return copies of Parameter '{self.name}' on all contexts via list_data() "
                               f"because its storage type is {self._stype}. Please use row_sparse_data() instead.")
        return self._check_and_get(self._data, list)

    def grad(self, ctx=None):
        """The gradient buffer on ``ctx`` (a RowSparseNDArray for grad_stype 'row_sparse')."""
        if self._data is not None and self._grad is None:
            raise RuntimeError(f"Cannot get gradient array for Parameter '{self.name}' because grad_req='null'")
        return self._check_and_get(self._grad, ctx)

    def list_grad(self):
        """The gradient buffers on all contexts."""
        if self._data is not None and self._grad is None:
            raise RuntimeError(f"Cannot get gradient array for Parameter '{self.name}' because grad_req='null'")
        return self._check_and_get(self._grad, list)

    def list_ctx(self):
        """The contexts the parameter lives on."""
        if self._data is None:
            if self._deferred_init:
                return self._deferred_init[1]
            raise RuntimeError(f"Parameter '{self.name}' has not been initialized")
        return self._ctx_list

    def zero_grad(self):
        """Set the gradient buffers to 0 (nothing when uninitialised or ``grad_req='null'``)."""
        if self._grad is None:
            return
        if type(self._grad[0]) in _NP_ARRAY_CLASSES:
            refuse_numpy_input("zeros_like")        # MXNet zeroes each buffer with the legacy operator
        for g in self._grad:
            _zero_grads([g], one_op_each=True)

    def var(self):
        """A symbol variable standing for this parameter (used when tracing ``hybrid_forward``)."""
        if self._var is None:
            from .. import symbol
            self._var = symbol.var(self.name, shape=self.shape, dtype=self.dtype, lr_mult=self.lr_mult,
                                   wd_mult=self.wd_mult, init=self.init, stype=self._stype)
            if is_np_array():       # made under NumPy array semantics: an np symbol, kept as such
                self._var = self._var.as_np_ndarray()
        return self._var

    def cast(self, dtype):
        """Convert data and gradient to ``dtype``."""
        self._dtype = dtype
        if self._data is None:
            return
        with autograd.pause():
            self._data = [d.astype(dtype) for d in self._data]
            if self._grad is None:
                return
            self._grad = [g.astype(dtype) for g in self._grad]
            autograd.mark_variables(self._data, self._grad, self.grad_req)


def _zero_grads(grads, one_op_each=False):
    """Set gradient buffers to 0 (a sparse one keeps no rows). Recording refuses the buffers, which are in the
    graph: with ``one_op_each`` (MXNet's zeros_like(g, out=g) each) after zeroing the first, else before any."""
    refusal = None if is_np_array() else recording_refusal(grads)
    if refusal is not None and not one_op_each:
        raise MXNetError(refusal)
    for g in grads:
        if _carried_error(g) is not None:    # MXNet's engine skips the write: the buffer keeps its data and error
            pass
        elif g.stype != "default":
            ndarray.zeros_like(g).copyto(g)
        else:
            g._data[...] = 0
        if refusal is not None:
            raise MXNetError(refusal)


class Constant(Parameter):
    """A parameter that autograd and Trainer leave alone (``set_data`` can still change it).

    Parameters
    ----------
    name : str
        Name of the constant.
    value : array-like
        Its value.
    """

    def __init__(self, name, value):
        if not isinstance(value, NDArray):
            value = _array_fn()(value)
        self.value = value

        class Init(initializer.Initializer):
            def _init_weight(self, _, arr):
                if type(arr) in _NP_ARRAY_CLASSES and type(value) not in _NP_ARRAY_CLASSES:
                    refuse_numpy_input("_copyto", writes=True)      # a legacy copyto, whatever the semantics
                value.copyto(arr)
        init_name = f"Constant_{name}_{id(self)}"
        initializer.alias(init_name)(Init)
        super().__init__(name, grad_req="null", shape=value.shape, dtype=value.dtype, init=init_name)

    def __repr__(self):
        return f"Constant {self.name} (shape={self.shape}, dtype={self.dtype})"

    @property
    def grad_req(self):
        return "null"

    @grad_req.setter
    def grad_req(self, req):
        if req != "null":
            warnings.warn(f'Constant parameter "{self.name}" does not support grad_req other than "null", '
                          f'and new value "{req}" is ignored.')
        self._grad_req = "null"


class ParameterDict:
    """An ordered name -> Parameter dictionary; ``get`` creates parameters named ``prefix + name``.

    Parameters
    ----------
    prefix : str, default ''
        Prepended to the names of parameters created by ``get``.
    shared : ParameterDict or None
        Looked up first by ``get`` (how Blocks share weights).
    """

    def __init__(self, prefix="", shared=None):
        self._prefix = prefix
        self._params = OrderedDict()
        self._shared = shared

    def __repr__(self):
        name = self._prefix + " " if self._prefix else ""
        content = "\n".join(_indent(f"  {v}", 2) for v in self.values())
        return f"{name}(\n{content}\n)"

    def __getitem__(self, key):
        return self._params[key]

    def __iter__(self):
        return iter(self._params)

    # no __len__: len() of an MXNet ParameterDict is a TypeError (and the dict is always truthy)

    def __contains__(self, key):
        return key in self._params

    def items(self):
        return self._params.items()

    def keys(self):
        return self._params.keys()

    def values(self):
        return self._params.values()

    @property
    def prefix(self):
        """Prepended to the names of parameters created by ``get``."""
        return self._prefix

    def _get_impl(self, name):
        if name in self._params:
            return self._params[name]
        if self._shared is not None and name in self._shared._params:
            self._params[name] = self._shared._params[name]
            return self._params[name]
        return None

    def get(self, name, **kwargs):
        """The parameter ``prefix + name``, from this dict, the shared one, or newly made from ``kwargs``."""
        name = self.prefix + name
        param = self._get_impl(name)
        if param is None:
            param = Parameter(name, **kwargs)
            self._params[name] = param
            return param
        for k, v in kwargs.items():
            existing = getattr(param, k, None)
            if existing is None:
                setattr(param, k, v)
            elif k == "shape" and len(v) == len(existing) and not any(
                    a != b and a > 0 and b > 0 for a, b in zip(v, existing)):
                # as MXNet: an unknown (0 or -1) desired size takes the stored one, any other the desired one
                param._shape = tuple(b if a in (0, -1) else a for a, b in zip(v, existing))
            elif k == "dtype" and np.dtype(v) == np.dtype(existing):
                continue
            elif v is not None and v != existing:
                raise AssertError(f"Cannot retrieve Parameter '{name}' because desired attribute does not match "
                                 f"with stored for attribute '{k}': desired '{v}' vs stored '{existing}'.")
        return param

    def get_constant(self, name, value=None):
        """The constant ``prefix + name``, made from ``value`` if it does not exist yet."""
        name = self.prefix + name
        param = self._get_impl(name)
        if param is None:
            if value is None:
                raise KeyError(f"No constant named '{name}'. Please specify value if you want to create a new constant.")
            param = Constant(name, value)
            self._params[name] = param
        elif value is not None:
            if not isinstance(param, Constant):
                raise AssertError(f"Parameter '{name}' already exists but it is not a constant.")
            if isinstance(value, NDArray):
                value = value.asnumpy()
            if param.shape != value.shape or not (param.value.asnumpy() == value).all():
                raise AssertError(f"Constant '{name}' already exists but it's value doesn't match new value")
        return param

    def update(self, other):
        """Copy every parameter of ``other`` into this dict."""
        for k, v in other.items():
            if k in self._params and self._params[k] is not v:
                raise AssertError(f"Cannot update self with other because they have different Parameters with "
                                 f"the same name '{k}'")
        for k, v in other.items():
            self._params[k] = v

    def initialize(self, init=initializer.Uniform(), ctx=None, verbose=False, force_reinit=False):
        """Initialise every parameter (``init`` is the default where a parameter has no ``init``)."""
        if verbose:
            init.set_verbosity(verbose=verbose)
        for v in self.values():
            v.initialize(None, ctx, init, force_reinit=force_reinit)

    def zero_grad(self):
        """Set every gradient buffer to 0 (mx.np gradients too)."""
        dense = []
        for p in self.values():
            for g in p._grad or ():
                if g.stype == "default":
                    dense.append(g)
                else:                                   # MXNet zeroes a sparse one at once
                    _zero_grads([g], one_op_each=True)
        _zero_grads(dense)          # MXNet's one reset_arrays: refused while recording before it writes

    def reset_ctx(self, ctx):
        """Move every parameter to other context(s)."""
        for p in self.values():
            p.reset_ctx(ctx)

    def list_ctx(self):
        """Every context some parameter lives on."""
        s = set()
        for p in self.values():
            s.update(p.list_ctx())
        return list(s)

    def setattr(self, name, value):
        """Set attribute ``name`` (e.g. 'grad_req', 'lr_mult') of every parameter."""
        for p in self.values():
            setattr(p, name, value)

    def save(self, filename, strip_prefix=""):
        """Save the parameters to ``filename`` (MXNet's .params format), names without ``strip_prefix``."""
        arrays = {}
        for param in self.values():
            weight = param._reduce()        # (an uninitialized parameter is refused before its name is checked)
            if not param.name.startswith(strip_prefix):
                raise ValueError(
                    f"Prefix '{strip_prefix}' is to be striped before saving, but Parameter's name '{param.name}' "
                    f"does not start with '{strip_prefix}'. this may be due to your Block shares parameters from "
                    "other Blocks or you forgot to use 'with name_scope()' when creating child blocks. " + _NAMING_HELP)
            arrays[param.name[len(strip_prefix):]] = weight
        ndarray.save(filename, arrays)      # as MXNet's, even under NumPy semantics (mx.np arrays are refused)

    def load(self, filename, ctx=None, allow_missing=False, ignore_extra=False, restore_prefix="",
             cast_dtype=False, dtype_source="current"):
        """Load parameters from ``filename``, prepending ``restore_prefix`` to the stored names."""
        if restore_prefix:
            for name in self.keys():
                if not name.startswith(restore_prefix):
                    raise AssertError(f"restore_prefix is '{restore_prefix}' but Parameters name '{name}' does not "
                                     f"start with '{restore_prefix}'. " + _NAMING_HELP)
        self.load_dict(ndarray.load(filename), ctx, allow_missing, ignore_extra, restore_prefix, filename,
                       cast_dtype, dtype_source)

    def load_dict(self, param_dict, ctx=None, allow_missing=False, ignore_extra=False, restore_prefix="",
                  filename=None, cast_dtype=False, dtype_source="current"):
        """Load parameters from a dict name -> NDArray (``arg:``/``aux:`` name prefixes are dropped)."""
        lprefix = len(restore_prefix)
        if isinstance(param_dict, dict):
            loaded = [(k[4:] if k.startswith(("arg:", "aux:")) else k, v) for k, v in param_dict.items()]
        else:               # (name, array) pairs, taken as they are: MXNet drops arg:/aux: from dict keys only
            loaded = param_dict
        arrays = {restore_prefix + k: v for k, v in loaded}
        source = f"file: {filename}" if filename else "param_dict"
        if not allow_missing:
            for name in self.keys():
                if name not in arrays:
                    raise AssertError(
                        f"Parameter '{name[lprefix:]}' is missing in {source}, which contains parameters: "
                        f"{_brief_print_list(arrays.keys())}. Please make sure source and target networks have "
                        "the same prefix." + _NAMING_HELP)
        for name, value in arrays.items():
            if name not in self._params:
                if not ignore_extra:
                    raise AssertError(
                        f"Parameter '{name[lprefix:]}' loaded from {source} is not present in ParameterDict, "
                        f"choices are: {_brief_print_list(self._params.keys())}. Set ignore_extra to True to "
                        "ignore. Please make sure source and target networks have the same prefix." + _NAMING_HELP)
                continue
            self[name]._load_init(value, ctx, cast_dtype=cast_dtype, dtype_source=dtype_source)


tensor_types = (Symbol, NDArray)


# the names MXNet's module shows, as its own imports
from collections import defaultdict  # noqa: E402,F401
from .. import context, symbol  # noqa: E402,F401
from ..base import mx_real_t  # noqa: E402,F401

from ..base import hiding as _hiding  # noqa: E402

# distnet's own helpers here are no names of MXNet's module
__dir__ = _hiding(globals(), """AssertError NDArray Symbol ValueErr class_text current_context error_like
    recording_refusal refuse_numpy_input""".split(),
                   """_brief_print_list _indent _mx_np""".split())
