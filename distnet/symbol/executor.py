"""Executor: a symbol bound to arrays; forward replays the graph, backward runs autograd over it."""
import contextlib
import collections
import copy
import ctypes
import operator
import re
import sys
import weakref

import numpy as np

from .. import autograd
from ..base import log_time
from ..base import HoldsCHandle, MXNetError, class_text, located, message_of, no_attribute
from ..ndarray.ndarray import _DTYPE_NP_TO_MX, NDArray, _wrap, hand_out, raw_data
from ..ndarray import sparse
from ..ndarray.failures import FailedNDArray, bound_copies, carried_error, with_error
from ..ndarray.shape_text import blob_type_mismatch, provided, zeros_real
from ..ndarray.ops_rnn import graph_needing_gradients
from ..ndarray.ops_shape import same_size_refusal
from . import common_expr, hook_names, mkldnn_fusion, multi_weight, storage
from .bind_checks import check_kernel_dtypes
from .graph import AUX_INPUTS, Program, attr_to_str, topo_order
from .backward_ops import UNWRITTEN_GRADS, ignores_output_grad
from .shape_rules import bias_input_count
from ..context import Context, placed as host_context
from .placement import gradient_conflict, group_contexts, output_contexts, placed_listing, placement_refusal
from .infer import (_inputs_by_kind, fill_open_shapes, has_open_shapes, infer_shape, infer_type, open_creation_shape,
                    shape_logs_recorded, shape_logs_silenced)
from ..util import is_np_shape
from .backward_order import emit_in_mxnet_order
from .monitor_inputs import with_backward_inputs
from .inplace_grads import ReusedBlocks, unwritten_gradients
from .inplace_layout import keep_in_place_blocks
from .mkldnn_inference import fuse_for_inference, keep_fixed_gammas, skip_merged_identities

GRAD_REQS = {"null": 0, "write": 1, "add": 3}


def _as_list(names, arrays, what, allow_missing=False):
    """One NDArray (or None) per name from a list or a dict, checked as MXNet's bind checks them."""
    if isinstance(arrays, list):
        if len(arrays) != len(names):
            raise ValueError(f"Length of {what} does not match the number of arguments")
        for a in arrays:
            if not (a is None and allow_missing) and not isinstance(a, NDArray):
                raise TypeError("Only accept list of NDArrays or dict of str to NDArray")
        return list(arrays)
    if isinstance(arrays, dict):
        out = []
        for name in names:
            if name in arrays:
                if not isinstance(arrays[name], NDArray):
                    raise TypeError("Only accept list of NDArrays or dict of str to NDArray")
                out.append(arrays[name])
            elif allow_missing:
                out.append(None)
            else:
                raise ValueError(f"key `{name}` is missing in `{what}`")
        return out
    raise TypeError("Only accept list of NDArrays or dict of str to NDArray")


def _check_on_bind_context(ctx, arrays, kind, what):
    """MXNet binds a graph on one device unless group2ctx places its parts: every argument and gradient array
    must be on ``ctx`` (auxiliary states are not checked)."""
    stray = next((a for a in arrays if a is not None and a.context != ctx), None)
    if stray is not None:
        raise located(MXNetError(f"Check failed: x == default_ctx: {kind} array is in {stray.context} while binding "
                                 f"with ctx={ctx}. All {what} must be in global context ({ctx}) unless group2ctx is "
                                 "specified for cross-device graph."),
                      ("../src/executor/../common/exec_utils.h", 515 if kind == "Input" else 521))


def _refuse_unknown_node_sizes(symbol, arg_dict):
    """Legacy shape semantics read an array's 0 dimension as unknown (-1): MXNet's bind allocates every node's
    output and fails on one whose inferred shape keeps an unknown dimension (a sum over all axes does not).
    Returns the name of a sampler without shape (or zeros(())) that nothing around it tells one: its node's
    shape is left for the forward to infer, which fails there."""
    if is_np_shape() or (all(all(a.shape) for a in arg_dict.values()) and not _declares_zero_size(symbol)):
        return None
    nodes, sized = {}, set()
    try:
        with shape_logs_silenced():     # (the bind's own inference logs)
            infer_shape(symbol, (), {n: a.shape for n, a in arg_dict.items()}, partial=True, nodes=nodes, sized=sized)
    except MXNetError:
        return None     # the node's own shape check fails when the graph runs
    operators = {id(n): n for n in topo_order(symbol._heads) if not n.is_variable}
    for key, (shape, _) in nodes.items():
        node = operators.get(key[0])
        if node is not None and not shape and open_creation_shape(node.op, node.attrs, ()):
            return node.name
        if node is not None and shape is not None and 0 in shape and key not in sized:
            raise MXNetError("Check failed: dim_size_is_known(*it): Shape dim size cannot be a negative value -1")
    return None


def _undecided_shape(node_name):
    """MXNet's graph executor, running a node whose shape its bind left undecided, infers it there: an operator
    whose shape function refuses its inputs fails that check, named by its node."""
    return MXNetError(f"Error in operator {node_name}: {log_time()} ../src/executor/"
                      f"graph_executor.cc:1502: Check failed: success: InferShape failed in operator {node_name}")


def _refused_shapes(error):
    """The name of the node whose shape function refused its inputs in ``error`` of a graph's run, else None."""
    name = getattr(error, "node_name", None)
    text = message_of(error)
    return name if text.startswith("Operator ") and " inferring shapes failed." in text else None


def _declares_zero_size(symbol):
    """Whether an operator of ``symbol`` is told a shape with a 0 in it (``zeros((2, 0))``), or an op without
    inputs none at all (a sampler's default), which legacy shape semantics read as unknown."""
    for node in topo_order(symbol._heads):
        shape = None if node.is_variable else node.attrs.get("shape")
        if shape is not None and "0" in re.findall(r"-?\d+", attr_to_str(shape)):
            return True
        if not node.is_variable and open_creation_shape(node.op, node.attrs, node.inputs):
            return True
    return False


def _same_memory(a, b):
    """Whether output arrays ``a`` and ``b`` are one array, or two over the same dense buffer."""
    return a is b or type(a) is type(b) is NDArray and raw_data(a) is raw_data(b)


def _grad_reqs(names, grad_req):
    """{argument: 'null' | 'write' | 'add'} from bind's string, list or dict (read as MXNet's bind reads it)."""
    if isinstance(grad_req, str):
        if grad_req not in GRAD_REQS:
            raise ValueError(f"grad_req must be in {GRAD_REQS}")
        return {n: grad_req for n in names}
    if isinstance(grad_req, list):
        for r in grad_req:
            GRAD_REQS[r]                       # an unknown request is a KeyError, as in MXNet
        return {n: grad_req[i] if i < len(grad_req) else "null" for i, n in enumerate(names)}
    if isinstance(grad_req, dict):
        for n in names:
            if n in grad_req:
                GRAD_REQS[grad_req[n]]
        return {n: grad_req.get(n, "null") for n in names}
    # MXNet's bind leaves its request array unset for any other type (a tuple too)
    raise UnboundLocalError("cannot access local variable 'reqs_array' where it is not associated with a value")


def _refuse_empty_grad_req(grad_req):
    if isinstance(grad_req, (list, dict)) and not grad_req:
        raise RuntimeError(f"grad_req in simple_bind cannot be an empty {type(grad_req).__name__}")


def _simple_bind_grad_reqs(names, grad_req):
    """{argument: request} from simple_bind's grad_req, checked as MXNet's simple_bind checks it."""
    if grad_req is None:
        return {n: "null" for n in names}
    _refuse_empty_grad_req(grad_req)
    if not isinstance(grad_req, (str, list, dict)):
        raise TypeError("object of type 'LP_c_char_p' has no len()")
    given = [grad_req] if isinstance(grad_req, str) else list(grad_req.values() if isinstance(grad_req, dict)
                                                                else grad_req)
    texts = [t for k, v in grad_req.items() for t in (k, v)] if isinstance(grad_req, dict) else given
    for text in texts:      # MXNet hands each to its C API as text
        if not isinstance(text, str):
            raise no_attribute(text, "encode")
    if isinstance(grad_req, list) and len(grad_req) != len(names):
        raise located(MXNetError(f"Check failed: provided_grad_req_list_len == in_arg_names.size() ({len(grad_req)} "
                                 f"vs. {len(names)}) : The length of grad_req list does not match the number of "
                                 f"input arguments in simple_bind, expected {len(names)}, provided {len(grad_req)}"),
                      ("../src/c_api/c_api_executor.cc", 665))
    for r in given:
        if r not in GRAD_REQS:
            where = "0" if isinstance(grad_req, str) else "i"
            line = 657 if isinstance(grad_req, str) else 674 if isinstance(grad_req, dict) else 692
            raise located(MXNetError(f"Check failed: req_map.count(provided_grad_req_types[{where}]) == 1U (0 vs. 1) "
                                     f": grad_req={r} is not a valid input in simple_bind; only 'null', 'write', "
                                     f"and 'add' are supported"), ("../src/c_api/c_api_executor.cc", line))
    if isinstance(grad_req, str):
        return {n: grad_req for n in names}
    if isinstance(grad_req, list):
        return dict(zip(names, grad_req))
    return {n: grad_req.get(n, "null") for n in names}


# Ops whose backward writes its input's gradient in whatever dtype the gradient array has
_CONVERTING_BACKWARDS = autograd.CASTING_HEADS | {"_npi_std", "_npi_var", "_copy"}


class Executor(HoldsCHandle):
    """Arrays bound to a symbol's arguments and auxiliary states, with forward and backward."""

    def __init__(self, symbol, ctx, args, args_grad, grad_req, aux_states, out_shapes=None, node_shapes=None,
                 group2ctx=None, shared_exec=None, out_types=None, node_types=None, bound_at=None, node_stypes=None):
        """(``bound_at``: the line of MXNet's graph executor that notes the binding on stderr, for a user's bind;
        ``node_stypes``: the storage types of the Custom nodes, when the allocation of the arrays inferred them.)"""
        if not isinstance(ctx, Context):
            raise TypeError("Context type error")
        self._symbol, self._ctx, self._group2ctx = symbol, ctx, group2ctx
        arg_names, aux_names = symbol.list_arguments(), symbol.list_auxiliary_states()
        self._arg_names, self._aux_names = arg_names, aux_names
        self.arg_arrays = _as_list(arg_names, args, "args")
        self.grad_arrays = None if args_grad is None else _as_list(arg_names, args_grad, "args_grad", True)
        self.aux_arrays = _as_list(aux_names, [] if aux_states is None else aux_states, "aux_states")
        self._grad_req = _grad_reqs(arg_names, grad_req)       # (read after the arrays, as MXNet's bind does)
        for _, where in (group2ctx or {}).items():
            if not isinstance(where, Context):
                raise no_attribute(where, "device_typeid")
        if shared_exec is not None and not isinstance(shared_exec, Executor):     # MXNet reads its handle
            raise no_attribute(shared_exec, "handle")
        # a backward kernel's error, carried by the next forward's outputs of every executor sharing the memory
        # pool (MXNet's forward writes memory the failed backward wrote): a one-item list, shared
        self._pool_failure = [None] if shared_exec is None else shared_exec._pool_failure
        if bound_at is not None:
            mkldnn_fusion.announce(bound_at, ctx)
        self._out_ctxs = output_contexts(symbol, ctx, group2ctx)
        if not group2ctx:       # MXNet's graph checks these after its front end read every argument
            _check_on_bind_context(ctx, self.arg_arrays, "Input", "arguments")
            _check_on_bind_context(ctx, self.grad_arrays or [], "Gradient", "gradients")
        # by name: of variables sharing a name, the last one's array is what each of them reads
        self._arg_map = dict(zip(arg_names, self.arg_arrays))
        self._aux_map = dict(zip(aux_names, self.aux_arrays))
        grads = self.grad_arrays or [None] * len(arg_names)
        self._needs_backward = any(g is not None and self._grad_req[n] != "null" for n, g in zip(arg_names, grads))
        if self._needs_backward:        # MXNet builds the gradient graph before it infers shapes
            _check_differentiable(symbol)
            _refuse_backward_attrs(symbol)
            _refuse_gradient_graphs(symbol)
            contexts = {n: a.context for n, a in {**self._arg_map, **self._aux_map}.items()}
            refusal = group2ctx and placement_refusal(symbol, contexts, self._gradient_contexts(), group2ctx)
            if refusal:
                raise MXNetError(refusal)
        self._undecided_node = _refuse_unknown_node_sizes(symbol, self._arg_map)
        # an op whose shape function writes no shape (multi_weight): its outputs cannot be sized when run
        self._unsized = any(not n.is_variable and n.op.name in multi_weight.LAYOUTS for n in topo_order(symbol._heads))
        self._shapes_lost = False       # (after a failed inference MXNet's graph keeps no shapes)
        stypes = {n: a.stype for n, a in self._arg_map.items()}
        refusal = storage.unimplemented_stypes(symbol, stypes)      # MXNet's storage inference
        if refusal is None and self._needs_backward:
            wanted = {n for n, g in zip(arg_names, grads) if g is not None and self._grad_req[n] != "null"}
            buffers = {n: g.stype for n, g in zip(arg_names, grads) if n in wanted}
            refusal = storage.unimplemented_backward_stypes(symbol, stypes, wanted, buffers)
        if refusal is not None:
            raise refusal
        self._bound = {**self._arg_map, **self._aux_map}   # what forward reads: the arrays given at bind
        self._grad_dict = None
        self._merge_common = common_expr.enabled()
        self._graph = self._merged_graph()
        self._program = Program(self._graph._heads)
        self._program.keeps_slots = self._needs_backward
        self._reused_blocks = None      # (inplace_grads.ReusedBlocks, made at the first backward)
        self._unwritten_grads = None    # (inplace_grads.unwritten_gradients, made at the first monitored backward)
        self._blocks_left = {}          # (node name, input) -> what its unwritten gradient's block held after a pass
        # node_shapes: (shape, dtype) of each node output from the bind's shape inference (for stateful ops)
        if out_shapes is None or (self._program.stateful and (node_shapes is None or self._graph is not symbol)):
            node_shapes = {}
            shapes = infer_shape(self._graph, (), {n: a.shape for n, a in self._arg_map.items()}, partial=True,
                                 nodes=node_shapes)[1]
            out_shapes = shapes if out_shapes is None else out_shapes
        if bound_at is not None:        # (simple_bind, Module and reshape have inferred the dtypes already)
            node_types = {}
            out_types = self._check_bound_types(node_types) if out_types is None else out_types
            self._repeat_partition_logs()
        check_kernel_dtypes(symbol, {n: a.dtype for n, a in {**self._arg_map, **self._aux_map}.items()})
        if not _trains(arg_names, grads, grad_req, self._grad_req):
            extra = _dropped_identity_reads(symbol._heads) if mkldnn_fusion.partitions(ctx) else 0
            _refuse_repeated_names(arg_names, extra)
        self._aliased, leaves = _aliased_variables(symbol, arg_names, self.arg_arrays, grads, self._grad_req)
        self._sparse_kept = _csr_lhs_unwritten(symbol, self._arg_map, dict(zip(arg_names, grads)), self._grad_req)
        for i in leaves:
            kept = arg_names[i] in self._sparse_kept
            autograd.mark_bound_argument(self.arg_arrays[i], None if kept else grads[i],
                                         "null" if kept else self._grad_req[arg_names[i]])
        if has_open_shapes(self._program):
            with shape_logs_silenced():     # (the bind's own inference logs)
                fill_open_shapes(self._program, symbol, {n: a.shape for n, a in self._arg_map.items()},
                                 {n: a.dtype for n, a in {**self._arg_map, **self._aux_map}.items()})
        keep_in_place_blocks(self._program, training=self._needs_backward)
        if not self._needs_backward:
            keep_fixed_gammas(self._program)
            if mkldnn_fusion.partitions(ctx):
                skip_merged_identities(self._program, symbol._heads)
        if self._fused_inference():
            fuse_for_inference(self._program)
        out_types = self._output_dtypes() if out_types is None else out_types    # (inferred before the operators
        custom_stypes = self._create_operators(node_shapes, node_types, bound_at is not None, node_stypes)  # are
        # created, as MXNet binds)
        self._monitor = None
        self._monitor_set_here = False      # (set_monitor_callback called on this executor, not inherited)
        self._monitor_all, self._fused_view = False, None
        self._forward_outputs = {}          # node name -> its outputs in the last forward, for a monitor
        # under NumPy shapes an output of a shape only its op decides (nonzero, unique) is bound as an empty array,
        # which MXNet's forward leaves as it is
        self._open_heads = {i for i, ((n, _), s) in enumerate(zip(self._graph._heads, out_shapes))
                            if s is None and is_np_shape() and node_shapes is not None and n.inputs and
                            all(node_shapes.get((id(src), j), (None,))[0] is not None for src, j in n.inputs)}
        self.outputs = [_wrap(np.zeros(s if s is not None else (0,), t), c)
                        for i, (s, t, c) in enumerate(zip(out_shapes, out_types, self._out_ctxs))
                        if i in self._open_heads or s is not None and (0 not in s or is_np_shape())]
        if custom_stypes and len(self.outputs) == len(self._program.heads):
            self._custom_outputs(custom_stypes)
        self._share_variable_outputs()
        self._trained = False            # whether the last forward recorded for backward
        self._results = []               # the last forward's arrays (recorded for backward)

    def _check_bound_types(self, node_types):
        """MXNet's bind infers the graph's dtypes from the bound arrays: arrays of dtypes an op refuses together
        (float64 data, float32 weights), or a cond whose predicate is not float32, fail there. Returns the outputs'
        dtypes (``node_types``: filled with every node output's)."""
        out_types = infer_type(self._symbol, (), {n: a.dtype for n, a in {**self._arg_map, **self._aux_map}.items()},
                               partial=True, nodes=node_types)[1]
        if any(t is None for t in out_types):      # an op that could not type its inputs together (where)
            raise undecided_error("Type", (), (), "-1")
        return out_types

    def _output_dtypes(self):
        """The outputs' dtypes as the bind infers them (a Cast's target), before any forward."""
        dtype = self.arg_arrays[0].dtype if self.arg_arrays else np.float32
        try:
            types = infer_type(self._symbol, (), {n: a.dtype for n, a in {**self._arg_map, **self._aux_map}.items()},
                               partial=True)[1]
        except MXNetError:
            types = None
        return [t or dtype for t in types] if types else [dtype] * len(self._program.heads)

    def _share_variable_outputs(self):
        """An output that is a bound variable shares that array's memory, as MXNet's executor aliases it."""
        if len(self.outputs) != len(self._program.heads):
            return
        bound = {**self._arg_map, **self._aux_map}
        for i, (node, _) in enumerate(self._program.heads):
            arr = bound.get(node.name) if node.is_variable else None
            if type(arr) is NDArray and arr.stype == "default" and arr.shape == self.outputs[i].shape:
                self.outputs[i] = _wrap(arr._data, self._ctx)

    def _create_operators(self, node_shapes, node_types=None, grads_given=False, node_stypes=None):
        """Create the stateful nodes' operators (a Custom op's create_operator) now, as MXNet does at bind;
        ``node_shapes``: (shape, dtype) of every node output, from the shape inference of the bind;
        ``node_types``: the dtype of every node output, from the bind's type inference (inferred here if None);
        ``grads_given``: whether the gradient arrays are the user's (bind), else made after inference;
        ``node_stypes``: their storage types, from the inference that allocated the arrays (inferred here if None)."""
        if not self._program.stateful:
            return None
        if node_stypes is None:
            node_stypes = self._custom_stypes(grads_given)
        if not self._needs_backward and mkldnn_fusion.partitions(self._ctx):
            self._infer_for_partitions()
        bound = {id(n): a for n, a in zip(self._program.variables, self._values())}
        if node_types is None or self._graph is not self._symbol:
            node_types = {}      # the dtypes of inner nodes' outputs, from the bound arrays'
        if not node_types and any(id(src) not in bound for node, _ in self._program.stateful for src, _ in node.inputs):
            infer_type(self._graph, (), {n: a.dtype for n, a in {**self._arg_map, **self._aux_map}.items()},
                       partial=True, nodes=node_types)
        for node, attrs in self._program.stateful:
            ins = [(bound[id(src)].shape, bound[id(src)].dtype) if id(src) in bound
                   else (node_shapes.get((id(src), i), (None,))[0], node_types.get((id(src), i)))
                   for src, i in node.inputs]
            if all(shape is not None and shape_complete(shape) for shape, _ in ins):
                node.op.create_at_bind(attrs, self._ctx, [shape for shape, _ in ins],
                                       [dtype or np.float32 for _, dtype in ins], node.name, node_stypes[node.name])
        return node_stypes

    def _custom_outputs(self, custom_stypes):
        """The outputs made by Custom nodes in the storage types their Props declared (MXNet allocates them so)."""
        for i, (node, index) in enumerate(self._program.heads):
            stype = custom_stypes[node.name]["stypes"][1][index] if node.name in custom_stypes else "default"
            if stype != "default":
                out = self.outputs[i]
                self.outputs[i] = _zeros(out.shape, out.dtype, stype, out.context)

    def _repeat_partition_logs(self, logged=None):
        """A bind's (not a reshape's) partitioning passes log again what the shape functions logged: ``logged``
        (shape_logs_recorded's notes of simple_bind's inference from the shapes given), else as the arguments'
        shapes log."""
        if logged is not None:
            if not self._needs_backward and mkldnn_fusion.partitions(self._ctx) and not self._program.stateful:
                replay_shape_logs(logged)
            return
        repeat_partition_logs(self._graph, self._ctx, self._needs_backward,
                              {n: a.shape for n, a in self._arg_map.items()})

    def _infer_for_partitions(self):
        """MXNet's subgraph backend partitions an inference graph with its four properties, inferring the graph's
        shapes, dtypes and storage types again after each: its Custom nodes' Props are asked four times more."""
        shapes = {n: a.shape for n, a in self._arg_map.items()}
        dtypes = {n: a.dtype for n, a in {**self._arg_map, **self._aux_map}.items()}
        stypes = {n: a.stype for n, a in self._arg_map.items()}
        for _ in range(4):
            infer_shape(self._graph, (), shapes, partial=True)
            infer_type(self._graph, (), dtypes, partial=True)
            storage.output_stypes(self._graph, stypes, {})

    @contextlib.contextmanager
    def _replaying(self):
        """Record the last forward again for a backward: MXNet's backward reads what the forward saved, so the
        stateful operators (Custom) hand back their last outputs instead of running again."""
        states = [attrs["_state"] for _, attrs in self._program.stateful]
        for state in states:
            state["replaying"] = True
        try:
            yield
        finally:
            for state in states:
                state["replaying"] = False

    def _custom_stypes(self, grads_given):
        """MXNet's storage inference of the bound arrays for the Custom nodes ({node name: storage types}), their
        Props asked; with gradients, a variable's given as its gradient array's (``grads_given``) or undefined."""
        found, stypes = {}, {n: a.stype for n, a in self._arg_map.items()}
        if not self._needs_backward:
            storage.output_stypes(self._graph, stypes, found)
            return found
        given = {}
        if grads_given:
            given = {n: g.stype for n, g in zip(self._arg_names, self.grad_arrays or ())
                     if g is not None and self._grad_req[n] != "null"}
        storage.gradient_stypes(self._graph, stypes, found, given)
        return found

    @property
    def arg_dict(self):
        """{argument: array}; a name two arguments share cannot key it (a ValueError, as in MXNet)."""
        return _by_unique_name(self._arg_names, self._arg_map)

    @property
    def aux_dict(self):
        """{auxiliary state: array}, checked for shared names as ``arg_dict``."""
        return _by_unique_name(self._aux_names, self._aux_map)

    @property
    def grad_dict(self):
        """{argument: gradient array}, one dict kept from its first use as MXNet's executor keeps it."""
        if self._grad_dict is None:
            names = self._arg_names
            self._grad_dict = _by_unique_name(names, dict(zip(names, self.grad_arrays)))
        return self._grad_dict

    def _values(self):
        """The bound arrays in graph order (replacing an entry of arg_dict rebinds nothing, as in MXNet)."""
        return [self._bound[n.name] if id(n) not in self._aliased else self._alias(n)
                for n in self._program.variables]

    def _alias(self, node):
        """The array of a variable that reads an array another argument has, as a variable of its own."""
        alias, grad = self._bound[node.name].detach(), self._aliased[id(node)]
        if grad is not None:
            autograd.mark_bound_argument(alias, grad, self._grad_req[node.name])
        return alias

    def forward(self, is_train=False, **kwargs):
        """Run the graph (recording for backward when ``is_train``); returns the outputs."""
        for name, value in kwargs.items():
            if not isinstance(value, (NDArray, np.ndarray)):
                raise ValueError("only accept keyword argument of NDArrays and numpy.ndarray")
            if name not in self.arg_dict:
                raise TypeError(f"Unknown argument {name}")
            target = self.arg_dict[name]
            if target.shape != value.shape:
                raise ValueError(f"Shape not match! Argument {name}, need: {target.shape}, received: {value.shape}")
            target[:] = value
        is_train = int(is_train) != 0        # MXNet hands the flag to its C API as an int
        self._run(is_train, record=is_train)
        # each forward hands out new array objects over the same memory, as MXNet's does
        self.outputs = [_wrap(out._data, out._ctx) if type(out) is NDArray and out.stype == "default" else out
                        for out in self.outputs]
        return self.outputs

    def _run(self, is_train, record):
        from ..profiler import executor_scope
        with executor_scope():
            self._run_graph(is_train, record)

    def _run_graph(self, is_train, record):
        failure, self._pool_failure[0] = self._pool_failure[0], None
        if failure is not None and failure.live:
            for out in self.outputs:
                with_error(out, failure)
        if carried_error(self.outputs) is not None:
            return      # MXNet's engine skips the ops writing arrays that hold an unread error: the outputs keep it
        if self._shapes_lost:
            raise located(MXNetError("Check failed: it != attrs.end(): Cannot find attribute shape in the graph"),
                          ("../include/nnvm/graph.h", 262))
        if self._undecided_node is not None:
            self._shapes_lost = True
            raise _undecided_shape(self._undecided_node)
        if self._unsized:
            raise located(MXNetError("Check failed: ndim_is_known(this->ndim()): Shape is unknown."),
                          ("../include/mxnet/./tuple.h", 521))
        self._trained = record
        outer, autograd._state.graph_forward = autograd._state.graph_forward, True
        try:
            with zeros_real():      # the bind inferred every size: a 0 is an empty slice's, not unknown
                self._run_program(is_train, record)
        except MXNetError as e:
            refusing = _refused_shapes(e)
            if refusing is None:
                raise
            self._shapes_lost = True
            raise _undecided_shape(refusing) from e
        finally:
            autograd._state.graph_forward = outer
        self._publish()

    def _run_program(self, is_train, record):
        """Run the bound graph's steps (its operators keep the temp space copies they took at bind)."""
        self._forward_outputs = {}
        with bound_copies():
            self._run_steps(is_train, record)

    def _run_steps(self, is_train, record):
        """Run the bound graph's steps, recording them if asked."""
        if record:      # (MXNet's executor records nothing on autograd's tape: its node numbers stay unused)
            with autograd.record(train_mode=is_train), autograd._numbered_from(autograd._peek_seq()):
                if self._monitor is None:
                    self._results = self._program.run(self._values(), None, False, self._fused_view)
                    return
                # the monitor sees what the kernels keep for a backward the executor runs (CTCLoss's gradient)
                with graph_needing_gradients(self._needs_backward):
                    self._results = self._program.run(self._values(), self._monitor, self._monitor_all,
                                                      self._fused_view)
        else:
            with autograd.predict_mode(), graph_needing_gradients(self._needs_backward):
                self._results = self._program.run(self._values(), self._monitor, self._monitor_all, self._fused_view)

    def _publish(self):
        """Write the results into the output arrays, so arrays taken from ``outputs`` earlier see them."""
        if len(self.outputs) != len(self._results):
            self.outputs = [_wrap(r.asnumpy().copy(), c) for r, c in zip(self._results, self._out_ctxs)]
            return
        for i, (out, res) in enumerate(zip(self.outputs, self._results)):
            if i in self._open_heads:
                continue
            if isinstance(res, FailedNDArray) and type(out) is res._plain_class and out.shape == res.shape \
                    and out.dtype == res.dtype:     # MXNet skips the write: the output keeps its data, and shows
                with_error(out, carried_error(res))     # the kernel's error when it is first read
            elif isinstance(res, FailedNDArray):
                self.outputs[i] = res
            elif out.stype != res.stype or res.stype != "default":
                self.outputs[i] = res.copy()          # a sparse result: the output takes its storage type
            elif out.shape == res.shape and out.dtype == res.dtype:
                out._data[...] = res._data
            else:
                self.outputs[i] = _wrap(res.asnumpy().copy(), self._out_ctxs[i])

    def backward(self, out_grads=None, is_train=True):
        """Gradients of the outputs (times ``out_grads``) into the bound gradient arrays."""
        if isinstance(out_grads, NDArray):
            out_grads = [out_grads]
        elif isinstance(out_grads, dict):          # by output name, as MXNet takes them
            out_grads = [out_grads[k] for k in self._symbol.list_outputs()]
        elif out_grads is not None:
            out_grads = list(out_grads)
            if any(not isinstance(g, NDArray) for g in out_grads):
                raise TypeError("inputs must be NDArray")
        if not self._needs_backward:
            return
        if not self._trained:            # gradients of the values the last (inference) forward saw
            failure = carried_error(self.outputs)
            if failure is not None and failure.live:
                self._check_failed_head_grads(out_grads)
                self._gradients_take(failure)   # the backward kernels reading the failed outputs are skipped
                return
            with self._replaying():
                self._run(False, record=True)
        self._check_head_grads(out_grads)
        self._check_grad_dtypes()
        kept = self._unwritten
        for name, grad in dict(zip(self._arg_names, self.grad_arrays)).items():
            if grad is not None and self._grad_req[name] == "write" and name not in kept:
                _zero(grad)                # arguments the outputs do not reach get a zero gradient
        given = list(out_grads or [])
        read = self._used_heads()
        used = [(i, o) for i, o in enumerate(self._results) if o._node is not None and i in read]
        heads = [o for _, o in used]
        # a head gradient of another shape passed the check only because no step reads it: MXNet copies none
        copied = [g if i >= len(self.outputs) or g.shape == self.outputs[i].shape else None
                  for i, g in enumerate(given)]
        for i, o in used:
            if i < len(copied) and copied[i] is not None:
                _check_head_grad_copy(copied[i], o)
        head_grads = [_in_dtype(copied[i], o.dtype) if i < len(copied) and copied[i] is not None
                      else _wrap(np.ones(o.shape, o.dtype), o.context) for i, o in used]  # ones: a head that ignores it
        learners = {n for n, g in zip(self._arg_names, self.grad_arrays)
                    if g is not None and self._grad_req[n] != "null"}
        if heads and learners - self._sparse_kept:  # the graph is kept: MXNet's executor may run backward again
            events = []             # what the monitor is shown, in MXNet's order once the backward is done
            # the auxiliary states as the backward nodes read them, before BatchNorm's backward updates them
            aux_read = {n: a.copy() for n, a in self._aux_map.items()} if self._monitor_all else {}
            if self._monitor is not None:
                self._report_head_grads(given, events)
            outer = autograd._state.backward_hook
            hook = self._backward_monitor(events) if self._monitor is not None else outer
            writes = self._block_writes(hook, {i: g for (i, _), g in zip(used, head_grads)}, heads)
            autograd._state.backward_hook = hook if writes is None else writes.hook
            autograd._state.bound_graph = True
            from ..profiler import executor_scope, record_head_gradients
            try:
                with executor_scope():
                    record_head_gradients(sum(_uses_head_grad(o) for o in heads))
                    self._backward_after(heads, head_grads, is_train)
            finally:
                autograd._state.backward_hook = outer
                autograd._state.bound_graph = False
            written = writes.write() if writes is not None else ()
            if self._monitor is not None:
                self._add_blocked_reads(events)
                self._show_unwritten(events, aux_read)
            if events:
                learned = {n for n, g in zip(self._arg_names, self.grad_arrays)
                           if g is not None and self._grad_req[n] != "null"}
                shown = []
                added = {n: g for n, g in zip(self._arg_names, self.grad_arrays)
                         if g is not None and self._grad_req[n] == "add"}
                emit_in_mxnet_order(self._program, events, learned, lambda *item: shown.append(item),
                                    lambda a: _wrap(np.asarray(a), self._ctx),
                                    lambda node, k: self._forward_value(node, k, aux_read), added)
                if self._monitor_all:
                    shown = with_backward_inputs(shown, self._symbol, learned,
                                                 lambda node, k: self._forward_value(node, k, aux_read),
                                                 {f"_head_grad_{i}": g for i, g in enumerate(given)})
                for name, array in shown:
                    _notify(self._monitor_callback, name, array)
            if self._monitor_all:
                self._keep_written_blocks(written)

    def _block_writes(self, hook, head_grads, heads):
        """The inplace_grads._PassWrites of this backward (None when no block its plan reuses holds a forward
        value, or the forward failed)."""
        if self._group2ctx or carried_error(heads) is not None or self._program.last_slots is None:
            return None
        if self._reused_blocks is None:
            slots = self._program.last_slots
            shapes = {entry: getattr(slots[i], "shape", ()) for entry, i in self._program.slot_of.items()}
            self._reused_blocks = ReusedBlocks(self._graph, self._learned(), shapes)
        if not self._reused_blocks.rewrites:
            return None
        return self._reused_blocks.pass_writing(self._program, hook, head_grads)

    def _keep_written_blocks(self, written):
        """What a monitor shows next of the forward values the gradients overwrote (see inplace_grads): a second
        backward without a forward reads them so."""
        for node, k, array in written:
            kept = self._forward_outputs.get(node.name, ())
            if k < len(kept):
                kept[k] = _wrap(array.copy(), self._ctx)

    def _show_unwritten(self, events, aux):
        """Give a monitor's ``events`` of the gradients MXNet's backward leaves unwritten (a data or label
        gradient no argument takes) what their blocks held (inplace_grads.unwritten_gradients)."""
        if self._group2ctx or self._program.last_slots is None:
            return
        if self._unwritten_grads is None:
            slots = self._program.last_slots
            shapes = {entry: getattr(slots[i], "shape", ()) for entry, i in self._program.slot_of.items()}
            self._unwritten_grads = unwritten_gradients(self._graph, self._learned(), shapes)
        found, gradient_of = self._unwritten_grads
        at = {key: i for i, (key, _, _) in enumerate(events)}

        def written(node, k):
            served = gradient_of.get((id(node), k))
            if served is not None:
                where = at.get(("bwd", served[0].name, served[1]))
                return None if where is None else events[where][2]
            return None if node.op is None else self._forward_value(node, k, aux)

        def layer(held, tenants):
            seen = False
            for node, k in tenants:
                value = written(node, k)
                flat = None if value is None else np.asarray(value.asnumpy()).reshape(-1)
                if flat is not None and flat.dtype.itemsize == held.dtype.itemsize:
                    count = min(len(held), len(flat))
                    held[:count], seen = flat[:count].view(held.dtype), True
            return seen

        for (name, i), (size, before, after) in found.items():
            where = at.get(("bwd", name, i))
            if where is None:
                continue
            key, label, array = events[where]
            carried = self._blocks_left.get((name, i))
            held = np.zeros(size, array.dtype) if carried is None or carried.dtype != array.dtype else carried
            layer(held, before)         # (a block no entry held yet: fresh memory, shown as zeros)
            events[where] = (key, label, _wrap(held.reshape(array.shape), self._ctx))
            held = held.copy()
            if layer(held, after) or carried is not None:
                self._blocks_left[(name, i)] = held      # what the next pass finds there before its writes

    def _add_blocked_reads(self, events):
        """Add to a monitor's backward ``events`` the gradient of each variable a BlockGrad reads: MXNet makes it
        a zeros_like node, shown as the variable's gradient when nothing else gives one; autograd never
        reaches the BlockGrad, so the event is made here."""
        seen = {key for key, _, _ in events}
        for name, node in self._program.nodes.items():
            src = node.inputs[0][0] if node.inputs else None
            if self._program.op_names.get(name) == "BlockGrad" and src.is_variable and ("bwd", name, 0) not in seen:
                value = self._bound[src.name]
                events.append((("bwd", name, 0), b"", _wrap(np.zeros(value.shape, value.dtype), self._ctx)))

    def _backward_after(self, heads, head_grads, is_train):
        """The backward pass; after a forward whose kernel failed (an output carries the error), MXNet's engine
        skips the backward kernels reading that output: when ours refuse its placeholder data, the gradient
        buffers keep their data and take the error, raised when one is read."""
        pending = self._pool_failure[0]
        if pending is not None and pending.live:
            return      # MXNet's engine skips the kernels writing the arrays the failed backward left with its error
        failure = carried_error(heads)
        try:
            autograd.backward(heads, head_grads, retain_graph=True, train_mode=is_train)
        except Exception:
            if failure is None or not failure.live:
                raise
            self._gradients_take(failure)
            return
        if failure is None:
            self._pool_failure[0] = carried_error(self.grad_arrays)

    def _gradients_take(self, failure):
        """Make every gradient array the backward writes carry ``failure``: they keep their data."""
        for name, grad in zip(self._arg_names, self.grad_arrays):
            if grad is not None and self._grad_req[name] != "null":
                with_error(grad, failure)

    def _forward_value(self, node, k, aux):
        """Output k of forward graph node ``node`` in the last forward (None when not seen); a variable's value
        is its argument or its value in ``aux``."""
        if node.is_variable:
            return self._arg_map.get(node.name, aux.get(node.name))
        outputs = self._forward_outputs.get(node.name, ())
        return outputs[k] if k < len(outputs) else None

    def _used_heads(self):
        """The outputs whose gradients the backward reads: of an entry output more than once (``Group([y, y])``)
        only the last, as MXNet's gradient pass sets (not sums) an entry's head gradient per output."""
        heads = self._symbol._heads
        last = {(id(node), index): i for i, (node, index) in enumerate(heads)}
        return set(last.values()) if len(heads) == len(self._results) else set(range(len(self._results)))

    @property
    def _unwritten(self):
        """The arguments whose gradient arrays the backward leaves as they were (found once per executor)."""
        if getattr(self, "_unwritten_names", None) is None:
            self._unwritten_names = _unwritten_arguments(self._symbol) | self._biases_beside_frozen_weights() | \
                self._sparse_kept
        return self._unwritten_names

    def _biases_beside_frozen_weights(self):
        """The FullyConnected biases whose weight takes no gradient: MXNet's (oneDNN, float32) backward computes
        the bias gradient only with the weight's, so the bias's gradient array keeps its data."""
        grads = dict(zip(self._arg_names, self.grad_arrays or [None] * len(self._arg_names)))
        kept, written = set(), set()
        for node in topo_order(self._symbol._heads):
            for k, (src, _) in enumerate(() if node.is_variable else node.inputs):
                if not src.is_variable:
                    continue
                weight = node.inputs[1][0] if node.op_name == "FullyConnected" and k == 2 else None
                frozen = weight is not None and weight.is_variable and (
                    grads.get(weight.name) is None or self._grad_req[weight.name] == "null") and \
                    self._arg_map[weight.name].dtype == np.float32
                (kept if frozen else written).add(src.name)
        return kept - written

    def _check_grad_dtypes(self):
        """A gradient array must have its argument's dtype where MXNet's backward kernels write it as that type
        (the converting backwards of reductions, reshapes, copies and zero gradients write any dtype)."""
        for name, grad in zip(self._arg_names, self.grad_arrays):
            arg = self._arg_map[name]
            if grad is not None and self._grad_req[name] != "null" and grad.dtype != arg.dtype \
                    and not self._consumers(name) <= _CONVERTING_BACKWARDS:
                raise MXNetError(blob_type_mismatch(np.dtype(arg.dtype), np.dtype(grad.dtype)))

    def _consumers(self, name):
        """The names of the ops that read argument ``name``."""
        return {node.op_name for node in topo_order(self._symbol._heads)
                if any(src.is_variable and src.name == name for src, _ in node.inputs)}

    def _check_failed_head_grads(self, out_grads):
        """MXNet checks the head gradients before it runs the backward of an inference forward that failed: the
        forward's steps, recorded again aside (the outputs keep their failure), give the steps the check reads."""
        kept = self.outputs, self._results, self._forward_outputs
        outer, autograd._state.graph_forward = autograd._state.graph_forward, True
        try:
            with self._replaying(), zeros_real():
                self._run_program(False, True)
            self._check_head_grads(out_grads)
        finally:
            autograd._state.graph_forward = outer
            self.outputs, self._results, self._forward_outputs = kept

    def _check_head_grads(self, out_grads):
        for i, res in enumerate(self._results):
            if not _uses_head_grad(res):
                continue
            if (out_grads is None or i >= len(out_grads)) and _reaches_marked_variable(res._node[0]):
                raise MXNetError("Check failed: i < head_grads.size() && !head_grads[i].is_none(): Because the "
                                 "last operator is not Loss function, head_gradient is required when calling "
                                 "backward. If you are attempting to minimize the output as an objective, please "
                                 "modify your network and pass it through the make_loss symbol.")
            if out_grads is not None and i < len(out_grads) and out_grads[i].shape != self.outputs[i].shape \
                    and _reaches_marked_variable(res._node[0]):     # (a head gradient no step reads is not copied)
                if not self.outputs[i].ndim and not is_np_shape():
                    # an output of unknown (legacy 0-d) shape takes its head gradient's in the backward's
                    # inference, where its identity node sees the two disagree
                    raise MXNetError(f"Error in operator _head_grad_{i}_id: Check failed: assign(&dattr, "
                                     f"vec.at(i)): Incompatible attr in node _head_grad_{i}_id at 1-th input: "
                                     f"expected [{','.join(map(str, out_grads[i].shape))}], got []")
                raise MXNetError("Check failed: from.shape() == to.shape(): operands shape mismatch from.shape = "
                                 f"[{','.join(map(str, out_grads[i].shape))}] "
                                 f"to.shape=[{','.join(map(str, self.outputs[i].shape))}]")

    @property
    def output_dict(self):
        """{output name: array}, one dict kept from its first use (while the outputs keep their memory)."""
        names = self._symbol.list_outputs()
        _by_unique_name(names, None)
        cached = getattr(self, "_output_dict", None)
        if cached is None or any(not _same_memory(cached.get(n), o) for n, o in zip(names, self.outputs)):
            self._output_dict = dict(zip(names, self.outputs))
        return self._output_dict

    def copy_params_from(self, arg_params, aux_params=None, allow_extra_params=False):
        """Copy values into the bound argument and auxiliary arrays by name."""
        for name, value in arg_params.items():
            if name in self.arg_dict:
                _copy_into(value, self.arg_dict[name])
            elif not allow_extra_params:
                raise ValueError(f'Find name "{name}" that is not in the arguments')
        for name, value in (aux_params or {}).items():
            if name in self.aux_dict:
                _copy_into(value, self.aux_dict[name])
            elif not allow_extra_params:
                raise ValueError(f"Find name {name} that is not in the auxiliary states")

    def reshape(self, partial_shaping=False, allow_up_sizing=False, **kwargs):
        """A new executor for new input shapes, sharing the memory of this one's arrays as MXNet does.

        An array that keeps its size or shrinks is a view of the old one's leading elements; one that
        grows (only with ``allow_up_sizing``) is newly allocated.
        """
        shapes = {}
        inputs = set(self._symbol.list_arguments() + self._symbol.list_auxiliary_states())
        kwargs = {k: v for k, v in kwargs.items() if k in inputs}      # (MXNet passes over other names)
        sized = set()
        new_args = infer_shape(self._symbol, (), kwargs, partial=True, sized=sized)[0]
        real = [(id(n), 0) in sized for n in _inputs_by_kind(self._symbol)[0]]     # 0 sizes an empty slice gave
        for name, inferred, decided in zip(self._symbol.list_arguments(), new_args, real):
            old = self._arg_map[name]
            # None: inference could not decide it
            shape = tuple(inferred) if shape_complete(inferred) or decided and inferred else None
            if name not in kwargs and shape != old.shape and not partial_shaping:
                raise unspecified_arg_changed(name)
            if shape is None:       # MXNet sizes the array: an unknown rank, else an unknown dimension, fails
                if not inferred:
                    raise MXNetError("Check failed: ndim_is_known(this->ndim()): Shape is unknown.")
                raise MXNetError("Check failed: dim_size_is_known(*it): Shape dim size cannot be a negative value -1")
            if int(np.prod(shape)) > old.size and not allow_up_sizing:
                raise MXNetError(f"Check failed: allow_up_sizing: New shape of arg: {name} is larger than original."
                                 "First making a big executor and then down sizing it is more efficient than the "
                                 "reverse.If you really want to up size, set allow_up_sizing=True to enable "
                                 "allocation of new arrays.")
            if is_np_shape() and int(np.prod(shape)) < old.size:       # no view of fewer elements under it
                raise same_size_refusal(old.size, int(np.prod(shape)))
            shapes[name] = shape
        node_shapes = {}
        _, out_shapes, aux_shapes = infer_shape(self._symbol, (), shapes, partial=False, nodes=node_shapes)
        aux_shapes = dict(zip(self._symbol.list_auxiliary_states(), aux_shapes))
        args = [_resized(self._arg_map[n], shapes[n], self._arg_map[n].context) for n in self._symbol.list_arguments()]
        grads = None if self.grad_arrays is None else [
            None if g is None else _resized(g, shapes[n], g.context)
            for n, g in zip(self._symbol.list_arguments(), self.grad_arrays)]
        aux = [_resized(self._aux_map[n], aux_shapes[n], self._aux_map[n].context)
               for n in self._symbol.list_auxiliary_states()]
        executor = Executor(self._symbol, self._ctx, args, grads, self._grad_req, aux, group2ctx=self._group2ctx,
                            out_shapes=out_shapes, node_shapes=node_shapes)
        executor.outputs = [_resized(old, new.shape, old.context) if old.dtype == new.dtype else new
                            for old, new in zip(self.outputs, executor.outputs)]      # MXNet's shared memory pool
        if self._monitor_set_here:      # MXNet rebinds the monitor given to this executor (not one it inherited)
            executor._install_monitor(self._monitor_callback, self._monitor_all)
        return executor

    def set_monitor_callback(self, callback, monitor_all=False):
        """Call ``callback(name, array)`` with every node output (and input, with ``monitor_all``), and in
        backward with each node's input gradients (``<node>_backward_output<i>``); names are bytes, as
        MXNet passes them."""
        self._install_monitor(callback, monitor_all)
        self._monitor_set_here = True

    def _install_monitor(self, callback, monitor_all):
        self._monitor_callback, self._monitor_all = callback, monitor_all
        self._tape_names = weakref.WeakKeyDictionary()      # entries go with the recorded graph
        self._fused_view = self._monitor_view()

        def forward_hook(name, array, node_name=None):
            node = getattr(array, "_node", None)
            if node is not None and node_name is not None:     # which recorded node computed this graph node
                self._tape_names[node[0]] = node_name
            if node_name is not None:     # an output (hidden ones too): the backward shown reads it, as it was
                # (a backward may consume what it reads: a Dropout's mask serves one backward; a gradient
                # the backward leaves unwritten shows what the block it lends held)
                kept = array.copy() if type(array) is NDArray else array
                self._forward_outputs.setdefault(node_name, []).append(kept)
            _notify(callback, name.encode(), array)
        self._monitor = forward_hook

    def _fused_inference(self):
        """Whether MXNet's subgraph backend fuses this executor's graph: no gradients, float32 arrays."""
        from .mkldnn_fusion import partitions
        arrays = self.arg_arrays + self.aux_arrays
        return partitions(self._ctx) and not self._needs_backward and all(a.dtype == np.float32 for a in arrays)

    def _monitor_view(self):
        """What a monitor sees of the graph MXNet's subgraph backend fuses for an executor without gradients
        (a MonitorView); None when nothing is fused."""
        from .mkldnn_fusion import MonitorView
        return MonitorView(self._symbol._heads) if self._fused_inference() else None

    def _report_head_grads(self, given, events):
        """Collect for the monitor each head gradient an output reads, as MXNet's ``_head_grad_<i>_id`` node."""
        for i, res in enumerate(self._results):
            if i < len(given) and _uses_head_grad(res):
                events.append((("head", i), f"_head_grad_{i}_id_output".encode(), given[i]))

    def _backward_monitor(self, events):
        """An autograd backward hook collecting the gradients of the graph nodes' inputs (auxiliary
        states, such as BatchNorm's moving statistics, have none) into ``events``."""
        names, ctx = self._tape_names, self._ctx
        # an 'add' argument one op reads: that op's backward adds into the buffer, which the monitor is shown once
        # the pass is done (read with what earlier passes added)
        readers = collections.Counter(src.name for node in topo_order(self._symbol._heads)
                                      for src, _ in node.inputs if src.is_variable)
        added_alone = {id(g) for n, g in zip(self._arg_names, self.grad_arrays)
                       if g is not None and self._grad_req[n] == "add" and readers[n] == 1}

        def hook(node, grads):
            name = names.get(node)
            if name is None:
                return
            arg_names = getattr(node.op, "arg_names", ())
            inputs = [i for i in range(len(node.inputs)) if i >= len(arg_names) or arg_names[i] not in AUX_INPUTS]
            labels = hook_names.gradient_names(node.op.name, node.op, inputs) if inputs else []
            for i, label in zip(inputs, labels):
                parent = node.parents[i] if i < len(node.parents) else None
                if parent is not None and parent[0].is_leaf and id(parent[0].grad) in added_alone:
                    events.append((("bwd", name, i), f"{name}_{label}".encode(), parent[0].grad))
                    continue
                grad = grads[i] if i < len(grads) and grads[i] is not None else np.zeros_like(node.inputs[i])
                events.append((("bwd", name, i), f"{name}_{label}".encode(), _wrap(np.asarray(grad), ctx)))
        return hook

    def _merged_graph(self):
        """The graph MXNet's executor runs and differentiates: common subexpressions merged (a value computed
        twice is one node, its output gradients summed before one backward); the bound symbol when none merge."""
        merged = self._common_merged()
        names = lambda heads: sorted(n.name for n in topo_order(heads))      # noqa: E731
        if names(merged._heads) == names(self._symbol._heads):     # (a merged output's _copy has a name of its own)
            return self._symbol
        return merged

    def _common_merged(self):
        """The bound symbol with its common subexpressions merged (unless MXNET_ELIMINATE_COMMON_EXPR was 0 at
        bind time)."""
        if not self._merge_common:
            return self._symbol
        from .symbol import Symbol
        return Symbol(common_expr.eliminate(self._symbol._heads))

    def get_optimized_symbol(self):
        """The bound symbol after MXNet's graph optimization: on cpu(0) without gradients the MKLDNN subgraph
        backend's pass first (the identities it merges taken out, and with float32 arrays the groups it fuses
        as fused nodes), then common subexpressions merged; under group2ctx, with the copies between devices."""
        symbol = self._unplaced_symbol()
        if not self._group2ctx:
            return symbol
        from .symbol import Symbol
        return Symbol(self._placement(symbol, self._learned())[1].forward_heads)

    def _unplaced_symbol(self):
        """The optimized symbol before its nodes are placed on devices."""
        if self._needs_backward or not mkldnn_fusion.partitions(self._ctx):
            return self._common_merged()
        from .symbol import Symbol
        return Symbol(self._partitioned(self._symbol._heads))

    def _learned(self):
        """The arguments with gradients, in order."""
        reqs, grads = self._grad_req, self.grad_arrays or [None] * len(self.arg_arrays)
        return [n for n, g in zip(self._arg_names, grads) if g is not None and reqs[n] != "null"]

    def _gradient_contexts(self):
        """{argument: its gradient array's context}, for the arguments with gradients."""
        grads = self.grad_arrays or [None] * len(self._arg_names)
        return {n: g.context for n, g in zip(self._arg_names, grads) if g is not None and self._grad_req[n] != "null"}

    def _partitioned(self, heads):
        """``heads`` after the MKLDNN subgraph backend's pass and the merging of common subexpressions."""
        from .mkldnn_subgraph import partition
        heads = partition(heads) if self._fused_inference() else mkldnn_fusion.without_merged_identities(heads)[0]
        return common_expr.eliminate(heads) if self._merge_common else heads

    def debug_str(self):
        """The bound graph as MXNet prints it, then the memory its executor pools for node outputs."""
        from .memory_plan import memory_lines
        shapes = {n: a.shape for n, a in {**self._arg_map, **self._aux_map}.items()}
        learned = self._learned()
        symbol = self._unplaced_symbol()
        if not learned:
            from .mkldnn_fusion import inference_text
            text = inference_text(symbol, shapes, self._ctx)
        else:
            from .backward_graph import training_text
            text, graph = training_text(symbol, learned)
            text += memory_lines(symbol, shapes, graph)
        if not self._group2ctx:
            return text
        return self._placed_text(symbol, shapes, learned)

    def _placed_text(self, symbol, shapes, learned):
        """debug_str's text of the graph placed under group2ctx (its copies between devices, each device's memory
        pooled apart)."""
        from .memory_plan import fused_memory_lines, memory_lines
        from .symbol import Symbol
        text, graph, device = self._placement(symbol, learned)
        if learned or not mkldnn_fusion.partitions(self._ctx):
            forward = Symbol(graph.forward_heads)
            return text + memory_lines(forward, shapes, graph if learned else None, device)
        origin = {id(node): node for node in topo_order(graph.forward_heads)}
        return text + fused_memory_lines(Symbol(graph.forward_heads), shapes, graph.forward_heads, origin, device)

    def _placement(self, symbol, learned):
        """placed_listing's (text, graph, devices) of the optimized ``symbol`` placed under group2ctx."""
        contexts = {n: a.context for n, a in {**self._arg_map, **self._aux_map}.items()}
        if learned or not mkldnn_fusion.partitions(self._ctx):
            return placed_listing(symbol._heads, self._gradient_contexts(), contexts, self._group2ctx)
        # MXNet's subgraph backend places the graph before its first pass, then once per pass of its own (4 with
        # MKLDNN's), the last time on the partitioned graph
        return placed_listing(self._symbol._heads, {}, contexts, self._group2ctx, self._partitioned, 4)


# Operators MXNet 1.9.1 gives no gradient: a graph that needs gradients through them does not bind.
NON_DIFFERENTIABLE = {"_grad_add", "_histogram", "_shuffle", "shuffle", "_slice_assign", "_slice_assign_scalar",
                      "all_finite", "multi_all_finite", "argmax_channel", "batch_take", "khatri_rao", "multi_sum_sq",
                      "preloaded_multi_sgd_update", "preloaded_multi_sgd_mom_update",
                      "preloaded_multi_mp_sgd_update", "preloaded_multi_mp_sgd_mom_update"}


def _check_differentiable(symbol):
    """Refuse, as MXNet's gradient pass does, a non-differentiable op whose gradient rule the pass runs (one
    whose output gradients are all zeros, behind a comparison or a BlockGrad, hands zeros on instead)."""
    if not any(_refusal(node) for node in topo_order(symbol._heads) if not node.is_variable):
        return
    from .backward_graph import TrainingGraph, printed_attrs
    for node in TrainingGraph(symbol, [], printed_attrs).differentiated:
        if _refusal(node):
            raise MXNetError(_refusal(node))


def _refuse_gradient_graphs(symbol):
    """MXNet's graph executor builds each control-flow node's gradient graph at a bind for gradients: one it
    cannot build (a while_loop input only the condition reads) fails there."""
    for node in topo_order(symbol._heads):
        if not node.is_variable and getattr(node.op, "gradient_refusal", None):
            raise MXNetError(node.op.gradient_refusal)


def _refusal(node):
    """MXNet's words refusing the gradient of ``node``, or None if it has one."""
    if node.op_name in NON_DIFFERENTIABLE or node.op.name in NON_DIFFERENTIABLE \
            or getattr(node.op, "nondifferentiable", False):
        return f"Operator {node.op_name} is non-differentiable because it didn't register FGradient attribute."
    if node.op.name in ("_npi_copysign_scalar", "_npi_rcopysign_scalar"):
        # MXNet 1.9.1 registers their backward with one input too few: building the gradient graph fails
        return ("Check failed: pNode->num_inputs() == pNode->inputs.size() (1 vs. 2) : Number of inputs to operator "
                f"_backward{node.op.name} (1) does not match the actual number of inputs provided to operator "
                f"{node.name}_backward (2).")
    wanted = bias_input_count(node)
    if wanted is not None and wanted != len(node.inputs):     # its gradient has one entry per input it expects
        return (f"Check failed: (*rit)->inputs.size() == input_grads.size() ({len(node.inputs)} vs. {wanted}) : "
                "Gradient function not returning enough gradient")
    if node.op.name == "sort" and "axis" not in node.attrs:     # its gradient node copies sort's attributes
        ascend = "0" if str(node.attrs.get("is_ascend", True)).lower() in ("0", "false") else "1"
        return ("Invalid Parameter format for axis expect int or None but value='', in operator "
                f"_backward_topk(name=\"{node.name}_backward\", is_ascend=\"{ascend}\", "
                "ret_typ=\"value\", k=\"0\", axis=\"\")")
    return None


def _notify(callback, *args):
    """Call a monitor callback (an executor's or a block's op hook) with ``args``, the last one an array the
    callback gets as its handle (an int, as MXNet passes a C pointer); as MXNet calls it back from C, an
    exception it raises is reported by Python's unraisable hook (as an ignored ctypes callback exception, with
    the traceback) and dropped (the graph runs on)."""
    *named, array = args
    handle = hand_out(array)        # ``array`` lives here while the callback reads its handle
    _C_CALLBACK(_monitor_callback_wrapper(callback, handle, *named))()


_C_CALLBACK = ctypes.CFUNCTYPE(None)


def _monitor_callback_wrapper(callback, array, name, opr_name=None):
    """The argument-less function the C callback calls: its name is the one Python's report of an error names."""
    if opr_name is None:
        def callback_handle():
            callback(name, array)
    else:
        def callback_handle():
            callback(name, opr_name, array)
    return callback_handle


def unallocated():
    """simple_bind's refusal of two variables sharing a name, raised in MXNet's C API."""
    error = MXNetError("Input argument NDArray cannot be un-allocated")
    error.raised_at = ("../src/c_api/c_api_executor.cc", 762)
    return error


def shares_a_name(*name_lists):
    """Whether variables share a name: simple_bind allocates one array per name and refuses them."""
    return any(len(set(names)) != len(names) for names in name_lists)


def _by_unique_name(names, arrays):
    """``arrays`` (name -> array) as the executor hands it out: refused when two entries share a name."""
    if shares_a_name(names):
        raise ValueError(f"Duplicate names detected, {names}")
    return arrays


def _aliased_variables(symbol, names, arrays, grads, reqs):
    """{id(variable node): gradient array or None} for the argument variables that cannot take the bound array
    itself as their autograd leaf: one array bound to several arguments (each a variable of its own), and
    variables sharing a name. Those all read the last one's array; MXNet writes that last variable's
    gradient into its gradient array, or with 'add' adds every one of theirs.
    Also returns the positions whose arrays are the leaves taking their gradients directly."""
    learns = lambda grad, name: grad is not None and reqs[name] != "null"      # noqa: E731
    last = {name: i for i, name in enumerate(names)}
    if len(last) == len(names) and len({id(a) for a in arrays}) == len(arrays):      # the usual bind
        return {}, [i for i, (name, grad) in enumerate(zip(names, grads)) if learns(grad, name)]
    wanted = set(names)
    nodes = [n for n in topo_order(symbol._heads) if n.is_variable and n.name in wanted][:len(names)]
    seen, aliased, leaves = set(), {}, []
    for i, (node, name, arr, grad) in enumerate(zip(nodes, names, arrays, grads)):
        if last[name] != i:
            shared = grads[last[name]]
            aliased[id(node)] = shared if shared is not None and reqs[name] == "add" else None
            continue
        if id(arr) in seen:
            aliased[id(node)] = grad if learns(grad, name) else None
        elif learns(grad, name):
            leaves.append(i)
        seen.add(id(arr))
    return aliased, leaves


def _resized(old, shape, ctx):
    """An array of ``shape`` over ``old``'s leading elements (shared memory), or a new one if it must grow."""
    shape = tuple(shape)
    size = int(np.prod(shape))
    if size > old.size:
        return _wrap(np.zeros(shape, old.dtype), ctx)
    return _wrap(old._data.reshape(-1)[:size].reshape(shape), ctx)


def _reaches_marked_variable(node):
    """Whether a head gradient read by ``node`` flows on to a variable that takes a gradient: MXNet prunes the
    backward steps whose results no gradient uses (``MakeLoss(x) * 2`` or ``BlockGrad(x) + MakeLoss(x)`` need
    no head gradient)."""
    seen, stack = set(), [node]
    while stack:
        node = stack.pop()
        if node.is_leaf:
            return True
        for link in node.parents:
            if link is None or id(link[0]) in seen:
                continue
            seen.add(id(link[0]))
            src, index = link
            if src.is_leaf:
                if src.req != "null":
                    return True
            elif _reads_head_grad(src, index):
                stack.append(src)
    return False


def _uses_head_grad(result):
    """Whether the gradient flowing back from ``result`` depends on its head gradient (MXNet needs one only then).

    Loss outputs, comparisons, rounding and other zero-gradient ops ignore it: their backward,
    given a NaN head gradient, gives no NaN.
    """
    entry = result._node
    if entry is None:
        return False
    return entry[0].is_leaf or _reads_head_grad(*entry)


def _reads_head_grad(node, index):
    """Whether the backward of op ``node`` reads the gradient of its output ``index``."""
    declared = _DECLARED_HEAD_GRAD.get(node.op.name)
    if declared is not None:
        return declared
    if node.op.bwd is None:
        return False
    if getattr(node.op, "signature", None) is not None:      # user code (Custom): its Prop says, never probe it
        return node.op.signature(node.attrs).need_top_grad
    if index and ignores_output_grad(node.op.name, {k: str(v) for k, v in node.attrs.items()}, index):
        return False
    outs = node.outs if type(node.outs) is tuple else (node.outs,)
    # a NaN head gradient that shows up in the input gradients is read; NaNs already there without it
    # (NaN inputs, e.g. weights an optimizer made NaN) say nothing
    with_nan = _probe_backward(node, outs, index, np.nan)
    if with_nan is None:        # a backward that cannot take the probe surely reads it
        return True
    if not any(mask.any() for mask in with_nan):
        return _masked_out(node, outs, index)
    with_zero = _probe_backward(node, outs, index, 0.0)
    if with_zero is None or any((a & ~b).any() for a, b in zip(with_nan, with_zero)):
        return True
    # NaN everywhere whatever the head gradient: an elementwise function's input outside its domain (arccosh(0.5))
    # says nothing either, and its backward reads the head gradient
    from ..autograd import _mxnet_name
    from ..autograd_head_dtypes import reads_input_beside_head
    return all(mask.all() for mask in with_zero) and reads_input_beside_head(_mxnet_name(node))


# MXNet's legacy ops whose backward's declared inputs, not its kernel, decide: the proposal ops declare none,
# MultiBoxDetection every one (both write zero gradients)
_DECLARED_HEAD_GRAD = {"_contrib_Proposal": False, "_contrib_MultiProposal": False,
                       "_contrib_MultiBoxDetection": True}

# ops whose backward gives their own gradient, whatever the head gradient (MXNet's loss outputs)
_OWN_GRADIENT = frozenset("SoftmaxOutput Softmax SVMOutput LinearRegressionOutput LogisticRegressionOutput "
                          "MAERegressionOutput MakeLoss make_loss IdentityAttachKLSparseReg".split())


def _masked_out(node, outs, index):
    """Whether a backward that hid a NaN head gradient reads it all the same: one selecting it by a mask (clip,
    relu) hides it where every element is masked out, so it gives zero for a head gradient of ones too (a loss
    output, or an op whose gradient is zero by definition, does not read it)."""
    from ..autograd import _mxnet_name, zeros_like_gradient
    if _mxnet_name(node) in _OWN_GRADIENT or zeros_like_gradient(node.op, node.attrs):
        return False
    with_ones = _probe_backward(node, outs, index, 1.0, masks=False)
    return with_ones is not None and bool(with_ones) and not any(g.any() for g in with_ones)


def _probe_backward(node, outs, index, fill, masks=True):
    """NaN masks of the input gradients of ``node`` for a head gradient of ``fill`` at output ``index`` (the
    gradients themselves, in float64, without ``masks``)."""
    node = _with_copied_outputs(node)
    slots = [None] * len(outs)
    with np.errstate(invalid="ignore"):       # NaN into an integer output's gradient
        slots[index] = np.full(np.shape(outs[index]), fill, dtype=getattr(outs[index], "dtype", np.float32))
    from ..profiler import untimed
    try:
        with np.errstate(all="ignore"), autograd.pause(), untimed():      # a probe, not a backward MXNet runs
            grads = autograd._node_backward(node, slots, False, every_input=True)     # (what MXNet's graph reads)
    except Exception:         # noqa: BLE001 - any failure means the probe cannot tell
        return None
    grads = grads if type(grads) is tuple else (grads,)
    grads = [np.asarray(getattr(g, "_data", g), dtype=np.float64) for g in grads if g is not None]
    return [np.isnan(g) for g in grads] if masks else grads


def _with_copied_outputs(node):
    """``node`` over copies of its outputs: a probe must not consume what the real backward reads (a Dropout's
    mask serves one backward)."""
    def copied(o):
        return o.copy() if isinstance(o, np.ndarray) else o
    probe = copy.copy(node)
    probe.outs = tuple(map(copied, node.outs)) if type(node.outs) is tuple else copied(node.outs)
    return probe


def _in_dtype(grad, dtype):
    """A head gradient in its output's dtype: MXNet copies it into the output's gradient buffer first
    (0.7 given for an int32 output is 0)."""
    if type(grad) is not NDArray or grad.dtype == dtype:
        return grad
    with np.errstate(invalid="ignore"):
        return _wrap(grad._data.astype(dtype), grad.context)


def _zero(array):
    """Set ``array`` to zero in place (a sparse array keeps no stored values; a 0-d one, which legacy shape
    semantics keep from a user's write, is the executor's own buffer)."""
    if array.stype == "default" and array.ndim == 0:
        array._data[...] = 0
    elif array.stype == "default":
        array[:] = 0
    else:
        sparse.zeros(array.stype, array.shape, array.context, array.dtype).copyto(array)


def _zeros(shape, dtype, stype, ctx):
    """A zero array of ``stype`` storage."""
    return _wrap(np.zeros(shape, dtype), ctx) if stype == "default" else sparse.zeros(stype, shape, ctx, dtype)


def require_context(ctx):
    """MXNet's simple_bind reads the context's device fields first: anything but a Context fails there."""
    if not isinstance(ctx, Context):
        raise no_attribute(ctx, "device_typeid")


def shared_shape_mismatch(name, inferred, have):
    """MXNet's error for a shared executor's array ``name`` of shape ``have`` where ``inferred`` is needed."""
    return _sharing_refused("shape", "in_arg_nd", "arg_array", name, inferred, have)


def _sharing_refused(what, held_as, kind, name, inferred, have):
    """MXNet's check that a shared executor's argument (``kind`` arg_array) or auxiliary state (aux_array) has the
    ``what`` (shape or dtype) inferred for ``name``."""
    if what == "shape":
        shown = lambda shape: "[" + ",".join(str(d) for d in shape) + "]"     # noqa: E731
    else:
        shown = lambda dtype: _DTYPE_NP_TO_MX[np.dtype(dtype).type]           # noqa: E731
    aux = kind == "aux_array"
    line = {("shape", False): 639, ("dtype", False): 644, ("shape", True): 603, ("dtype", True): 608}[what, aux]
    stop, named = (". ", "auxilliary NDArray of the argument: ") if aux else (" ", "NDArray of the argument ")
    return located(MXNetError(
        f"Check failed: inferred_{what} == {held_as}.{what}() ({shown(inferred)} vs. {shown(have)}) : Inferred {what} "
        f"does not match shared_exec.{kind}'s {what}{stop}Therefore, the allocated memory for shared_exec.{kind} "
        f"cannot be resued for creating {named}{name} for the current executor"),
        ("../src/executor/graph_executor.cc", line))


def sharing_refusal(name, shape, dtype, source, aux=False):
    """MXNet's error for a shared executor's argument (``aux``: auxiliary state) ``source`` that cannot serve as
    ``name`` of this shape and dtype; None when it can."""
    held_as, kind = ("aux_nd", "aux_array") if aux else ("in_arg_nd", "arg_array")
    if tuple(source.shape) != tuple(shape):
        return _sharing_refused("shape", held_as, kind, name, shape, source.shape)
    if dtype is not None and np.dtype(source.dtype) != np.dtype(dtype):
        return _sharing_refused("dtype", held_as, kind, name, dtype, source.dtype)
    return None


def buffer_dtype_mismatch(have, wanted):
    """MXNet's error for a shared buffer's array, large enough, of another dtype than the input it would hold."""
    return located(MXNetError(f"Check failed: it->second.dtype() == dest_arg_dtype "
                              f"({_DTYPE_NP_TO_MX[np.dtype(have).type]} vs. {_DTYPE_NP_TO_MX[np.dtype(wanted).type]}) : "
                              "Requested arg array's dtype does not match that of the reusable ndarray"),
                   ("../src/executor/../common/exec_utils.h", 468))


class SharedArrays:
    """What a bucketing simple_bind shares: ``buffer`` (name -> array, grown and filled as MXNet does) and the
    arrays of ``exec_`` for the ``names`` in ``shared_names`` (the model's parameters)."""

    def __init__(self, buffer, shared_names=None, exec_=None):
        self.buffer, self.shared_names, self.exec_ = buffer, set(shared_names or ()), exec_

    def array(self, name, shape, dtype, stype, ctx, grad=False):
        """The array (or gradient array) of argument ``name``."""
        if name in self.shared_names:
            source = None if self.exec_ is None else (self.exec_.grad_dict if grad else self.exec_.arg_dict).get(name)
            if source is None and self.exec_ is not None:
                raise missing_shared_array()
            refusal = None if source is None or grad else sharing_refusal(name, shape, dtype, source)
            if refusal is not None:
                raise refusal
            return _zeros(shape, dtype, stype, ctx) if source is None else source
        key = "grad of " + name if grad else name
        have = self.buffer.get(key)
        if stype != "default":
            return _zeros(shape, dtype, stype, ctx)
        size = int(np.prod(shape))
        if have is None or have.size < size:
            if have is not None:
                note_regrown_input(key, shape, have.shape)
            self.buffer[key] = _zeros(shape, dtype, stype, ctx)
            return self.buffer[key]
        if np.dtype(have.dtype) != np.dtype(dtype):
            raise buffer_dtype_mismatch(have.dtype, dtype)
        if is_np_shape() and have.size != size:         # NDArray::Reshape's check under NumPy shape semantics
            raise same_size_refusal(have.size, size)
        return have.reshape((-1,))[0:size].reshape(shape)

    def aux(self, name, shape, dtype, ctx):
        """The auxiliary state ``name``: the shared executor's (of the same shape and dtype), else a new one."""
        if self.exec_ is None:
            return _wrap(np.zeros(shape, dtype), ctx)
        source = self.exec_.aux_dict[name]
        refusal = sharing_refusal(name, shape, dtype, source, aux=True)
        if refusal is not None:
            raise refusal
        return source


def missing_shared_array():
    """A shared parameter (or its gradient) the shared executor does not hold: MXNet's simple_bind fails on its
    map lookup with the C++ library's out_of_range, which its C API reports bare."""
    error = MXNetError("_Map_base: :at")
    error.unchecked = True
    return error


def note_regrown_input(name, shape, held):
    """The warning MXNet's bucketing simple_bind logs on stderr as it replaces a shared input array (or an input's
    gradient, named ``grad of NAME``) too small for ``shape`` by a new one."""
    print(f"{log_time()} ../src/executor/../common/exec_utils.h:474: Bucketing: data {name} has a "
          f"shape {provided(shape)}, which is larger than already allocated shape {provided(held)}. Need to "
          "re-allocate. Consider putting default bucket key to be the bucket taking the largest input for better "
          "memory sharing.", file=sys.stderr, flush=True)


SIMPLE_BIND_LINE, BIND_LINE = 1991, 2072     # where MXNet's graph executor notes a simple_bind, a bind


def unspecified_arg_changed(name):
    """MXNet's Executor.reshape refusal: an argument not given a new shape would change shape."""
    return located(MXNetError(f"Shape of unspecifie arg: {name} changed. This can cause the new executor to not share "
                              "parameters with the old one. Please check for error in network.If this is intended, "
                              "set partial_shaping=True to suppress this warning."),
                   ("../src/executor/graph_executor.cc", 955))


def c_sizes(shape):
    """A shape as MXNet's C API takes it: unsigned 32-bit sizes (what ctypes refuses, refused with its words)."""
    sizes = tuple(operator.index(d) for d in shape)
    for d in sizes:
        if d < 0:
            raise OverflowError("can't convert negative value to unsigned int")
        if d >= 2 ** 32:
            raise OverflowError("unsigned int is greater than maximum")
    return sizes


def simple_bind(symbol, ctx, grad_req, type_dict, shapes, stype_dict=None, group2ctx=None, shared=None):
    """Allocate zero arrays for every input from the given shapes (and storage types) and bind them;
    ``group2ctx`` places the nodes of a ctx_group on its context; ``shared``: a SharedArrays to take them from."""
    # MXNet's simple_bind passes on the tuple shapes only: others leave their input undecided
    inputs = symbol.list_inputs()
    given, shapes = shapes, {k: c_sizes(v) for k, v in shapes.items() if isinstance(v, tuple)}
    shapes = {k: v for k, v in shapes.items() if k in inputs}
    if type_dict is not None:      # each read as numpy reads a dtype (None is float64)
        type_dict = {k: np.dtype(v) for k, v in type_dict.items()}
    if stype_dict is not None:     # a storage type name MXNet does not know passes as not given
        stype_dict = {k: v for k, v in stype_dict.items() if v in ("default", "row_sparse", "csr")}
    require_context(ctx)
    try:
        _simple_bind_grad_reqs(symbol.list_arguments(), grad_req)      # (checked by MXNet's C API before binding)
    except MXNetError as e:
        raise bind_error(given, e)
    mkldnn_fusion.announce(SIMPLE_BIND_LINE, ctx)
    try:
        return _simple_bind(symbol, ctx, grad_req, type_dict, shapes, stype_dict, group2ctx, shared)
    except (MXNetError, ValueError) as e:
        raise bind_error(given, e)


def repeat_partition_logs(symbol, ctx, needs_backward, shapes=None):
    """The partitioning passes of a bind of ``symbol`` on ``ctx`` (an inference graph's on cpu(0)) log again what
    its shape functions logged inferring from ``shapes`` (without them, a line per logging node); a stateful graph
    infers again in full (Executor._infer_for_partitions)."""
    stateful = any(getattr(n.op, "stateful", False) for n in topo_order(symbol._heads) if not n.is_variable)
    if not needs_backward and mkldnn_fusion.partitions(ctx) and not stateful:
        if shapes is None:
            mkldnn_fusion.repeat_shape_logs(symbol._heads)
        else:
            with shape_logs_silenced(), shape_logs_recorded() as logged:
                infer_shape(symbol, (), shapes, partial=True)
            replay_shape_logs(logged)


def replay_shape_logs(logged, times=4):
    """The lines an inference logged (``logged``: shape_logs_recorded's notes), ``times`` over: the partitioning
    passes of MXNet's subgraph backend each infer the shapes again."""
    for note in logged * times:
        note()


def check_simple_bind_options(grad_req, group2ctx, shared_arg_names, shared_buffer, shared_exec):
    """simple_bind's front-end checks, in MXNet's order: a grad_req list or dict not empty, a mapping of
    contexts, a list of names, a dict of dense arrays, an executor."""
    _refuse_empty_grad_req(grad_req)
    for _, where in ({} if group2ctx is None else group2ctx).items():
        if not isinstance(where, Context):
            raise no_attribute(where, "device_typeid")
    if shared_arg_names is not None and not isinstance(shared_arg_names, list):
        raise ValueError("shared_arg_names in simple_bind must be a list or None")
    if shared_buffer is not None:
        if not isinstance(shared_buffer, dict):
            raise ValueError("shared_buffer in simple_bind must be dict or None")
        for array in shared_buffer.values():
            if not hasattr(array, "stype"):
                raise no_attribute(array, "stype")
            assert array.stype == "default", "shared_buffer is expected to only contain NDArrays with default storage"
    if shared_exec is not None and not isinstance(shared_exec, Executor):
        raise no_attribute(shared_exec, "handle")


def _refuse_backward_attrs(symbol):
    """The attributes of the ops MXNet parses only for their backward node (see PARSED_IN_BACKWARD), refused as
    the gradient graph's node ``<name>_backward`` refuses them."""
    from ..base import message_of
    from ..ndarray.param_text import read_attrs, refuse_first_read
    from ..ndarray.registry import PARSED_IN_BACKWARD
    for node in topo_order(symbol._heads):
        backward = None if node.is_variable else PARSED_IN_BACKWARD.get(node.op.name)
        if backward is None:
            continue
        attrs = {k: v for k, v in node.attrs.items() if not k.startswith("__")}
        try:
            refuse_first_read(node.op.name, attrs)
            read_attrs(node.op.name, attrs)
        except MXNetError as e:
            raise MXNetError(message_of(e).replace(f'{node.op.name}(name=""',
                                                   f'{backward}(name="{node.name}_backward"')) from None


def bind_error(given, message):
    """MXNet's simple_bind error: every keyword given (shapes, as MXNet lists them), then the error of its C API
    call, which its message shows after the words ``MXNetError:`` once the C++ trace is left out (a C++ library
    exception, marked ``unchecked``, and a check's raw words, which start with their time, come bare)."""
    text = "".join(f"{k}: {v}\n" for k, v in given.items())
    shown = str(message)        # (an error of MXNet's C++ checks prints its own 'MXNetError: ')
    raw = re.match(r"\[\d\d:\d\d:\d\d\] ", shown)
    if not getattr(message, "unchecked", False) and not shown.startswith(("MXNetError: ", "Traceback")) and not raw:
        shown = "MXNetError: " + shown
    error = RuntimeError(f"simple_bind error. Arguments:\n{text}{shown}")
    if isinstance(message, BaseException):     # raised while handling the C API's error: its context, no cause
        error.__context__ = message
    return error


def shape_complete(shape):
    """Whether inference found every dimension (an empty or 0 dimension is unknown in MXNet 1.x; under NumPy
    shape semantics 0 is a real size and () a scalar's shape)."""
    if is_np_shape():
        return shape is not None and all(d >= 0 for d in shape)
    return shape is not None and len(shape) > 0 and 0 not in shape


def _shown(shape):
    return "None" if not shape else "[" + ",".join(str(d or -1) for d in shape) + "]"


def undecided_error(what, names, values, unknown):
    """MXNet's error for inputs whose shapes (dtypes) stay unknown after inference, raised at its check in
    exec_utils.h (the listing ends with a line break unless it is empty)."""
    if what == "Shape":
        listed = "".join(f"{n}: {_shown(v)}, " for n, v in zip(names, values) if not shape_complete(v))
    else:
        listed = "".join(f"{n}: {unknown}, " for n, v in zip(names, values) if v is None)
    kind = "shapes" if what == "Shape" else "dtypes"
    dims = "dimensions" if what == "Shape" else "dtype"
    error = MXNetError(f"Infer{what} pass cannot decide {kind} for the following arguments (-1 means unknown "
                       f"{dims}). Please consider providing them as inputs:\n{listed}" + ("\n" if listed else ""))
    error.raised_at = ("../src/executor/../common/exec_utils.h", 391 if what == "Shape" else 415)
    return error


def _check_head_grad_copy(grad, out):
    """MXNet copies a head gradient into an array of its output's storage type: across storage types it warns of
    the storage fallback, and it refuses a copy between two sparse types."""
    if grad.stype == out.stype:
        return
    from ..ndarray.storage_report import note_copy_fallback
    from ..kvstore.base import STYPE_FLAGS
    note_copy_fallback(grad, out)
    if "default" not in (grad.stype, out.stype):
        error = MXNetError("Check failed: from_stype == kDefaultStorage || to_stype == kDefaultStorage || from_stype "
                           f"== to_stype: Copying ndarray of stype = {STYPE_FLAGS[grad.stype]} to stype = "
                           f"{STYPE_FLAGS[out.stype]} is not supported")
        error.raised_at = ("../src/ndarray/ndarray.cc", 1165)
        raise error


def _unwritten_arguments(symbol):
    """The arguments read only by one input whose gradient the op's backward leaves unwritten (a loss op's
    label): MXNet leaves their gradient arrays as they were."""
    slots = {}
    for node in topo_order(symbol._heads):
        names = () if node.is_variable or node.op.variadic else node.op.arg_names
        for (src, _), key in zip(node.inputs, names):
            if src.is_variable:
                slots.setdefault(src.name, []).append(key in UNWRITTEN_GRADS.get(node.op.name, ()))
        for src, _ in node.inputs[len(names):]:
            if src.is_variable:
                slots.setdefault(src.name, []).append(False)
    return {name for name, unwritten in slots.items() if unwritten == [True]}


def _csr_lhs_unwritten(symbol, arrays, grads, reqs):
    """The csr arguments read only as the lhs of a dot whose backward runs MXNet's sparse kernel, which writes
    the rhs gradient only: a dense lhs gradient array keeps its data. The sparse kernel runs (no storage
    fallback) when the rhs gradient is not wanted or takes the kernel's storage (row_sparse for csr.T x dense
    in the gradient, dense for csr x dense); an inner rhs always takes it."""
    readers = {}
    for node in topo_order(symbol._heads):
        for k, (src, _) in enumerate(() if node.is_variable else node.inputs):
            if src.is_variable:
                readers.setdefault(src.name, []).append((node, k))
    kept = set()
    for name, reads in readers.items():
        grad = grads.get(name)
        if len(reads) != 1 or grad is None or grad.stype != "default" or arrays[name].stype != "csr":
            continue
        node, k = reads[0]
        if node.op_name not in ("dot", "_sparse_dot") or k != 0 or _flag(node.attrs.get("transpose_b")):
            continue
        rhs = node.inputs[1][0]
        if not rhs.is_variable:
            kept.add(name)
            continue
        rhs_grad = grads.get(rhs.name)
        kernel_stype = "default" if _flag(node.attrs.get("transpose_a")) else "row_sparse"
        if arrays[rhs.name].stype != "csr" and (rhs_grad is None or reqs[rhs.name] == "null"
                                                    or rhs_grad.stype == kernel_stype):
            kept.add(name)
    return kept


def _flag(value):
    return str(value).lower() in ("1", "true")


def _trains(names, grads, given, reqs):
    """Whether the bind asks for any gradient, position by position as MXNet's bind reads a request list
    (the by-name requests of variables sharing a name are the last one's)."""
    listed = given if isinstance(given, list) else [reqs[n] for n in names]
    return any(g is not None and i < len(listed) and listed[i] != "null" for i, g in enumerate(grads))


def _refuse_repeated_names(arg_names, extra=0):
    """An inference-only bind maps the arguments by name (MXNet's subgraph pass), so two variables of one name
    cannot both be bound; ``extra``: the arguments the subgraph pass added (_dropped_identity_reads)."""
    if len(set(arg_names)) != len(arg_names) + extra:
        error = MXNetError(f"Check failed: arg_names.size() == in_args_map.size() ({len(arg_names) + extra} vs. "
                           f"{len(set(arg_names))}) : ")
        error.raised_at = ("../src/executor/graph_executor.cc", 1902)
        raise error


def _dropped_identity_reads(heads):
    """How many arguments MXNet's subgraph pass adds to an inference graph: merging an identity into another
    one (mkldnn_fusion.identity_merges) reconnects its readers to a copy of a variable, one per such merge
    (probed; the bind then fails its argument checks)."""
    merges = mkldnn_fusion.identity_merges(topo_order(heads))
    return sum(mkldnn_fusion.identity_op(src) for src in merges.values())


def refuse_dropped_identity_reads(symbol, ctx, reqs):
    """A simple_bind without gradients fails as it allocates the arguments MXNet's subgraph pass added
    (_dropped_identity_reads): the added copies have no context of their own."""
    if all(r == "null" for r in reqs.values()) and mkldnn_fusion.partitions(ctx) and _dropped_identity_reads(
            symbol._heads):
        raise located(MXNetError("Check failed: in_arg_ctx_map.count(arg_name): "),
                      ("../src/executor/graph_executor.cc", 1830))


def _simple_bind(symbol, ctx, grad_req, type_dict, shapes, stype_dict, group2ctx=None, shared=None):
    names = symbol.list_arguments()
    aux_names = symbol.list_auxiliary_states()
    reqs = _simple_bind_grad_reqs(names, grad_req)
    graded = any(r != "null" for r in reqs.values())
    if graded:      # MXNet builds the gradient graph first
        _check_differentiable(symbol)
    node_shapes, sized = {}, set()
    with shape_logs_recorded() as logged:
        arg_shapes, out_shapes, aux_shapes = infer_shape(symbol, (), shapes, partial=True, nodes=node_shapes,
                                                         sized=sized, head_grads=graded)
    inputs = symbol.list_inputs()
    known = {**dict(zip(names, arg_shapes)), **dict(zip(symbol.list_auxiliary_states(), aux_shapes))}
    # outputs with real 0 sizes (an empty slice of known inputs) are decided
    empty = [s is not None and (id(n), i) in sized for s, (n, i) in zip(out_shapes, symbol._heads)]
    inner = not is_np_shape() and any(shape is not None and 0 in shape and key not in sized
                                      for key, (shape, _) in node_shapes.items())
    # MXNet checks every entry, after its type inference (whose refusal comes first)
    decided = {n.name for n in symbol._nodes() if n.is_variable and (id(n), 0) in sized}
    undecided = inner or any(not shape_complete(s) and n not in decided for n, s in known.items()) or any(
        not shape_complete(s) and not e for s, e in zip(out_shapes, empty))
    if type_dict is None:      # MXNet: float32 for every argument without a declared dtype
        type_dict = {n.name: np.float32 for n in symbol._nodes()
                     if n.is_variable and n.name in names and "__dtype__" not in n.user_attrs}
    types = {k: v for k, v in type_dict.items() if k in symbol.list_inputs()}
    node_types = {}
    arg_types, out_types, aux_types = infer_type(symbol, (), types, partial=True, nodes=node_types)
    if any(t is None for t in arg_types + out_types):      # MXNet checks every entry
        dtypes = {**dict(zip(names, arg_types)), **dict(zip(symbol.list_auxiliary_states(), aux_types))}
        raise undecided_error("Type", inputs, [dtypes[n] for n in inputs], "-1")
    if undecided:
        if not graded and mkldnn_fusion.partitions(ctx):
            replay_shape_logs(logged)      # (the partitioning passes come before the bind's own inference)
        raise undecided_error("Shape", inputs, [known[n] for n in inputs], "None")
    out_types = [t or np.float32 for t in out_types]
    aux_types = [t or np.float32 for t in aux_types]
    # (without a stype_dict every argument has its declared storage, or dense)
    refusal = storage.unimplemented_stypes(symbol, storage.argument_stypes(symbol) if stype_dict is None else stype_dict)
    if refusal is None and any(r != "null" for r in reqs.values()):
        wanted = {n for n, r in reqs.items() if r != "null"}
        refusal = storage.unimplemented_backward_stypes(symbol, storage.argument_stypes(symbol, stype_dict), wanted)
    if refusal is not None:
        raise refusal
    undecided = storage.undecided_stypes(symbol, stype_dict)
    if undecided:
        storage.note_undecided_fallbacks(symbol, stype_dict)
        error = MXNetError("InferStorageType pass cannot decide storage type for the following arguments (-1 means "
                           "unknown stype). Please consider providing them as inputs:\n"
                           + "".join(f"{n}: unknown, " for n in undecided) + "\n")
        error.raised_at = ("../src/executor/../common/exec_utils.h", 439)
        raise error
    if shares_a_name(names, aux_names):
        raise unallocated()
    refuse_dropped_identity_reads(symbol, ctx, reqs)
    arg_stypes = storage.argument_stypes(symbol, stype_dict)
    custom_stypes = {}      # (Custom nodes': their Props asked once)
    if any(r != "null" for r in reqs.values()):
        grad_stypes = storage.gradient_stypes(symbol, arg_stypes, custom_stypes)
    else:
        storage.output_stypes(symbol, arg_stypes, custom_stypes)
        grad_stypes = {}
    placed = group_contexts(symbol, group2ctx)
    conflict = placed and gradient_conflict(symbol, placed, ctx, reqs, group2ctx)
    if conflict:
        raise MXNetError(conflict)
    for where in {ctx, *placed.values()}:       # refused at allocation, as MXNet's CPU-only build does
        host_context(where)

    def allocate(name, shape, dtype, stypes, grad=False):
        if shared is None:
            return _zeros(shape, dtype, stypes[name], placed.get(name, ctx))
        return shared.array(name, shape, dtype, stypes[name], placed.get(name, ctx), grad)

    args, grads, aux = [None] * len(names), [None] * len(names), [None] * len(aux_names)
    arg_at, aux_at = {n: i for i, n in enumerate(names)}, {n: i for i, n in enumerate(aux_names)}
    for name in inputs:     # in MXNet's order (its checks and notes follow it): each argument, then its gradient
        if name in aux_at:
            i = aux_at[name]
            where = placed.get(name, ctx)
            aux[i] = (_wrap(np.zeros(aux_shapes[i], aux_types[i]), where) if shared is None
                      else shared.aux(name, aux_shapes[i], aux_types[i], where))
            continue
        i = arg_at[name]
        args[i] = allocate(name, arg_shapes[i], arg_types[i], arg_stypes)
        if reqs.get(name, "null") != "null":
            grads[i] = allocate(name, arg_shapes[i], arg_types[i], grad_stypes, grad=True)
    executor = Executor(symbol, ctx, args, grads, reqs, aux, out_shapes=out_shapes, node_shapes=node_shapes,
                        group2ctx=group2ctx, out_types=out_types, shared_exec=None if shared is None else shared.exec_,
                        node_types=node_types, node_stypes=custom_stypes)
    executor._repeat_partition_logs(logged)
    out_stypes = storage.output_stypes(symbol, arg_stypes, custom_stypes)
    executor.outputs = [_zeros(s, t, st, c) for s, t, st, c        # as MXNet
                        in zip(out_shapes, out_types, out_stypes, executor._out_ctxs)]
    return executor


def _copy_into(value, target):
    """Copy ``value`` (cast to the target's dtype) into ``target``; a shape mismatch is an MXNetError.
    As in MXNet, only arrays with ``astype`` and ``copyto`` can be copied (a numpy array is an AttributeError),
    and an mx.np array's copyto refuses the legacy arrays an executor holds."""
    from ..numpy.multiarray import ndarray as np_ndarray
    value = value.astype(target.dtype)
    if isinstance(value, np_ndarray) and not isinstance(target, np_ndarray):
        raise TypeError(f"copyto does not support type {class_text(target)}")
    value.copyto(target)
