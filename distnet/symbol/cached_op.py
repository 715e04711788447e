"""CachedOp: a traced HybridBlock graph replayed on numpy arrays (what hybridize runs).

The replay records one autograd node for the whole graph, whose backward walks the graph's steps
in reverse: no per-op NDArrays or tape nodes, as in MXNet's CachedOp.
"""
import re

import numpy as np

from .. import autograd
from ..base import HoldsCHandle, MXNetError, message_of
from ..ndarray import failures
from ..ndarray.ndarray import NDArray, _wrap
from ..ndarray.registry import KEEP_CLASS, _SHAPE_KNOWN as SHAPE_KNOWN, _MXNET_OP_NAMES as MXNET_OP_NAMES, \
    _KNOWN_BY_OUTPUTS, _SHAPE_FREE
from ..ndarray.shape_text import inference_failure, legacy_broadcast_shape, with_given_attrs
from ..util import is_np_shape
from . import common_expr, hook_names
from ..ndarray.ops_norm import STATISTICS_OPS, hidden_statistics
from .backward_ops import _ALIASES as _BACKWARD_ALIASES, rule
from .control_flow_nodes import BODY_RECORDS, CONTROL_FLOW_OPS, StepGradientRefusal
from .executor import _notify
from .graph import AUX_INPUTS, Node, Program, lookup_op
from .infer import fill_open_shapes, has_open_shapes
from .inplace_layout import keep_in_place_blocks


# The operators whose dtype checks only MXNet's type inference makes (their mx.np functions' kernels promote)
_TYPED_BEFORE_RUNNING = frozenset({"_cond", "_np_dot", "_npi_matmul", "_npi_tensordot", "_npi_tensordot_int_axes",
                                  "_npi_einsum"})


class _GraphOp:
    """The autograd tape's operator for one replayed graph."""

    hidden = 0
    unwritten = ()           # graph variables whose gradient MXNet's backward never writes
    bwd_needs = True         # the gradients asked for are known at backward time (grad(), grad_req null)

    def __init__(self, program, inlined=True):
        from .symbol import Symbol
        self.name = "_CachedOp"
        self.program = program
        self.inlined = inlined          # whether MXNet records the graph's ops one by one (autograd.get_symbol)
        self.output_names = Symbol(program.heads).list_outputs()   # a recorded node's outputs are named after them
        checks = [(op, ins, attrs) for op, ins, attrs, _, _ in program.steps if hasattr(op, "check_grad_stype")]
        if checks:      # only a graph holding such an op (e.g. Embedding) has its backward run the rules
            self._stype_checks = checks
            self.check_grad_stype = self._steps_check_grad_stype
        self._add_steps = _kernel_add_steps(program)
        self._add_heads = {}        # the last backward's output gradients of those steps
        if self._add_steps:
            self.add_request = self._step_add_request

    def gradient_inputs(self, index):
        """The graph variables (positions) the gradient of output ``index`` flows back to, leaving out the paths
        through zero-gradient steps, which MXNet's gradient graph drops."""
        variables = len(self.program.variables)
        producer = {slot: (op, ins, attrs) for op, ins, attrs, outs, _ in self.program.steps for slot in outs}
        stack, seen, found = [self.program.out_slots[index]], set(), set()
        while stack:
            slot = stack.pop()
            if slot in seen:
                continue
            seen.add(slot)
            if slot < variables:
                found.add(slot)
                continue
            op, ins, attrs = producer[slot]
            if getattr(op, "bwd", None) is not None and not autograd.zeros_like_gradient(op, attrs):
                stack.extend(ins)
        return found

    def _steps_check_grad_stype(self, position, attrs, stype, req):
        """The gradient storage rules of the graph's steps reading graph variable ``position`` (e.g. a sparse
        Embedding refusing grad_req 'add'), as the autograd hook ``check_grad_stype`` of an op recorded alone."""
        for op, ins, step_attrs in self._stype_checks:
            if position in ins:
                op.check_grad_stype(ins.index(position), step_attrs, stype, req)

    def recorded_symbol(self, args, name):
        """The recorded call as MXNet's autograd.get_symbol shows a graph it did not inline: one
        ``_CachedOp`` node named ``name`` over the symbols ``args``."""
        from .graph import Node
        from .symbol import Symbol
        count = len(self.program.out_slots)
        node = Node(self, "_CachedOp", name, {}, [a._heads[0] for a in args], num_outputs=count)
        return Symbol([(node, i) for i in range(count)])

    def grad_rows(self, position, inputs, attrs):
        """The rows a row_sparse gradient of graph variable ``position`` stores: those its steps declare
        (an Embedding with sparse_grad: the looked-up rows), as the autograd hook ``grad_rows``."""
        found = None
        saved = attrs["saved"]
        for k, (op, ins, step_attrs, _, _) in enumerate(self.program.steps):
            rows_of = getattr(op, "grad_rows", None)
            if rows_of is not None and position in ins:
                rows = rows_of(ins.index(position), saved[k][0], step_attrs)
                if rows is not None:
                    found = rows if found is None else np.union1d(found, rows)
        return found

    def bwd(self, dy, out, *inputs, saved, needs, op_hook=None, static_grads=None, steps=None):
        heads = dy if type(dy) is tuple else (dy,)
        if isinstance(heads[0], NDArray):
            raise MXNetError("Check failed: !Imperative: :Get()->is_recording(): CachedOp does not support higher "
                             "order gradients. If you want to do backward with create_graph=True please do not use "
                             "hybridize.")
        if static_grads is not None:
            static_grads.bind()
        on_node = op_hook
        if self._add_steps:
            on_node = self._noting_add_heads(op_hook, saved)
        kept = []
        try:
            grads = self.program.backward_raw(saved, heads, needs, planned=not self.inlined, on_node=on_node,
                                              kept=kept)
        except StepGradientRefusal as e:
            raise self._step_refusal(out, e) from None
        for k in self.unwritten:
            grads[k] = None
        self.keeps_failed_buffers = tuple(k for k in kept if grads[k] is None)     # (read by autograd's pass next)
        return tuple(grads)

    def _step_refusal(self, out, refusal):
        """A step's failed backward check, named as MXNet names it: by the step's own recorded node in a graph it
        inlines, else by the graph's node and then the step."""
        if self.inlined:
            return _StepNodeRefusal(out, refusal.text, refusal.step)
        return autograd.BackwardNodeRefusal(out, f"Error in operator {refusal.step}_backward: {refusal.text}")

    def _noting_add_heads(self, op_hook, saved):
        """A backward_raw step hook that keeps the output gradient of each step of ``_add_steps`` (then calls
        ``op_hook``)."""
        self._add_heads = {}
        names = {self.program.steps[k][4]: k for k in self._add_steps.values()}

        def on_node(name, ins, grads, needed, step):
            if name in names:
                self._add_heads[names[name]] = (step[0], saved[names[name]])
            if op_hook is not None:
                op_hook(name, ins, grads, needed, step)
        return on_node

    def _step_add_request(self, position):
        """How the kernel of the one step reading graph variable ``position`` treats an 'add' request for it
        (autograd's _ADD_REQUESTS rule for that step, as for the op recorded alone); None: it adds."""
        k = self._add_steps.get(position)
        if k not in self._add_heads:
            return None
        op, ins, attrs, _, _ = self.program.steps[k]
        dy, (args, res) = self._add_heads[k]
        step = autograd.StepView(op, attrs, args, res)
        return autograd.add_request_rule(step, ins.index(position), [dy])


class _StepNodeRefusal(autograd.BackwardNodeRefusal):
    """A refusal in the backward of an inlined graph's step ``step``, which MXNet recorded as a node of its own."""

    def __init__(self, out, text, step):
        super().__init__(out, text)
        self.step = step

    def named(self, order):
        node = next(n for n in order if n.outs is self.out)
        return MXNetError(f"Error in operator node_{recorded_step_number(node, self.step)}_backward: "
                          f"{self.template}")


def _kernel_add_steps(program):
    """{graph variable: step index} for the variables read once, by one step whose kernel treats an 'add'
    request its own way (autograd's _ADD_REQUESTS): MXNet's backward hands that kernel the variable's buffer."""
    readers = {}
    for k, (op, ins, _, _, _) in enumerate(program.steps):
        for i in ins:
            readers.setdefault(i, []).append(k)
    found = {}
    for position in range(len(program.variables)):
        steps = readers.get(position, [])
        if len(steps) == 1 and program.steps[steps[0]][1].count(position) == 1 and \
                autograd.has_add_request_rule(program.steps[steps[0]][0].name):
            found[position] = steps[0]
    return found


class CachedOp(HoldsCHandle):
    """Replays ``sym`` with the block's inputs and parameters, recording for autograd as usual."""

    def __init__(self, sym, data_names, params, inline_limit=2, static_alloc=False, static_shape=False):
        from .executor import _check_differentiable
        if not sym.list_arguments():        # its gradient graph needs an input to differentiate against
            raise MXNetError("Check failed: !xs.empty(): There are no inputs in computation graph that require "
                             "gradients.")
        _check_differentiable(sym)          # MXNet's CachedOp builds its gradient graph when it is created
        # MXNet's CachedOp merges common subexpressions before building the backward: a value computed twice
        # (F.tanh(x) in two places) is one node whose output gradients are summed before its backward runs
        self.program = Program(_forward_heads(sym))
        # MXNet inlines a graph of at most inline_limit operators (recording each), unless it allocates statically;
        # it counts the _copy it gives an input passed out a second time
        size = len(self.program.steps) + _repeated_inputs(self.program)
        self.inlined = not static_alloc and size <= inline_limit
        self.static_alloc = static_alloc
        if not self.inlined:
            keep_in_place_blocks(self.program, training=True, when=autograd.is_recording)
        index = {name: i for i, name in enumerate(data_names)}
        self.sources = []          # per graph variable: an input position, or a Parameter
        for node in self.program.variables:
            if node.name in index:
                self.sources.append(index[node.name])
            elif node.name in params:
                self.sources.append(params[node.name])
            else:
                raise AssertionError(f"Unknown input to HybridBlock: {node.name}")
        self.num_outputs = len(sym._heads)
        self.linked_outputs = _outputs_with_gradient_path(self.program, self.sources, self.inlined, static_alloc)
        self.passed_out = _inputs_passed_out(self.program) if self.inlined else ()
        self.sym = sym
        self.open_shapes = has_open_shapes(self.program)
        self.resolved_for = None
        self.graph_op = _GraphOp(self.program, self.inlined)
        self.graph_op.unwritten = _params_passed_out_only(self.program, self.sources)
        self.static_grads = _StaticGradients(self.sources) if static_alloc and static_shape else None
        # MXNet's CachedOp infers the graph's dtypes before it runs: a cond fails then on a predicate of a dtype
        # other than float32, a product on operands of two dtypes (the other graphs' checks are the operators'
        # own, made as they run)
        self.types_checked = any(op.name in _TYPED_BEFORE_RUNNING for op, *_ in self.program.steps)
        self.typed_for = self.untyped_for = None
        # MXNet's CachedOp keeps the input shapes (dtypes) its last shape (type) inference was given, and the
        # shapes (dtypes) only when it succeeded: called again with the same ones it infers nothing, and its memory
        # planning finds none after a failure (see _refuse_uninferred)
        self.shapes_for = self.dtypes_for = None
        self.shaped = self.typed = False
        # MXNet's CachedOp without static_shape first checks the graph for dynamic shapes, by a shape inference
        # of its own (a Custom op's Prop is asked twice); with static_shape it keeps the operators a Custom op
        # created while the inputs and the recording mode stay those of its last call
        self.static_shape = static_shape
        self.dynamic_checked = static_shape
        self.kept_states_for = None
        self.planned = set()            # the autograd modes (recording or not) with a memory plan kept
        # whether the first run succeeded (None: no run yet), and whether an operator's shape function refused
        # the inputs since the last success (see _shape_function_refusal)
        self.ran_first, self.unknown_shapes = None, False
        self.unsized_for = None         # the input shapes and dtypes whose unknown sizes its run refused

    def __call__(self, ctx, *args, op_hook=None, monitor_all=False):
        """Run the graph; ``op_hook(name, op name, array)`` sees every node's outputs (and inputs with
        ``monitor_all``), named as MXNet names them (bytes)."""
        # as MXNet's: every parameter's value is read first (an uninitialised one refuses), then the contexts checked
        values = [args[s] if type(s) is int else _param_value(s, ctx) for s in self.sources]
        for source, value in zip(self.sources, values):
            if type(source) is not int:
                _check_param_context(source, value, ctx, self)
        self._refuse_unknown_sizes(values)
        if self.types_checked:
            self._check_types(values)
        if self.open_shapes:
            self._resolve(values)
        shapes = tuple(v.shape for v in values)
        dtypes = tuple(np.dtype(v.dtype).str for v in values)
        self._refuse_uninferred(values, shapes, dtypes)
        inferred_again = (shapes, dtypes) != (self.shapes_for, self.dtypes_for)
        raws, carried = failures.unread_inputs(values)
        bulked = _bulked_steps(self.program, self.sources) if self.static_alloc and self.static_shape else None
        hook = None if op_hook is None else _step_hook(self.program, op_hook, monitor_all, ctx, self.static_alloc,
                                                       bulked)
        kernel_errors = []
        states_for = (shapes, dtypes, autograd.is_recording())
        if not self.static_shape or states_for != self.kept_states_for:
            for node, attrs in self.program.stateful:      # MXNet's cached op makes a stateful op's state per call
                node.op.renew_state(attrs["_state"])
        self.kept_states_for = None
        try:
            if self.program.stateful:
                self._infer_for_stateful(values, shapes != self.shapes_for, dtypes != self.dtypes_for)
            plan = _RecordingPlan(self.program, values, self.inlined, self.passed_out) \
                if autograd.is_recording() else None
            refused = None if plan is None else (
                lambda step: plan.number(self.program, values, None, self.passed_out, body_records, until=step))
            with BODY_RECORDS.of_call(plan and plan.control_flow_inputs, refused) as body_records:
                slots, saved = self.program.forward_raw(raws, hook, kernel_errors, as_cached_op=True,
                                                        input_failed=carried is not None)
        except MXNetError as e:
            refusal = self._shape_function_refusal(self._shape_refusal_first(e, shapes), shapes)
            self._note_refusal(refusal, shapes, dtypes)
            if refusal is e:
                raise
            raise refusal from e
        if self.ran_first is None:
            self.ran_first = True
        self.unknown_shapes, self.unsized_for = False, None
        self.shapes_for, self.dtypes_for, self.shaped, self.typed = shapes, dtypes, True, True
        self.kept_states_for = states_for
        if inferred_again:          # MXNet drops the memory plans of both modes and makes this one's
            self.planned.clear()
        self.planned.add(autograd.is_recording())
        raw_outs = [_unshared(slots[i], raws) for i in self.program.out_slots]
        for k, i in enumerate(self.program.out_slots):      # an input passed out twice: the second is a copy
            if i < len(self.program.variables) and i in self.program.out_slots[:k]:
                raw_outs[k] = raw_outs[k].copy()
        outs = [_wrap(r, ctx) for r in raw_outs]
        if carried is not None or kernel_errors or failures.COPIES_HELD.held:     # kept with the outputs, raised
            failures.keep_with(outs, carried, kernel_errors, values, raws, self.program.steps)     # when read
        if autograd.is_recording():
            parents = tuple(v._node for v in values)
            if self.passed_out:     # see _inputs_passed_out
                parents = tuple(None if k in self.passed_out else p for k, p in enumerate(parents))
            needs = [p is not None for p in parents]
            if any(needs):
                multi = len(outs) > 1
                attrs = {"saved": saved, "needs": needs}
                if self.static_grads is not None:
                    attrs["static_grads"] = self.static_grads.route(values, shapes)
                if op_hook is not None and not self.inlined:
                    attrs["op_hook"] = _gradient_hook(self.program, op_hook, ctx, self.static_alloc, monitor_all,
                                                      bulked)
                numbered = plan.number(self.program, values, outs, self.passed_out, body_records)
                if numbered is not None:        # (an inlined graph: the steps took their numbers)
                    attrs["steps"] = numbered
                    with autograd._numbered_from(numbered.first):
                        node = autograd.new_node(self.graph_op, raws, values, attrs,
                                                 tuple(raw_outs) if multi else raw_outs[0], parents, len(outs))
                    fed = numbered.fed
                else:
                    node = autograd.new_node(self.graph_op, raws, values, attrs,
                                             tuple(raw_outs) if multi else raw_outs[0], parents, len(outs))
                    fed = _unrecorded([v for k, v in enumerate(values) if k not in self.passed_out])
                if fed:
                    autograd.feed(node, fed)
                for i, (o, linked) in enumerate(zip(outs, self.linked_outputs)):
                    if linked and plan.outputs_recorded[i]:
                        o._node = (node, i)
        return outs

    def _refuse_unknown_sizes(self, values):
        """Under legacy shape semantics a 0-d input or a zero dimension is unknown: MXNet's CachedOp infers the
        graph's shapes and dtypes with them, raising an operator's refusal, then runs the graph operator by
        operator (see _refuse_unknown_scalars); called again with those inputs, it infers nothing and its memory
        planning meets the unknown size."""
        if is_np_shape() or not any(v.ndim == 0 or 0 in v.shape for v in values):
            return
        shapes = tuple(v.shape for v in values)
        dtypes = tuple(np.dtype(v.dtype).str for v in values)
        if (shapes, dtypes) == self.unsized_for:
            raise MXNetError(failures.UNKNOWN_SHAPE)
        if shapes == self.shapes_for:       # (what its inference left is _refuse_uninferred's)
            return
        names = [node.name for node in self.program.variables]
        try:
            self.sym.infer_shape_partial(**dict(zip(names, shapes)))
            self.sym.infer_type_partial(**{name: v.dtype for name, v in zip(names, values)})
        except MXNetError as error:
            self._note_refusal(error, shapes, dtypes)
            raise
        try:
            _refuse_unknown_scalars(self.program, values)
        except MXNetError:
            self.unsized_for = (shapes, dtypes)
            raise

    def _infer_for_stateful(self, values, new_shapes, new_dtypes):
        """MXNet's CachedOp infers the whole graph's shapes, then its dtypes, when the inputs' changed, before it
        runs: a Custom op's Prop is asked in that order (its run then finds what it answered)."""
        if new_shapes:
            shapes = {node.name: v.shape for node, v in zip(self.program.variables, values)}
            for _ in range(1 if self.dynamic_checked else 2):
                self.sym.infer_shape_partial(**shapes)
            self.dynamic_checked = True
        if new_dtypes:
            self.sym.infer_type_partial(**{node.name: v.dtype for node, v in zip(self.program.variables, values)})

    def _check_types(self, values):
        """Infer the graph's dtypes from these inputs' (once per dtype signature), raising what MXNet raises."""
        dtypes = {node.name: v.dtype for node, v in zip(self.program.variables, values)}
        key = tuple(sorted((k, np.dtype(t).str) for k, t in dtypes.items()))
        if key == self.typed_for:
            return
        if key == self.untyped_for:         # MXNet kept the graph its failed inference left without dtypes
            raise _unplanned("dtype", "InferType")
        try:
            self.sym.infer_type_partial(**dtypes)
        except MXNetError:
            self.untyped_for = key
            raise
        self.typed_for = key

    def _refuse_uninferred(self, values, shapes, dtypes):
        """What MXNet's CachedOp raises when these inputs' shapes or dtypes are those of a failed inference: with
        both unchanged it runs the memory plan it kept or plans anew, either reading what it lacks (dtypes first);
        with the shapes unchanged it infers the dtypes alone, then plans memory without shapes."""
        same_shapes, same_dtypes = shapes == self.shapes_for, dtypes == self.dtypes_for
        if same_shapes and same_dtypes:
            if autograd.is_recording() in self.planned:
                for known, attr in ((self.typed, "dtype"), (self.shaped, "shape")):
                    if not known:
                        raise MXNetError(f"Check failed: it != attrs.end(): Cannot find attribute {attr} in the graph")
            elif not self.typed:
                raise _unplanned("dtype", "InferType")
            elif not self.shaped:
                raise _unplanned("shape", "InferShape")
        elif same_shapes and not self.shaped:
            self.dtypes_for, self.typed = dtypes, False
            self.sym.infer_type_partial(**{node.name: v.dtype for node, v in zip(self.program.variables, values)})
            self.typed = True
            self.planned.clear()
            raise _unplanned("shape", "InferShape")

    def _note_refusal(self, error, shapes, dtypes):
        """Keep what a refused call leaves MXNet's CachedOp with: a shape inference's refusal its input shapes
        (without shapes), a type inference's its shapes and input dtypes (without dtypes) - unless those dtypes
        are the ones it already failed on, which it does not infer again: its memory planning finds none."""
        text = message_of(error)
        if not text.startswith("Error in operator "):
            return
        if not _TYPE_WORDS.search(text):
            self.shapes_for, self.shaped = shapes, False
            return
        self.shapes_for, self.shaped = shapes, True
        if dtypes == self.dtypes_for and not self.typed:
            self.planned.clear()
            raise _unplanned("dtype", "InferType") from error
        self.dtypes_for, self.typed = dtypes, False

    def _shape_refusal_first(self, error, shapes):
        """MXNet's CachedOp infers every node's shape before any dtype: a step's dtype refusal gives way to the
        refusal of a shape anywhere in the graph."""
        if not _TYPE_WORDS.search(message_of(error)):
            return error
        try:
            self.sym.infer_shape_partial(**{node.name: s for node, s in zip(self.program.variables, shapes)})
        except MXNetError as shape_error:
            return shape_error
        return error

    def _shape_function_refusal(self, error, shapes):
        """What MXNet's CachedOp raises when an operator's shape function refuses the inputs (it returns false,
        leaving the shapes unknown): the operator's words while the first run never succeeded; after a success,
        a later operator's check that its inference pass meets, else the memory planning of this autograd mode
        finds no plan, then (until a success) no shapes."""
        text = message_of(error)
        if "inferring shapes failed" not in text:
            return error
        refusing = text.split(" ", 2)[1]
        try:
            self.sym.infer_shape_partial(**{node.name: s for node, s in zip(self.program.variables, shapes)})
        except MXNetError as later:
            if f"perator {refusing} " not in message_of(later):     # (another operator's check)
                return later
        if self.ran_first is None:
            self.ran_first = False
        if not self.ran_first:
            return error
        if self.unknown_shapes:
            return MXNetError("Check failed: ndim_is_known(this->ndim()): Shape is unknown.")
        self.unknown_shapes = True
        plan = "full_mem_plan" if autograd.is_recording() else "forward_mem_plan"
        return MXNetError(f"Check failed: it != attrs.end(): Cannot find attribute {plan} in the graph")

    def _resolve(self, values):
        """Give ``zeros(shape=(0, n))``-style nodes (an RNN's begin state) the shapes these inputs imply."""
        shapes = {node.name: v.shape for node, v in zip(self.program.variables, values)}
        types = {node.name: v.dtype for node, v in zip(self.program.variables, values)}
        key = tuple(sorted((name, shape, np.dtype(types[name]).name) for name, shape in shapes.items()))
        if key != self.resolved_for:
            fill_open_shapes(self.program, self.sym, shapes, types)
            self.resolved_for = key


class _StaticGradients:
    """The parameters' gradient buffers of a graph run with static_alloc and static_shape: MXNet binds them at its
    first backward and keeps writing there while a parameter's new buffer (after ``initialize(force_reinit=True)``
    or ``reset_ctx`` to the same device) has the same grad_req and the inputs keep their shapes; the new buffer
    stays unwritten."""

    def __init__(self, sources):
        self.positions = [k for k, s in enumerate(sources) if type(s) is not int]
        self.bound = None           # (input shapes, {position: (buffer, grad_req)}) of the last backward

    def route(self, values, shapes):
        """Point the parameters' variables at the bound buffers; the binding this call's backward makes."""
        leaves = {k: values[k]._node[0] for k in self.positions
                  if values[k]._node is not None and values[k]._node[0].is_leaf}
        if self.bound is not None and self.bound[0] == shapes:
            for k, leaf in leaves.items():
                buffer, req = self.bound[1].get(k, (None, None))
                grad = leaf.grad
                if (req == leaf.req and buffer is not None and grad is not None and buffer.shape == grad.shape
                        and buffer.context == grad.context):
                    leaf.grad = buffer
        return _Binding(self, shapes, leaves)


class _Binding:
    """The buffers one recorded run writes its parameters' gradients into, bound when its backward runs."""

    def __init__(self, owner, shapes, leaves):
        self.owner, self.shapes, self.leaves = owner, shapes, leaves

    def bind(self):
        self.owner.bound = (self.shapes, {k: (leaf.grad, leaf.req) for k, leaf in self.leaves.items()})


def _unplanned(attr, inference):
    """MXNet's memory planning refusing a graph its ``inference`` pass left without ``attr``."""
    return MXNetError(f"Graph attr dependency {attr} is required by pass MXPlanMemory but is not available  "
                      f"The attribute is provided by pass {inference}")


# the words of a type inference's refusal (a graph step's other refusals named after its node are its shape's,
# among them an incompatible attr that was expected as a shape: "expected [2,3], got [1,3]", and a reshape's
# check casting to IType)
_TYPE_WORDS = re.compile(r"(?<!I)type|is_float|Incompatible attr(?!.* expected \[)|float\d|u?int\d", re.I)


def _refuse_unknown_scalars(program, values):
    """MXNet's CachedOp infers the graph's shapes first: under legacy shape semantics a 0-d input's shape () is
    unknown, as is a 0 dimension, and the first operator reading such an input fails (but those whose input
    shapes follow the others, as pick's index, and those whose outputs a zero size does not reach, as a sum), as
    its imperative call would, listing the shapes it had."""
    if is_np_shape():
        return
    unknown = {i for i, v in enumerate(values) if (v.ndim == 0 or 0 in v.shape) and type(v) not in KEEP_CLASS}
    if not unknown:
        return
    for op, ins, attrs, outs, name in program.steps:
        read = [values[i] for i in ins if i in unknown]
        if op.name in SHAPE_KNOWN or not read:
            continue
        inputs = [values[i] for i in ins] if all(i < len(values) for i in ins) else None
        if all(r.ndim for r in read) and op.name in OUTPUTS_IGNORE_EMPTY_INPUTS and inputs is not None and \
                _empty_reaches_no_output(op, inputs, attrs):
            continue
        shapes = [values[i].shape or None if i < len(values) else None for i in ins]
        outs = [(0,)] if op.name == "shape_array" else _outputs_known_so_far(op, shapes, len(outs), inputs, attrs)
        raise with_given_attrs(inference_failure(MXNET_OP_NAMES.get(op.name, op.name), shapes, outs),
                               program.nodes[name].attrs, imperative=False)


OUTPUTS_IGNORE_EMPTY_INPUTS = _KNOWN_BY_OUTPUTS | _SHAPE_FREE
_PROBE_LIMIT = 1 << 20      # elements of the stand-in inputs _outputs_known_so_far runs an operator on


def _outputs_known_so_far(op, shapes, nout, inputs, attrs):
    """The output shapes MXNet's failed inference shows: unknown after a 0-d input; otherwise a broadcast's, or the
    sizes the unknown (zero) sizes do not reach, found by running ``op`` with 1 and then 2 in their place."""
    if None in shapes or inputs is None:
        return [None] * nout
    if len(shapes) == 2 and op.binary and op.name.startswith("broadcast_"):
        return [legacy_broadcast_shape(*shapes)]
    if sum(int(np.prod([d or 2 for d in x.shape])) for x in inputs) > _PROBE_LIMIT:
        return [None] * nout        # (no probe of large inputs)
    try:
        probes = [op.fwd(*[np.ones([d or size for d in x.shape], x.dtype) for x in inputs], **attrs)
                  for size in (1, 2)]
    except Exception:       # (no probe: its own refusal comes when the graph runs)
        return [None] * nout
    one, two = [[np.shape(r) for r in (p if type(p) is tuple else (p,))] for p in probes]
    return [tuple(a if a == b else 0 for a, b in zip(s1, s2)) if len(s1) == len(s2) else None
            for s1, s2 in zip(one, two)]


def _empty_reaches_no_output(op, inputs, attrs):
    """Whether ``op`` on the (graph input) arrays ``inputs`` gives outputs without a zero size."""
    try:
        res = op.fwd(*[np.asarray(x) for x in inputs], **attrs)
    except Exception:       # (its own refusal comes when the graph runs)
        return False
    return all(all(np.shape(r)) for r in (res if type(res) is tuple else (res,)))


def _forward_heads(sym):
    """The outputs of MXNet's CachedOp graph: an operator's output repeated among them is passed out again
    through a ``_copy`` named ``<node>_copy<k>``, then common subexpressions are merged (a repeated input is
    copied where the outputs are made, see ``__call__``)."""
    copies, heads = {}, []
    for node, i in sym._heads:
        k = copies.get((id(node), i))
        if k is None or node.is_variable:
            copies[(id(node), i)] = 0
            heads.append((node, i))
            continue
        heads.append((Node(lookup_op("_copy"), "_copy", f"{node.name}_copy{k}", {}, [(node, i)], {}), 0))
        copies[(id(node), i)] = k + 1
    return common_expr.merged(heads)


def _outputs_with_gradient_path(program, sources, inlined, static_alloc=False):
    """Per output, whether its gradient flows back through the graph, as in MXNet's CachedOp: an input passed
    straight through has no path in a graph MXNet inlines; otherwise a data input has one, and a parameter only
    when an operator (or the _copy MXNet gives a repeated output) reads it too, or the graph is static (its
    gradient then never reaches the parameter: see _params_passed_out_only)."""
    nvars = len(program.variables)
    read = {i for _, ins, _, _, _ in program.steps for i in ins}
    slots = program.out_slots

    def linked(slot):
        if slot >= nvars:
            return True
        return not inlined and (type(sources[slot]) is int or slot in read or slots.count(slot) > 1 or static_alloc)
    return [linked(slot) for slot in slots]


def _params_passed_out_only(program, sources):
    """The graph variables that are parameters passed out once as they are and read by no operator: MXNet's
    CachedOp backward writes no gradient for them (a 'write' buffer keeps what it held)."""
    read = {i for _, ins, _, _, _ in program.steps for i in ins}
    slots = program.out_slots
    return tuple(k for k in range(len(program.variables))
                 if type(sources[k]) is not int and k not in read and slots.count(k) == 1)


def _inputs_passed_out(program):
    """The inputs an inlined graph passes out as they are, each with its first output position. MXNet's
    inlined run makes such an output the array its operators read in place of the input: a new array outside
    the graph, which the operators' recording gives a graph entry of its own (the input's gradient gets
    nothing through them)."""
    read = {i for _, ins, _, _, _ in program.steps for i in ins}
    passed = {}
    for k, slot in enumerate(program.out_slots):
        if slot < len(program.variables):
            passed.setdefault(slot, k)
    return {slot: (k if slot in read else None) for slot, k in passed.items()}


def _repeated_inputs(program):
    """How many of the graph's outputs pass out an input that an earlier output already passed out."""
    nvars = len(program.variables)
    slots = program.out_slots
    return sum(1 for k, slot in enumerate(slots) if slot < nvars and slot in slots[:k])


class _RecordingPlan:
    """How MXNet records a hybridized block's call. In a graph it inlines, a step is recorded (and numbered)
    only when one of its inputs is in the autograd graph; its other inputs then enter the graph as constants.
    Each control-flow step records its predicate and body calls by the same rule as it runs (see
    control_flow_nodes._BodyRecords), before its own recording, or before the graph's when not inlined."""

    def __init__(self, program, values, inlined, passed_out):
        nvars = len(program.variables)
        self.inlined = inlined
        self.recorded = []              # per step, whether MXNet records it
        self.control_flow_inputs = {}   # per control-flow step, whether each input is in the graph as it runs
        keys = [self._key(slot, values, passed_out, nvars) for slot in range(program.nslots)]
        entered = {keys[k] for k in range(nvars) if k not in passed_out and autograd.in_graph(values[k])}
        for op, ins, _, outs, name in program.steps:
            seen = [keys[i] in entered for i in ins]
            if program.op_names[name] in CONTROL_FLOW_OPS:
                self.control_flow_inputs[name] = seen
            recorded = inlined and any(seen)
            self.recorded.append(recorded)
            if recorded:
                entered.update(keys[i] for i in ins + list(outs))
        self.keys = keys
        made_by = {slot: k for k, (_, _, _, outs, _) in enumerate(program.steps) for slot in outs}
        self.outputs_recorded = [not inlined or slot not in made_by or self.recorded[made_by[slot]]
                                 for slot in program.out_slots]

    @staticmethod
    def _key(slot, values, passed_out, nvars):
        """What MXNet's run reads at ``slot``: an input array (by identity), or an array of the run's own (an
        input passed out is read as a new array, see _inputs_passed_out)."""
        if slot < nvars and slot not in passed_out:
            return id(values[slot])
        return ("slot", slot)

    def number(self, program, values, outs, passed_out, body_records, until=None):
        """Take the op and constant numbers MXNet's recording of the call takes, in its order (``until``: a step
        refused as it ran, whose body calls were the last recorded); for an inlined graph, the numbers of its
        recorded steps (None when it records none: then the graph's node numbers as one op)."""
        nvars = len(program.variables)
        numbers, names, fed, entered = {}, {}, [], set()
        for k, (_, ins, _, _, name) in enumerate(program.steps):
            for constants in body_records.get(name, ()):
                autograd.reserve_body_record(constants)
            if name == until:
                return None
            if not self.recorded[k]:
                continue
            numbers[name] = autograd.take_number()
            for i in ins:
                key = self.keys[i]
                if key in entered or (type(key) is int and autograd.in_graph(values[i])) or \
                        (type(key) is tuple and self._made_by_recorded(program, i)):
                    continue
                entered.add(key)
                if i >= nvars:
                    names[i] = autograd.take_constant_name()
                    continue
                if i in passed_out and outs is None:        # (a refused call's outputs were never made)
                    continue
                array = values[i] if i not in passed_out else outs[passed_out[i]]
                autograd.enter_constant(array)
                fed.append(array)
                if i in passed_out:
                    names[i] = autograd.constant_name(array)
        if not numbers:
            return None
        return RecordedSteps(numbers, names, tuple(fed))

    def _made_by_recorded(self, program, slot):
        for k, (_, _, _, outs, _) in enumerate(program.steps):
            if slot in outs:
                return self.recorded[k]
        return False


class RecordedSteps:
    """The steps of an inlined graph's recorded call as MXNet recorded them: ``numbers`` (step name -> op
    number), ``names`` (slot -> ``null<n>``: an array of the run's own read as a constant), ``fed`` (the call's
    inputs entered as constants)."""

    def __init__(self, numbers, names, fed):
        self.numbers, self.names, self.fed = numbers, names, fed
        self.first = min(numbers.values())
        self.last = max(numbers.values())


def recorded_step_number(node, step):
    """The op number MXNet gave graph step ``step`` of the recorded inlined call ``node``."""
    recorded = node.attrs.get("steps")
    if recorded is not None and step in recorded.numbers:
        return recorded.numbers[step]
    return node.seq + [name for _, _, _, _, name in node.op.program.steps].index(step)


def _unrecorded(values):
    """The inputs outside any graph (each once, in order): recording the call gives them graph entries."""
    seen, fed = set(), []
    for v in values:
        if v._node is None and id(v) not in seen:
            seen.add(id(v))
            fed.append(v)
    return tuple(fed)


def _unshared(out, raws):
    """``out``, copied if it is a view of an input (a reshaped input or parameter): an operator's output owns
    its memory in MXNet (an input passed straight through stays that input)."""
    if type(out) is np.ndarray and out.base is not None and not any(out is v for v in raws):
        for v in raws:
            if type(v) is np.ndarray and np.may_share_memory(out, v):
                return out.copy()
    return out


def _bulked_steps(program, sources):
    """({forward step}, {step whose gradient node}) that MXNet's graph with static_alloc and static_shape runs
    in bulk, which its monitor does not see: those touching no array the caller binds at each call (a data input
    (``sources``: an int), an output, or, for a gradient node, an output's head gradient)."""
    data = {slot for slot, source in enumerate(sources) if type(source) is int}
    outs = set(program.out_slots)
    forward, backward = set(), set()
    for _, ins, attrs, slots, name in program.steps:
        heads = bool(set(slots) & outs)
        if not heads and not set(ins) & data:
            forward.add(name)
        found = rule(program.op_names[name], {k: str(v) for k, v in attrs.items()})
        first = found[0] if isinstance(found, list) and found else found
        words = first[1].split() if isinstance(first, tuple) else ()
        reads = {ins[int(w[1:])] for w in words if w[0] == "i" and w[1:].isdigit() and int(w[1:]) < len(ins)}
        if not heads and not (set(ins) if "i*" in words else reads) & data:
            backward.add(name)
    return forward, backward


def _step_hook(program, op_hook, monitor_all, ctx, static_alloc, bulked=None):
    """A Program step hook calling ``op_hook`` as MXNet's CachedOp monitor does (what it raises is reported
    and ignored). The monitor sees the outputs that have a buffer: with static_alloc all of them, hidden ones
    too; else those another node or the caller reads, and while recording those the node's gradient reads.
    ``bulked``: _bulked_steps, whose forward steps it does not see."""
    read = {i for _, ins, _, _, _ in program.steps for i in ins} | set(program.out_slots)
    steps = {step_name: (attrs, outs) for _, _, attrs, outs, step_name in program.steps}
    recording = autograd.is_recording()

    def hook(name, op, inputs, outputs, result):
        if bulked is not None and name in bulked[0]:
            return
        op_name = program.op_names[name]
        label = op_name.encode()
        if monitor_all:
            for arg, a in zip(hook_names.input_names(op_name, op, len(inputs)), inputs):
                _notify(op_hook, f"{name}_{arg}".encode(), label, _wrap(a, ctx))
        attrs, slots = steps[name]
        kept = _outputs_read_by_gradient(op_name, attrs) if recording else ()
        shown = zip(hook_names.output_names(op_name, len(outputs)), outputs)
        shown = [(out, a) for k, (out, a) in enumerate(shown) if static_alloc or slots[k] in read or k in kept]
        hidden = _hidden_outputs(op_name, inputs, attrs, outputs, result)
        shown += [(out, a) for k, (out, a) in enumerate(hidden, len(outputs)) if static_alloc or k in kept]
        for out, a in shown:
            _notify(op_hook, f"{name}_{out}".encode(), label, _wrap(a, ctx))
    return hook


def _gradient_hook(program, op_hook, ctx, static_alloc, monitor_all, bulked=None):
    """A Program.backward_raw ``on_node`` calling ``op_hook`` as MXNet's CachedOp monitor does for its backward
    nodes: ``<node>_backward_<k>`` per input gradient (those asked for; with static_alloc every one), not for
    auxiliary states, and ``sum_grad_0`` per sum of gradients; a sum passes its gradient on without a node.
    With static_alloc and ``monitor_all`` each node's inputs come first (``_backward_input<k>``, a binary
    gradient op's ``lhs`` and ``rhs``, a sum's ``arg<k>``). ``bulked``: _bulked_steps, whose gradient nodes
    (and the sums and zeros between them) it does not see."""
    steps = {name: (op, attrs, len(outs)) for op, _, attrs, outs, name in program.steps}
    inputs_too = static_alloc and monitor_all

    def show(name, label, value):
        _notify(op_hook, name.encode(), label, _wrap(value, ctx))

    def on_node(name, ins, grads, needed, given):
        if name is not None and bulked is not None and name in bulked[1] or name is None and bulked is not None:
            return
        if name is None:
            for k, part in enumerate(given if inputs_too else ()):
                show(f"sum_grad_arg{k}", b"add_n", part)
            show("sum_grad_0", b"add_n", grads[0])
            return
        op, attrs, visible = steps[name]
        op_name = program.op_names[name]
        found = rule(op_name, {k: str(v) for k, v in attrs.items()})
        first = found[0] if isinstance(found, list) and found else found
        if not isinstance(first, tuple):       # (an addition's gradient passed on, add_n's copies)
            return
        label = first[0].encode()
        dy, res, args = given
        for zeros in _hidden_output_gradients(op_name, first[1], attrs, visible, res, args) if bulked is None else ():
            show("zeros_without_dtype_0", b"_zeros_without_dtype", zeros)
        if inputs_too:
            values = _gradient_node_inputs(first[1], dy, res, args)
            binary = len(values) == 2 and op_name in hook_names.INDEXED_INPUTS and op_name != "Activation"
            for label_k, value in zip(["lhs", "rhs"] if binary else [f"input{k}" for k in range(len(values))], values):
                show(f"{name}_backward_{label_k}", label, value)
        arg_names = getattr(op, "arg_names", ())
        outputs = _gradient_output_names(op_name, op, len(ins))
        for k, (slot, grad) in enumerate(zip(ins, grads)):
            if k < len(arg_names) and arg_names[k] in AUX_INPUTS:
                continue
            if static_alloc or needed[slot] and grad is not None:
                show(f"{name}_backward_{outputs[k]}", label, np.zeros_like(args[k]) if grad is None else grad)
    return on_node


def _hidden_output_gradients(op_name, reads, attrs, visible, res, args):
    """The zeros a gradient node reading (by its rule's words) the output gradient of a hidden output (a max
    Pooling's workspace) is given: nothing gives one, so MXNet makes each by a _zeros_without_dtype node."""
    wanted = [int(word[1:]) for word in reads.split() if word[0] == "g" and word[1:].isdigit()]
    if all(k < visible for k in wanted):
        return []
    outs = res if type(res) is tuple else (res,)
    hidden = dict(enumerate((value for _, value in _hidden_outputs(op_name, args, attrs, outs[:visible], res)),
                            visible))
    return [np.zeros(np.shape(hidden[k]), getattr(hidden[k], "dtype", np.float32)) for k in wanted if k in hidden]


def _gradient_output_names(op_name, op, count):
    """The names of a gradient node's outputs: a legacy operator's after its inputs, the others' numbered."""
    if _BACKWARD_ALIASES.get(op_name, op_name) in hook_names.LEGACY_OPERATORS:
        return hook_names.input_names(op_name, op, count)
    return [str(k) for k in range(count)]


def _gradient_node_inputs(reads, dy, res, args):
    """The arrays a gradient node reads, by its rule's words (``g0`` output gradient, ``o1`` output, ``i0``
    input, ``i*`` every input)."""
    dys, outs = (dy if type(dy) is tuple else (dy,)), (res if type(res) is tuple else (res,))
    values = []
    for word in reads.split():
        if word == "i*":
            values += list(args)
        elif word[1:].isdigit():
            source = {"g": dys, "o": outs, "i": args}.get(word[0], ())
            if int(word[1:]) < len(source):
                values.append(source[int(word[1:])])
    return values


def _outputs_read_by_gradient(op_name, attrs):
    """The output positions MXNet's gradient node of ``op_name`` reads."""
    found = rule(op_name, {k: str(v) for k, v in attrs.items()})
    entries = found if isinstance(found, list) else [found]
    return {int(word[1:]) for entry in entries if isinstance(entry, tuple)
            for word in entry[1].split() if word[0] == "o" and word[1:].isdigit()}


def _hidden_outputs(op_name, inputs, attrs, outputs, result):
    """(name, value) of each output MXNet's operator computes besides those it shows."""
    names = hook_names.HIDDEN_OUTPUTS.get(op_name, ())
    if op_name == "topk" and str(attrs.get("ret_typ", "indices")) != "value":
        return []
    if op_name in STATISTICS_OPS:
        values = hidden_statistics(op_name, inputs, attrs)
    elif names:
        values = result[len(outputs):] if type(result) is tuple else ()
    else:       # a legacy operator's work arrays, named as its graph node's outputs
        from .kept_buffers import kept_buffers
        from .symbol import _OUTPUT_NAMES
        values = kept_buffers(op_name, [np.asarray(a) for a in inputs], np.shape(outputs[0]), attrs)
        names = _OUTPUT_NAMES.get(op_name, ())[len(outputs):] or [str(k) for k in range(len(outputs), 4)]
    return list(zip(names, values))


def _param_value(param, ctx):
    """``param.data(ctx)``, without the context lookup when the parameter lives on that one context.

    As MXNet's: a parameter on one context gives that copy whatever the inputs' context (see
    _check_param_context)."""
    arrays = param._data
    if arrays is not None and len(arrays) == 1:
        return arrays[0]
    return param.data(ctx)


def _check_param_context(param, value, ctx, cached_op):
    """MXNet's CachedOp check: every value lives on the inputs' context exactly (cpu_shared or cpu(1) inputs do
    not meet cpu(0) weights)."""
    if value._ctx is not ctx and value._ctx != ctx:
        first = cached_op.program.variables[0].name
        raise MXNetError(f"Check failed: inputs[i]->ctx() == default_ctx ({value._ctx} vs. {ctx}) : CachedOp "
                         f"requires all inputs to live on the same context. But {first} is on {ctx} while "
                         f"{param.name} is on {value._ctx}")


_BOOL_FLAGS = ("static_alloc", "static_shape", "is_dynamic")
_INT_FLAGS = ("inline_limit", "forward_bulk_size", "backward_bulk_size")
_TEXT_FLAGS = ("data_indices", "param_indices", "subgraph")
_INT_TEXT = re.compile(r"\s*[+-]?\d+\s*$")


def _read_flag(key, value):
    """CachedOp flag ``key`` as MXNet's CachedOp parses its text (a boolean word or a uint32), or MXNet's error."""
    text = str(value)
    if key in _BOOL_FLAGS:
        if text.lower() in ("true", "1", "false", "0"):
            return text.lower() in ("true", "1")
        raise MXNetError(f"Invalid Parameter format for {key} expect boolean but value='{text}'")
    if _INT_TEXT.match(text) and abs(int(text)) < 2 ** 32:
        return int(text) % 2 ** 32          # a C++ stream wraps a negative count: -1 is the largest
    raise MXNetError(f"Invalid Parameter format for {key} expect int (non-negative) but value='{text}'")


def read_flags(pairs):
    """CachedOp flags, (key, value) pairs, as MXNet's CachedOp reads them (a dict), or its refusals: an unknown
    key, a value its parser cannot read, static_shape without static_alloc."""
    from ..ndarray.param_docs import unknown_argument
    flags = {}
    for key, value in pairs:
        if key in _TEXT_FLAGS:
            flags[key] = value
        elif key in _BOOL_FLAGS or key in _INT_FLAGS:
            flags[key] = _read_flag(key, value)
        else:
            raise MXNetError(unknown_argument("_CachedOp", key, ""))
    if flags.get("static_shape") and not flags.get("static_alloc"):
        error = MXNetError("Check failed: config_.static_alloc: static_alloc must be True when static_shape is True")
        error.raised_at = ("../src/imperative/cached_op.cc", 48)
        raise error
    return flags

