"""``mx.sym``: symbolic graphs over the operator registry (the graph hybridize uses too)."""
import ctypes
import functools
import json
import numbers
import operator
import re
import sys

import numpy as np

from .. import attribute, name as _name
from ..context import Context, current_context
from ..util import is_np_shape
from ..base import log_time
from ..base import (MXNetError, NotImplementedForSymbol, class_text, local_file, located, no_attribute, open_failure,
                    message_of)
from .attr_order import iteration_order
from .backward_ops import keeps_pooling_workspace
from .enums import missing_parameter
from . import multi_weight
from ..ndarray import param_text
from ..ndarray.ndarray import _DTYPE_NP_TO_MX, _STORAGE_TYPE_STR_TO_ID
from ..ndarray.param_text import check_enums, dtype_attr_name, read_attrs, refuse_first_read
from ..ndarray.registry import OPS, unknown_argument
from .graph import (AUX_INPUTS, Node, attr_from_str, attr_to_str, fwd_parameters as _params, input_names, is_variadic,
                    lookup_op, optional_inputs, parsed_keeping_text, topo_order)

_MXNET_VERSION = 10901

# Ops with several outputs: how many, from their attributes.
_NUM_OUTPUTS = {
    "split": lambda a: int(a.get("num_outputs", 1)),
    "SliceChannel": lambda a: int(a.get("num_outputs", 1)),
    "topk": lambda a: 2 if a.get("ret_typ") == "both" else 1,
    "BatchNorm": lambda a: 3 if a.get("output_mean_var") else 1,
    "BatchNorm_v1": lambda a: 3 if a.get("output_mean_var") else 1,
    "_contrib_SyncBatchNorm": lambda a: 3 if _true(a.get("output_mean_var")) else 1,
    "_contrib_BatchNormWithReLU": lambda a: 3 if _true(a.get("output_mean_var")) else 1,
    "RNN": lambda a: 1 + (0 if not a.get("state_outputs") else 2 if a.get("mode") == "lstm" else 1),
    "_contrib_bipartite_matching": lambda a: 2,
    "moments": lambda a: 2, "_linalg_slogdet": lambda a: 2, "_linalg_gelqf": lambda a: 2,
    "_linalg_syevd": lambda a: 2, "amp_multicast": lambda a: int(a.get("num_outputs", 1)),
    "_npi_svd": lambda a: 3, "_npi_slogdet": lambda a: 2,
    "_sample_multinomial": lambda a: 2 if str(a.get("get_prob", False)).lower() in ("1", "true") else 1,
    "split_v2": lambda a: _sections(a), "_split_v2": lambda a: _sections(a),
    "_contrib_box_encode": lambda a: 2, "_contrib_hawkesll": lambda a: 2, "histogram": lambda a: 2,
    "LeakyReLU": lambda a: 2 if a.get("act_type") == "rrelu" else 1,
    "_contrib_Proposal": lambda a: 2 if _true(a.get("output_score")) else 1,
    "_contrib_MultiProposal": lambda a: 2 if _true(a.get("output_score")) else 1,
    "_contrib_MultiBoxTarget": lambda a: 3,
    "LayerNorm": lambda a: 3 if _true(a.get("output_mean_var")) else 1,
    "GroupNorm": lambda a: 3 if _true(a.get("output_mean_var")) else 1,
    # a subgraph per vertex array, a compacted graph per (graph, vertices) pair; each with its edge mapping
    "_contrib_dgl_subgraph": lambda a: (int(a.get("num_args", 2)) - 1) * (1 + _true(a.get("return_mapping"))),
    "_contrib_dgl_graph_compact": lambda a: int(a.get("num_args", 2)) // 2 * (1 + _true(a.get("return_mapping"))),
    **{op: functools.partial(multi_weight.count, op) for op in multi_weight.LAYOUTS},
}
def _true(value):
    return str(value).lower() in ("1", "true")


def composing_error(line, message):
    """An error of nnvm's symbol composition (symbolic.cc) as MXNet shows it: its log line leads (time of day and
    source line) and a line break ends it."""
    return MXNetError(f"{log_time()} ../3rdparty/tvm/nnvm/src/core/symbolic.cc:{line}: {message}\n")


def keyword_not_found(where, key, candidates):
    """MXNet's error for a keyword naming none of the inputs, listing those it could name (its log line ends with
    a blank line); composing a symbol, the log line of nnvm's check leads."""
    message = (f"{where}Keyword argument name {key} not found.\nCandidate arguments:\n"
               + "".join(f"\t[{i}]{n}\n" for i, n in enumerate(candidates)))
    return composing_error(90, message) if where == "Symbol.Compose" else MXNetError(message + "\n")


def _sections(attrs):
    """How many arrays split_v2 makes: N equal sections, or one more than the split points."""
    if "indices_or_sections" in attrs:                    # split_v2: N, or the split points
        value = attrs["indices_or_sections"]
        return value if isinstance(value, int) else len(tuple(value)) + 1
    sections = int(attrs.get("sections", 0))              # _split_v2: N, or the points with a leading 0
    return sections if sections > 0 else len(tuple(attrs.get("indices", ())))


# Output names of ops that name them; other ops with several outputs (visible or not) number them.
_OUTPUT_NAMES = {
    "BatchNorm": ("output", "mean", "var"), "BatchNorm_v1": ("output", "mean", "var"), "LayerNorm": ("output", "mean", "std"),
    "_contrib_SyncBatchNorm": ("output", "mean", "var"), "_contrib_BatchNormWithReLU": ("output", "mean", "var"),
    "GroupNorm": ("output", "mean", "std"), "InstanceNorm": ("output", "mean", "var"),
    "RNN": ("output", "state_output", "statecell_output"), "Dropout": ("output", "mask"),
    "LeakyReLU": ("output", "mask"), "_contrib_Proposal": ("output", "score"),
    "_contrib_MultiProposal": ("output", "score"), "_contrib_hawkesll": ("output", "out_state"),
    "_contrib_MultiBoxTarget": ("loc_target", "loc_mask", "cls_target"), "make_loss": ("loss",),
    "_npi_concatenate": ("out",), "_npi_hstack": ("out",), "_npi_dstack": ("out",), "_npi_matmul": ("out",),
    "_npi_std": ("std", "mean"), "_npi_var": ("var", "mean"),
    # the legacy operators' hidden work arrays (see kept_buffers)
    "LRN": ("output", "tmp_norm"), "Pooling": ("output", "workspace"), "L2Normalization": ("output", "norm"),
    "GridGenerator": ("output", "grid_dst"), "SpatialTransformer": ("output", "grid_dst", "grid_src"),
    "BilinearSampler": ("output", "tmp"), "Correlation": ("output", "tmp1", "tmp2"), "ROIPooling": ("output", "maxidx"),
}
_NUMBERED = {"sort", "SliceChannel", "_contrib_box_nms", "CTCLoss", "_contrib_bipartite_matching", "_contrib_box_encode",
             "_linalg_det", "_npi_norm", "_npi_average", "_npi_normal", "_npi_exponential", "_npi_logistic",
             "_npi_gumbel", "_npi_rayleigh", "_npi_weibull", "_npi_pareto"}     # (one visible output of several)


class SymbolBase:
    """The base class of Symbol (where MXNet keeps a symbol's C handle)."""

    __slots__ = ()


class Symbol(SymbolBase):
    """One or more outputs of a graph; compose with operators, then bind or evaluate."""

    __slots__ = ("_heads",)
    __array_priority__ = 1000.0
    handle = property(lambda self: ctypes.c_void_p(id(self)), doc="A void pointer standing in for MXNet's C handle.")

    def __init__(self, heads):
        self._heads = list(heads)

    # ---- naming and structure ------------------------------------------------------
    @property
    def name(self):
        """The name of the node behind this symbol (None for a group of several nodes)."""
        nodes = {id(n) for n, _ in self._heads}
        return self._heads[0][0].name if len(nodes) == 1 else None

    def __repr__(self):
        if self.name is not None:
            return f"<Symbol {self.name}>"
        return f"<Symbol group [{', '.join(n.name for n, _ in self._heads)}]>"

    def __iter__(self):
        return (Symbol([h]) for h in self._heads)

    def __len__(self):
        return len(self._heads)

    def __getitem__(self, index):
        if isinstance(index, str):
            names = self.list_outputs()
            if names.count(index) != 1:
                raise ValueError(f"There are multiple outputs with name \"{index}\"" if index in names else
                                 f"Cannot find output that matches name \"{index}\"")
            index = names.index(index)
        if isinstance(index, slice):        # as MXNet: the bounds are not clipped to the outputs
            start = 0 if index.start is None else index.start
            stop = len(self) if index.stop is None else index.stop
            return Group([self[i] for i in range(start, stop, 1 if index.step is None else index.step)])
        if not isinstance(index, int):
            raise TypeError("Symbol only support integer index to fetch i-th output")
        if index < 0:
            raise composing_error(197, f"Check failed: index < nreturn ({index % 2 ** 32} vs. "  # (unsigned in MXNet)
                                       f"{len(self.list_outputs())}) : Symbol only accept nonnegative index")
        if len(self._heads) == 1 and self._heads[0][0].num_outputs > 1:
            node = self._heads[0][0]
            return Symbol([(node, index)]) if index < node.num_outputs else _index_error(index)
        if index >= len(self._heads):
            raise IndexError                 # as MXNet: no message
        return Symbol([self._heads[index]])

    def _nodes(self):
        return topo_order(self._heads)

    def list_arguments(self):
        """Names of the variables that are arguments (not auxiliary states), in graph order."""
        nodes = self._nodes()
        aux = _mutated_here(nodes)
        return [n.name for n in nodes if n.is_variable and id(n) not in aux]

    def list_auxiliary_states(self):
        """Names of the auxiliary states (BatchNorm's moving statistics)."""
        nodes = self._nodes()
        aux = _mutated_here(nodes)
        return [n.name for n in nodes if n.is_variable and id(n) in aux]

    def list_inputs(self):
        """Names of every variable, arguments and auxiliary states."""
        return [n.name for n in self._nodes() if n.is_variable]

    def list_outputs(self):
        """Names of the outputs: ``<node>_output`` (``_output<i>`` for multi-output ops)."""
        return [_output_name(n, i) for n, i in self._heads]

    def get_internals(self):
        """A group of every output of every node in the graph."""
        heads = []
        for node in self._nodes():
            heads.extend((node, i) for i in range(node.num_outputs))
        return Symbol(heads)

    def get_children(self):
        """The inputs of this symbol's node, grouped (None for a variable)."""
        inputs = []
        for node in dict((id(n), n) for n, _ in self._heads).values():
            inputs.extend(node.inputs)
        return Symbol(inputs) if inputs else None

    def attr(self, key):
        """An attribute of this symbol's node as a string (``name`` gives its name; None for a group)."""
        if not isinstance(key, str):        # MXNet encodes the key as text first
            raise no_attribute(key, "encode")
        nodes = {id(n) for n, _ in self._heads}
        if len(nodes) != 1:
            return None
        node = self._heads[0][0]
        if key == "name":
            return node.name
        items = dict(_attr_items(node))
        return items.get(_hidden_key(key), items.get(key))

    def list_attr(self, recursive=False):
        """The attributes of this symbol's (first) node, as strings, in MXNet's order."""
        if recursive:
            raise DeprecationWarning("Symbol.list_attr with recursive=True has been deprecated. "
                                     "Please use attr_dict instead.")
        return dict(_attr_items(self._heads[0][0]))

    def attr_dict(self):
        """Every node's attributes as strings, by node name."""
        out = {}
        for node in self._nodes():
            items = _attr_items(node)
            if items:       # nodes sharing a name share one entry, as in MXNet
                out.setdefault(node.name, {}).update(items)
        return out

    def _set_attr(self, **kwargs):
        """Set attributes (string values) on this symbol's node."""
        for key, value in kwargs.items():
            if not isinstance(value, str):
                raise ValueError("Set Attr only accepts string values")
            node = self._heads[0][0]
            if any(head[0] is not node for head in self._heads):
                raise located(MXNetError("Check failed: node == e.node.get(): Symbol.SetAttrs only works for "
                                         "non-grouped symbol"), ("../3rdparty/tvm/nnvm/src/core/symbolic.cc", 536))
            _store_attr(node, key, value)
            if node.op is not None:
                _reparse_attrs(node)

    # ---- operators ---------------------------------------------------------------
    def __add__(self, other):
        return _arith(self, other, "elemwise_add", "_plus", "_plus_scalar")

    __radd__ = __add__

    def __sub__(self, other):
        return _arith(self, other, "elemwise_sub", "_minus", "_minus_scalar")

    def __rsub__(self, other):
        if isinstance(other, Symbol):       # called by name: the other symbol on the left
            return other.__sub__(self)
        return _arith(self, other, None, None, "_rminus_scalar")

    def __mul__(self, other):
        return _arith(self, other, "elemwise_mul", "_mul", "_mul_scalar")

    __rmul__ = __mul__

    def __truediv__(self, other):
        return _arith(self, other, "elemwise_div", "_div", "_div_scalar")

    def __rtruediv__(self, other):
        if isinstance(other, Symbol):       # called by name: the other symbol on the left
            return other.__truediv__(self)
        return _arith(self, other, None, None, "_rdiv_scalar")

    __div__, __rdiv__ = __truediv__, __rtruediv__       # MXNet keeps its Python 2 names

    def __mod__(self, other):
        return _arith(self, other, "_mod", "_mod", "_mod_scalar")

    def __rmod__(self, other):
        if isinstance(other, Symbol):       # called by name: the other symbol on the left
            return other.__mod__(self)
        return _arith(self, other, None, None, "_rmod_scalar")

    def __pow__(self, other):
        return _arith(self, other, "_power", "_power", "_power_scalar")

    def __rpow__(self, other):
        if isinstance(other, Symbol):
            return other.__pow__(self)
        return _arith(self, other, None, None, "_rpower_scalar", "_rpower_scalar")

    # a symbol is immutable: MXNet refuses the in-place operators rather than rebinding the name
    def __iadd__(self, other):
        raise NotImplementedForSymbol(self.__iadd__, "+=", other, 1)

    def __isub__(self, other):
        raise NotImplementedForSymbol(self.__isub__, "-=", other)

    def __imul__(self, other):
        raise NotImplementedForSymbol(self.__imul__, "*=", other)

    def __itruediv__(self, other):
        raise NotImplementedForSymbol(self.__itruediv__, "/=", other)

    def __idiv__(self, other):
        raise NotImplementedForSymbol(self.__idiv__, "/=", other)

    def __neg__(self):
        return self * -1.0

    def __abs__(self):
        return create("abs", self)

    def __eq__(self, other):
        return _compare(self, other, "_equal", "_equal_scalar")

    def __ne__(self, other):
        return _compare(self, other, "_not_equal", "_not_equal_scalar")

    def __gt__(self, other):
        return _compare(self, other, "_greater", "_greater_scalar")

    def __ge__(self, other):
        return _compare(self, other, "_greater_equal", "_greater_equal_scalar")

    def __lt__(self, other):
        return _compare(self, other, "_lesser", "_lesser_scalar")

    def __le__(self, other):
        return _compare(self, other, "_lesser_equal", "_lesser_equal_scalar")

    __hash__ = None           # MXNet's symbols are unhashable (== builds a graph)

    def __bool__(self):
        raise NotImplementedForSymbol(self.__bool__, "bool")

    __nonzero__ = __bool__

    def __getattr__(self, item):
        raise AttributeError(f"'Symbol' object has no attribute {item!r}")

    def __call__(self, *args, **kwargs):
        """Compose: a copy with variables replaced by the given symbols (by name, as MXNet allows); as MXNet
        composes a copy of every node, the variables left in place are new ones (of the same names)."""
        return compose(self, *args, copy_variables=True, **kwargs)

    def _compose(self, *args, **kwargs):
        """Compose in place: this symbol's variables replaced by the given symbols (by name). As in MXNet the
        nodes themselves take the new inputs, so another symbol sharing them sees the change too."""
        if args or not _compose_in_place(self, dict(kwargs)):
            self._heads = compose(self, *args, **kwargs)._heads

    def __copy__(self):
        """A copy of the whole graph (MXNet copies every node: renaming the copy leaves this one alone)."""
        return Symbol(_clone_heads(self._heads))

    def __deepcopy__(self, memo):
        return self.__copy__()

    def _gen_atomic_symbol(self):
        """This symbol's operator alone, as MXNet makes it: unnamed, without inputs, with its parameters."""
        node = self._heads[0][0]
        if any(n is not node for n, _ in self._heads):
            raise located(MXNetError("Generating atomic symbol from other symbol only works for nongrouped symbol."),
                          ("../src/c_api/c_api_symbolic.cc", 1321))
        if node.is_variable:
            raise MXNetError("_gen_atomic_symbol: a variable has no operator")
        twin = Node(node.op, node.op_name, "", dict(node.attrs), [], dict(node.user_attrs), node.num_outputs)
        return Symbol([(twin, i) for i in range(node.num_outputs)])

    def reshape(self, *args, **kwargs):
        """Fluent ``reshape``: arguments go to the op as given (``x.reshape(-1)`` keeps ``shape=-1``), as MXNet's."""
        return create("reshape", self, *args, **kwargs)

    def transpose(self, *args, **kwargs):
        """Fluent ``transpose``: arguments go to the op as given, as MXNet's."""
        return create("transpose", self, *args, **kwargs)

    def astype(self, *args, **kwargs):
        """This symbol cast to a dtype (a ``Cast`` node), with ``sym.cast``'s arguments."""
        return create("Cast", self, *args, hint="cast", **kwargs)      # (MXNet's calls sym.cast)

    def diag(self, k=0, **kwargs):
        """``sym.diag`` of this symbol (``k`` always recorded, as MXNet's method passes it)."""
        return create("diag", self, k, **kwargs)

    def expand_dims(self, axis, inplace=False, **kwargs):    # noqa: ARG002 (MXNet's signature)
        """``sym.expand_dims`` of this symbol."""
        return create("expand_dims", self, axis=axis, **kwargs)

    def flatten(self, inplace=False, **kwargs):      # noqa: ARG002 (MXNet's signature)
        """``sym.flatten`` of this symbol."""
        return create("flatten", self, **kwargs)

    def squeeze(self, axis=None, inplace=False, **kwargs):      # noqa: ARG002 (MXNet's signature)
        """``sym.squeeze`` of this symbol."""
        return create("squeeze", self, axis=axis, **kwargs)

    def as_nd_ndarray(self):
        """This symbol with the legacy semantics: itself."""
        return self

    def get_backend_symbol(self, backend):
        """This symbol partitioned by subgraph ``backend`` ('MKLDNN': fused conv / fully-connected nodes)."""
        from .mkldnn_subgraph import partition
        if backend in ("MKLDNN", "MKLDNN_QUANTIZE"):
            return Symbol(partition(self._heads, quantize=backend == "MKLDNN_QUANTIZE"))
        _refuse_op_names_backend(backend)
        raise located(MXNetError(f"Check failed: it != backend_map_.end(): SubgraphProperty {backend} is not found "
                                 "in SubgraphBackendRegistry"), _BACKEND_REGISTRY_CHECK)

    def optimize_for(self, backend, args=None, aux=None, ctx=None, shape_dict=None, type_dict=None,
                     stype_dict=None, skip_infer=False, **kwargs):
        """A copy of this symbol partitioned for ``backend`` ('MKLDNN'; a backend it does not know leaves the
        graph unchanged, as MXNet's)."""
        from .executor import _as_list
        assert isinstance(args, dict) or args is None
        assert isinstance(aux, dict) or aux is None
        arg_arrays = _as_list(self.list_arguments(), args, "args", allow_missing=True) if args else []
        aux_arrays = _as_list(self.list_auxiliary_states(), aux, "aux_states", allow_missing=True) if aux else []
        assert isinstance(current_context() if ctx is None else ctx, Context)
        _check_backend_dicts(shape_dict, type_dict, stype_dict)
        if backend in ("MKLDNN", "MKLDNN_QUANTIZE"):
            if (arg_arrays or aux_arrays) and not skip_infer:
                _infer_for_backend(self, arg_arrays, aux_arrays, shape_dict or {}, type_dict or {})
            return self.get_backend_symbol(backend)
        _refuse_op_names_backend(backend)
        print(f"{log_time()} ../src/c_api/c_api_symbolic.cc:1555: Error optimizing for backend "
              f"'{backend}' cannot be found", file=sys.stderr, flush=True)
        return Symbol(self._heads)

    def gradient(self, wrt):
        """Not available: MXNet 1.x's symbolic gradient is unimplemented too."""
        error = MXNetError("not implemented")
        error.raised_at = ("../src/c_api/c_api_symbolic.cc", 995)      # MXNet's C API refuses it
        raise error

    def split_v2(self, *args, **kwargs):
        """``sym.split_v2`` of this symbol."""
        from . import split_v2
        return split_v2(self, *args, **kwargs)

    # ---- inference, serialisation, execution ---------------------------------------
    def infer_shape(self, *args, **kwargs):
        """(arg_shapes, out_shapes, aux_shapes) from known input shapes; (None, None, None) if some stay unknown."""
        from .infer import infer_shape
        args, kwargs = _checked_shape_args(args, kwargs)
        return _reporting("infer_shape", infer_shape, self, args, kwargs, False)

    def _infer_shape_typed(self, shapes, types, partial=False):
        """infer_shape(_partial) from input ``shapes`` with the inputs' dtypes known too (Gluon's deferred
        initialisation); on an error the given shapes are printed first, as MXNet's Symbol.infer_shape does.

        MXNet's shape inference never looks at dtypes: when the ops refuse to run in the inputs' dtypes (integer
        data into BatchNorm), the shapes (or the shape error) come from float32 probes; the kernels check the
        dtypes later."""
        from .infer import infer_shape

        def typed_first(sym, args, kwargs, part):
            try:
                return infer_shape(sym, args, kwargs, part, types=types)
            except MXNetError:
                pass
            return infer_shape(sym, args, kwargs, part)     # (outside the handler: its error chains to no probe's)
        return _reporting("infer_shape", typed_first, self, (), shapes, partial)

    def infer_shape_partial(self, *args, **kwargs):
        """Like infer_shape, with () (or 0 dimensions) for what cannot be inferred."""
        from .infer import infer_shape, np_unknown_dims
        args, kwargs = _checked_shape_args(args, kwargs)
        given = [s for s in list(args) + list(kwargs.values()) if isinstance(s, (tuple, list))]
        sized = set()
        result = infer_shape(self, args, kwargs, partial=True, sized=sized)
        return np_unknown_dims(result, given, [(id(n), i) in sized for n, i in self._heads])

    def infer_type(self, *args, **kwargs):
        """(arg_types, out_types, aux_types) from known input dtypes; (None, None, None) if some stay unknown."""
        from .infer import infer_type
        return _reporting("infer_type", lambda sym, a, given, partial: infer_type(sym, *_given_dtypes(a, given),
                                                                                     partial), self, args, kwargs, False)

    def infer_type_partial(self, *args, **kwargs):
        """Like infer_type, with None for what cannot be inferred."""
        from .infer import infer_type
        return infer_type(self, *_given_dtypes(args, kwargs), partial=True)

    def debug_str(self):
        """The graph as MXNet prints it: outputs, variables, then each operator with inputs and attributes."""
        order = topo_order(self._heads)
        if len(self._heads) == 1 and not self._heads[0][0].is_variable and not self._heads[0][0].inputs:
            return f"AtomicFunctor  Op:{self._heads[0][0].op_name}\n"     # an input-less op (zeros, random) alone
        lines = []
        if len(self._heads) != 1 or not self._heads[0][0].is_variable:     # a lone variable lists no outputs
            lines = ["Symbol Outputs:"] + [f"\toutput[{i}]={n.name}({k})" for i, (n, k) in enumerate(self._heads)]
        for node in order:
            if node.is_variable:
                lines.append(f"Variable:{node.name}")
                continue
            lines += ["--------------------", f"Op:{node.op_name}, Name={node.name}", "Inputs:"]
            lines += [f"\targ[{i}]={src.name}({k})" + (f" version={v}" if src.is_variable else "")
                      for i, ((src, k), v) in enumerate(zip(node.inputs, _input_versions(node)))]
            attrs = dict(sorted(_attr_items(node)))
            for key in list(attrs):
                if key in _HIDDEN_KEYS:
                    del attrs[key]
            if attrs:
                lines.append("Attrs:")
                lines += [f"\t{k}={v}" for k, v in attrs.items()]
        return "\n".join(lines) + "\n"

    def tojson(self, remove_amp_cast=True):
        """The graph in MXNet's JSON format (laid out as MXNet writes it), without AMP casts by default."""
        return _write_json(_to_dict(Symbol(_without_amp_casts(self._heads)) if remove_amp_cast else self))

    def save(self, fname, remove_amp_cast=True):
        """Write ``tojson()`` to ``fname``."""
        if not isinstance(fname, str):
            raise TypeError("fname need to be string")
        try:
            with open(local_file(fname), "w") as f:
                f.write(self.tojson(remove_amp_cast))
        except OSError as e:        # MXNet's file stream fails with its own error
            raise open_failure(fname, e) from None

    def bind(self, ctx, args, args_grad=None, grad_req="write", aux_states=None, group2ctx=None,
             shared_exec=None):
        """An Executor over the given argument (and gradient, auxiliary) arrays; it keeps a copy of this symbol, as
        MXNet's does (composing this one in place later leaves the executor alone)."""
        from .executor import BIND_LINE, Executor
        return Executor(self.__copy__(), ctx, args, args_grad, grad_req, aux_states, group2ctx=group2ctx,
                        shared_exec=shared_exec, bound_at=BIND_LINE)

    def simple_bind(self, ctx, grad_req="write", type_dict=None, stype_dict=None, group2ctx=None,
                    shared_arg_names=None, shared_exec=None, shared_buffer=None, **kwargs):
        """An Executor with zero-filled arrays allocated from the given input shapes."""
        from .executor import SharedArrays, check_simple_bind_options, simple_bind
        check_simple_bind_options(grad_req, group2ctx, shared_arg_names, shared_buffer, shared_exec)
        # MXNet hands the grown buffer back only once the bind succeeds
        grown = None if shared_buffer is None else dict(shared_buffer)
        shared = None if grown is None else SharedArrays(grown, shared_arg_names, shared_exec)
        executor = simple_bind(self.__copy__(), ctx, grad_req, type_dict, kwargs, stype_dict, group2ctx, shared)
        if shared_buffer is not None:
            shared_buffer.update(grown)
        return executor

    def eval(self, ctx=None, **kwargs):
        """Evaluate with the given input arrays; a list of output NDArrays."""
        return self.bind(ctx or current_context(), kwargs).forward()

    def __getstate__(self):
        return {"handle": self.tojson()}       # MXNet's key: its JSON stands for the C handle

    def __setstate__(self, state):
        self._heads = load_json(state["handle"] if "handle" in state else state["json"])._heads


def _checked_shape_args(args, kwargs):
    """The shapes checked as MXNet takes them: tuples only (None for an unknown positional one) of sizes it
    reads as integers (True is 1; a float or a string is refused)."""
    _check_shape_args(args, kwargs)
    if args and kwargs:
        return args, kwargs
    as_ints = lambda shape: None if shape is None else tuple(operator.index(d) for d in shape)   # noqa: E731
    return tuple(as_ints(s) for s in args), {k: as_ints(s) for k, s in kwargs.items()}


def _check_shape_args(args, kwargs):
    """MXNet takes shapes as tuples only (None for an unknown positional one)."""
    if args and kwargs:
        return                     # refused by inference with MXNet's ValueError
    for i, shape in enumerate(args):
        if shape is not None and not isinstance(shape, tuple):
            raise TypeError(f"Arguments need to be shapes (tuple), but argument {i} is {class_text(shape)}.")
    for key, shape in kwargs.items():
        if not isinstance(shape, tuple):
            raise TypeError(f"Arguments need to be shapes (tuple), but '{key}' is {class_text(shape)}.")
    for size in [d for shape in list(args) + list(kwargs.values()) if shape is not None for d in shape]:
        if not isinstance(size, numbers.Real):   # MXNet compares every size with its 32-bit limit first
            raise TypeError(f"'>' not supported between instances of '{type(size).__name__}' and 'int'")
        if isinstance(size, numbers.Real) and size > 2 ** 31 - 1:
            raise Exception("[_infer_shape_impl] Size of tensor you are trying to allocate is larger than 2^31 "
                            "elements. Please build with flag USE_INT64_TENSOR_SIZE=1")


def _given_dtypes(args, kwargs):
    """The given dtypes as MXNet reads them, through numpy.dtype (None is float64 as a keyword, unknown as a
    position): a positional dtype MXNet has no number for is refused, a keyword one is dropped (left unknown)."""
    from ..ndarray.ndarray import _DTYPE_NP_TO_MX
    if args and kwargs:
        return args, kwargs          # infer_type refuses the mix
    positional = tuple(None if v is None else np.dtype(v).type for v in args)
    if any(v not in _DTYPE_NP_TO_MX for v in positional):
        raise TypeError("Argument need to be one of " + str(_DTYPE_NP_TO_MX))
    keywords = {k: np.dtype(v).type for k, v in kwargs.items()}
    return positional, {k: v for k, v in keywords.items() if v in _DTYPE_NP_TO_MX}


def _check_backend_dicts(shape_dict, type_dict, stype_dict):
    """optimize_for's checks of the input shapes, dtypes and storage types it is given, in MXNet's words."""
    for v in (shape_dict or {}).values():
        if not isinstance(v, (tuple, list)):
            raise ValueError(str(v) + " has to be a tuple or list.")
    for v in (type_dict or {}).values():
        v = np.dtype(v).type
        if v not in _DTYPE_NP_TO_MX:
            raise ValueError(str(v) + " is not a MXNet type.")
    for v in (stype_dict or {}).values():
        if v not in _STORAGE_TYPE_STR_TO_ID:
            raise ValueError(str(v) + " is not a MXNet storage type.")


def _infer_for_backend(sym, arg_arrays, aux_arrays, shape_dict, type_dict):
    """MXNet's optimize_for, given arrays, needs them for every input (arguments and auxiliary states alike, each
    kind all or none), and infers the graph's shapes and dtypes from them (or the dicts, for inputs without one)."""
    from .infer import infer_shape, infer_type
    aux_names = set(sym.list_auxiliary_states())
    for name in sym.list_inputs():
        if name in aux_names and not aux_arrays:
            raise located(MXNetError(f"Check failed: aux_top < aux_len (0 vs. 0) : Cannot find aux '{name}' in "
                                     "provided aux to optimize_for"), ("../src/c_api/c_api_symbolic.cc", 1420))
        if name not in aux_names and not arg_arrays:
            raise located(MXNetError(f"Check failed: args_top < args_len (0 vs. 0) : Cannot find arg '{name}' in "
                                     "provided args to optimize_for"), ("../src/c_api/c_api_symbolic.cc", 1431))
    arrays = dict(zip(sym.list_arguments(), arg_arrays or [None] * len(sym.list_arguments())))
    arrays.update(zip(sym.list_auxiliary_states(), aux_arrays or [None] * len(aux_names)))
    shapes = {k: tuple(v) for k, v in shape_dict.items() if arrays.get(k) is None}
    types = {k: np.dtype(v).type for k, v in type_dict.items() if arrays.get(k) is None}
    shapes.update((k, a.shape) for k, a in arrays.items() if a is not None)
    types.update((k, a.dtype) for k, a in arrays.items() if a is not None)
    infer_shape(sym, (), shapes, partial=True)
    infer_type(sym, (), types, partial=True)


def _reporting(what, infer, sym, args, kwargs, partial):
    """Run ``infer``; on an error, print the given arguments first, as MXNet does."""
    try:
        return infer(sym, args, kwargs, partial)
    except MXNetError:
        print(f"{what} error. Arguments:")
        for i, arg in enumerate(args):
            print(f"  #{i}: {arg}")
        for k, v in kwargs.items():
            print(f"  {k}: {v}")
        raise


# Bookkeeping in a node's user_attrs, never shown: an auxiliary-state marker, and the keys set after
# the node took its op's attributes (they come last in MXNet's insertion order).
_PRIVATE = ("__aux__", "__late__", "__inver__", "__buckets__", "__map__")
# Initial values MXNet's BatchNorm gives its moving statistics' variables when it is composed.
_STAT_INITS = {"moving_mean": '["zero", {}]', "moving_var": '["one", {}]', "moving_avg": '["zero", {}]'}
_BATCH_NORMS = ("BatchNorm", "BatchNorm_v1", "_contrib_SyncBatchNorm", "_contrib_BatchNormWithReLU")


def _set_stat_init(op, key, node):
    if (op.name in _BATCH_NORMS and key in _STAT_INITS or op.name == "IdentityAttachKLSparseReg" and key == "moving_avg") \
            and "__init__" not in node.user_attrs:
        node.user_attrs["__init__"] = _STAT_INITS[key]
        _append_late(node, "__init__")


def _set_prelu_init(op, key, attrs, node):
    """MXNet gives a PReLU's gamma variable (given or created) the initializer Constant(0.25) unless it has one."""
    if op.name == "LeakyReLU" and key == "gamma" and attrs.get("act_type") == "prelu" \
            and "__init__" not in node.user_attrs:
        node.user_attrs["__init__"] = '["Constant", {"value": 0.25}]'
        _append_late(node, "__init__")


def _append_late(node, key):
    """Record that ``key`` was set after the node's other attributes (MXNet lists it after them)."""
    late = node.user_attrs.get("__late__")
    node.user_attrs["__late__"] = f"{late},{key}" if late else key


# Attributes MXNet stores as ``__key__`` and lists under both spellings.
_HIDDEN_KEYS = ("ctx_group", "lr_mult", "wd_mult", "force_mirroring", "mirror_stage")


def _hidden_key(key):
    return f"__{key}__" if key in _HIDDEN_KEYS else key


def _hide_keys(attrs):
    return {_hidden_key(k): v for k, v in dict(attrs or {}).items()}


def _attr_map(node):
    """{key: string value} of a node's attribute map in MXNet's iteration order (see attr_order). A
    parameter's text in user_attrs was set but never parsed: the map shows it, the op reads node.attrs."""
    late = node.user_attrs.get("__late__", "").split(",")
    values = {k: v for k, v in node.user_attrs.items() if k not in _PRIVATE and k not in late and k not in node.attrs}
    values.update((k, node.user_attrs.get(k, attr_to_str(v))) for k, v in node.attrs.items() if k not in late)
    for key in late:                  # inserted last: user attributes set afterwards, a variadic op's num_args
        if key in node.user_attrs:
            values[key] = node.user_attrs[key]
        elif key in node.attrs:
            values[key] = attr_to_str(node.attrs[key])
    buckets, start = int(node.user_attrs.get("__buckets__", 11)), ()
    if "__map__" in node.user_attrs:      # the map as MXNet's loader left it (see legacy_json.replay_loader)
        from .legacy_json import read_map_note
        buckets, start, _ = read_map_note(node.user_attrs["__map__"])
        start = [k for k in start if k in values]
    return {key: values[key] for key in iteration_order(list(values), buckets, start)}


def _attr_items(node):
    """[(key, string value)] of a node's attributes in MXNet's listing order: hidden keys under both spellings."""
    items = []
    for key, value in _attr_map(node).items():
        items.append((key, value))
        if key.startswith("__") and key.endswith("__") and key[2:-2] in _HIDDEN_KEYS:
            items.append((key[2:-2], value))
    return items


def _store_attr(node, key, value):
    """Put ``key`` into a node's attribute map as MXNet's SetAttrs does, before its parser reads the map."""
    if key == "name":
        node.name = value
        return
    key = key if node.op is not None and key in _op_param_names(node.op) else _hidden_key(key)
    if node.op is not None and key not in node.user_attrs and key not in node.attrs:    # after the others
        _append_late(node, key)
    node.user_attrs[key] = value


def _reparse_attrs(node):
    """MXNet's parser reads a node's whole attribute map after each set: the first entry it refuses, in the
    map's order, fails the set (the entry stays in the map); once all read, the parameters set take effect."""
    op, params = node.op, _op_param_names(node.op)
    pending = {k: node.user_attrs[k] for k in params if k in node.user_attrs}
    if params and op.name != "Custom":       # (an op without parameters has no parser; Custom takes anything)
        shown = _attr_map(node)
        tail = "" if op.name in param_text.UNNAMED_PARSERS else _parser_tail(node, shown)
        for key, text in shown.items():
            if key.startswith("__") and key.endswith("__"):
                continue
            if key not in params:
                raise unknown_argument(op, key, {key: text}, tail=tail)
            if key in pending:
                value = attr_from_str(text)
                _read_with_tail(op.name, {key: value}, tail, lambda: param_text.read_field(op.name, key, value))
        attrs = dict(node.attrs, **{k: attr_from_str(v) for k, v in pending.items()})
        _read_with_tail(op.name, attrs, tail, lambda: read_attrs(op.name, attrs))      # (checks across fields)
    node.attrs = dict(node.attrs, **{k: attr_from_str(v) for k, v in pending.items()})
    for key in pending:
        del node.user_attrs[key]


def _parser_tail(node, shown):
    """How MXNet's parser error ends: the operator, the node's name and its attribute map."""
    listed = "".join(f', {k}="{v}"' for k, v in shown.items())
    return f', in operator {_MXNET_OP_NAME.get(node.op.name, node.op.name)}(name="{node.name}"{listed})'


def _read_with_tail(op_name, attrs, tail, read):
    """``read()`` of ``attrs``; MXNet's refusal then ends with ``tail`` instead of the attributes read."""
    try:
        read()
    except MXNetError as error:
        message, own = message_of(error), param_text.in_operator(op_name, attrs)
        if own and message.endswith(own):
            raise MXNetError(message[:-len(own)] + tail) from None
        raise


# Where MXNet's declared parameters differ from the registry signature (the others come first).
_DECLARED = {
    "_linspace": ("start", "stop", "step", "repeat", "infer_range", "ctx", "dtype"),
    "_arange": ("start", "stop", "step", "repeat", "infer_range", "ctx", "dtype"),
    "_zeros": ("shape", "ctx", "dtype"), "_ones": ("shape", "ctx", "dtype"),
    "_full": ("shape", "ctx", "value", "dtype"), "_eye": ("N", "M", "k", "ctx", "dtype"),
    "RNN": ("data", "parameters", "state", "state_cell", "sequence_length", "state_size", "num_layers",
            "bidirectional", "mode", "p", "state_outputs", "projection_size", "lstm_state_clip_min",
            "lstm_state_clip_max", "lstm_state_clip_nan", "use_sequence_length"),
    "norm": ("data", "ord", "axis", "out_dtype", "keepdims"),
    # (MXNet's front end declares Embedding's sparse_grad, which its parser refuses, and passes deterministic on)
    "_contrib_SparseEmbedding": ("data", "weight", "input_dim", "output_dim", "dtype", "sparse_grad"),
}


def _signature_order(op, attrs):
    """``attrs`` reordered as MXNet inserts an op's parameters: unknown keys first, then declared ones."""
    if op.variadic:
        return dict(attrs)
    params = _DECLARED.get(op.name) or list(_params(op))
    if op.name.endswith("_scalar") and "scalar" in params:
        params = [*params, "is_int"]           # MXNet's scalar ops declare is_int, ours take it implicitly
    # MXNet's generated op functions send the dtype parameter after the others
    known = [k for k in params if k in attrs and k != "dtype"] + [k for k in ("dtype",) if k in attrs and k in params]
    return {**{k: attrs[k] for k in attrs if k not in params}, **{k: attrs[k] for k in known}}


def _index_error(index):
    raise IndexError(f"symbol output index {index} is out of range")


# Outputs an op has in MXNet's graph, hidden ones included (JSON's node_row_ptr counts them).
_ALL_OUTPUTS = {
    "BatchNorm": lambda a: 3, "_contrib_SyncBatchNorm": lambda a: 3, "_contrib_BatchNormWithReLU": lambda a: 4,
    "BatchNorm_v1": lambda a: 3, "LayerNorm": lambda a: 3, "GroupNorm": lambda a: 3, "Dropout": lambda a: 2,
    "LeakyReLU": lambda a: 2 if a.get("act_type") == "rrelu" else 1, "sort": lambda a: 2,
    "_contrib_box_nms": lambda a: 2,
    "topk": lambda a: 2 if a.get("ret_typ", "indices") in ("value", "both") else 1,
    # max pooling keeps oneDNN's workspace as a hidden output
    "Pooling": lambda a: 2 if keeps_pooling_workspace(a) else 1,
    "LRN": lambda a: 2, "InstanceNorm": lambda a: 3, "CTCLoss": lambda a: 2, "L2Normalization": lambda a: 2,
    "GridGenerator": lambda a: 2, "ROIPooling": lambda a: 2, "BilinearSampler": lambda a: 2,
    "SpatialTransformer": lambda a: 3, "Correlation": lambda a: 3,
    "_linalg_det": lambda a: 3, "_linalg_slogdet": lambda a: 4,      # LU factors and pivots kept for backward
    # numpy operators keeping what their backward reads: the mean (std, var), the weight sum (average), the
    # norm's work arrays, the unit noise a sampler scales
    "_npi_std": lambda a: 2, "_npi_var": lambda a: 2, "_npi_average": lambda a: 2, "_npi_norm": lambda a: 4,
    **dict.fromkeys(("_npi_normal", "_npi_exponential", "_npi_logistic", "_npi_gumbel", "_npi_rayleigh",
                     "_npi_weibull", "_npi_pareto"), lambda a: 2),
}


def _all_outputs(node):
    if node.is_variable:
        return 1
    rule = _ALL_OUTPUTS.get(node.op.name)
    return max(node.num_outputs, rule(node.attrs)) if rule else node.num_outputs


def _is_aux(node):
    return node.user_attrs.get("__aux__") == "1"


def _mutated_here(nodes):
    """Ids of the auxiliary-state variables of the graph ``nodes``. As in MXNet this depends on the graph: a
    variable some op once took as its statistics is an argument where every op of this graph reads it as a
    plain input (or where nothing reads it)."""
    marked = set()
    for node in nodes:
        if node.is_variable:
            continue
        for k, (src, _) in enumerate(node.inputs):
            if src.is_variable and _is_aux(src):
                if _mutates(node.op, k):
                    marked.add(id(src))
    return marked


def _mutates(op, position):
    """Whether ``op`` may update its input at ``position``: a registered op's statistics inputs only (variadic
    ones read all); ops built per node (subgraphs, Custom, control flow) keep their variables' own marks."""
    try:
        registered = op is not None and lookup_op(op.name) is op
    except (MXNetError, AttributeError, KeyError):
        registered = False
    if not registered or getattr(op, "signature", None) is not None:
        return True
    if op.variadic:
        return op.name in multi_weight.LAYOUTS and multi_weight.mutates(op.name, position)
    names = op.arg_names
    return position >= len(names) or names[position] in AUX_INPUTS


def _output_name(node, index):
    if node.is_variable:
        return node.name
    names = _OUTPUT_NAMES.get(node.op_name) or _OUTPUT_NAMES.get(node.op.name)    # make_loss, not MakeLoss
    names = getattr(node.op, "output_names", None) or names      # a recorded _CachedOp: its graph's output names
    if getattr(node.op, "signature", None) is not None:
        names = node.op.signature(node.attrs).outputs
    prefix = f"{node.name}_" if node.name else ""          # an unnamed (atomic) node: the bare output names
    if names:
        return f"{prefix}{names[index]}"
    numbered = (node.num_outputs > 1 or node.op.name in _NUMBERED
                or (node.op.name == "topk" and node.attrs.get("ret_typ", "indices") in ("value", "both")))
    return f"{prefix}output{index}" if numbered else f"{prefix}output"


def var(name, attr=None, shape=None, lr_mult=None, wd_mult=None, dtype=None, init=None, stype=None, **kwargs):
    """A named input variable of a graph."""
    if not isinstance(name, str):
        raise TypeError("Expect a string for variable `name`")
    given = attribute.active_scope().get(attr)  # the caller's own dict when no scope adds to it: MXNet fills it in
    for key, value in (("__shape__", shape), ("__lr_mult__", lr_mult), ("__wd_mult__", wd_mult),
                       ("__dtype__", dtype), ("__init__", init), ("__storage_type__", stype)):
        if value is not None:
            given[key] = _var_attr_text(key, value)
    for key, value in kwargs.items():
        if not (key.startswith("__") and key.endswith("__")):
            raise ValueError(f"Attribute name={key} is not supported. Additional attributes must start and end "
                             "with double underscores, e.g, __yourattr__")
        given[key] = str(value)
    if not isinstance(given, dict):
        raise TypeError(f"{Symbol.__module__}.Symbol._set_attr() argument after ** must be a mapping, "
                        f"not {type(given).__name__}")        # as Python names the method MXNet calls
    if any(not isinstance(v, str) for v in given.values()):
        raise ValueError("Set Attr only accepts string values")
    return Symbol([(Node(None, "null", name, {}, [], _hide_keys(given)), 0)])


def _var_attr_text(key, value):
    """A variable's own attribute as MXNet writes it: text, an initializer's dumps(), dtype and stype numbers."""
    if key == "__dtype__":
        return str(_dtype_flag(value))
    if key == "__storage_type__":
        return str(_STORAGE_TYPE_STR_TO_ID[value])
    if key == "__init__":
        return value if isinstance(value, str) else value.dumps()      # a non-text dumps() is refused later
    return str(value)


Variable = var


def _dtype_flag(dtype):
    """MXNet's type number of a variable's dtype; a type it has none for is a KeyError naming the numpy type."""
    from ..ndarray.serialize import DTYPE_TO_FLAG
    if np.dtype(dtype) not in DTYPE_TO_FLAG:
        raise KeyError(np.dtype(dtype).type)
    return DTYPE_TO_FLAG[np.dtype(dtype)]


def Group(symbols, create_fn=Symbol):
    """One symbol whose outputs are the outputs of all ``symbols`` (made by ``create_fn``)."""
    if not symbols or any(not isinstance(s, Symbol) for s in symbols):
        raise TypeError("Expected a list of symbols as input")
    if not hasattr(symbols, "__len__"):     # an iterator (the check above consumed it), refused as in MXNet
        raise TypeError(f"object of type '{type(symbols).__name__}' has no len()")
    return create_fn([h for s in symbols for h in s._heads])


# Scalar ops whose automatic names keep their underscores (MXNet creates them by their registered name).
_NAMED_AS_REGISTERED = {"_equal_scalar", "_not_equal_scalar", "_greater_scalar", "_greater_equal_scalar",
                        "_lesser_scalar", "_lesser_equal_scalar"}


def _arith(lhs, rhs, op_name, hint, scalar_op, scalar_hint=None, numeric=numbers.Number):
    """``lhs <op> rhs`` for a symbol ``lhs``; ``numeric`` are the scalar kinds taken (the comparisons take any
    numpy scalar and refuse complex, as MXNet's do)."""
    if isinstance(rhs, Symbol) and op_name is not None:
        return create(op_name, lhs, rhs, hint=hint)
    if scalar_hint is None:
        scalar_hint = scalar_op if scalar_op in _NAMED_AS_REGISTERED else "_" + scalar_op[1:].replace("_", "")
    if isinstance(rhs, bool):       # MXNet parses the attribute as a double and fails on its text
        _name.active_manager().get(None, scalar_hint.lower())         # after naming the node: its counter moves on
        read, rest = param_text.number_prefix(str(rhs))       # ('F' of 'False' reads as a float suffix)
        refusal = f"Some trailing characters could not be parsed: '{rest}'" if read else \
            f"Invalid Parameter format for scalar expect double but value='{rhs}'"
        raise MXNetError(f"{refusal}, in operator {scalar_op}(name=\"\", scalar=\"{rhs}\")")
    if not isinstance(rhs, numeric):            # (numpy's bool is no number: refused, as in MXNet)
        raise TypeError(f"type {class_text(rhs)} not supported")
    if isinstance(rhs, np.floating):        # MXNet writes the attribute as str(rhs) and parses it as a double
        rhs = float(str(rhs))
    elif isinstance(rhs, np.generic) and not isinstance(rhs, numbers.Number):
        rhs = str(rhs)                      # a numpy bool, string or date: its text fails the parse
    return create(scalar_op, lhs, scalar=rhs, hint=scalar_hint)


def _compare(lhs, rhs, op_name, scalar_op):
    """``lhs <comparison> rhs``: MXNet's comparisons take ints, floats and any numpy scalar."""
    return _arith(lhs, rhs, op_name, op_name, scalar_op, numeric=(int, float, np.generic))


def _binary_function(op_name, scalar_op, rscalar_op, on_numbers):
    """``mx.sym.maximum``-style functions: two symbols, or a symbol and a scalar (either side); two plain
    numbers give ``on_numbers(left, right)``, as in MXNet."""
    def apply(left, right):
        if isinstance(left, Symbol) and isinstance(right, (Symbol, numbers.Number)):
            return _arith(left, right, op_name, op_name, scalar_op)
        if isinstance(right, Symbol) and isinstance(left, numbers.Number):
            return _arith(right, left, op_name, op_name, rscalar_op)
        if isinstance(left, numbers.Number) and isinstance(right, numbers.Number):
            return on_numbers(left, right)
        raise TypeError(f"types ({class_text(left)}, {class_text(right)}) not supported")
    apply.__name__ = apply.__qualname__ = op_name[1:]
    apply.__doc__ = f"Elementwise {op_name[1:]} of two symbols, or of a symbol and a scalar."
    return apply


maximum = _binary_function("_maximum", "_maximum_scalar", "_maximum_scalar", lambda a, b: a if a > b else b)
minimum = _binary_function("_minimum", "_minimum_scalar", "_minimum_scalar", lambda a, b: a if a < b else b)
hypot = _binary_function("_hypot", "_hypot_scalar", "_hypot_scalar", np.hypot)
_power = _binary_function("_power", "_power_scalar", "_rpower_scalar", lambda a, b: a ** b)


def power(base, exp):
    """``base`` to the power ``exp``: symbols, or a symbol and a scalar (either side)."""
    return _power(base, exp)


def pow(base, exp):  # noqa: A001  (MXNet's name, a function of its own)
    """``base`` to the power ``exp``, as power."""
    return _power(base, exp)

# Where MXNet has a separate operator that distnet folds into a broadcasting one, the JSON keeps MXNet's.
_MXNET_OP_NAME = {
    **dict.fromkeys(("elemwise_add", "_plus", "_Plus", "_add"), "elemwise_add"),
    **dict.fromkeys(("elemwise_sub", "_minus", "_Minus", "_sub"), "elemwise_sub"),
    **dict.fromkeys(("elemwise_mul", "_mul", "_Mul"), "elemwise_mul"),
    **dict.fromkeys(("elemwise_div", "_div", "_Div"), "elemwise_div"),
    **dict.fromkeys(("_power", "_Power"), "_power"),
    **dict.fromkeys(("_maximum", "_Maximum"), "_maximum"),
    **dict.fromkeys(("_minimum", "_Minimum"), "_minimum"),
    "power": "_power", "make_loss": "make_loss", "split_v2": "_split_v2",
    "_contrib_adamw_update": "_adamw_update", "_contrib_mp_adamw_update": "_mp_adamw_update",
    # distnet's canonical name -> MXNet's
    "reshape": "Reshape", "identity": "_copy", "choose_element_0index": "pick", "cumsum": "_np_cumsum",
    "histogram": "_histogram", "ravel_multi_index": "_ravel_multi_index", "unravel_index": "_unravel_index",
    **{n: n for n in ("_mod", "_hypot", "_equal", "_not_equal", "_greater", "_greater_equal", "_lesser",
                      "_lesser_equal", "_logical_and", "_logical_or", "_logical_xor")},
    **{"_Equal": "_equal", "_Not_Equal": "_not_equal", "_Greater": "_greater", "_Greater_Equal": "_greater_equal",
       "_Lesser": "_lesser", "_Lesser_Equal": "_lesser_equal", "_Hypot": "_hypot", "_Mod": "_mod",
       "_Logical_And": "_logical_and", "_Logical_Or": "_logical_or", "_Logical_Xor": "_logical_xor"},
    **{n: n for n in ("_grad_add", "_scatter_plus_scalar", "_scatter_minus_scalar", "_scatter_elemwise_div")},
}


def op_signature(op_name):
    """The signature MXNet generates for the symbol function of ``op_name``: ``(..., name=None, attr=None,
    out=None, **kwargs)``."""
    return lookup_op(op_name).mxnet_signature(("name", "attr", "out"))


def positional_check(op_name, shown_name):
    """``check(args)``: Python's refusal of more positional arguments than the parameters of MXNet's generated
    function for ``op_name`` (called ``shown_name``); a variadic op takes any number."""
    if lookup_op(op_name).variadic:
        return lambda args: None
    signature = op_signature(op_name)

    def check(args):
        if len(args) > 3:     # (every generated function takes name, attr and out: read its signature no sooner)
            takes = sum(p.kind is p.POSITIONAL_OR_KEYWORD for p in signature.parameters.values())
            if len(args) > takes:
                raise TypeError(f"{shown_name}() takes from 0 to {takes} positional arguments but {len(args)} "
                                "were given")
    return check


def create(op_name, *args, name=None, attr=None, hint=None, **kwargs):
    """Apply registry op ``op_name`` to symbols: ``sym.FullyConnected(data, num_hidden=10)``."""
    op = lookup_op(op_name)
    names = input_names(op)
    variadic = is_variadic(op)
    inputs, attrs = {}, {}
    if len(args) == 1 and isinstance(args[0], (list, tuple)):
        args = tuple(args[0])
    nsym = next((i for i, a in enumerate(args) if not isinstance(a, Symbol)), len(args))
    if not variadic and getattr(op, "signature", None) is None:
        # further symbols land on the parameters, name or attr, as in MXNet (not on unlisted inputs)
        nsym = min(nsym, len([n for n in names if n not in op.unlisted_inputs]))
    positional = list(args[:nsym])
    if op.variadic and any(isinstance(a, Symbol) for a in args[nsym:]):
        raise MXNetError(f"{op_name}: symbol inputs must come before attributes given by position")
    by_keyword = set(kwargs) | {k for k, v in (("name", name), ("attr", attr)) if v is not None}
    by_position = _positional_attrs(op, hint or op_name, nsym, args[nsym:], by_keyword)    # (named as called)
    name = by_position.pop("name", name)
    attr = by_position.pop("attr", attr)
    by_position.pop("out", None)
    kwargs = dict(by_position, **kwargs)
    if "out" in kwargs and "out" not in _params(op):       # the generated functions' ``out`` means nothing here
        kwargs.pop("out")
    dunder = {k: str(v) for k, v in kwargs.items() if ((k.startswith("__") and k.endswith("__"))
              or (k in _HIDDEN_KEYS and k not in _params(op))) and not isinstance(v, Symbol)}
    if dunder:      # MXNet keeps ``__key__`` keyword arguments (``__layout__``, ``lr_mult``) as node attributes
        kwargs = {k: v for k, v in kwargs.items() if k not in dunder}
    scoped = {k: v if isinstance(v, str) else str(v)
              for k, v in dict(attribute.active_scope().get(attr) or {}).items()}
    user = {**_hide_keys(dunder), **_hide_keys(scoped)}   # MXNet's insertion order; values sent as text
    parameters = () if getattr(op, "signature", None) is not None else _op_param_names(op)
    for key, value in kwargs.items():
        if isinstance(value, Symbol) and key in parameters and key not in names and not variadic:
            attrs[key] = _parameter_text(key, value)     # MXNet's generated functions send a parameter as text
            # (a variadic op's function takes **kwargs: a symbol there is an input by keyword)
        elif isinstance(value, Symbol):
            inputs[key] = value
        elif value is not None or key not in op.arg_names:    # an explicit None attribute is kept, as "None"
            attrs[key] = value
    if "dtype" in attrs:
        attrs["dtype"] = _dtype_name(attrs["dtype"], op.name)
    # named once (a Prefix prefixes every call), and before the checks: MXNet's name counter moves on
    # even when the operator then refuses its parameters
    node_name = _name.active_manager().get(name, (hint or op_name).lower())
    counted = None if not variadic or "num_args" in attrs or "num_args" in inputs or op.name in _COUNTED_BY_OTHER \
        else len(positional) + len(inputs)
    shown = _creation_order(op, attrs, user, counted)
    refused = param_text.refusal_of(_check_user_attrs, op, op_name, user, shown) or \
        param_text.refusal_of(_check_attrs_named, op, attrs, shown)
    if refused is not None:
        refuse_first_read(op.name, shown)       # of several refused attributes, the first the parser reads
        raise refused
    _check_num_args(op, shown)
    if op.name not in _PARSED_IN_BACKWARD:
        attrs = _parsed(attrs, read_attrs(op.name, shown))     # refused at creation, as MXNet parses them there
    if "num_args" in inputs and counted is None and op.name not in _COUNTED_BY_OTHER:
        raise missing_parameter(op.name, "num_args", shown)     # (a symbol given for it is an input, not counted)
    _check_required(op, attrs, shown)
    declared = getattr(op, "signature", None)      # inputs and outputs named by the attributes (Custom)
    if declared is not None and variadic and "num_args" not in attrs and "num_args" in _params(op):
        attrs["num_args"] = len(positional)     # (quantized_concat: its arrays given, their ranges left to add)
    if declared is not None:
        declared = declared(attrs, fresh=True)      # MXNet parses the node's attributes here
    if not isinstance(node_name, str):      # MXNet hands the name to its C API as text, once it has the op's node
        raise no_attribute(node_name, "encode")
    if op.name in _INPUTS_UNNAMED:
        raise composing_error(369, f"Not enough argument to call operator {op.name}")
    if op.name in _MISREAD_PARAMETERS:
        stored, requested = _MISREAD_PARAMETERS[op.name]
        raise MXNetError(f"{log_time()} ../include/dmlc/././any.h:322: Check failed: *(type_->ptype_info) == "
                         f"typeid(T): The stored type mismatch stored=N5mxnet2op{stored}E requested=N5mxnet2op"
                         f"{requested}E\n")
    if declared is not None:
        # a bias the attributes switch off keeps its place among the positional inputs, as in MXNet's function
        with_bias = op.signature(dict(attrs, no_bias=False), fresh=True) if "no_bias" in attrs else declared
        sources = _bind_declared(declared, positional, inputs, node_name, _signature_order(op, attrs), user,
                                 _declared_inputs(with_bias), op.name)
    elif variadic:
        sources = positional + _variadic_keyword_inputs(positional, inputs)
        if op.name in _COUNTED_BY_PARAMETER:        # nnvm's composition takes no more inputs than the count
            wanted = int(attrs.get(_COUNTED_BY_PARAMETER[op.name], 1))
            if len(sources) > wanted:
                raise composing_error(360, f"Check failed: arg_vec.size() <= n_req ({len(sources)} vs. {wanted}) : "
                                           f"Incorrect number of arguments, requires {wanted}, provided {len(sources)}")
            sources += [_counted_variable(op.name, node_name, i, attrs, user) for i in range(len(sources), wanted)]
        if op.name in multi_weight.LAYOUTS:
            sources = _multi_weight_inputs(op.name, sources, attrs, node_name, user)
        # MXNet inserts a variadic op's keyword parameters, then the scope's attributes, then num_args
        counted = "num_args" in attrs or op.name in _COUNTED_BY_OTHER
        late = [k for k in user if k not in _PRIVATE] + ([] if counted else ["num_args"])
        if late:
            user["__late__"] = ",".join(late)
        if not counted:
            attrs["num_args"] = len(sources)
        elif "num_args" in attrs and op.name not in _COUNTED_BY_OTHER:
            sources = _counted_inputs(sources, attrs, node_name, user, _upsampling_names(op, attrs))
        if op.name == "UpSampling":
            sources = _upsampling_weight(sources, attrs, node_name, user)
    else:
        sources = _bind_inputs(op, op_name, names, positional, inputs, attrs, node_name,
                               _signature_order(op, attrs), user)
    for i, s in enumerate(sources):
        _refuse_tuple_input(s, i)
    heads = [s._heads[0] for s in sources]
    if declared is not None or not variadic:
        _refuse_computed_statistics(op.arg_names if declared is None else _declared_inputs(declared),
                                    heads, () if declared is None else declared.aux)
    nout = len(declared.outputs) if declared is not None else _NUM_OUTPUTS.get(op.name, lambda a: 1)(attrs)
    node = Node(op, _json_op_name(op_name, op), node_name, _signature_order(op, attrs), heads,
                user, nout)
    _count_mutations(node)
    out = Symbol([(node, i) for i in range(nout)])
    kept = next((type(s) for s in positional + list(inputs.values()) if type(s) is not Symbol), None)
    if kept is not None:        # an np _Symbol's results stay np symbols (a Gluon layer's under npx.set_np())
        out.__class__ = kept
    return out


def _parsed(given, parsed):
    """The attributes as computed with: each value given as another type than its parameter's (text, an int for a
    shape) replaced by what it parses to, which keeps the given text for the JSON."""
    return {k: parsed_keeping_text(parsed[k], v) if type(parsed[k]) is not type(v) else v
            for k, v in given.items()}


def _counted_inputs(sources, attrs, node_name, user, names=None):
    """A variadic op's inputs filled up to its num_args with ``<node>_arg<i>`` variables, as MXNet does
    (``names``: the inputs of an op whose mode fixes them, whatever num_args says)."""
    try:
        wanted = int(attrs["num_args"]) if names is None else len(names)
    except (TypeError, ValueError):
        return sources                   # refused by the op's parameter checks
    if len(sources) > wanted:
        raise MXNetError(f"Check failed: arg_vec.size() <= n_req ({len(sources)} vs. {wanted}) : Incorrect number "
                         f"of arguments, requires {wanted}, provided {len(sources)}")
    added = []
    for i in range(len(sources), wanted):
        arg = var(f"{node_name}_{names[i] if names is not None else f'arg{i}'}")
        arg._heads[0][0].attrs, arg._heads[0][0].user_attrs = dict(attrs), dict(user or {})
        added.append(arg)
    return sources + added


def _multi_weight_inputs(op_name, sources, attrs, node_name, user):
    """A multi-weight update's inputs, those missing made as ``<node>_<input name>`` variables (with the op's
    attributes, as MXNet makes them); its states (momenta, float32 masters) are auxiliary variables."""
    weights = multi_weight.count(op_name, attrs)
    names, wanted = multi_weight.input_names(op_name, weights), multi_weight.input_count(op_name, weights)
    if len(sources) > wanted:
        raise composing_error(360, f"Check failed: arg_vec.size() <= n_req ({len(sources)} vs. {wanted}) : "
                                   f"Incorrect number of arguments, requires {wanted}, provided {len(sources)}")
    if len(sources) < wanted and len(names) != wanted:
        raise composing_error(369, f"Not enough argument to call operator {op_name}")
    sources = list(sources)
    for name in names[len(sources):wanted]:
        arg = var(f"{node_name}_{name}")
        arg._heads[0][0].attrs, arg._heads[0][0].user_attrs = dict(attrs), dict(user or {})
        sources.append(arg)
    for k, src in enumerate(sources):
        if multi_weight.mutates(op_name, k):
            if len(src._heads) != 1 or not src._heads[0][0].is_variable:
                raise composing_error(61, "Check failed: e.node->is_variable(): Mutation target can only be Variable")
            src._heads[0][0].user_attrs["__aux__"] = "1"
    return sources


def _json_op_name(op_name, op):
    """The name MXNet records for an op called ``op_name``: its registered name (an alias resolves to it)."""
    return _MXNET_OP_NAME.get(op_name) or _MXNET_OP_NAME.get(op.name, op.name)


def _refuse_computed_statistics(names, heads, declared_aux=()):
    """An op's statistics inputs (BatchNorm's moving mean and variance, a Custom op's declared auxiliary states) are
    updated in place: nnvm composes them from variables only (``names``: the inputs in ``heads``' order)."""
    if any(k < len(names) and (names[k] in AUX_INPUTS or names[k] in declared_aux) and not src.is_variable
           for k, (src, _) in enumerate(heads)):
        raise composing_error(61, "Check failed: e.node->is_variable(): Mutation target can only be Variable")


def _input_versions(node):
    """The variable version each input of ``node`` carries: 1 for an auxiliary state (mutated once), 0 otherwise,
    unless a loaded file or repeated mutations recorded others."""
    versions = [1 if _is_aux(src) else 0 for src, _ in node.inputs]
    recorded = node.user_attrs["__inver__"].split(",") if "__inver__" in node.user_attrs else []
    return [int(v) for v in recorded] if len(recorded) == len(versions) else versions


def _count_mutations(node):
    """NNVM's variable versions: each op node mutating an auxiliary variable raises the variable's version and
    records the new one on its input (a Gluon BatchNorm traced twice, e.g. before and after hybridize(),
    exports its running statistics with version 2)."""
    versions = []
    for k, (src, _) in enumerate(node.inputs):
        if src.is_variable and _is_aux(src):
            if _mutates(node.op, k):        # a plain read records the version it sees
                src.mutations += 1
            versions.append(src.mutations)
        else:
            versions.append(0)
    if any(v > 1 for v in versions):
        node.user_attrs["__inver__"] = ",".join(str(v) for v in versions)


def _dtype_name(dtype, op_name):
    """A ``dtype`` attribute as MXNet's front end sends it: numpy's name of the type ('float16'; float64 for
    None; the text "None" is numpy's refusal, but an mx.np operator's own default, passed on by Custom)."""
    if isinstance(dtype, str) and dtype == "None" and (op_name.startswith("_np") or op_name == "Custom"):
        return dtype
    return dtype_attr_name(dtype)       # an unknown type is numpy's TypeError, as in MXNet


def _parameter_text(key, value):
    """A symbol given for a parameter, as MXNet's front end sends it: its text (a dtype through numpy first)."""
    if key == "dtype":
        raise NotImplementedError(f"Unknown ctypes type {type(value).__name__}")
    return str(value)


def _op_param_names(op):
    """The parameters (not array inputs) an op takes, in its signature's order."""
    return [p.name for p in _params(op).values()
            if p.name not in op.arg_names and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)]


def _check_user_attrs(op, op_name, attr, given=None):
    """An op with parameters refuses plain (not ``__key__``) user attributes, as MXNet's parser does (``given``:
    the node's parameters, which the message shows; at creation, every attribute the parser saw)."""
    plain = [k for k in _hide_keys(attr) if not (k.startswith("__") and k.endswith("__"))]
    if plain and _op_param_names(op) and op_name != "Custom":      # (Custom takes any attribute)
        shown = given if given is not None and attr.keys() <= given.keys() else dict(given or {}, **attr)
        first = next(k for k in iteration_order(list(shown)) if k in plain)     # the first the parser meets
        raise unknown_argument(op, first, shown)


# Ops whose parameters MXNet's forward never parses (only their backward reads them): symbol creation takes any.
_PARSED_IN_BACKWARD = frozenset({"LinearRegressionOutput", "LogisticRegressionOutput", "MAERegressionOutput"})
# Variadic ops MXNet adds no num_args attribute to (amp_multicast's count is another parameter, as the multi-array
# ops' num_arrays or num_weights; the node an autograd.Function records has no parameters).
_COUNTED_BY_OTHER = {"amp_multicast", "_CustomFunction", "multi_all_finite", "multi_sum_sq", "reset_arrays",
                     "_npi_uniform", "_npi_normal",         # their inputs: the parameters whose attribute is None
                     *(f"{pre}multi_{mp}sgd_{mom}update" for pre in ("", "preloaded_") for mp in ("", "mp_")
                       for mom in ("", "mom_")),
                     "_multi_adamw_update", "_multi_mp_adamw_update", "_multi_lamb_update", "_multi_mp_lamb_update"}
# the variadic ops whose count of inputs a parameter of their own gives
_COUNTED_BY_PARAMETER = {"amp_multicast": "num_outputs", "multi_all_finite": "num_arrays",
                         "multi_sum_sq": "num_arrays", "reset_arrays": "num_arrays"}
# Parameters MXNet requires that the registry gives a default of None.
_REQUIRED = {"FullyConnected": ("num_hidden",), "Activation": ("act_type",), "Embedding": ("input_dim", "output_dim"),
             "clip": ("a_min", "a_max"), "Cast": ("dtype",), "LRN": ("nsize",), "Pad": ("mode", "pad_width"),
             "reverse": ("axis",), "_contrib_SparseEmbedding": ("input_dim", "output_dim"),
             "_contrib_count_sketch": ("out_dim",), "_contrib_quantized_fully_connected": ("num_hidden",),
             "_contrib_quantized_conv": ("kernel", "num_filter"),
             "_contrib_quantized_embedding": ("input_dim", "output_dim"),
             "_contrib_dgl_graph_compact": ("graph_sizes", "return_mapping"), "_contrib_dgl_subgraph": ("return_mapping",)}


# Parameters our registry requires but MXNet's symbol creation leaves to their defaults.
_OPTIONAL_AT_CREATION = {"broadcast_to": ("shape",)}
# Ops MXNet registers without input names: its symbol composer, given inputs by name (as the generated
# functions always pass them) or none, can place no input, so these build no symbol at all.
_INPUTS_UNNAMED = frozenset({
    "adam_update", "fill_element_0index", "ftml_update", "ftrl_update", "lamb_update_phase1", "lamb_update_phase2",
    "mp_lamb_update_phase1", "mp_lamb_update_phase2", "mp_nag_mom_update", "mp_sgd_mom_update", "mp_sgd_update",
    "nag_mom_update", "rmsprop_update", "rmspropalex_update", "sgd_mom_update", "sgd_update", "signsgd_update",
    "signum_update", "_contrib_group_adagrad_update"})
# Ops whose mutated inputs MXNet lists with their momentum-less sibling's parameters: composing one fails
# (MXNet's mangled names of the parameter structures stored and read)
_MISREAD_PARAMETERS = {"multi_sgd_mom_update": ("16MultiSGDMomParam", "13MultiSGDParam"),
                       "preloaded_multi_sgd_mom_update": ("25PreloadedMultiSGDMomParam", "22PreloadedMultiSGDParam")}
# Variadic ops whose num_args MXNet bounds (below by 1; Crop's also above, by 3), with the parameter's
# description its refusal quotes.
_NUM_ARGS_MEANING = {
    "Concat": "Number of inputs to be concated.", "add_n": "Number of inputs to be summed.",
    "stack": "Number of inputs to be stacked.", "khatri_rao": "Number of input matrices.",
    **{name: meaning for name, (_, meaning) in param_text.STATED_COUNT.items()},
}


def _check_attrs_named(op, attrs, shown):
    """Refuse an attribute the operator does not declare, or an enum value it does not list."""
    _check_known(op, attrs, shown)
    check_enums(op.name, shown)


def _check_num_args(op, shown, imperative=False):
    """Refuse a variadic op's num_args out of its bounds, as MXNet's parser does (``imperative``: in an NDArray
    call)."""
    low, meaning = getattr(op, "counted_inputs", None) or (1, _NUM_ARGS_MEANING.get(op.name))
    if "num_args" not in shown:
        return
    try:        # (read as text: a float, a bool or a number beyond an int's range is refused)
        count = param_text.read_value(op.name, "num_args", "i", shown["num_args"], shown, imperative)
    except MXNetError as error:
        count = param_text.alone(error)
    if isinstance(count, MXNetError):
        if meaning is not None or op.variadic and op.name not in _COUNTED_BY_OTHER:
            param_text.refuse_first_read(op.name, shown, imperative, until="num_args")
            raise count
        return
    if meaning is None or low <= count <= (3 if op.name == "Crop" else count):
        return
    # (the parser reads its fields in its map's order: one refused before num_args is refused first)
    param_text.refuse_first_read(op.name, shown, imperative, until="num_args")
    bound = "exceed bound [1,3]" if op.name == "Crop" else f"should be greater equal to {low}"
    raise MXNetError(f"value {count} for Parameter num_args {bound}\nnum_args: {meaning}"
                     f"{param_text.in_operator(op.name, shown, imperative)}")


def _counted_variable(op_name, node_name, i, attrs, user):
    """The variable MXNet's composition makes for input ``i`` of an op counted by a parameter, left out:
    ``<node>_array_<i>`` (amp_multicast's ``<node>_data_<i>``), holding the op's attributes."""
    v = var(f"{node_name}_{'data' if op_name == 'amp_multicast' else 'array'}_{i}")
    v._heads[0][0].attrs, v._heads[0][0].user_attrs = dict(attrs), dict(user or {})
    return v


def _creation_order(op, attrs, user, count=None):
    """The attributes MXNet's parser sees when a symbol is created, in the order its generated function inserts
    them: keyword arguments the op does not declare, the user's and the scope's attributes, then the op's
    parameters in declared order (error messages list them in that map's order); a variadic op's ``count`` of
    inputs, unless given."""
    if op.variadic:     # every parameter comes as a keyword, the inputs' count last
        return {**attrs, **user, **({} if count is None else {"num_args": count})}
    params = [k for k in _params(op) if k in attrs]
    undeclared = {k: v for k, v in attrs.items() if k not in params}
    return {**undeclared, **user, **{k: attrs[k] for k in params}}


def _check_params(op, op_name, attrs, shown=None):
    """Refuse unknown parameters and missing required ones when the op is created, as MXNet does (``shown``:
    the attributes the error lists, by default ``attrs``)."""
    shown = attrs if shown is None else shown
    _check_known(op, attrs, shown)
    _check_required(op, attrs, shown)


def _check_known(op, attrs, shown):
    """Refuse the attributes the op's parser does not know."""
    params = _params(op)
    # MXNet's parser of an op that declares parameters refuses unknown ones; an op without parameters has none
    # (a contrib operator's forward names exactly the parameters its nd call takes)
    declares = (op.variadic or op.kwonly or len(op.positional_names) > len(op.arg_names)) \
        and op.name not in _PARSED_IN_BACKWARD and not op.name.startswith("_np")
    if (declares or (op.name.startswith("_contrib_") and not op.parameterless)) \
            and not any(p.kind is p.VAR_KEYWORD for p in params.values()):
        for key in attrs:
            if (key not in params or key in op.arg_names or params[key].kind is params[key].VAR_POSITIONAL) \
                    and not (op.variadic and key == "num_args"):
                raise unknown_argument(op, key, shown)


def _check_required(op, attrs, shown):
    """Refuse a required parameter left out: MXNet's parser checks them after reading the given ones."""
    params = _params(op)
    required = [p.name for p in params.values() if p.default is p.empty and p.kind is p.KEYWORD_ONLY
                and p.name not in _OPTIONAL_AT_CREATION.get(op.name, ())]
    for key in sorted(required + list(_REQUIRED.get(op.name, ()))):     # MXNet checks them by name
        if key not in attrs:
            raise missing_parameter(op.name, key, shown)
    if op.name == "SliceChannel" and isinstance(attrs.get("num_outputs"), int) and attrs["num_outputs"] < 1:
        raise MXNetError(f"value {attrs['num_outputs']} for Parameter num_outputs should be greater equal to 1, "
                         f"in operator SliceChannel")
    if getattr(op, "check_attrs", None) is not None:
        op.check_attrs(attrs)


def _positional_attrs(op, op_name, nsym, values, by_keyword=()):
    """Arguments given by position after the symbol inputs, named as MXNet's generated functions name them:
    the op's remaining inputs and parameters in declared order, then ``name``, ``attr`` and ``out``. A name
    also given by keyword (``by_keyword``) is refused as Python refuses it for those functions."""
    params = [p.name for p in _params(op).values()
              if p.kind is not p.VAR_POSITIONAL and p.name not in op.unlisted_inputs]
    if op.variadic:
        params = [p for p in params if p not in op.arg_names]
        nsym = 0
        names = params[:len(values)]
        if len(names) < len(values):
            raise MXNetError(f"{op_name}: {len(values)} attributes given by position, but it takes only {names}")
        _refuse_given_twice(op_name, names, by_keyword)
        return dict(zip(names, values))
    declared = _DECLARED.get(op.name)
    if declared is not None:
        params = list(declared) + [p for p in params if p not in declared]
    slots = params[nsym:] + ["name", "attr", "out"]
    if len(values) > len(slots):
        raise TypeError(f"{op_name}() takes from 0 to {len(params) + 3} positional arguments but "
                        f"{nsym + len(values)} were given")
    _refuse_given_twice(op_name, params[:nsym] + slots[:len(values)], by_keyword)
    given = dict(zip(slots, values))
    for key, value in given.items():
        if key in input_names(op) and value is not None and not isinstance(value, Symbol):
            raise AssertionError(f"Argument {key} must be Symbol instances, but got {value}")
    return {k: v for k, v in given.items() if not (v is None and k in input_names(op))}


def _refuse_given_twice(op_name, positional_names, by_keyword):
    twice = [k for k in positional_names if k in by_keyword]
    if twice:
        raise TypeError(f"{op_name}() got multiple values for argument '{twice[0]}'")


def _flag(attrs, key, default=False):
    value = attrs.get(key, default)
    return str(value).lower() in ("1", "true")


def _default(op, key):
    param = _params(op).get(key)
    return None if param is None else param.default


# Whether an optional input that was not given gets a ``<node>_<input>`` variable, as MXNet decides.
_WANTED = {
    "bias": lambda op, a: not _flag(a, "no_bias", _default(op, "no_bias")),
    "gamma": lambda op, a: op.name != "LeakyReLU" or a.get("act_type") == "prelu",
    "beta": lambda op, a: True,
    "moving_mean": lambda op, a: True,
    "moving_var": lambda op, a: True,
    "weight": lambda op, a: True,
    "state_cell": lambda op, a: a.get("mode") == "lstm",
    "sequence_length": lambda op, a: _flag(a, "use_sequence_length"),
    "length": lambda op, a: _flag(a, "use_length"),
    "data_lengths": lambda op, a: _flag(a, "use_data_lengths"),
    "label_lengths": lambda op, a: _flag(a, "use_label_lengths"),
    "trans": lambda op, a: not _flag(a, "no_trans"),
    "like": lambda op, a: a.get("mode") == "like",          # BilinearResize2D's
}


def _wanted(op, key, attrs):
    rule = _WANTED.get(key)
    return rule is not None and rule(op, attrs)


def input_count(op, attrs):
    """How many inputs MXNet's ``op`` takes with ``attrs``: its required inputs and the optional ones these
    attributes switch on (an LSTM's state_cell, a bias without no_bias)."""
    optional = optional_inputs(op)
    return sum(1 for name in op.arg_names if name not in optional or _wanted(op, name, attrs))


def _refuse_tuple_input(src, where):
    """MXNet composes one output of each input symbol; ``where`` is the input's position, or its name when
    MXNet composed it by keyword."""
    if len(src._heads) == 1:
        return
    by_position = isinstance(where, int)
    line, check, what = (311, "args[i]", "Argument") if by_position else (317, "kv.second", "Keyword Argument")
    raise composing_error(line, f"Check failed: {check}->outputs.size() == 1U ({len(src._heads)} vs. 1) : {what} "
                                f"{where} is a tuple, single value is required")


def _variadic_keyword_inputs(positional, inputs):
    """A variadic op's inputs given by keyword, as MXNet composes them: never with positional ones, and only
    under its argument names (arg0, arg1, ...)."""
    if positional and inputs:
        raise TypeError("Operators with variable length input can only accept input"
                        "Symbols either as positional or keyword arguments, not both")
    names = [f"arg{i}" for i in range(len(inputs))]
    for key in inputs:
        if key not in names:
            raise keyword_not_found("Symbol.Compose", key, names)
    return [inputs[n] for n in names]


def _bind_inputs(op, op_name, names, positional, inputs, attrs, node_name, ordered=None, user=None):
    """Match symbols to the op's input names, creating ``<node>_<input>`` variables for missing ones."""
    if len(positional) > len(names):
        raise MXNetError(f"{op_name} takes {len(names)} inputs ({', '.join(names)}), got {len(positional)}")
    optional = optional_inputs(op)
    bound = dict(zip(names, positional))      # as MXNet's generated functions: by the declared names
    for key in inputs:
        if key not in names:
            raise keyword_not_found("Symbol.Compose", key, [n for n in names if n not in optional
                                                            or n not in _WANTED or _wanted(op, n, attrs)])
    bound.update(inputs)
    for key in bound:      # an input these attributes switch off (no_bias, mode, use_*) cannot be given
        if key in optional and key in _WANTED and not _wanted(op, key, attrs):
            taken = [n for n in names if n not in optional or _wanted(op, n, attrs)]
            raise keyword_not_found("Symbol.Compose", key, taken)
    # MXNet's generated functions compose a fixed-input op by keyword; its keyword map yields the last one first
    for key in reversed(list(bound)):
        _refuse_tuple_input(bound[key], key)
    sources = []
    for key in names:
        if key in bound:
            src = bound[key]
            if key in AUX_INPUTS and len(src._heads) == 1 and src._heads[0][0].is_variable:
                src._heads[0][0].user_attrs["__aux__"] = "1"       # e.g. a Gluon BatchNorm's running_mean
                _set_stat_init(op, key, src._heads[0][0])
            if len(src._heads) == 1 and src._heads[0][0].is_variable:
                _set_prelu_init(op, key, attrs, src._heads[0][0])
            sources.append(src)
        elif key in optional and not _wanted(op, key, attrs):
            continue
        else:
            v = var(f"{node_name}_{key}" if node_name else key)    # an atomic symbol has no name
            node = v._heads[0][0]
            node.attrs = dict(ordered if ordered is not None else attrs)   # MXNet copies the op's attributes
            node.user_attrs = dict(user or {})
            if key in AUX_INPUTS:
                node.user_attrs["__aux__"] = "1"
                _set_stat_init(op, key, node)
            _set_prelu_init(op, key, attrs, node)
            sources.append(v)
    return sources


_BILINEAR_INIT = '["bilinear", {}]'


def _upsampling_names(op, attrs):
    """Bilinear UpSampling takes its data and weight whatever its num_args, which counts nearest mode's inputs."""
    return ("data", "weight") if op.name == "UpSampling" and attrs.get("sample_type") == "bilinear" else None


def _upsampling_weight(sources, attrs, node_name, user):
    """MXNet's UpSampling: bilinear mode creates its ``<node>_weight`` variable (with the op's attributes);
    the variable in second place, whatever the mode, gets the bilinear initializer."""
    if attrs.get("sample_type") == "bilinear" and len(sources) == 1:
        weight = var(f"{node_name}_weight")
        node = weight._heads[0][0]
        node.attrs, node.user_attrs = dict(attrs), dict(user or {})
        sources = sources + [weight]
    if len(sources) > 1 and len(sources[1]._heads) == 1:
        _set_bilinear_init(sources[1]._heads[0][0])
    return sources


def _set_bilinear_init(node):
    """UpSampling's second input, a variable, gets the bilinear initializer unless it has one."""
    if node.is_variable and "__init__" not in node.user_attrs:
        node.user_attrs["__init__"] = _BILINEAR_INIT
        _append_late(node, "__init__")


def _set_input_inits(op, attrs, inputs):
    """The initializers an op gives its input variables when composed, as MXNet's loader sets them again on a
    graph written before 0.9.4 (where they are missing)."""
    if op.name == "UpSampling" and len(inputs) > 1:
        _set_bilinear_init(inputs[1][0])
    for (src, _), key in zip(inputs, input_names(op) if not is_variadic(op) else ()):
        if src.is_variable:
            _set_stat_init(op, key, src)
            _set_prelu_init(op, key, attrs, src)


def _declared_inputs(declared):
    """A declared op's inputs in order: its arguments, then its auxiliary states not among them (an op whose
    forward reads a state between its arguments lists it there, and among its states)."""
    return list(declared.arguments) + [name for name in declared.aux if name not in declared.arguments]


def _bind_declared(declared, positional, inputs, node_name, attrs, user, positional_names, op_name):
    """Symbols for the declared arguments then auxiliary states, by position (under ``positional_names``) or name;
    missing ones become ``<node>_<input>`` variables with the op's attributes (as MXNet copies them), auxiliary
    states are marked."""
    names = _declared_inputs(declared)
    if len(positional) > len(positional_names):
        raise composing_error(360, f"Check failed: arg_vec.size() <= n_req ({len(positional)} vs. {len(names)}) : "
                                   f"Incorrect number of arguments, requires {len(names)}, provided {len(positional)}")
    bound = dict(zip(positional_names, positional))
    bound.update(inputs)
    for key in bound:
        if key not in names:
            raise keyword_not_found("Symbol.Compose", key, names)
    sources = [bound[key] if key in bound else var(f"{node_name}_{key}") for key in names]
    for key, src in zip(names, sources):
        if key not in bound:
            node = src._heads[0][0]
            node.attrs, node.user_attrs = dict(attrs), dict(user)
        if key in declared.aux and len(src._heads) == 1 and src._heads[0][0].is_variable:
            src._heads[0][0].user_attrs["__aux__"] = "1"
    return sources


def compose(sym, *args, name=None, copy_variables=False, **kwargs):
    """A copy of ``sym`` whose variables are replaced by the given symbols (``copy_variables``: the others by
    copies of theirs, else kept)."""
    _check_compose_args(sym, args, kwargs)
    if args:        # an atomic symbol (checked above) takes its inputs in order
        return _compose_atomic(sym, args, name)
    subst = dict(kwargs)
    _mark_replaced_aux(sym, subst)
    copies = {}

    def copy(node):
        if id(node) in copies:
            return copies[id(node)]
        if node.is_variable and node.name in subst:
            new = subst[node.name]._heads[0]
            copies[id(node)] = new
            return new
        if node.is_variable:
            kept = _clone_heads([(node, 0)])[0][0] if copy_variables else node
            copies[id(node)] = (kept, None)
            return copies[id(node)]
        twin = Node(node.op, node.op_name, node.name, node.attrs,
                    [(_pick(copy(src), i)) for src, i in node.inputs], node.user_attrs, node.num_outputs)
        copies[id(node)] = (twin, None)
        return copies[id(node)]

    for node in topo_order(sym._heads):
        copy(node)
    heads = [_pick(copies[id(n)], i) for n, i in sym._heads]
    if name is not None and len(heads) == 1:
        heads[0][0].name = name
    return Symbol(heads)


def _compose_in_place(sym, kwargs):
    """Give ``sym``'s nodes the symbols of ``kwargs`` in place of the variables they name; False (nothing done)
    when a given symbol depends on one of those nodes, which would close a cycle."""
    name = kwargs.pop("name", None)
    _check_compose_args(sym, (), kwargs)
    ops = [n for n in topo_order(sym._heads) if not n.is_variable]
    reached = {id(n) for given in kwargs.values() for n in topo_order(given._heads)}
    if any(id(n) in reached for n in ops):
        return False
    _mark_replaced_aux(sym, kwargs)

    def replaced(entry):
        node, index = entry
        return kwargs[node.name]._heads[0] if node.is_variable and node.name in kwargs else entry
    for node in ops:
        node.inputs = [replaced(entry) for entry in node.inputs]
    sym._heads = [replaced(entry) for entry in sym._heads]
    if name is not None and len(sym._heads) == 1:
        sym._heads[0][0].name = name
    return True


def _check_compose_args(sym, args, kwargs):
    """MXNet's checks of a composition, in its order: by position or by keyword, symbols only, one output each,
    keywords only (a graph's variables are replaced by name), and names among the symbol's inputs."""
    if args and kwargs:
        raise TypeError("compose only accept input Symbols                 either as positional or keyword "
                        "arguments, not both")      # (the spaces are MXNet's)
    if not all(isinstance(v, Symbol) for v in list(args) + list(kwargs.values())):
        raise TypeError("Compose expect `Symbol` as arguments")
    for i, arg in enumerate(args):
        _refuse_tuple_input(arg, i)
    if args and not _is_atomic(sym):
        raise composing_error(412, f"Check failed: args.size() == 0U ({len(args)} vs. 0) : General composition only "
                                   "support kwargs for now")
    for key, value in kwargs.items():
        _refuse_tuple_input(value, key)
    is_variable = len(sym._heads) == 1 and sym._heads[0][0].is_variable
    unknown = sorted(kwargs) if is_variable else sorted(k for k in kwargs if k not in sym.list_inputs())
    if unknown:         # a variable has no inputs of its own to replace (MXNet names one 'data' there)
        candidates = ["data"] if is_variable else sym.list_inputs()
        raise keyword_not_found("Symbol.Compose", unknown[0], candidates)


def _is_atomic(sym):
    """Whether ``sym`` is one operator without inputs, as ``_gen_atomic_symbol`` makes it."""
    nodes = {id(n) for n, _ in sym._heads}
    node = sym._heads[0][0]
    return len(nodes) == 1 and not node.is_variable and not node.inputs


def _compose_atomic(sym, args, name):
    """The atomic symbol's operator applied to ``args`` (its inputs, in order)."""
    node = sym._heads[0][0]
    node_name = node.name if name is None else name
    if not is_variadic(node.op) and node.op_name != "Custom":     # missing inputs become variables
        args = _bind_inputs(node.op, node.op_name, input_names(node.op), list(args), {}, dict(node.attrs),
                            node_name, user=node.user_attrs)
    twin = Node(node.op, node.op_name, node_name, dict(node.attrs), [arg._heads[0] for arg in args],
                dict(node.user_attrs), node.num_outputs)
    return Symbol([(twin, i) for _, i in sym._heads])


def _mark_replaced_aux(sym, subst):
    """An auxiliary state replaced by keyword must be a variable, which becomes the op's state in its place."""
    for key in set(subst) & set(sym.list_auxiliary_states()):
        node = subst[key]._heads[0][0]
        if not node.is_variable:
            raise composing_error(61, "Check failed: e.node->is_variable(): Mutation target can only be Variable")
        node.user_attrs["__aux__"] = "1"


def _clone_heads(heads):
    """``heads`` over a copy of every node of their graph."""
    copies = {}
    for node in topo_order(heads):
        copies[id(node)] = Node(node.op, node.op_name, node.name, dict(node.attrs),
                                [(copies[id(src)], i) for src, i in node.inputs], dict(node.user_attrs),
                                node.num_outputs)
    return [(copies[id(n)], i) for n, i in heads]


_AMP_CASTS = ("amp_cast", "amp_multicast")


def _without_amp_casts(heads):
    """``heads`` over a copy of their graph in which each AMP cast read by another node is bypassed (a cast
    that is itself an output stays, as MXNet keeps it)."""
    nodes = topo_order(heads)
    if not any(not n.is_variable and n.op_name in _AMP_CASTS for n in nodes):
        return heads
    entries = {}            # (id(node), index) in the old graph -> entry in the new one

    def entry(node, index):
        return entries.get((id(node), index), (node, index))      # variables are shared, as compose does

    for node in nodes:
        if node.is_variable:
            continue
        if node.op_name in _AMP_CASTS:
            for i in range(node.num_outputs):
                entries[(id(node), i)] = entry(*node.inputs[i])
            continue
        twin = Node(node.op, node.op_name, node.name, dict(node.attrs),
                    [entry(src, i) for src, i in node.inputs], dict(node.user_attrs), node.num_outputs)
        for i in range(node.num_outputs):
            entries[(id(node), i)] = (twin, i)
    kept = {}

    def head(node, index):
        if node.is_variable or node.op_name not in _AMP_CASTS:
            return entry(node, index)
        if id(node) not in kept:
            kept[id(node)] = Node(node.op, node.op_name, node.name, dict(node.attrs),
                                  [entry(src, i) for src, i in node.inputs], dict(node.user_attrs),
                                  node.num_outputs)
        return (kept[id(node)], index)
    return [head(n, i) for n, i in heads]


def _pick(copied, index):
    node, fixed = copied
    return (node, fixed if fixed is not None else index)


# ---- JSON -----------------------------------------------------------------------------
def _to_dict(sym):
    attrs = {"mxnet_version": ["int", _MXNET_VERSION]}
    if is_np_shape():          # MXNet marks graphs saved under NumPy shape semantics
        attrs = {"is_np_shape": ["int", 1], **attrs}
    return dict(_graph_dict(sym._heads), attrs=attrs)


def _graph_dict(heads):
    """Nodes, argument nodes, output row pointers and heads of the graph ending at ``heads``."""
    nodes = topo_order(heads)
    index = {id(n): i for i, n in enumerate(nodes)}
    out = []
    for n in nodes:
        entry = {"op": n.op_name, "name": n.name}
        attrs = {k: attr_to_str(v) for k, v in n.attrs.items()}
        attrs.update({k: v for k, v in n.user_attrs.items() if k not in _PRIVATE})
        if attrs:
            entry["attrs"] = dict(sorted(attrs.items()))
        entry["inputs"] = [[index[id(src)], i, v] for (src, i), v in zip(n.inputs, _input_versions(n))]
        if getattr(n.op, "subgraphs", None):           # control flow: its bodies, as MXNet nests them
            entry["subgraphs"] = [_graph_dict(body.heads) for body in n.op.subgraphs]
        out.append(entry)
    row_ptr = [0]
    for n in nodes:
        row_ptr.append(row_ptr[-1] + _all_outputs(n))
    return {"nodes": out,
            "arg_nodes": [i for i, n in enumerate(nodes) if n.is_variable],
            "node_row_ptr": row_ptr,
            "heads": [[index[id(n)], i, 0] for n, i in heads]}


def _write_json(value, indent=0):
    """JSON laid out like dmlc's writer: objects of 2+ keys and arrays of 11+ items span lines."""
    pad, inner = "  " * indent, "  " * (indent + 1)
    if isinstance(value, dict):
        items = [f"{_json_text(k)}: {_write_json(v, indent + 1)}" for k, v in value.items()]
        if len(items) <= 1:
            return "{" + "".join(items) + "}"
        return "{\n" + inner + (", \n" + inner).join(items) + "\n" + pad + "}"
    if isinstance(value, list):
        items = [_write_json(v, indent + 1) for v in value]
        multi = len(items) > 10 or any(isinstance(v, dict) for v in value)
        if not multi:
            return "[" + ", ".join(items) + "]"
        return "[\n" + inner + (", \n" + inner).join(items) + "\n" + pad + "]"
    return _json_text(value) if isinstance(value, str) else json.dumps(value)


# dmlc's JSON writer escapes only these; other characters (control ones, non-ASCII) go out as they are
_JSON_ESCAPES = str.maketrans({"\r": "\\r", "\n": "\\n", "\\": "\\\\", "\t": "\\t", '"': '\\"'})


def _json_text(text):
    return '"' + text.translate(_JSON_ESCAPES) + '"'


def load_json(json_str):
    """A symbol from MXNet's JSON graph format (as written by MXNet 1.x or ``tojson``)."""
    if not isinstance(json_str, str):
        raise TypeError("fname required to be string")      # (MXNet's words)
    start = len(json_str) - len(json_str.lstrip(_C_SPACES))
    if start < len(json_str) and json_str[start] != "{":       # the reader's first step: BeginObject
        found = json_str[start]
        raise MXNetError(f"Check failed: ch == '{{' ({ord(found)} vs. {{) : Error at{_reader_at(json_str, start + 1)}, "
                         f"Expect '{{' but get '{found}'")
    from . import json_reader
    try:    # (dmlc writes control characters unescaped; its reader stops after the graph's object)
        graph, _ = json.JSONDecoder(strict=False).raw_decode(json_str, start)
        as_read = json_reader.well_typed(graph) and not json_reader.needs_reading(json_str)
    except ValueError:
        as_read = False
    if not as_read:     # MXNet's reader fails where it differs from Python's, or reads a graph cut short
        graph = json_reader.read_graph(json_str)
    for entry in graph.get("nodes") or ():      # (MXNet looks each operator up as it reads its node)
        if isinstance(entry, dict) and entry.get("op", "null") != "null" and not _known_op(entry["op"]):
            raise _unknown_op(entry)
    _check_graph_links(graph, json_str)
    graph = _inputs_first(graph)
    json_reader.check_version_type(graph)
    from . import legacy_json
    legacy_json.log_version(graph)
    legacy = legacy_json.is_legacy(graph)
    if legacy_json.replays_loader(graph):
        graph = legacy_json.replay_loader(graph)
    upgraded = legacy_json.upgrade(graph) if legacy else graph
    loaded = _load_graph(upgraded, legacy_json.before_0_9(upgraded), legacy_json.before_0_9_4(upgraded))
    legacy_json.log_upgraded(graph)
    return loaded


# The fields MXNet's JSON reader knows in a graph and in one of its nodes; any other one is refused.
_GRAPH_FIELDS = ("arg_nodes", "attrs", "heads", "node_row_ptr", "nodes")
_NODE_FIELDS = ("attr", "attrs", "backward_source_id", "control_deps", "inputs", "name", "op", "param", "subgraphs")


def _check_fields(entry, known):
    for field in entry if isinstance(entry, dict) else ():
        if field not in known:
            from .json_reader import unknown_field
            raise unknown_field(field, known)


_C_SPACES = " \t\n\v\f\r"       # C's isspace, which dmlc's JSON reader skips


_GRAPH_REQUIRED, _NODE_REQUIRED = ("arg_nodes", "heads", "nodes"), ("inputs", "name", "op")


def _object_end(text):
    graph, ends = _object_ends(text)
    return ends[id(graph)]


def _node_end(text, i):
    graph, ends = _object_ends(text)
    return ends[id(graph["nodes"][i])]


def _reader_at(text, pos):
    """dmlc's JSON reader's position text at ``pos``: the line (counting newlines or returns read, the larger) and
    what follows on it (at most 63 characters, up to a NUL, where the C string it prints ends)."""
    line = max(text.count("\n", 0, pos), text.count("\r", 0, pos))
    return f" Line {line}, around ^`{text[pos:].split(chr(10), 1)[0][:63].split(chr(0), 1)[0]}`"


def _missing_field(entry, required, at):
    """MXNet's JSON reader's check that an object read has its ``required`` fields (named in its sorted order);
    ``at``: the reader's position after the object."""
    from .json_reader import missing_field
    for field in sorted(required):
        if field not in entry:
            raise missing_field(field, at())


def _object_ends(text):
    """The JSON ``text`` decoded again, with the index just past each object in it (by the object's id)."""
    from json import decoder, scanner
    ends = {}

    def parse_object(*args, **kwargs):
        obj, end = decoder.JSONObject(*args, **kwargs)
        ends[id(obj)] = end
        return obj, end
    reader = json.JSONDecoder(strict=False)
    reader.parse_object = parse_object
    reader.scan_once = scanner.py_make_scanner(reader)
    return reader.raw_decode(text, len(text) - len(text.lstrip(_C_SPACES)))[0], ends


def _check_graph_links(graph, text=""):
    """MXNet's JSON reader needs the graph's and its nodes' fields (a missing one named with the reader's position
    in ``text``, the graph's JSON), and every node it links to must be in the list."""
    _check_fields(graph, _GRAPH_FIELDS)
    nodes = graph.get("nodes")
    for i, entry in enumerate(nodes if isinstance(nodes, list) else ()):     # (read before the graph's fields)
        _check_fields(entry, _NODE_FIELDS)
        if isinstance(entry, dict):
            _missing_field(entry, _NODE_REQUIRED, lambda: _reader_at(text, _node_end(text, i)))
    _missing_field(graph, _GRAPH_REQUIRED, lambda: _reader_at(text, _object_end(text)))
    nodes = graph["nodes"]
    _check_links([(link[0], len(nodes)) for entry in nodes for link in entry.get("inputs", ())], 230)
    for arg in graph["arg_nodes"]:             # (MXNet checks the inputs, then the arguments, then the heads)
        if not 0 <= arg < len(nodes):           # (MXNet's checks name no node)
            raise located(MXNetError("Check failed: nid < jgraph.nodes.size(): "), (_SAVELOAD_JSON, 256))
        if nodes[arg].get("op") != "null":
            raise MXNetError("Check failed: jgraph.nodes[nid].node->is_variable(): ")
    _check_links([(head[0], len(nodes)) for head in graph["heads"]], 262)


_SAVELOAD_JSON = "../3rdparty/tvm/nnvm/src/pass/saveload_json.cc"


def _check_links(links, line):
    """Refuse a link past the node list as MXNet's loader does at ``line`` (node inputs, or the heads)."""
    for target, before in links:
        if not 0 <= target < before:
            raise located(MXNetError("Check failed: e.node_id < jgraph.nodes.size(): "), (_SAVELOAD_JSON, line))


def _inputs_first(graph):
    """``graph`` with its nodes renumbered so that each comes after its inputs (the order of nodes already so kept):
    MXNet links a node to any node of the list, earlier or later. Nodes on a cycle no head reaches are left out."""
    entries = graph["nodes"]
    reached = _reached(entries, graph["heads"])
    order, state = [], [None] * len(entries)        # state: None unseen, False being visited, True placed, or "cut"
    for first in range(len(entries)):
        stack = [first]
        while stack:
            i = stack[-1]
            if state[i] in (True, "cut"):
                stack.pop()
                continue
            state[i] = False
            pending = [src for src, *_ in entries[i]["inputs"] if state[src] is not True]
            if any(state[src] is False for src in pending):
                if any(reached[j] for j in stack):
                    raise MXNetError(f"Symbol JSON has a cycle through node {entries[i]['name']!r}")
                for j in stack:
                    state[j] = "cut"
                stack = []
            elif any(state[src] == "cut" for src in pending):
                state[i] = "cut"
            elif pending:
                stack.append(pending[0])
            else:
                state[i] = True
                order.append(i)
                stack.pop()
    if order == list(range(len(entries))):
        return graph
    new_id = {old: new for new, old in enumerate(order)}

    def moved(link):
        return [new_id[link[0]], *link[1:]]
    nodes = [dict(entries[i], inputs=[moved(link) for link in entries[i]["inputs"]]) for i in order]
    return dict(graph, nodes=nodes, arg_nodes=[new_id[i] for i in graph["arg_nodes"] if i in new_id],
                heads=[moved(head) for head in graph["heads"]])


def _reached(entries, heads):
    """Per node of ``entries``, whether one of ``heads`` depends on it."""
    reached, todo = [False] * len(entries), [head[0] for head in heads]
    while todo:
        i = todo.pop()
        if not reached[i]:
            reached[i] = True
            todo.extend(src for src, *_ in entries[i]["inputs"])
    return reached


def _load_graph(graph, add_missing_inputs=False, input_inits=False):
    """A symbol from a parsed JSON graph (control-flow nodes carry their bodies as nested graphs);
    ``add_missing_inputs``: create the inputs a node leaves out, as MXNet upgrades graphs older than 0.9;
    ``input_inits``: give input variables their operators' initializers, as it upgrades those before 0.9.4."""
    from . import legacy_json, mkldnn_subgraph
    from .control_flow_nodes import CONTROL_FLOW_OPS, load_node
    entries, heads = graph["nodes"], graph["heads"]
    nodes = []
    for entry in entries:
        raw = dict(entry.get("attrs", entry.get("attr", entry.get("param", {}))) or {})
        loaded_map = raw.pop("__map__", None)
        # the order of the node's attribute map: as filled in the text's order, or as the loader's upgrade left it
        order, put_back = iteration_order(list(raw)), []
        if loaded_map is not None:
            order, put_back = list(raw), legacy_json.read_map_note(loaded_map)[2]
        user = {k: v for k, v in raw.items() if k.startswith("__")}
        attrs = {k: attr_from_str(v) for k, v in raw.items() if not k.startswith("__")}
        inputs = [(nodes[src], i) for src, i, *_ in entry["inputs"]]
        if entry["op"] == "null":
            node = Node(None, "null", entry["name"], attrs, [], user)
        elif entry["op"] in CONTROL_FLOW_OPS:
            bodies = [_load_graph(sub)._heads for sub in entry.get("subgraphs", [])]
            node = load_node(entry["op"], entry["name"], attrs, inputs, user, bodies)._heads[0][0]
        elif entry["op"] in mkldnn_subgraph.FUSED_OPS:
            bodies = [_load_graph(sub)._heads for sub in entry.get("subgraphs", [])]
            if len(bodies) != 1:
                raise MXNetError(f"{entry['op']} {entry['name']!r} needs exactly one subgraph, got {len(bodies)}")
            node = mkldnn_subgraph.load_node(entry["op"], entry["name"], attrs, inputs, user, bodies[0])
        else:
            op = OPS.get(entry["op"])
            if op is None:
                raise _unknown_op(entry)
            _parse_loaded(op, entry, raw, attrs, [k for k in order if k not in put_back])
            if put_back:        # the upgrade parses again once the user keys are back
                _parse_loaded(op, entry, raw, attrs, order)
            declared = op.signature(attrs, fresh=True) if getattr(op, "signature", None) is not None else None
            if add_missing_inputs and declared is None and not is_variadic(op) and len(inputs) < len(input_names(op)):
                inputs = _missing_inputs_added(op, entry, attrs, inputs, user)
            elif add_missing_inputs and declared is None and is_variadic(op):
                inputs = _missing_counted_inputs_added(op, entry, attrs, inputs, user)
            node = Node(op, _json_op_name(entry["op"], op), entry["name"], attrs, inputs, user,
                        len(declared.outputs) if declared else _NUM_OUTPUTS.get(op.name, lambda a: 1)(attrs))
            for (src, _), key in zip(inputs, _declared_inputs(declared) if declared else []):
                if src.is_variable and key in declared.aux:
                    src.user_attrs["__aux__"] = "1"
            for (src, _), key in zip(inputs, input_names(op) if not is_variadic(op) else []):
                if src.is_variable and key in AUX_INPUTS:
                    src.user_attrs["__aux__"] = "1"
            for k, (src, _) in enumerate(inputs if op.name in multi_weight.LAYOUTS else []):
                if src.is_variable and multi_weight.mutates(op.name, k):
                    src.user_attrs["__aux__"] = "1"
            if input_inits:
                _set_input_inits(op, attrs, inputs)
            versions = [str(v[2]) if len(v) > 2 else "0" for v in entry["inputs"]]
            versions += ["0"] * (len(inputs) - len(versions))      # (inputs the upgrade created: never mutated)
            if versions != ["1" if _is_aux(src) else "0" for src, _ in inputs]:
                node.user_attrs["__inver__"] = ",".join(versions)
        if raw:             # MXNet lists a loaded node's attributes by their order in the JSON text
            node.user_attrs["__late__"] = ",".join(raw)
        if loaded_map is not None:
            node.user_attrs["__map__"] = loaded_map
        nodes.append(node)
    return Symbol([(nodes[n], i) for n, i, *_ in heads])


def _parse_loaded(op, entry, raw, attrs, order):
    """MXNet's parse of a loaded node's attribute map holding the keys ``order`` lists (in its order); its errors
    name the node."""
    shown = {k: raw[k] for k in order}
    parsed = {k: v for k, v in attrs.items() if k in shown}
    try:
        _refuse_first_loaded(op, shown, order)
        _check_params(op, entry["op"], parsed, shown=shown)
        check_enums(op.name, parsed)
        read_attrs(op.name, {k: v for k, v in shown.items() if k in parsed})     # as text: "1e2" is no int
    except MXNetError as e:
        raise MXNetError(_naming_loaded_node(message_of(e), entry["name"], shown, order)) from None


def _refuse_first_loaded(op, raw, order):
    """MXNet's parser reads a loaded node's attributes in its map's ``order`` (``__key__`` ones skipped) and stops at
    the first it refuses: a name the operator does not declare, or a value it cannot read."""
    for key in order:
        if key.startswith("__"):
            continue
        alone = {key: raw[key]}
        refused = param_text.refusal_of(_check_known, op, {key: attr_from_str(raw[key])}, alone)
        if refused is not None:
            raise refused
        param_text.refuse_first_read(op.name, alone)


def _naming_loaded_node(message, name, raw, order):
    """A parameter error about a node being loaded: its closing ``in operator Op(name="", ...)`` names the node and
    lists all its JSON attributes (user ones too) in their map's ``order``."""
    found = list(re.finditer(r', in operator ([\w.]+)\(name=""', message))
    if not found:
        return message
    given = "".join(f', {k}="{raw[k]}"' for k in order)
    return f'{message[:found[-1].start()]}, in operator {found[-1][1]}(name="{name}"{given})'


def _known_op(name):
    from . import mkldnn_subgraph
    from .control_flow_nodes import CONTROL_FLOW_OPS
    return name in CONTROL_FLOW_OPS or name in mkldnn_subgraph.FUSED_OPS or OPS.get(name) is not None


def _unknown_op(entry):
    """MXNet's refusal of a JSON node naming an operator it does not know: nnvm's check, with its log line, in
    the loader's words (which no source line leads)."""
    return located(MXNetError(f"Failed loading Op {entry.get('name')} of type {entry['op']}: "
                              f"{log_time()} ../3rdparty/tvm/nnvm/src/core/op.cc:73: Check failed: "
                              f"op != nullptr: Operator {entry['op']} is not registered"), ("", 0))


def _missing_inputs_added(op, entry, attrs, inputs, user):
    """A loaded node's inputs with the ones its JSON leaves out created as ``<node>_<input>`` variables."""
    given = [Symbol([link]) for link in inputs]
    sources = _bind_inputs(op, entry["op"], input_names(op), given, {}, attrs, entry["name"],
                           _signature_order(op, attrs), user)
    return [src._heads[0] for src in sources]


def _missing_counted_inputs_added(op, entry, attrs, inputs, user):
    """A loaded variadic node's inputs filled up to its num_args (bilinear UpSampling's: data and weight) with
    ``<node>_arg<i>`` variables, as MXNet's upgrade of a pre-0.9 graph creates them."""
    names = _upsampling_names(op, attrs)
    try:
        wanted = len(names) if names is not None else int(attrs["num_args"])
    except (KeyError, TypeError, ValueError):
        return inputs
    if len(inputs) >= wanted:
        return inputs
    sources = _counted_inputs([Symbol([link]) for link in inputs], attrs, entry["name"], user, names)
    return [src._heads[0] for src in sources]


def load(fname):
    """A symbol from a JSON file written by ``save`` or MXNet 1.x."""
    if not isinstance(fname, str):
        raise TypeError("fname need to be string")
    try:
        with open(local_file(fname), "rb") as f:
            raw = f.read()
    except OSError as e:
        raise open_failure(fname, e) from e
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:      # not a JSON file (a .params one): the reader refuses its first byte, as MXNet's
        text = raw.decode("latin-1")
    return load_json(text)


def _ndarray_only_method(name):
    def method(self):
        raise NotImplementedForSymbol(method, None)
    method.__name__, method.__qualname__ = name, f"Symbol.{name}"     # as a wrong call's TypeError names it
    method.__doc__ = f"NDArray-only: ``{name}`` is not available on a Symbol."
    return method


# MXNet's fluent methods: ``s.sum(axis=1)`` is ``sym.sum(s, axis=1)``.
_FLUENT = ("abs", "arccos", "arccosh", "arcsin", "arcsinh", "arctan", "arctanh", "argmax", "argmax_channel", "argmin",
           "argsort", "broadcast_axes", "broadcast_like", "broadcast_to", "cbrt", "ceil", "clip", "cos", "cosh",
           "degrees", "depth_to_space", "diag", "exp", "expand_dims", "expm1", "fix", "flatten", "flip", "floor", "log",
           "log10", "log1p", "log2", "log_softmax", "max", "mean", "min", "nanprod", "nansum", "norm", "one_hot",
           "ones_like", "pad", "pick", "prod", "radians", "rcbrt", "reciprocal", "relu", "repeat", "reshape_like",
           "rint", "round", "rsqrt", "shape_array", "sigmoid", "sign", "sin", "sinh", "size_array", "slice",
           "slice_axis", "slice_like", "softmax", "softmin", "sort", "space_to_depth", "split", "sqrt", "square",
           "squeeze", "sum", "swapaxes", "take", "tan", "tanh", "tile", "topk", "trunc", "zeros_like")


def _fluent_method(op_name):
    def method(self, *args, **kwargs):
        return create(op_name, self, *args, **kwargs)
    method.__name__, method.__qualname__ = op_name, f"Symbol.{op_name}"
    method.__doc__ = f"``sym.{op_name}`` with this symbol as its first input."
    return method


for _fluent_name in _FLUENT:
    if _fluent_name not in Symbol.__dict__:
        setattr(Symbol, _fluent_name, _fluent_method(_fluent_name))

for _method in ("as_in_context", "asnumpy", "asscalar", "backward", "copy", "detach", "wait_to_read"):
    setattr(Symbol, _method, _ndarray_only_method(_method))


_BACKEND_REGISTRY_CHECK = ("../src/c_api/../operator/subgraph/subgraph_property.h", 532)


def _refuse_op_names_backend(backend):
    """MXNet registers its 'default' subgraph backends, which partition by an op_names set its front end cannot
    give them: they always fail."""
    if backend in ("default", "default_v2"):
        raise located(MXNetError("Check failed: it != attrs_.end(): Cannot find attribute op_names in "
                                 "SubgraphProperty"), ("../src/operator/subgraph/./subgraph_property.h", 403))


# MXNet defines these functions in this module too; the package ``mx.sym`` is where they live here
_PACKAGE_FUNCTIONS = frozenset(("arange", "eye", "full", "histogram", "linspace", "ones", "split_v2", "zeros"))


def __getattr__(name):
    if name in _PACKAGE_FUNCTIONS:
        from .. import symbol
        return getattr(symbol, name)
    if name == "Executor":      # (MXNet's module imports it; mx.executor imports this module)
        from ..executor import Executor
        return Executor
    raise AttributeError(f"module 'mxnet{__name__[len('distnet'):]}' has no attribute {name!r}")


# the names MXNet's module shows, as its own imports
import warnings  # noqa: E402,F401
from array import array  # noqa: E402,F401
from numbers import Number  # noqa: E402,F401

from ..attribute import AttrScope  # noqa: E402,F401
from ..base import ExecutorHandle, NDArrayHandle, SymbolHandle, c_array, c_array_buf, c_handle_array  # noqa: E402,F401
from ..base import c_str, c_str_array, check_call, integer_types, mx_int, mx_int64, mx_uint  # noqa: E402,F401
from ..base import hiding as _hiding, numeric_types, py_str, string_types  # noqa: E402,F401
from ..ndarray.ndarray import NDArray  # noqa: E402,F401

py_slice = slice

# the graph helpers distnet's symbol modules share are no names of MXNet's module
_listed = _hiding(globals(), """AUX_INPUTS Node OPS attr_from_str attr_to_str attribute check_enums class_text compose
    composing_error create dtype_attr_name functools input_count input_names inspect is_variadic iteration_order json
    keeps_pooling_workspace keyword_not_found local_file located log_time lookup_op message_of missing_parameter
    multi_weight no_attribute np numbers op_signature open_failure operator optional_inputs param_text
    parsed_keeping_text positional_check re read_attrs refuse_first_read sys topo_order unknown_argument
    __getattr__""".split())


def __dir__():
    return sorted(_listed() + ["Executor"])
