"""Block (children and parameters registered by attribute, MXNet's name prefixes) and HybridBlock."""
import os
import re
import threading
import warnings
from collections import OrderedDict, defaultdict
from functools import partial

import numpy as np

from .. import initializer, ndarray
from .. import name as _name
from ..base import MXNetError, class_text, own_methods, message_of
from ..context import current_context
from ..ndarray import array_kinds as _kinds
from ..ndarray.ndarray import NDArray
from ..ndarray.registry import KEEP_CLASS
from ..ndarray.sparse import BaseSparseNDArray
from ..ndarray.storage_report import as_graph_nodes
from ..ndarray.workspace import COPIES_HELD as _COPIES_HELD
from ..util import is_np_array, is_np_shape
from .parameter import AssertError, DeferredInitializationError, Parameter, ParameterDict, ValueErr
from .utils import HookHandle, _brief_print_list, _indent

__all__ = ["Block", "HybridBlock", "SymbolBlock"]


class _BlockScope:
    """The ``name_scope`` of a block: children created inside get the block's prefix."""

    _current = threading.local()

    def __init__(self, block):
        self._block = block
        self._counter = {}
        self._entered_from = None

    @staticmethod
    def create(prefix, params, hint):
        """The prefix and ParameterDict of a new block, given the enclosing scope (if any)."""
        current = getattr(_BlockScope._current, "value", None)
        if current is None:
            if prefix is None:
                prefix = _name.active_manager().get(None, hint) + "_"
            params = ParameterDict(prefix) if params is None else ParameterDict(params.prefix, params)
            return prefix, params
        if prefix is None:
            count = current._counter.get(hint, 0)
            prefix = f"{hint}{count}_"
            current._counter[hint] = count + 1
        if params is None:
            parent = current._block.params
            params = ParameterDict(parent.prefix + prefix, parent._shared)
        else:
            params = ParameterDict(params.prefix, params)
        return current._block.prefix + prefix, params

    def __enter__(self):
        if self._block._empty_prefix:
            return self
        # what to restore is kept per thread: DataLoader threads may trace one block's graph at once
        name_scope = _name.Prefix(self._block.prefix)     # symbols made inside get the prefix too
        enclosing = getattr(_BlockScope._current, "value", None)
        _BlockScope._saved()[id(self)] = (enclosing, name_scope)
        # MXNet's scope keeps the scope it was last entered from: copying or pickling a block reaches the enclosing
        # block through it (and fails at a hybridized one's CachedOp)
        self._entered_from = enclosing
        _BlockScope._current.value = self
        name_scope.__enter__()
        return self

    def __exit__(self, *exc):
        if self._block._empty_prefix:
            return
        # one entry per scope, as MXNet keeps it on the scope: once an inner entry of the same scope has exited,
        # the outer exit finds none (MXNet's AttributeError of None.__exit__)
        old_scope, name_scope = _BlockScope._saved().pop(id(self), (None, None))
        name_scope.__exit__(*exc)
        _BlockScope._current.value = old_scope

    @staticmethod
    def _saved():
        """This thread's {id(scope): (enclosing scope, name prefix)} of the scopes entered and not left."""
        if not hasattr(_BlockScope._current, "saved"):
            _BlockScope._current.saved = {}
        return _BlockScope._current.saved


class Block:
    """The base class of layers and models: children and Parameters assigned as attributes are registered.

    Parameters
    ----------
    prefix : str
        Name prefix of this block's parameters and children (automatic, e.g. ``dense0_``, if None).
    params : ParameterDict or None
        Parameters to share (e.g. ``other.collect_params()``).
    """

    def __init__(self, prefix=None, params=None):
        self._empty_prefix = prefix == ""
        self._prefix, self._params = _BlockScope.create(prefix, params, self._alias())
        self._name = self._prefix[:-1] if self._prefix.endswith("_") else self._prefix
        self._scope = _BlockScope(self)
        self._children = OrderedDict()
        self._reg_params = {}
        self._forward_hooks = OrderedDict()
        self._forward_pre_hooks = OrderedDict()

    def __repr__(self):
        modstr = "\n".join(f"  ({key}): {_indent(repr(block), 2)}"
                           for key, block in self.__dict__.items() if isinstance(block, Block))
        return f"{self.__class__.__name__}(\n{modstr}\n)"

    def __setattr__(self, name, value):
        """Register Blocks and Parameters assigned as attributes."""
        existing = self.__dict__.get(name)
        if isinstance(existing, (Parameter, Block)) and not isinstance(value, type(existing)):
            raise TypeError(f"Changing attribute type for {name} from {class_text(existing)} to {class_text(value)}"
                            "is not allowed.")          # no space before "is": MXNet's exact text
        if isinstance(value, Block):
            self.register_child(value, name)
        elif isinstance(value, Parameter):
            if name in self._reg_params:
                # MXNet's message keeps its unfilled "%s"
                raise AssertError("Overriding Parameter attribute %s is not allowed. If you want to share "
                                  "parameters between blocks, please set 'params' at Block construction instead.")
            self._reg_params[name] = value
        object.__setattr__(self, name, value)

    def _alias(self):
        return self.__class__.__name__.lower()

    @property
    def prefix(self):
        """The prefix of this block's names (``dense0_``)."""
        return self._prefix

    @property
    def name(self):
        """The block's name: its prefix without the trailing '_'."""
        return self._name

    def name_scope(self):
        """A ``with`` block inside which new child blocks get this block's prefix."""
        return self._scope

    @property
    def params(self):
        """This block's own ParameterDict (children's parameters not included)."""
        return self._params

    # ---- the traversal behind every recursive method ------------------------------
    def _check_container_with_block(self):
        children = set(map(id, self._children.values()))

        def hidden(data):
            if isinstance(data, (list, tuple)):
                return any(hidden(d) for d in data)
            if isinstance(data, dict):
                return any(hidden(d) for d in data.values())
            return isinstance(data, Block) and id(data) not in children
        for k, v in self.__dict__.items():
            if isinstance(v, (list, tuple, dict)) and not (k.startswith("__") or k == "_children") and hidden(v):
                warnings.warn(f'"{self.__class__.__name__}.{k}" is an unregistered container with Blocks. Note '
                              "that Blocks inside the list, tuple or dict will not be registered automatically. "
                              "Make sure to register them using register_child() or switching to "
                              "nn.Sequential/nn.HybridSequential instead. ", stacklevel=3)

    def collect_params(self, select=None):
        """A ParameterDict of this block's and its descendants' parameters, optionally those matching regex ``select``."""
        self._check_container_with_block()
        ret = ParameterDict(self._params.prefix)
        if not select:
            ret.update(self.params)
        else:
            pattern = re.compile(select)
            ret.update({name: p for name, p in self.params.items() if pattern.match(name)})
        for child in self._children.values():
            ret.update(child.collect_params(select=select))
        return ret

    def _collect_params_with_prefix(self, prefix=""):
        """Parameters keyed by their attribute path (``0.weight``), the names ``save_parameters`` writes."""
        if prefix:
            prefix += "."
        ret = {prefix + key: p for key, p in self._reg_params.items()}
        for name, child in self._children.items():
            ret.update(child._collect_params_with_prefix(prefix + name))
        return ret

    def apply(self, fn):
        """Call ``fn(block)`` on every descendant, then on this block; return self."""
        for child in self._children.values():
            child.apply(fn)
        fn(self)
        return self

    def register_child(self, block, name=None):
        """Register ``block`` as a child (done automatically for attributes)."""
        if name is None:
            name = str(len(self._children))
        self._children[name] = block

    # ---- parameters ------------------------------------------------------------------
    def initialize(self, init=initializer.Uniform(), ctx=None, verbose=False, force_reinit=False):
        """Initialise the parameters of this block and its children (``collect_params().initialize``).

        Parameters
        ----------
        init : Initializer
            Default initializer for parameters that have none of their own.
        ctx : Context or list of Context
            Where to keep copies of the parameters.
        verbose : bool, default False
            Log each initialisation.
        force_reinit : bool, default False
            Re-initialise parameters that already are.
        """
        self.collect_params().initialize(init, ctx, verbose, force_reinit)

    def save_parameters(self, filename, deduplicate=False):
        """Save the parameters to ``filename`` in MXNet's .params format, keyed by attribute path.

        Parameters
        ----------
        filename : str
            Path of the file.
        deduplicate : bool, default False
            Save a parameter shared by several blocks once.
        """
        params = self._collect_params_with_prefix()
        if deduplicate:
            last = {}                  # MXNet keeps a shared parameter under its last path
            for key, p in params.items():
                last[id(p)] = (key, p)
            params = dict(last.values())
        _save_params_file(filename, {key: p._reduce() for key, p in params.items()})

    def save_params(self, filename):
        """Deprecated: save with full parameter names minus this block's prefix (use save_parameters)."""
        warnings.warn("save_params is deprecated. Please use save_parameters. Note that if you want load from "
                      "SymbolBlock later, please use export instead. For details, see "
                      "https://mxnet.apache.org/tutorials/gluon/save_load_params.html")
        try:
            self.collect_params().save(filename, strip_prefix=self.prefix)
        except ValueError:
            # MXNet 1.9.1 reads ``e.message`` here, which Python 3 exceptions lack
            raise AttributeError("'ValueError' object has no attribute 'message'") from None

    def load_parameters(self, filename, ctx=None, allow_missing=False, ignore_extra=False, cast_dtype=False,
                        dtype_source="current"):
        """Load parameters saved by ``save_parameters`` (or by ``save_params``: names without '.').

        Parameters
        ----------
        filename : str
            Path of the file.
        ctx : Context or list of Context, default cpu()
            Where to put the loaded parameters.
        allow_missing : bool, default False
            Skip parameters of this block the file does not contain.
        ignore_extra : bool, default False
            Skip arrays in the file no parameter of this block matches.
        cast_dtype : bool, default False
            Convert loaded arrays to the parameters' dtypes (or the reverse, with ``dtype_source='saved'``).
        """
        loaded = _load_params_file(filename)
        params = self._collect_params_with_prefix()
        if not loaded and not params:
            return
        if not any("." in k for k in loaded.keys()):    # a file holding a list fails here, as on MXNet
            self.collect_params().load(filename, ctx, allow_missing, ignore_extra, self.prefix,
                                       cast_dtype=cast_dtype, dtype_source=dtype_source)
            return
        if not allow_missing:
            paths = defaultdict(list)          # a shared parameter is saved once under one of its paths
            for key, p in params.items():
                paths[id(p)].append(key)
            for key, p in params.items():
                if not any(k in loaded for k in paths[id(p)]):
                    raise AssertError(f"Parameter '{key}' is missing in file '{filename}', which contains "
                                     f"parameters: {_brief_print_list(loaded.keys())}. Set allow_missing=True "
                                     "to ignore missing parameters.")
        for key, value in loaded.items():
            if key not in params:
                if not ignore_extra:
                    # MXNet lists this block's own parameters here, not its children's
                    own = _brief_print_list(self._params.keys())
                    raise ValueErr(f"Parameter '{key}' loaded from file '{filename}' is not present in "
                                   f"ParameterDict, which contains parameters {own}. Set ignore_extra=True to ignore. ")
                continue
            params[key]._load_init(value, ctx, cast_dtype=cast_dtype, dtype_source=dtype_source)

    def save(self, prefix):
        """Save the block tree (``prefix-model.json``) and parameters (``prefix-model.params``)."""
        from ._model_io import save_model
        save_model(self, prefix)

    def load(self, prefix):
        """Load what ``save`` wrote into a block built the same way (names and parameters are restored)."""
        from ._model_io import load_model
        load_model(self, prefix)

    def load_params(self, filename, ctx=None, allow_missing=False, ignore_extra=False):
        """Deprecated: use load_parameters."""
        warnings.warn("load_params is deprecated. Please use load_parameters.")
        self.load_parameters(filename, ctx, allow_missing, ignore_extra)

    def cast(self, dtype):
        """Convert every parameter of this block and its children to ``dtype``."""
        for child in self._children.values():
            child.cast(dtype)
        for p in self.params.values():
            p.cast(dtype)

    def hybridize(self, active=True, **kwargs):
        """Hybridize the HybridBlock descendants (a plain Block itself always runs imperatively)."""
        for child in self._children.values():
            child.hybridize(active, **kwargs)

    # ---- running -----------------------------------------------------------------------
    def register_forward_pre_hook(self, hook):
        """Call ``hook(block, inputs)`` before each forward; returns a HookHandle."""
        handle = HookHandle()
        handle.attach(self._forward_pre_hooks, hook)
        return handle

    def register_forward_hook(self, hook):
        """Call ``hook(block, inputs, outputs)`` after each forward; returns a HookHandle."""
        handle = HookHandle()
        handle.attach(self._forward_hooks, hook)
        return handle

    def register_op_hook(self, callback, monitor_all=False):
        """Install an operator monitor on the hybridized descendants."""
        for child in self._children.values():
            child.register_op_hook(callback, monitor_all)

    def __call__(self, *args):
        """Run ``forward`` (with the forward hooks)."""
        for hook in self._forward_pre_hooks.values():
            hook(self, args)
        out = self.forward(*args)
        for hook in self._forward_hooks.values():
            hook(self, args, out)
        if is_np_array():
            _check_np_outputs(out)
        return out

    def forward(self, *args):
        """The computation; subclasses override it."""
        raise NotImplementedError

    def summary(self, *inputs):
        """Print each layer's output shape and parameter count for a forward pass on ``inputs``."""
        _print_summary(self, inputs)


def _cached_op_args(graph_inputs, data_vars, params):
    """Each graph input in order: (True, its data argument's index) or (False, its Parameter), as MXNet lists them."""
    data_index = {v.name: i for i, v in enumerate(data_vars)}
    return [(True, data_index[name]) if name in data_index else (False, params[name]) for name in graph_inputs]


class HybridBlock(Block):
    """A Block whose ``hybrid_forward(F, x, *args, **params)`` runs with ``F = mx.nd`` or ``F = mx.sym``.

    ``hybridize()`` makes later calls replay a graph traced from ``hybrid_forward`` instead of
    running it op by op.
    """

    # whether MXNet's version of this (distnet) layer has a NumPy-mode path; without one it runs legacy
    # operators, which refuse mx.np arrays even under npx.set_np()
    _numpy_mode_path = True
    # whether the cached graph's outputs are mx.np arrays under NumPy semantics (a SymbolBlock's: its symbols')
    _np_graph = True
    _runs_user_code = False         # a distnet layer whose hybrid_forward is the user's function (HybridLambda)
    # whether tracing under npx.set_np() runs on a user's legacy symbols, letting its own operators refuse them
    # (a loss: its symbol path differs from its NDArray one)
    _traces_legacy_symbols = False

    def __init__(self, prefix=None, params=None):
        super().__init__(prefix=prefix, params=params)
        self._cached_graph = ()
        self._cached_op = None
        self._cached_op_args = []
        self._out_format = None
        self._in_format = None
        self._active = False
        self._flags = []
        self._callback = None
        self._monitor_all = False
        self._backend = None
        self._backend_opts = {}

    def __setattr__(self, name, value):
        super().__setattr__(name, value)
        if isinstance(value, HybridBlock):
            self._clear_cached_op()

    def register_child(self, block, name=None):
        if not isinstance(block, HybridBlock):
            raise ValueError(f"Children of HybridBlock must also be HybridBlock, but {block} has type "
                             f"{class_text(block)}. If you are using Sequential, please try HybridSequential instead.")
        super().register_child(block, name)
        self._clear_cached_op()

    def _clear_cached_op(self):
        self._cached_graph = ()
        self._cached_op = None
        self._cached_op_args = []

    def hybridize(self, active=True, backend=None, clear=True, static_alloc=False, static_shape=False,
                  inline_limit=2, forward_bulk_size=None, backward_bulk_size=None, **kwargs):
        """Switch graph replay on (or off) for this block and its HybridBlock descendants.

        Parameters
        ----------
        active : bool, default True
            Whether to replay a traced graph.
        clear : bool, default True
            Forget a graph traced earlier.
        static_alloc, static_shape : bool, default False
            MXNet's memory-planning flags; kept for compatibility.
        """
        if kwargs:
            self._backend_opts = kwargs
        self._backend = backend
        self._active = active
        self._flags = [("static_alloc", static_alloc), ("static_shape", static_shape), ("inline_limit", inline_limit)]
        if forward_bulk_size is not None:
            self._flags.append(("forward_bulk_size", forward_bulk_size))
        if backward_bulk_size is not None:
            self._flags.append(("backward_bulk_size", backward_bulk_size))
        if clear:
            self._clear_cached_op()
        if active and self._forward_hooks or self._forward_pre_hooks:      # (MXNet's precedence: pre-hooks always warn)
            warnings.warn(f'"{self}" is being hybridized while still having forward hook/pre-hook. If "{self}" '
                          "is a child of HybridBlock, the hooks will not take effect.")
        super().hybridize(active, static_alloc=static_alloc, static_shape=static_shape, inline_limit=inline_limit,
                          forward_bulk_size=forward_bulk_size, backward_bulk_size=backward_bulk_size)

    def cast(self, dtype):
        self._clear_cached_op()
        super().cast(dtype)

    # ---- forward -----------------------------------------------------------------------
    def forward(self, x, *args):
        """Run ``hybrid_forward`` on NDArrays (or replay the hybridized graph), or build it on Symbols."""
        if isinstance(x, NDArray):
            if not args:
                return self._call_cached_op(x) if self._active else self._forward_imperative(x)
            if not self._active and all(type(a) is NDArray for a in args):     # e.g. a loss and its label
                return self._forward_imperative(x, *args)
        has_symbol, has_ndarray = _input_kinds([x, args])
        if has_symbol and has_ndarray:
            raise ValueError("In HybridBlock, we do not support mixed NDArrays and Symbols types for the input. "
                             "Please check the type of the args.\n")
        if has_ndarray:
            if self._active:
                _refuse_contexts([x, args], "Find")
                return self._call_cached_op(x, *args)
            return self._forward_imperative(x, *args)
        if not has_symbol:
            raise ValueError("In HybridBlock, there must be one NDArray or one Symbol in the input. "
                             "Please check the type of the args.\n")
        if is_np_array() and _own_layer(self) and _legacy_symbol_in(x, args) and not self._traces_legacy_symbols:
            # MXNet's layer meets legacy symbols as it meets legacy NDArrays: its npx operator refuses them
            _, refusal = self._input_kinds(*_legacy_stand_ins(x, args))
            if refusal and (self._reg_params or not self._children):
                raise TypeError(refusal)
        from .. import symbol
        self._refuse_legacy_variables()
        params = {k: _traced(p.var()) for k, p in self._reg_params.items()}
        run = self.hybrid_forward
        if _own_layer(self) and _np_symbol_in(x, args):
            # traced as computed: a layer MXNet builds from legacy operators refuses np symbols, as its arrays
            run = partial(_kinds.run_layer, not is_np_array() or not self._numpy_mode_path, self.hybrid_forward)
        elif _refuses_np_variables(self, params):
            run = partial(_kinds.run_layer, True, self.hybrid_forward)
        with self.name_scope():
            return run(symbol, x, *args, **params)

    def _forward_imperative(self, x, *args):
        """``hybrid_forward`` with F = mx.nd, finishing deferred initialisation on the first call."""
        ctx = _first_context(x, args)
        own_layer = _own_layer(self)
        legacy_only = refusal = None
        if own_layer and (args or type(x) is not NDArray or is_np_array()):     # else: one legacy input, no check
            legacy_only, refusal = self._input_kinds(x, args, traced=False)
        try:
            params = {k: p.data(ctx) for k, p in self._reg_params.items()}
        except DeferredInitializationError:
            if legacy_only or refusal:
                raise ValueError("Deferred initialization failed because shape cannot be inferred. "
                                 + (refusal or self._numpy_refusal(x, args))) from None
            self._deferred_infer_shape(x, *args)
            for p in self.params.values():
                p._finish_deferred_init()
            params = {k: p.data(ctx) for k, p in self._reg_params.items()}
        if refusal and (self._reg_params or not self._children):
            raise TypeError(refusal)        # a container passes the inputs on: its first layer refuses them
        if own_layer and params:
            self._refuse_other_kind_params(x, args, params, legacy_only)
        run = self.hybrid_forward
        if legacy_only is not None:
            run = partial(_kinds.run_layer, legacy_only, self.hybrid_forward)
        if ctx is current_context():
            out = run(ndarray, x, *args, **params)
        else:
            with ctx:
                out = run(ndarray, x, *args, **params)
        # distnet's layers run legacy operators where MXNet's run npx ones: their outputs become mx.np arrays;
        # a user's hybrid_forward returning legacy NDArrays is refused by Block.__call__, as in MXNet (and so is a
        # layer MXNet computes with legacy operators, given legacy NDArrays)
        return _np_outputs(out) if own_layer and not (legacy_only and is_np_array()) else out

    def _refuse_other_kind_params(self, x, args, params, legacy_only):
        """Parameters initialised with the other array semantics keep their kind: under npx.set_np() MXNet's npx
        operators refuse legacy ones, outside it its legacy operators refuse mx.np ones."""
        if legacy_only is False and any(type(v) is NDArray for v in params.values()):
            refusal = self._first_npx_refusal((x,) + args, params)
        elif legacy_only is None and not is_np_array() and \
                _kinds.numpy_array_in(params.values(), KEEP_CLASS) is not None:
            refusal = self._numpy_refusal(x, args)
        else:
            return
        if refusal:
            raise TypeError(refusal)

    def _input_kinds(self, x, args, traced=True):
        """(legacy_only, refusal) for this distnet layer's inputs. legacy_only: None without mx.np inputs, else
        whether MXNet computes the layer with legacy operators (which refuse them): always outside npx.set_np(),
        and under it for a layer without a NumPy-mode path. refusal: MXNet's complaint, if any, about legacy
        NDArrays under npx.set_np() (its npx operators, or its check of the outputs, refuse them)."""
        if is_np_array() and _legacy_array_in(x, args):
            if not (self._numpy_mode_path or self._reg_params or self._children):
                return True, None       # MXNet computes it with legacy operators; Block.__call__ refuses the outputs
            refusal = self._legacy_refusal(x, args, traced)
            return (True, None) if refusal is None else (None, refusal)     # none: it runs, its outputs are refused
        if _kinds.numpy_array_in((x,) + args, KEEP_CLASS) is None:
            return None, None
        return not is_np_array() or not self._numpy_mode_path, None

    def _mixed_trace_refusal(self, args):
        """The TypeError MXNet's trace of ``hybrid_forward`` meets when its inputs mix array kinds: each
        input becomes a symbol of its own kind (legacy NDArrays legacy symbols), so the first operator given the
        other kind refuses it in its symbol front end's words. None if the trace goes through."""
        error = self._mixed_trace_error(args)
        return message_of(error) if isinstance(error, TypeError) else None

    def _mixed_trace_error(self, args):
        """The TypeError (or AttributeError: a symbol read as an array) of MXNet's trace of ``hybrid_forward`` on
        inputs of mixed array kinds (see _mixed_trace_refusal), or None."""
        from .. import name as _name, symbol
        flat, fmt = _flatten(args, "input")
        names = iter(["data"] if len(flat) == 1 else [f"data{i}" for i in range(len(flat))])
        grouped = [None if a is None else symbol.var(next(names)) if type(a) is NDArray else
                   symbol.var(next(names)).as_np_ndarray() for a in flat]
        params = {k: _traced(p.var()) for k, p in self._reg_params.items()}
        try:
            with _name.NameManager(), self.name_scope():     # (a trial: the names it makes are not kept)
                self.hybrid_forward(symbol, *_regroup(grouped, fmt), **params)
        except (TypeError, AttributeError) as e:
            return e
        except (MXNetError, ValueError, IndexError, KeyError, AssertionError, NotImplementedError):
            return None         # (other failures are left to the checks that follow)
        return None

    def _legacy_refusal(self, x, args, traced=True):
        """MXNet's complaint when this layer gets legacy NDArrays under npx.set_np(): the refusal of the first npx
        operator its forward runs, found by running ``hybrid_forward`` with mx.np parameters (a layer calling npx
        operators refuses the inputs), else on the inputs made mx.np arrays (its legacy operators name themselves).
        A container passes its inputs on: its refusal is its first layer's. ``traced``: MXNet traces the graph
        (a hybridized block, symbol inputs), reading no parameter."""
        generic = (f"{type(self).__name__} under npx.set_np() computes with mx.np / npx operators and returns mx.np "
                   "arrays, but got a legacy NDArray; convert it with as_np_ndarray()")
        for p in () if traced else self._reg_params.values():
            if p._data is None and not p._deferred_init:
                p.data()            # MXNet's forward reads its parameters first: an uninitialised one fails there
        first = next(iter(self._children.values()), None)
        if first is not None and not self._reg_params:      # (a layer with parameters runs its own operator first)
            return first._legacy_refusal(x, args, traced or first._active) if isinstance(first, HybridBlock) \
                else generic
        params = {k: p.data() if p._data is not None else ndarray.zeros((1,), dtype=p.dtype)
                  for k, p in self._reg_params.items()}
        # legacy operators see initialised parameters as they are; new ones are made mx.np under npx.set_np()
        np_params = {k: v.as_np_ndarray() if type(v) is NDArray and (self._numpy_mode_path or
                                                                     self._reg_params[k]._data is None) else v
                     for k, v in params.items()}
        np_inputs = [a.as_np_ndarray() if type(a) is NDArray else a for a in (x,) + tuple(args)]
        refusal = (self._first_npx_refusal((x,) + tuple(args), np_params, legacy_too=True)
                   or self._first_npx_refusal(np_inputs, params))
        return refusal or (generic if self._reg_params and self._numpy_mode_path else None)

    def _first_npx_refusal(self, inputs, params, legacy_too=False):
        """The refusal of the npx operator MXNet would run where ``hybrid_forward`` first meets an array of the
        wrong kind, if it does; ``legacy_too``: else that of the legacy operator MXNet runs there (with mx.np
        parameters)."""
        from ..numpy.multiarray import legacy_refusal
        from ..numpy_extension._table import npx_operator
        try:
            _kinds.run_layer(True, self.hybrid_forward, ndarray, *inputs, **params)
        except _kinds.NumpyInputRefused as e:
            name = npx_operator(e.opname) if self._numpy_mode_path else None    # (else MXNet's is this one)
            if name is None:
                return message_of(e) if legacy_too else None
            return str(legacy_refusal(name))
        except TypeError as e:
            return message_of(e) if _is_npx_call_refusal(e) else None
        except (ValueError, MXNetError):
            return None
        return None

    def _refuse_legacy_variables(self):
        """Under npx.set_np(), MXNet's npx operator refuses a parameter variable an earlier trace made outside it
        (a variable keeps its kind)."""
        if not (is_np_array() and self._numpy_mode_path and _own_layer(self)):
            return
        if all(p._var is None or _np_symbol_in(None, (p._var,)) for p in self._reg_params.values()):
            return
        from ..numpy.multiarray import zeros as np_zeros
        stand_ins = {k: ndarray.zeros((1,), dtype=p.dtype) for k, p in self._reg_params.items()}
        refusal = self._first_npx_refusal((np_zeros((1,)),), stand_ins)
        if refusal:
            raise TypeError(refusal)

    def _numpy_refusal(self, x, args):
        """MXNet's complaint when this layer's legacy operators meet mx.np arrays (see _first_numpy_refusal)."""
        return self._first_numpy_refusal(x, args) or (
            f"{type(self).__name__} computes with legacy mx.nd operators here, which take legacy NDArrays only, "
            "but got an mx.np.ndarray; convert it with as_nd_ndarray() (or use npx.set_np())")

    def _first_numpy_refusal(self, x, args):
        """The refusal of this layer's first legacy operator meeting mx.np arrays, found by running
        ``hybrid_forward`` on stand-ins for its parameters, or None (a layer running no operator on them)."""
        stand_ins = {k: p.data() if p._data is not None else ndarray.zeros((1,), dtype=p.dtype)
                     for k, p in self._reg_params.items()}
        try:
            with _COPIES_HELD.unchanged():
                _kinds.run_layer(True, self.hybrid_forward, ndarray, x, *args, **stand_ins)
        except TypeError as e:
            return message_of(e)
        except MXNetError:
            pass
        return None

    def _get_graph(self, *args):
        """Trace ``hybrid_forward`` on symbol inputs once: (input variables, output symbol)."""
        if not self._cached_graph:
            from .. import symbol
            flat, self._in_format = _flatten(args, "input")
            real = [a for a in flat if a is not None]
            if not real:
                raise ValueError(f"All args are None and we do not support such a case. Received args={args}")
            names = iter(["data"] if len(real) == 1 else [f"data{i}" for i in range(len(real))])
            grouped = [None if a is None else _input_variable(next(names), a) for a in flat]
            inputs = [g for g in grouped if g is not None]
            self._refuse_legacy_variables()
            params = {k: _traced(p.var()) for k, p in self._reg_params.items()}
            run = self.hybrid_forward
            if _refuses_np_variables(self, params):
                run = partial(_kinds.run_layer, True, self.hybrid_forward)
            with self.name_scope():
                out = run(symbol, *_regroup(grouped, self._in_format), **params)
            outs, self._out_format = _flatten(out, "output")
            _refuse_mixed_symbols(outs)
            # MXNet's CachedOp makes mx.np arrays of mx.np symbols only: a legacy graph's outputs stay NDArrays
            self._np_graph = bool(outs) and isinstance(outs[0], symbol.numpy._Symbol)
            group = symbol.Group(outs)          # MXNet groups even one output: its check refuses a None
            self._cached_graph = inputs, (group if len(outs) > 1 else outs[0])
        return self._cached_graph

    def _build_cache(self, *args):
        from ..symbol.cached_op import CachedOp, read_flags
        inputs, out = self._get_graph(*args)
        params = dict(self.collect_params().items())    # (the names a loaded model's parameters are filed under)
        used = set(out.list_inputs())
        data_names = {v.name for v in inputs}
        unknown = next((name for name in out.list_inputs() if name not in params and name not in data_names), None)
        if unknown is not None:
            raise AssertionError(f"Unknown input to HybridBlock: {unknown}")
        unused = [f"{i}-th" for i, v in enumerate(inputs) if v.name not in used]
        if unused:
            warnings.warn(f"The {', '.join(unused)} input to HybridBlock is not used by any computation. "
                          "Is this intended?", stacklevel=4)
        unused = [name for name in params if name not in used]
        if unused:
            warnings.warn(f"Parameter {', '.join(unused)} is not used by any computation. Is this intended?",
                          stacklevel=4)
        self._finish_deferred_init_in_graph_order(out.list_inputs(), params, args)
        if self._backend:                   # the partitioned graph replaces the traced one, as in MXNet
            out = out.optimize_for(self._backend, **self._backend_opts)
            self._cached_graph = inputs, out
        self._cached_op_args = _cached_op_args(out.list_inputs(), inputs, params)
        flags = read_flags(self._flags)     # read by MXNet's CachedOp: a bad value fails after the parameters' init
        self._cached_op = CachedOp(out, [i.name for i in inputs], params, flags.get("inline_limit", 2),
                                   flags.get("static_alloc", False), flags.get("static_shape", False))

    def _call_cached_op(self, *args):
        """Replay the traced graph: one registry call per node, no Python block dispatch."""
        if is_np_array():
            legacy_trace = False
            if _legacy_array_in(args[0], args[1:]):
                if not self._cached_graph:          # tracing with them would reach npx operators, which refuse them
                    own = _own_layer(self) and not self._runs_user_code
                    refusal = None if own else self._mixed_trace_refusal(args)
                    refusal = refusal or self._legacy_refusal(args[0], args[1:])
                    if refusal is not None:
                        raise TypeError(refusal)
                    # legacy operators only (or none): MXNet traces and keeps a legacy graph, whose legacy outputs
                    # __call__ refuses
                    legacy_trace = True
                else:                               # MXNet's existing graph takes them as they are
                    args = tuple(a.as_np_ndarray() if type(a) is NDArray else a for a in args)
            if not legacy_trace and not self._cached_graph and not self._numpy_mode_path and _own_layer(self):
                # as MXNet's, the trace on mx.np symbols stops at the first legacy operator (steps before it pass)
                _kinds.run_layer(True, self._get_graph, *args)
                self._cached_graph = ()
                raise TypeError(self._numpy_refusal(args[0], args[1:]))
        elif (len(args) > 1 or type(args[0]) is not NDArray) and _kinds.numpy_array_in(args, KEEP_CLASS) is not None:
            # mx.np arrays outside npx.set_np(): a distnet layer's trace on symbols of its inputs' kinds meets a
            # legacy operator refusing them
            if not self._cached_graph and _own_layer(self):
                error = self._mixed_trace_error(args)
                refusal = None if error else self._first_numpy_refusal(args[0], args[1:])
                if error or refusal:
                    raise error or TypeError(refusal)
            # (a layer running no legacy operator on them, or a user's hybrid_forward, is traced on an mx.np
            # variable for each mx.np input; an existing graph takes them as they are, and its outputs keep the
            # graph's kind)
        if self._cached_op is None:
            self._build_cache(*args)
        if len(args) == 1 and type(args[0]) is NDArray and self._in_format == _ONE_ARRAY:
            flat, ctx = args, args[0]._ctx
        else:
            flat, fmt = _flatten(args, "input")
            if fmt != self._in_format and not _compatible_formats(fmt, self._in_format):
                # MXNet's message names the two formats the other way round
                raise ValueError("The argument structure of HybridBlock does not match the cached version. "
                                 f"Stored format = {fmt}, input format = {self._in_format}")
            flat = [a for a in flat if a is not None]
            if any(isinstance(a, BaseSparseNDArray) for a in flat):
                with as_graph_nodes():      # MXNet's graph runs its ops' sparse kernels on them
                    return self._forward_imperative(*args)
            ctx = _first_context(args[0], args[1:])
        hook = _NO_HOOK
        if self._callback is not None:
            hook = {"op_hook": self._callback, "monitor_all": self._monitor_all}
            if len(self._flags) >= 2:        # MXNet tests the (name, value) pairs, so any hybridize() warns
                warnings.warn("register_op_hook is experimental when static_alloc=True / static_shape=True "
                              " and may not work correctly")
        try:
            outs = self._cached_op(ctx, *flat, **hook)
        except DeferredInitializationError:
            self._deferred_infer_shape(*args)
            for p in self.collect_params().values():
                p._finish_deferred_init()
            outs = self._cached_op(ctx, *flat, **hook)
        outs = _regroup(outs, self._out_format)
        if self._np_graph:      # MXNet's CachedOp of an np graph makes mx.np arrays, whichever semantics are on
            from ..numpy.multiarray import as_np
            as_np(outs)
        return outs

    def _finish_deferred_init_in_graph_order(self, names, params, args):
        """Initialise the graph's deferred parameters now, in the graph's input order, as MXNet does when it
        builds the cache: that order decides which random numbers each one draws."""
        ordered = [params[name] for name in names if name in params]
        try:
            for param in ordered:
                param.data()        # as MXNet, which reads them in order: an uninitialised one fails here
        except DeferredInitializationError:
            self._deferred_infer_shape(*args)
            for param in ordered:
                param._finish_deferred_init()

    def _deferred_infer_shape(self, *args):
        try:
            self.infer_shape(*args)
            if type(self).infer_shape is not HybridBlock.infer_shape:
                # a distnet layer infers its own parameters; children a subclass gives it take theirs from the graph
                own = {id(p) for p in self._reg_params.values()}
                if any(id(p) not in own for p in self.collect_params().values()):
                    self._infer_param_shapes(args, skip=own)
        except Exception as e:
            # MXNet shows the error as it prints itself (a check's error with its source line, an inner check's
            # log line kept); one printed as its bare message is a core error (MXNetError: ...) unless it is a
            # graph's failed composition, which leads with its log line
            text, shown = message_of(e), str(e)
            if shown == text and type(e) is MXNetError and not text.startswith(("[", "Symbol.")):
                shown = f"MXNetError: {text}"
            # (raised while handling it, as MXNet: the traceback shows it as context, not as cause)
            raise ValueError(f"Deferred initialization failed because shape cannot be inferred. {shown}")

    def infer_shape(self, *args):
        """Fill in the unknown (0) dimensions of the parameters from the input shapes, through the traced graph."""
        self._infer_param_shapes(args)

    def _infer_param_shapes(self, args, skip=()):
        """``infer_shape`` for the parameters whose ids are not in ``skip``."""
        inputs, out = self._get_graph(*args)
        flat = [a for a in _flatten(args, "input")[0] if a is not None]
        shapes = {i.name: a.shape for i, a in zip(inputs, flat)}
        types = {i.name: a.dtype for i, a in zip(inputs, flat)}
        with warnings.catch_warnings(record=True):      # (as MXNet's: Python shows 'once' warnings again after)
            infer_with_unknown_sizes(out, shapes, types)
            arg_shapes, out_shapes, aux_shapes = out._infer_shape_typed(shapes, types, partial=True)
            # a 0 an operator computed (an empty deconvolution's output) is decided: the parameter refuses it later
            _refuse_undecided(out.list_arguments(), arg_shapes, aux_shapes, out_shapes,
                              complete=lambda: out._infer_shape_typed(shapes, types)[0] is not None)
        shapes = dict(zip(out.list_arguments() + out.list_auxiliary_states(), arg_shapes + aux_shapes))
        for p in self.collect_params().values():
            if p.name not in shapes:        # MXNet looks every parameter up in the graph's shapes
                raise KeyError(p.name)
            if shapes[p.name] and id(p) not in skip:
                p.shape = shapes[p.name]

    def infer_type(self, *args):
        """Check the inputs' dtypes against the parameters' through the traced graph (MXNet: a mismatch fails)."""
        inputs, out = self._get_graph(*args)
        flat = [a for a in _flatten(args, "input")[0] if a is not None]
        with warnings.catch_warnings(record=True):      # (as MXNet's: Python shows 'once' warnings again after)
            arg_types, _, aux_types = out.infer_type(**{i.name: a.dtype for i, a in zip(inputs, flat)})
        types = dict(zip(out.list_arguments() + out.list_auxiliary_states(), arg_types + aux_types))
        for p in self.collect_params().values():
            if p.name not in types:         # MXNet looks every parameter up in the graph's types
                raise KeyError(p.name)
            inferred = types[p.name]
            if inferred is not None and np.dtype(inferred) != np.dtype(p.dtype):
                raise MXNetError(f"{self.name}: incompatible dtype for Parameter '{p.name}': the inputs "
                                 f"{[str(a.dtype) for a in flat]} need {np.dtype(inferred).name}, "
                                 f"but it is {np.dtype(p.dtype).name}")
            if inferred is not None:
                p.dtype = np.dtype(inferred).type      # as MXNet, which stores the inferred numpy type

    def export(self, path, epoch=0, remove_amp_cast=True):
        """Write ``path-symbol.json`` and ``path-%04d.params`` (hybridize and run forward once first)."""
        if not self._cached_graph:
            raise RuntimeError("Please first call block.hybridize() and then run forward with this block at "
                               "least once before calling export.")
        out = self._cached_graph[1]
        out.save("%s-symbol.json" % path, remove_amp_cast=remove_amp_cast)
        # the parameters the cached graph reads, as MXNet's export (no collect_params: no container check); none
        # before the graph ran (a refused first call, infer_shape alone): MXNet then writes an empty file
        sources = () if self._cached_op is None else self._cached_op.sources      # in the graph's input order
        args, auxes = set(out.list_arguments()), set(out.list_auxiliary_states())
        arrays = {}
        for p in sources:
            if type(p) is int:
                continue
            if p.name in args or p.name in auxes:
                arrays[("arg:" if p.name in args else "aux:") + p.name] = p._reduce()
            else:       # a loaded model's graph reads its parameters under the names they were saved with
                warnings.warn(f'Parameter "{p.name}" is not found in the graph. ', stacklevel=3)
        _save_params_file("%s-%04d.params" % (path, epoch), arrays)      # (MXNet formats with %)

    def optimize_for(self, x, *args, backend=None, clear=False, static_alloc=False, static_shape=False,
                     inline_limit=2, forward_bulk_size=None, backward_bulk_size=None, **kwargs):
        """Hybridize for ``backend`` and build the graph now: 'MKLDNN' fuses it (see Symbol.optimize_for);
        a backend distnet does not know leaves it as traced, as MXNet does."""
        if kwargs:
            self._backend_opts = kwargs
        if not backend:
            raise ValueError('Must specify "backend" to optimize_for')
        self.hybridize(True, backend, clear, static_alloc, static_shape, inline_limit, forward_bulk_size,
                       backward_bulk_size)
        has_symbol, has_ndarray = _input_kinds([x, args])
        if not has_symbol and not has_ndarray:
            raise ValueError("In HybridBlock, there must be one NDArray or one Symbol in the input. "
                             "Please check the type of the args.\n")
        _refuse_contexts([x, args], "Found")
        self._build_cache(x, *args)

    def register_op_hook(self, callback, monitor_all=False):
        """Install an operator monitor on this block and its children."""
        self._callback = callback
        self._monitor_all = monitor_all
        for child in self._children.values():
            child._callback = callback
            child._monitor_all = monitor_all

    def hybrid_forward(self, F, x, *args, **kwargs):
        """The computation with ``F`` = mx.nd or mx.sym; subclasses override it."""
        raise NotImplementedError


def _refuse_undecided(arg_names, arg_shapes, aux_shapes, out_shapes, complete):
    """MXNet's Gluon infers a graph's shapes completely or fails with a ValueError naming the arguments left
    unknown (unknown dimensions shown as -1 under NumPy shape semantics); an output left unknown (a while_loop's
    or a cond's) fails it too, naming none. ``complete``: whether the graph's full inference succeeds, asked
    outside NumPy shape semantics where a shape holds a 0 (maybe a computed size)."""
    np_shape = is_np_shape()

    def decided(shape):
        return bool(shape) and 0 not in shape and -1 not in shape or np_shape and shape == ()

    def output_known(shape):
        return shape is not None and -1 not in shape if np_shape else decided(shape)

    def shown(shape):
        if shape is None:
            return None if np_shape else ()
        return tuple(-1 if d == 0 else d for d in shape) if np_shape else tuple(shape)
    outputs_known = all(output_known(s) for s in out_shapes)
    if outputs_known and all(decided(s) for s in arg_shapes + aux_shapes) or not np_shape and complete():
        return
    from ..symbol.infer import undecided_shapes_text
    raise ValueError(undecided_shapes_text([(n, shown(s)) for n, s in zip(arg_names, arg_shapes) if not decided(s)]))


def infer_with_unknown_sizes(out, shapes, types):
    """Shape inference of inputs with a 0 or no dimension (unknown sizes outside NumPy shape semantics): MXNet's
    either fails in an operator's check or stays incomplete; it then raises the warning it recorded, and when
    the warning filters let none through, its ``w[0]`` fails with IndexError."""
    if is_np_shape() or all(shape and 0 not in shape for shape in shapes.values()):
        return
    with warnings.catch_warnings(record=True) as caught:
        if out._infer_shape_typed(shapes, types)[0] is not None:
            return
    if not caught:
        raise IndexError("list index out of range")
    raise ValueError(caught[0].message)


_ONE_ARRAY = [0]       # the input format of a block called with one array
_NO_HOOK = {}


def _is_npx_call_refusal(error):
    """Whether TypeError ``error`` is an npx operator's refusal of a legacy NDArray, or Python's of the arguments
    of a call (an npx function given too many by position), which comes before it."""
    text = message_of(error)
    return "This is a numpy operator" in text or "got multiple values for argument" in text


def _own_layer(block):
    """Whether the block's hybrid_forward is one of distnet's layers (a class made under exec() has no module)."""
    return (type(block).hybrid_forward.__module__ or "").startswith("distnet.")


def _save_params_file(filename, arrays):
    """Write a .params file: with npx.save under NumPy semantics (as MXNet), else with nd.save."""
    if is_np_array():
        from ..numpy_extension import save
        save(filename, arrays)
    else:
        ndarray.save(filename, arrays)


def _np_symbol_in(x, args):
    """Whether a (top-level) input is an ``mx.sym.np`` symbol."""
    from ..symbol.numpy._symbol import _Symbol
    return _kinds.numpy_array_in((x,) + args, (_Symbol,)) is not None


def _legacy_symbol_in(x, args):
    """Whether a (top-level) input is a legacy ``mx.sym`` symbol."""
    from ..symbol import Symbol
    from ..symbol.numpy._symbol import _Symbol
    return any(isinstance(a, Symbol) and not isinstance(a, _Symbol) for a in (x,) + tuple(args))


def _refuses_np_variables(block, params):
    """Whether a distnet layer traced outside npx.set_np() reads a parameter variable made under it (by an earlier
    trace: a variable keeps its kind), which MXNet's legacy operator refuses."""
    return not is_np_array() and _own_layer(block) and _np_symbol_in(None, tuple(params.values()))


def _legacy_stand_ins(x, args):
    """(x, args) with each legacy symbol replaced by a legacy NDArray (to find a layer's refusal of them)."""
    from ..symbol import Symbol
    x, *args = [ndarray.zeros((1, 1, 1, 1)) if isinstance(a, Symbol) else a for a in (x,) + tuple(args)]
    return x, tuple(args)


def _legacy_array_in(x, args):
    """Whether a (top-level) input is a legacy NDArray."""
    return type(x) is NDArray or any(type(a) is NDArray for a in args)


def _check_np_outputs(out):
    """Under NumPy array semantics a Block's output arrays must be mx.np arrays (MXNet's TypeError)."""
    from ..numpy.multiarray import ndarray as np_ndarray
    from ..symbol import Symbol
    from ..symbol.numpy._symbol import _Symbol
    if isinstance(out, NDArray) and not isinstance(out, np_ndarray) or isinstance(out, Symbol) and \
            not isinstance(out, _Symbol):
        raise TypeError("Block's output ndarrays/symbols must be of type `mxnet.numpy.ndarray` or "
                        f"`mxnet.symbol.numpy._Symbol`, while got output type {class_text(out)}")
    if isinstance(out, (list, tuple)):
        for item in out:
            _check_np_outputs(item)


def _load_params_file(filename):
    """The arrays of a .params file: mx.np arrays under NumPy semantics (as MXNet's npx.load), else NDArrays."""
    if is_np_array():
        from ..numpy_extension import load
        try:
            return load(filename)
        except MXNetError as e:     # MXNet's load_parameters re-raises what npx.load could not read as ValueError
            if "is_np_shape" not in message_of(e):
                raise ValueError(message_of(e)) from None
        # a file saved without NumPy shape semantics: MXNet reads it with them off, as mx.np arrays
        from ..util import np_array, np_shape
        with np_array(False), np_shape(False):
            loaded = ndarray.load(filename)
        if not isinstance(loaded, dict):
            raise AssertionError(f"expecting a dict type, got {class_text(loaded)}")
        return {k: v.as_np_ndarray() for k, v in loaded.items()}
    return ndarray.load(filename)


def _refuse_mixed_symbols(outs):
    """MXNet cannot group classic and NumPy symbols into one graph's outputs (its check reads the first one)."""
    if not outs:
        raise IndexError("list index out of range")
    from ..symbol.numpy import _Symbol
    kinds = {isinstance(o, _Symbol) for o in outs}
    if len(kinds) > 1:
        raise TypeError(
            "Found both classic symbol (mx.sym.Symbol) and numpy symbol (mx.sym.np._Symbol) in outputs. This will "
            "prevent you from building a computation graph by grouping them since different types of symbols are "
            "not allowed to be grouped in Gluon to form a computation graph. You will need to convert them to the "
            "same type of symbols, either classic or numpy following this rule: if you want numpy ndarray output(s) "
            "from the computation graph, please convert all the classic symbols in the list to numpy symbols by "
            "calling `as_np_ndarray()` on each of them; if you want classic ndarray output(s) from the computation "
            "graph, please convert all the numpy symbols in the list to classic symbols by calling "
            "`as_nd_ndarray()` on each of them.")


def _traced(var):
    """A variable ``hybrid_forward`` is traced with: an np ``_Symbol`` under NumPy array semantics (F.np works)."""
    return var.as_np_ndarray() if is_np_array() else var


def _input_variable(name, arg):
    """The variable an input ``arg`` is traced as: an np ``_Symbol`` for an mx.np array (or under NumPy array
    semantics, for any input but a legacy NDArray), as MXNet's trace makes it."""
    from .. import symbol
    var = symbol.var(name)
    numpy_kind = type(arg) in KEEP_CLASS or is_np_array() and type(arg) is not NDArray
    return var.as_np_ndarray() if numpy_kind else var


def _np_outputs(out):
    """Under NumPy array semantics a HybridBlock returns mx.np arrays, as MXNet's npx layers make them."""
    if is_np_array():
        from ..numpy.multiarray import as_np
        as_np(out)
    return out


def _flatten(args, what):
    """Nested lists/tuples of arrays, symbols or None -> (flat list, format to rebuild them).

    A format is 0 for one array, -1 for None, n > 1 for a symbol of n outputs, or a list of formats.
    """
    from ..symbol import Symbol
    if isinstance(args, NDArray):
        return [args], 0
    if isinstance(args, Symbol):
        n = len(args.list_outputs())
        return [args], n if n > 1 else 0
    if args is None:
        return [None], -1
    if isinstance(args, (list, tuple)):
        flat, fmts = [], []
        for a in args:
            f, fmt = _flatten(a, what)
            flat.extend(f)
            fmts.append(fmt)
        return flat, fmts
    raise ValueError(f"When hybridized, the input of HybridBlock {what} must be (nested) list of Symbol or "
                     f"NDArray, but got {args} of type {class_text(args)}")


def _compatible_formats(fmt, stored):
    """Whether call and trace formats differ only by trailing None arguments."""
    short, long_ = (fmt, stored) if len(fmt) < len(stored) else (stored, fmt)
    if len(short) == len(long_):
        return False
    return long_[:len(short)] == short and all(f == -1 for f in long_[len(short):])


def _regroup(flat, fmt):
    """Rebuild the structure recorded by ``_flatten``."""
    def build(it, f):
        if isinstance(f, int):
            if f > 0:
                return [next(it) for _ in range(f)]
            return next(it)
        return [build(it, g) for g in f]
    return build(iter(flat), fmt)


def _input_kinds(args):
    """Whether the nested ``args`` contain Symbols and NDArrays."""
    from ..symbol import Symbol
    has_symbol = has_ndarray = False
    stack = [args]
    while stack:
        a = stack.pop()
        if isinstance(a, NDArray):
            has_ndarray = True
        elif isinstance(a, Symbol):
            has_symbol = True
        elif isinstance(a, (list, tuple)):
            stack.extend(a)
    return has_symbol, has_ndarray


def _contexts(args):
    """The set of contexts of the NDArrays in the nested ``args``."""
    found, stack = set(), [args]
    while stack:
        a = stack.pop()
        if isinstance(a, NDArray):
            found.add(a.ctx)
        elif isinstance(a, (list, tuple)):
            stack.extend(a)
    return found


def _refuse_contexts(args, verb):
    """A hybridized block takes its inputs on one context; MXNet's refusal starts with ``verb`` ('Find' from a
    call, 'Found' from optimize_for)."""
    contexts = _contexts(args)
    if len(contexts) > 1:
        raise ValueError(f"{verb} multiple contexts in the input, After hybridized, the HybridBlock only supports one "
                         "input context. You can print the ele.ctx in the input arguments to inspect their contexts. "
                         f"Find all contexts = {contexts}")


def _first_context(x, args):
    """The context of the first NDArray among the (nested) inputs."""
    if isinstance(x, NDArray):
        return x.ctx
    stack = [args, x][::-1]
    while stack:
        a = stack.pop()
        if isinstance(a, NDArray):
            return a.ctx
        if isinstance(a, (list, tuple)):
            stack.extend(reversed(a))
    return current_context()


def _shape_str(value):
    """Shapes of the (nested) NDArrays in ``value`` as MXNet's summary prints them."""
    def shapes(v):
        if isinstance(v, (list, tuple)):
            return [shapes(e) for e in v]
        return v.shape if isinstance(v, NDArray) else v
    s = shapes(value)
    return str(s)[1:-1] if isinstance(s, list) else str(s)


def _print_summary(block, inputs):
    """Run ``block(*inputs)`` with a hook on every non-container block, then print the table."""
    from .nn.basic_layers import HybridSequential, Sequential
    rows = [("Input", None, 0, 0, 0)]      # its shape is read after the forward pass, which checks the inputs
    seen, hooks = set(), []

    def hook(blk, _, outputs):
        n_params = trainable = shared = 0
        for p in blk.params.values():
            size = p.data().size
            n_params += size
            trainable += 0 if p.grad_req == "null" else size
            if id(p) in seen:
                shared += size
            seen.add(id(p))
        rows.append((f"{blk.__class__.__name__}-{len(rows)}", _shape_str(outputs), n_params, trainable, shared))

    def register(blk):
        if isinstance(blk, HybridBlock) and blk._active:
            raise AssertError(f'"{blk.name}" must not be hybridized to print summary.')
        if not isinstance(blk, (Sequential, HybridSequential)):
            # a fresh hook per registration: a block registered twice (added twice) reports twice, as in MXNet
            hooks.append(blk.register_forward_hook(lambda *args: hook(*args)))
    try:
        block.apply(register)
        block(*inputs)
        rows[0] = ("Input", _shape_str(inputs), 0, 0, 0)      # one list input keeps its brackets
        line = "{:>20}  {:>42} {:>15}"
        print("-" * 80)
        print(line.format("Layer (type)", "Output Shape", "Param #"))
        print("=" * 80)
        for name, shape, n, _, _ in rows:
            print(line.format(name, shape, n))
        total, trainable, shared = (sum(r[i] for r in rows) for i in (2, 3, 4))
        print("=" * 80)
        print("Parameters in forward computation graph, duplicate included")
        print(f"   Total params: {total}")
        print(f"   Trainable params: {trainable}")
        print(f"   Non-trainable params: {total - trainable}")
        print(f"Shared params in forward computation graph: {shared}")
        print(f"Unique parameters in model: {total - shared}")
        print("-" * 80)
    finally:
        for h in hooks:
            h.detach()


def _infer_param_types(inputs, outputs):
    """({argument: dtype}, {aux state: dtype}) inferred from the inputs' declared dtypes, as MXNet does.

    Empty when an input has no dtype or inference fails: the parameters are then float32.
    """
    known = {}
    for i in inputs:
        types = i.infer_type_partial()[0]
        if not types or types[0] is None:
            # MXNet's infer_type warns for an untyped input, pointing here: shown once per process
            warnings.warn("Cannot decide type for the following arguments. Consider providing them as input:"
                          + "".join(f"\n\t{k}: None" for k in i.list_arguments()))
            return {}, {}
        known[i.name] = types[0]
    try:
        arg_types, _, aux_types = outputs.infer_type(**known)
    except MXNetError:
        return {}, {}
    args, auxs = outputs.list_arguments(), outputs.list_auxiliary_states()
    if arg_types is None or len(arg_types) != len(args):
        arg_types = [np.float32] * len(args)
    if aux_types is None or len(aux_types) != len(auxs):
        aux_types = [np.float32] * len(auxs)
    return dict(zip(args, arg_types)), dict(zip(auxs, aux_types))


@own_methods("cast")
class SymbolBlock(HybridBlock):
    """A HybridBlock running a Symbol graph: ``outputs`` computed from the ``inputs`` variables.

    Every other argument of the graph becomes a Parameter (auxiliary states with grad_req='null').
    """

    def __init__(self, outputs, inputs, params=None):
        super().__init__(prefix=None, params=None)
        # named like any block (symbolblock0), but graph names are looked up unprefixed in ``params``
        self._prefix = ""
        self._params = ParameterDict("", params)
        from ..symbol import Group, Symbol
        from ..symbol.numpy._symbol import _Symbol as NumpySymbol
        inputs, in_format = _flatten([inputs] if isinstance(inputs, Symbol) else inputs, "input")
        if isinstance(outputs, (list, tuple)) and len(outputs) == 1:
            outputs = outputs[0]
        outputs, out_format = _flatten(outputs, "output")      # (nested lists come back nested)
        # MXNet's CachedOp returns mx.np arrays for mx.np symbols only: legacy outputs stay legacy arrays, which
        # Block.__call__ refuses under NumPy semantics
        self._np_graph = all(isinstance(o, NumpySymbol) for o in outputs)
        outputs = Group(outputs) if len(outputs) > 1 else outputs[0]
        for i in inputs:
            if len(i.get_internals().list_outputs()) != 1:
                raise AssertError(f"Input symbols must be variable, but {i} is an output of operators")
        input_names = {i.name for i in inputs}
        for node in outputs.get_internals():       # cached graphs run dense storage only
            if node.attr("__storage_type__") == "1":
                raise AssertError(f"SymbolBlock doesn't support Parameter '{node.name}' because its "
                                  "storage type is 'row_sparse'.")
        arg_types, aux_types = _infer_param_types(inputs, outputs)
        for name in outputs.list_arguments():
            if name not in input_names:
                self.params.get(name, allow_deferred_init=True, dtype=arg_types.get(name, np.float32))
        for name in outputs.list_auxiliary_states():
            if name not in input_names:
                self.params.get(name, grad_req="null", allow_deferred_init=True,
                                dtype=aux_types.get(name, np.float32))
        self._cached_graph = inputs, outputs
        # save_parameters keys: the parameter names less their common prefix
        names = list(self._params.keys())
        cut = len(os.path.commonprefix(names)) if names else 0
        self._reg_params = {name[cut:]: p for name, p in self._params.items()}
        self._in_format, self._out_format = in_format, out_format

    @staticmethod
    def imports(symbol_file, input_names, param_file=None, ctx=None, allow_missing=False,
                ignore_extra=False):
        """A SymbolBlock from a ``-symbol.json`` file and, optionally, its ``.params`` file."""
        from .. import symbol
        sym = _traced(symbol.load(symbol_file))
        names = [input_names] if isinstance(input_names, str) else input_names
        # without saved params MXNet declares the inputs float32, so nothing is left to guess (no warning)
        dtype = "float32" if param_file is None else None
        block = SymbolBlock(sym, [_traced(symbol.var(n, dtype=dtype)) for n in names])
        if param_file is not None:
            block.collect_params().load(param_file, ctx=ctx, allow_missing=allow_missing,
                                        ignore_extra=ignore_extra, cast_dtype=True, dtype_source="saved")
        return block

    def reset_ctx(self, ctx):
        """Move every parameter to ``ctx`` (a Context or a list of them)."""
        self.collect_params().reset_ctx(ctx)

    def __repr__(self):
        inputs, outputs = self._cached_graph
        return f"{self.__class__.__name__}(\n{outputs!r} : {len(inputs)} -> {len(outputs.list_outputs())}\n)"

    def forward(self, x, *args):
        from ..symbol import Symbol
        if isinstance(x, Symbol):      # the graph composed onto the given symbols, as MXNet returns it
            flat, fmt = _flatten([x, *args], "input")
            if fmt != self._in_format:
                raise AssertError("Invalid input format")
            inputs, outputs = self._cached_graph
            ret = outputs(**{i.name: s for i, s in zip(inputs, flat)})
            return _regroup(list(ret), self._out_format)
        if not isinstance(x, NDArray):
            raise AssertError("HybridBlock requires the first argument to forward be either Symbol or NDArray, "
                              f"but got {type(x)}")
        if not is_np_array() and _kinds.numpy_array_in((x,) + args, KEEP_CLASS) is not None:
            # MXNet's graph takes mx.np arrays outside npx.set_np() too, and gives legacy arrays back
            x, *args = [a.as_nd_ndarray() if type(a) in KEEP_CLASS else a for a in (x, *args)]
        return self._call_cached_op(x, *args)

    def _clear_cached_op(self):
        graph = getattr(self, "_cached_graph", ())
        super()._clear_cached_op()
        self._cached_graph = graph

    def cast(self, dtype):
        """Convert every parameter to ``dtype``; to float16, a BatchNorm's (the graph's inputs named like its
        gamma, beta and running or moving mean and variance) stay float32, as BatchNorm needs."""
        super().cast(dtype)
        if np.dtype(dtype).name == "float16":
            for name in self._batch_norm_parameters():
                self.params.get(name).cast("float32")

    def _batch_norm_parameters(self):
        names = self._cached_graph[1].get_internals().list_inputs()
        found = []
        for stats in ("running", "moving"):
            for name in names:
                prefix = name[:-len(stats) - 4]
                group = [name] + [prefix + part for part in (f"{stats}_mean", "gamma", "beta")]
                if name.endswith(f"{stats}_var") and all(n in names for n in group[1:]):
                    found += group
        return found

    def hybrid_forward(self, F, x, *args, **kwargs):
        raise NotImplementedError        # (MXNet's says no more: a SymbolBlock runs its graph directly)


# the names MXNet's module shows, as its own imports
import copy  # noqa: E402,F401
import json  # noqa: E402,F401
from .. import symbol  # noqa: E402,F401
from ..base import mx_real_t  # noqa: E402,F401
from ..symbol import Symbol, load_json  # noqa: E402,F401
from ..symbol.numpy import _symbol as np_symbol  # noqa: E402,F401
from ..util import np_array, np_shape  # noqa: E402,F401

from ..base import hiding as _hiding  # noqa: E402

# distnet's own helpers here are no names of MXNet's module
__dir__ = _hiding(globals(), """AssertError BaseSparseNDArray KEEP_CLASS ValueErr as_graph_nodes class_text
    current_context infer_with_unknown_sizes is_np_shape message_of os own_methods partial""".split(),
                   """_BlockScope _brief_print_list _check_all_np_ndarrays _check_same_symbol_type _common_prefix _flatten
    _gather_type_ctx_info _indent _infer_param_types _mx_np _mx_npx _name _regroup""".split())
