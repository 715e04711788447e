"""The graph shared by ``mx.sym`` and ``HybridBlock.hybridize``: nodes, topological order, replay."""
import ast
import contextlib
import functools
import inspect

import numpy as np

from ..autograd import _ZeroMark, _without_marks, add_gradient, passes_zero_marks, sum_gradients, zeros_like_gradient
from ..base import MXNetError, located, message_of
from ..ndarray.failures import KernelError, carried_error
from ..ndarray.bfloat16 import call_on_arrays, run_step as run_bfloat16_step, runs_on_bfloat16
from ..ndarray.ndarray import NDArray, _wrap
from ..ndarray.param_text import read_attrs
from ..ndarray.registry import OPS, Quiet, _binary_inputs, _bool_placeholder, fallback_outputs, invoke
from ..ndarray.storage_report import kernels_skipped, note_storage_fallback
from ..ndarray.shape_text import broadcast_refusal, in_operator, zeros_real
from .empty_inputs import known_empty_step, runs_on_known_sizes

AUX_INPUTS = ("moving_mean", "moving_var", "moving_avg")     # inputs that are auxiliary states, not arguments


class Node:
    """A variable (``op is None``) or one application of a registry op."""

    __slots__ = ("op", "op_name", "name", "attrs", "inputs", "user_attrs", "num_outputs", "mutations")

    def __init__(self, op, op_name, name, attrs, inputs, user_attrs=None, num_outputs=1):
        self.op, self.op_name, self.name = op, op_name, name
        self.attrs, self.inputs = attrs, inputs            # inputs: [(Node, output index)]
        self.user_attrs = user_attrs or {}
        self.num_outputs = num_outputs
        self.mutations = 0          # a variable's version: how many op nodes made so far mutate it

    @property
    def is_variable(self):
        return self.op is None


def input_names(op):
    """The array inputs of a registry op."""
    return op.arg_names


@functools.lru_cache(maxsize=None)
def _fwd_parameters(fwd):
    return inspect.signature(fwd).parameters


def fwd_parameters(op):
    """The parameters of an op's forward function (cached: graphs read them for every node they build and run)."""
    return _fwd_parameters(op.fwd)


def optional_inputs(op):
    """Inputs with a default of None (e.g. ``bias``): created only when needed."""
    params = fwd_parameters(op)
    return {n for n in op.arg_names if params[n].default is None}


def is_variadic(op):
    return op.variadic


def _node_error(name, op, error, args=(), attrs=None, alone=False):
    """The error of a graph step, naming its node as MXNet does; a cond or while_loop runs its bodies only when
    it runs, and MXNet names a failing body node alone. A numpy operator's refusal is its mx.np function's.
    ``alone``: a step MXNet's CachedOp runs as an imperative call (see shaped_when_run): its check's words
    without 'Error in operator'."""
    text = message_of(error)
    if getattr(error, "unnamed_in_graph", False):
        return MXNetError(text)
    if getattr(op, "opaque_shapes", False) and text.startswith("Error in operator "):
        return MXNetError(text)
    from ..error_sites import own_site
    # the check's source line where its words alone do not tell it: the operator's own, else where it was raised
    site = None if own_site(text, op.name) else getattr(error, "raised_at", None)
    if op.name.startswith("_np"):
        from ..numpy.graph_refusals import front_end_refusal
        refusal = front_end_refusal(op.name, args, attrs or {})
        if refusal is not None:
            text, site = message_of(refusal), getattr(refusal, "raised_at", None)
    if alone:
        error = located(MXNetError(in_operator(name, op.name, text, prefixed=False)), site)
    else:
        error = MXNetError(in_operator(name, op.name, text, site=site))
    error.node_name = name
    return error


def _empty_in_bound_graph(op, args, error):
    """Whether a bound executor's step of ``op`` over an empty input is settled by empty_inputs: its imperative
    call's ``error`` refused the input's legacy unknown size."""
    from .. import autograd
    return autograd._state.graph_forward and _empty_search(op, args) and " inferring shapes failed." in message_of(error)


def _empty_search(op, args):
    return runs_on_known_sizes(op) and len(args) == 1 and isinstance(args[0], NDArray) and args[0].size == 0


def shaped_when_run(order):
    """The ids of the nodes of ``order`` (inputs first) whose shapes are known only when run: a cond, while_loop
    or boolean_mask (MXNet 1.x cannot infer their outputs) and the nodes computed from one. A hybridized graph
    holding such nodes runs them one by one in MXNet, whose checks then fail as imperative calls do."""
    dynamic = set()
    for node in order:
        if not node.is_variable and (getattr(node.op, "opaque_shapes", False)
                                     or any(id(src) in dynamic for src, _ in node.inputs)):
            dynamic.add(id(node))
    return dynamic


def _call(op, args, attrs):
    """``op`` on NDArrays ``args``; sparse inputs go through the op's storage-aware call (sparse results), or the
    registry's for a graph's own copy of the op, or run its storage fallback (and say so, as MXNet does)."""
    if runs_on_bfloat16(op.name, args, attrs):
        return call_on_arrays(lambda arrays: invoke(op, arrays, attrs), op, args, attrs)
    to_sparse = op.name == "cast_storage" and str(attrs.get("stype", "default")) != "default"
    if to_sparse or any(type(a) is not NDArray and a.stype != "default" for a in args):
        if getattr(op, "runs_sparse_inputs", None) is not None:     # Custom: its inputs in the storage types it takes
            return op.runs_sparse_inputs(lambda: invoke(op, args, attrs), args, None)
        if getattr(op, "sparse_impl", None) is not None:
            return op(*args, **attrs)
        if getattr(OPS.get(op.name), "sparse_impl", None) is not None:
            return OPS[op.name](*args, **attrs)
        res = invoke(op, args, attrs)
        note_storage_fallback(op.name, args, fallback_outputs(op, attrs, res), op.stated_attrs(args, attrs),
                              imperative=False)
        return res
    return invoke(op, args, attrs)


def topo_order(heads, seen=None, deps=None):
    """Every node reachable from ``heads`` (a list of (node, index)), inputs before consumers, depth first.

    ``seen``: ids of nodes to leave out (and not walk through); ``deps(node)``: the nodes a node depends on
    (default: its inputs)."""
    order, seen = [], set() if seen is None else seen

    def entered(node):      # (node, an iterator over the nodes it depends on), the node marked as seen
        seen.add(id(node))
        return node, iter([src for src, _ in node.inputs] if deps is None else deps(node))
    for head, _ in heads:
        if id(head) in seen:
            continue
        stack = [entered(head)]
        while stack:
            node, before = stack[-1]
            for src in before:
                if id(src) not in seen:
                    stack.append(entered(src))
                    break
            else:
                stack.pop()
                order.append(node)
    return order


def attr_to_str(value):
    """An attribute as MXNet writes it in JSON."""
    spelt = getattr(value, "spelt", None)
    if spelt is not None:
        return spelt
    if isinstance(value, list):                # str() of the Python value, as MXNet's frontend sends it
        return "[" + ", ".join(_item_text(v) for v in value) + "]"
    if isinstance(value, tuple):
        return "(" + ", ".join(_item_text(v) for v in value) + ("," if len(value) == 1 else "") + ")"
    return str(value)


def _item_text(value):
    """An item of a list or tuple attribute as str() of the container shows it: its repr(), but numbers as their
    str() (numpy scalars as numpy 1.x showed them)."""
    if isinstance(value, (list, tuple)):
        return attr_to_str(value)
    return str(value) if isinstance(value, (int, float, np.generic)) else repr(value)


def attr_from_str(text):
    """An attribute read back from JSON: numbers, tuples, booleans and None become Python values. A value
    written another way than MXNet's front end writes it (``(3,3)``, ``1.50``, ``04``) keeps its text, which
    MXNet's graph keeps and writes back."""
    if not isinstance(text, str):
        return text
    try:
        value = ast.literal_eval(text)
    except (ValueError, SyntaxError):
        value = _int_or_text(text)
    if attr_to_str(value) == text or type(value) not in _SPELT:
        return value
    return _SPELT[type(value)](value, text)


def parsed_keeping_text(value, given):
    """``value``, parsed from ``given``, remembering the text MXNet writes for ``given`` (``kernel="(3, 3)"``
    computes with (3, 3) and is written back as given); a bool remembers it as the integer it means."""
    text = attr_to_str(given)
    if attr_to_str(value) == text:
        return value
    if type(value) is bool:
        value = int(value)
    return _SPELT[type(value)](value, text) if type(value) in _SPELT else value


def _int_or_text(text):
    """``text`` as an integer where MXNet's parser reads one (``04``), else the text itself."""
    try:
        return int(text)
    except ValueError:
        return text


class _Spelt:
    """A number or tuple that remembers the text it was read from (``spelt``)."""

    def __new__(cls, value, spelt):
        obj = super().__new__(cls, value)
        obj.spelt = spelt
        return obj

    def __reduce__(self):            # copies and pickles keep the text
        return type(self), (self.__class__.__bases__[1](self), self.spelt)


class _SpeltInt(_Spelt, int):
    pass


class _SpeltFloat(_Spelt, float):
    pass


class _SpeltTuple(_Spelt, tuple):
    pass


class _SpeltList(list):
    """A list that remembers the text it was read from (``[3,3]``)."""

    def __init__(self, value, spelt):
        super().__init__(value)
        self.spelt = spelt

    def __reduce__(self):
        return type(self), (list(self), self.spelt)


# Values that keep the text they were read from (the value for computing, the text for writing back).
_SPELT = {int: _SpeltInt, float: _SpeltFloat, tuple: _SpeltTuple, list: _SpeltList}


def exec_attrs(node):
    """The keyword attributes the forward function takes (MXNet's bookkeeping ones dropped)."""
    params = fwd_parameters(node.op)
    takes_any = any(p.kind is p.VAR_KEYWORD for p in params.values())
    attrs = {k: v for k, v in node.attrs.items()
             if not k.startswith("__") and (takes_any or (k in params and k not in node.op.arg_names))}
    if node.op.variadic and "num_args" not in params:
        attrs.pop("num_args", None)
    from ..ndarray.registry import PARSED_IN_BACKWARD
    if node.op.name in PARSED_IN_BACKWARD:      # (read by its backward node only: the forward takes none)
        try:
            return read_attrs(node.op.name, attrs)
        except MXNetError:
            return {}
    return read_attrs(node.op.name, attrs)


class Program:
    """A flat list of op applications compiled from a graph; ``run`` replays it through the registry."""

    def __init__(self, heads):
        self.heads = heads
        order = topo_order(heads)
        self.variables = [n for n in order if n.is_variable]
        slot = {}
        for node in self.variables:
            slot[(id(node), 0)] = len(slot)
        self.steps = []
        self.stateful = []         # (node, attributes with its state) of the ops that keep a state
        self.op_names = {}         # node name -> the MXNet operator name it was built with
        self.nodes = {}            # node name -> node
        for node in order:
            if node.is_variable:
                continue
            self.op_names[node.name] = node.op_name
            self.nodes[node.name] = node
            ins = [slot[(id(src), i)] for src, i in node.inputs]
            outs = []
            for i in range(node.num_outputs):
                slot[(id(node), i)] = len(slot)
                outs.append(slot[(id(node), i)])
            attrs = exec_attrs(node)
            if getattr(node.op, "stateful", False):     # e.g. Custom: its operator lives as long as the program
                attrs["_state"] = {}
                self.stateful.append((node, attrs))
            self.steps.append((getattr(node.op, "in_graph", None) or node.op, ins, attrs, outs, node.name))
        self.nslots = len(slot)
        self.out_slots = [slot[(id(n), i)] for n, i in heads]
        self._fed_when_run = None
        self.slot_of = slot             # (id(node), output) -> its slot
        self.keeps_slots = False        # whether run keeps its slots' arrays in last_slots
        self.last_slots = None

    def run(self, values, monitor=None, monitor_all=False, fused=None):
        """Execute with ``values`` (one NDArray per variable, in ``self.variables`` order).

        ``monitor(name, array, node name)`` is called with every node output (MXNet's ``<node>_output`` names),
        and with ``monitor_all`` first with its inputs (``<node>_<input name>``). ``fused``: the
        mkldnn_fusion.MonitorView of a graph MXNet fuses, whose names the monitor sees.
        """
        slots = list(values) + [None] * (self.nslots - len(values))
        inputs_of = {}
        # MXNet's engine runs the graph's steps in bulk: after a failed input or kernel it skips the rest, whose
        # kernels then log nothing
        skipping = carried_error(values) is not None
        for op, ins, attrs, outs, name in self.steps:
            inputs_of[name] = ins
            if monitor is not None and monitor_all:
                self._report_inputs(monitor, name, op, ins, slots, fused, inputs_of)
            # (a search over an empty input is settled by empty_inputs, from its imperative call's refusal)
            legacy = zeros_real(False) if _empty_search(op, [slots[i] for i in ins]) else contextlib.nullcontext()
            try:
                if skipping:
                    with kernels_skipped(), legacy:
                        res = _call(op, [slots[i] for i in ins], attrs)
                else:
                    with legacy:
                        res = _call(op, [slots[i] for i in ins], attrs)
                    skipping = carried_error(res) is not None
            except MXNetError as e:
                if not _empty_in_bound_graph(op, [slots[i] for i in ins], e):
                    raise _node_error(name, op, e) from e
                data = slots[ins[0]]
                res = _wrap(known_empty_step(op, data.asnumpy(), attrs, name), data.ctx)
            if len(outs) == 1:
                slots[outs[0]] = res if not isinstance(res, list) else res[0]
            else:
                for o, r in zip(outs, res):
                    slots[o] = r
            if monitor is not None:
                self._report_outputs(monitor, name, [slots[i] for i in ins], [slots[o] for o in outs], attrs,
                                     name if fused is None else fused.shown.get(name, name))
        self.last_slots = slots if self.keeps_slots else None
        return [slots[i] for i in self.out_slots]

    def _report_inputs(self, monitor, name, op, ins, slots, fused, inputs_of):
        """Show ``monitor`` a node's inputs: a variable under its name at each use, then every input as
        ``<node>_<input name>``; in a fused graph, a fused node's (at its last member) under its own names."""
        from .hook_names import input_names
        if fused is not None and name in fused.inputs:
            for member, pos, names in fused.inputs[name]:
                for label in names:
                    monitor(label, slots[inputs_of[member][pos]])
            return
        if fused is not None and fused.shown.get(name, name) is None:
            return
        for arg, i in zip(input_names(self.op_names[name], op, len(ins), self.nodes[name].attrs), ins):
            if i < len(self.variables):      # a variable is reported at each of its uses, as MXNet
                monitor(self.variables[i].name, slots[i])
            monitor(f"{name}_{arg}", slots[i])

    def _report_outputs(self, monitor, name, inputs, outputs, attrs, shown_as):
        """Show ``monitor`` a node's outputs under MXNet's output names (of node ``shown_as``: nothing when
        None), with those MXNet computes without showing them (a fused node shows one output)."""
        if shown_as is None:
            return
        from ..ndarray.ndarray import _wrap
        from .symbol import _output_name
        node = self.nodes[name]
        hidden = _unshown_outputs(self.op_names[name], inputs, outputs, attrs) if shown_as == name else ()
        values = outputs + [_wrap(np.asarray(h), outputs[0].ctx) for h in hidden]
        for i, value in enumerate(values):
            monitor(shown_as + _output_name(node, i)[len(name):], value, name)

    def fed_when_run(self):
        """The names of the nodes whose inputs' shapes are known only when run (see shaped_when_run)."""
        if self._fed_when_run is None:
            dynamic = shaped_when_run(self.nodes.values())
            self._fed_when_run = frozenset(name for name, node in self.nodes.items() if not
                                           getattr(node.op, "opaque_shapes", False) and id(node) in dynamic)
        return self._fed_when_run

    def forward_raw(self, raws, hook=None, kernel_errors=None, as_cached_op=False, input_failed=False):
        """Execute on numpy arrays (one per variable); return (slots, per-step inputs and full results).

        The second value is what ``backward_raw`` needs; hidden outputs are kept there, not in slots.
        ``hook(node name, op, inputs, outputs, result)`` is called after every step (``result``: the op's, hidden
        outputs included). With a ``kernel_errors`` list,
        an error a step's kernel finds is collected there and the run goes on with its placeholder result
        (so the caller can keep the error with the outputs, as MXNet's engine does). ``as_cached_op``: the run of
        a hybridized block (see _node_error's ``alone``). ``input_failed``: an input carries an error. MXNet's engine
        runs a graph's steps as one bulk operation: it skips them all after a failed input, and the steps after a
        failed kernel; here they run only for their results' shapes, logging nothing.
        """
        alone = self.fed_when_run() if as_cached_op else ()
        slots = list(raws) + [None] * (self.nslots - len(raws))
        saved = []
        for op, ins, attrs, outs, name in self.steps:
            args = [slots[i] for i in ins]
            skipped = input_failed or bool(kernel_errors)
            try:
                if op.binary and len(args) == 2:       # its dtype check fails in the operator, named as such
                    args = _binary_inputs(op, args)
                if skipped:          # the values mean nothing: no warnings about them
                    with np.errstate(all="ignore"), kernels_skipped():
                        res = op.fwd(*args, **attrs)
                else:
                    with Quiet():           # MXNet's kernels give inf and nan silently
                        res = run_bfloat16_step(op.fwd, op.name, args, attrs)
            except KernelError as e:
                if kernel_errors is None:
                    raise MXNetError(f"in node {name!r}: {message_of(e)}") from e
                if getattr(e, "op_name", None) is None:       # its words are known by the operator's checks, as in a call
                    e.op_name = op.name
                kernel_errors.append(e)
                res = _bool_placeholder(op, args, attrs) if e.result is None else e.result
            except MXNetError as e:
                raise _node_error(name, op, e, args, attrs, name in alone) from e
            except (ValueError, TypeError, IndexError, np.AxisError) as e:
                shapes = [getattr(a, "shape", None) for a in args]
                refusal = broadcast_refusal(op.name, shapes)
                if refusal is not None:
                    raise MXNetError(in_operator(name, op.name, refusal, prefixed=name not in alone)) from e
                from ..numpy.graph_refusals import front_end_refusal
                front_end = front_end_refusal(op.name, args, attrs)
                if front_end is not None:
                    raise _node_error(name, op, front_end, args, attrs, name in alone) from e
                raise MXNetError(f"in node {name!r}: operator {op.name} failed on inputs of shapes {shapes} "
                                 f"with {attrs or 'no attributes'}: {message_of(e)}") from e
            saved.append((args, res))
            if type(res) is not tuple:
                slots[outs[0]] = res
            else:
                for o, r in zip(outs, res):
                    slots[o] = r
            if hook is not None:
                hook(name, op, args, [slots[o] for o in outs], res)
        return slots, saved

    def backward_raw(self, saved, head_grads, needs, planned=True, on_node=None, kept=None):
        """Gradients of the heads w.r.t. the variables whose ``needs`` flag is set (None elsewhere).

        ``planned``: the backward runs as one graph whose buffers MXNet's memory planner shares (not the
        steps of an inlined graph, each recorded alone). ``on_node(step name, its input slots, their
        gradients, needed, (output gradient, results, inputs))`` is called after each step's backward, and
        ``on_node(None, (), (sum,), needed, contributions)`` for each sum of several gradients MXNet's
        gradient pass adds. ``kept``: a list given gets the variables whose buffers a failed backward kernel
        left as they were (see keeps_failed_buffers)."""
        nvars = len(self.variables)
        needed = list(needs) + [False] * (self.nslots - nvars)
        for op, ins, attrs, outs, name in self.steps:     # (a step of no backward gives its inputs zeros)
            if any(needed[i] for i in ins) and not _gives_zeros_like(op, attrs):
                for o in outs:
                    needed[o] = True
        grads = [None] * self.nslots
        for slot, g in zip(self.out_slots, head_grads):
            if g is not None and needed[slot]:
                grads[slot] = g if grads[slot] is None else add_gradient(grads[slot], g)
        marked = False      # whether a step's gradient is MXNet's zeros_like nodes (autograd's _ZeroMark)
        for (op, ins, attrs, outs, name), (args, res) in zip(reversed(self.steps), reversed(saved)):
            if marked and _pass_zero_marks(op, ins, outs, args, grads, needed):
                continue
            if op.bwd is None or zeros_like_gradient(op, attrs):      # (BlockGrad, comparisons, rounding)
                if any(grads[o] is not None for o in outs) or _gives_zeros_like(op, attrs):
                    _mark_inputs(ins, args, grads, needed)
                    marked = any(needed[i] for i in ins) or marked
                continue
            if type(res) is not tuple:
                dy = grads[outs[0]]
                if dy is None:
                    continue
                if type(dy) is list:
                    dy = _summed(dy, on_node, needed)
            else:
                dys = [_summed(grads[o], on_node, needed) for o in outs]
                if all(d is None for d in dys):
                    continue
                dys += [None] * (len(res) - len(dys))
                dys = [np.zeros_like(r) if d is None else d for d, r in zip(dys, res)]
                visible = len(res) - op.hidden
                dy = tuple(dys[:visible]) if visible > 1 else dys[0]
            if op.bwd_needs:
                attrs = dict(attrs, needs=tuple([needed[i] for i in ins]))
            if op.bwd_over_dy:      # MXNet's planner shares the buffers of two gradients internal to the graph
                attrs = dict(attrs, grad_over_dy=planned and self._gradient_in_place(ins[0], outs[0], needed))
            with Quiet():
                g = op.bwd(dy, res, *args, **attrs)
            for k, (i, gi) in enumerate(zip(ins, g if type(g) is tuple else (g,))):
                if gi is not None and needed[i]:
                    grads[i] = gi if grads[i] is None else add_gradient(grads[i], gi)
                elif needed[i] and k in getattr(op, "keeps_failed_buffers", ()):
                    if i < nvars:       # a variable's buffer keeps its data
                        if kept is not None:
                            kept.append(i)
                    else:               # an inner one reads as zeros to the steps before
                        grads[i] = np.zeros_like(args[k]) if grads[i] is None else grads[i]
            if on_node is not None:
                on_node(name, ins, g if type(g) is tuple else (g,), needed, (dy, res, args))
        if on_node is not None:         # the variables' sums, shown
            for g in grads[:nvars]:
                _summed(_without_marks(g), on_node, needed)
        return [sum_gradients(_without_marks(g)) for g in grads[:nvars]]

    def _gradient_in_place(self, data, out, needed):
        """Whether MXNet's planner lets a step's data gradient (of slot ``data``, computed in the graph) take
        over the buffer of its output gradient (of slot ``out``): it may when that buffer is internal to the
        backward graph and read by this step alone. An elemwise_add hands its output gradient to both operands
        as one buffer, so past sums it is the head gradient (the caller's) or, when the other operand takes a
        gradient too, shared. An add_n gives each operand a copy, which shares an internal buffer as well but
        is a buffer of the graph's own when its output gradient is the caller's. A variable's data gradient is
        internal only when it is one of several gradients summed into the variable's."""
        if not needed[data] or data < len(self.variables) and self._gradient_sources(data) < 2:
            return False
        while out not in self.out_slots:
            users = [(op, ins, outs) for op, ins, _, outs, _ in self.steps if out in ins]
            if len(users) != 1 or users[0][1].count(out) != 1 or users[0][0].name not in _SUMS:
                return True
            op, ins, outs = users[0]
            if op.name == "add_n" and outs[0] in self.out_slots:
                return True
            if any(needed[i] for i in ins if i != out):
                return False
            out = outs[0]
        return False

    def _gradient_sources(self, slot):
        """How many gradients MXNet sums into ``slot``'s: one per read by a step with a backward of its own
        (zeros_like gradients are left out of the sum), one per graph output it is."""
        reads = sum(ins.count(slot) for op, ins, attrs, _, _ in self.steps
                    if op.bwd is not None and not zeros_like_gradient(op, attrs))
        return reads + self.out_slots.count(slot)


def _summed(parts, on_node, needed):
    """The sum of a gradient's contributions, shown to ``on_node`` when MXNet adds a node for it (two or more
    contributions besides zeros_like ones)."""
    total = sum_gradients(parts)
    if on_node is None or type(parts) is not list:
        return total
    kept = [p for p in parts if type(p) is not _ZeroMark]
    if len(kept) > 1:
        on_node(None, (), (_without_marks(total),), needed, kept)
    return total


_SUMS = ("elemwise_add", "add_n")       # ops whose backward hands every operand the output gradient's buffer


def _gives_zeros_like(op, attrs):
    """Whether a step's gradient is MXNet's zeros_like nodes of its inputs whatever reaches its outputs (BlockGrad,
    comparisons, rounding): made even where no gradient reached it (an Embedding's index), so the steps before it
    run their backward on zeros, and no gradient of its outputs is asked for."""
    if op.bwd is None:
        return not getattr(op, "nondifferentiable", False)
    return zeros_like_gradient(op, attrs)


def _mark_inputs(ins, args, grads, needed):
    """Give a step's inputs MXNet's zeros_like gradients (marks: zeros that sums leave out)."""
    for i, a in zip(ins, args):
        if needed[i]:
            mark = _ZeroMark(a)
            grads[i] = mark if grads[i] is None else add_gradient(grads[i], mark)


def _pass_zero_marks(op, ins, outs, args, grads, needed):
    """With zeros_like marks about: pass them to a step's inputs when its output gradients are all marks and
    MXNet's gradient maker passes them on (True: nothing left to run), else turn its output gradients' marks
    into zeros or leave them out of the sums."""
    slots = [grads[o] for o in outs]
    if all(s is None for s in slots):
        return True
    if passes_zero_marks(op.name, slots):
        _mark_inputs(ins, args, grads, needed)
        return True
    for o in outs:
        grads[o] = _without_marks(grads[o])
    return False


def _unshown_outputs(op_name, inputs, outputs, attrs):
    """The outputs MXNet's operator computes besides those it shows, as numpy arrays: a normalisation's
    statistics, Dropout's mask (as recorded for backward; zeros where MXNet leaves its buffer unwritten), the
    legacy operators' work arrays (see kept_buffers)."""
    from ..ndarray.failures import FailedNDArray
    from ..ndarray.ops_norm import STATISTICS_OPS, hidden_statistics
    if any(type(a) is FailedNDArray for a in inputs + outputs):
        return ()
    if op_name in STATISTICS_OPS:
        return hidden_statistics(op_name, [a.asnumpy() for a in inputs], attrs)
    if op_name == "Dropout":
        recorded = getattr(outputs[0], "_node", None)
        if recorded is not None and type(recorded[0].outs) is tuple and float(attrs.get("p", 0.5)) != 0:
            return (recorded[0].outs[1],)
        return (np.zeros(inputs[0].shape, inputs[0].dtype),)
    from .kept_buffers import kept_buffers
    return kept_buffers(op_name, [a.asnumpy() for a in inputs], outputs[0].shape, attrs)


def lookup_op(op_name):
    """The registry op behind an MXNet op name, with a clear error for unknown ones."""
    op = OPS.get(op_name)
    if op is None:
        raise MXNetError(f"operator {op_name!r} is not supported by distnet")
    return op
