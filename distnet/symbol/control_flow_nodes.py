"""The nodes behind symbolic control flow: body subgraphs compiled to programs, run step by step.

A control-flow node's op is made per node: its forward runs the bodies on numpy arrays, its
backward re-runs them, then walks the steps in reverse through each body's gradient program.
The same builders serve symbols made by ``sym.contrib`` and symbols read back from JSON.
"""
import contextlib
import threading

import numpy as np

from .. import attribute, autograd, name as _name
from ..base import MXNetError, log_time, message_of
from ..ndarray.failures import KernelError, state_refusal
from ..ndarray.registry import Op
from . import common_expr
from .graph import Node, Program
from .symbol import Symbol, _output_name


class Body:
    """One body subgraph: its program and, per program variable, a placeholder index or an outer entry."""

    def __init__(self, heads, placeholders, scope):
        self.scope = scope
        place = {id(p): k for k, p in enumerate(placeholders)}
        stand_ins, copies = {}, {}

        def entry(src, index):
            if id(src) in place:
                return src, 0
            if not src.is_variable and src.user_attrs.get("__subgraph_name__") == scope:
                return copy(src), index
            key = (id(src), index)
            if key not in stand_ins:          # read from outside: a variable of the body, without attributes
                inside = src.is_variable and src.user_attrs.get("__subgraph_name__") == scope   # made in the body
                stand = src if inside else Node(None, "null", src.name if src.is_variable
                                                else _output_name(src, index), {}, [])
                stand_ins[key] = (stand, (src, index))
            return stand_ins[key][0], 0

        def copy(node):
            if id(node) not in copies:
                copies[id(node)] = Node(node.op, node.op_name, node.name, node.attrs,
                                        [entry(s, i) for s, i in node.inputs], node.user_attrs, node.num_outputs)
            return copies[id(node)]

        self.heads = [entry(n, i) for n, i in heads]
        self.program = Program(common_expr.merged(self.heads))     # MXNet runs a body as a CachedOp
        outer = {id(stand): source for stand, source in stand_ins.values()}
        self.sources = [place[id(n)] if id(n) in place else outer[id(n)] for n in self.program.variables]

    @classmethod
    def loaded(cls, heads):
        """A body read back from JSON: its variables are its inputs, in graph order."""
        body = cls.__new__(cls)
        body.heads, body.program, body.sources = list(heads), Program(common_expr.merged(list(heads))), None
        return body

    def run(self, values):
        """Outputs for ``values`` (one per program variable), and what ``grad`` needs."""
        slots, saved = self.program.forward_raw(values)
        return [slots[i] for i in self.program.out_slots], saved

    def passed_through(self):
        """The body variables whose gradient MXNet writes rather than adds up over the steps.

        An ``elemwise_add`` hands its output's gradient to its inputs as it is (no gradient node): for a body
        output made by one, MXNet's body gradient returns that head gradient itself, and the first body variable
        taking it so (in input order) is written at each step, so a value read from outside keeps only the first
        step's share."""
        program = self.program
        uses = [0] * program.nslots
        for _, ins, _, _, _ in program.steps:
            for i in ins:
                uses[i] += 1
        for slot in program.out_slots:
            uses[slot] += 1
        nvars = len(program.variables)
        raw = {slot: slot for slot in program.out_slots if uses[slot] == 1 and slot >= nvars}   # slot -> its head
        for op, ins, _, outs, _ in reversed(program.steps):      # (through nested adds too)
            if op.name in _PASS_THROUGH and uses[outs[0]] == 1 and outs[0] in raw:
                for i in ins:
                    if uses[i] == 1:
                        raw[i] = raw[outs[0]]
        taken, written = set(), set()
        for v in sorted(k for k in raw if k < nvars):
            if raw[v] not in taken:
                taken.add(raw[v])
                written.add(v)
        return written

    def grad(self, saved, head_grads, values):
        """Per program variable, the gradient of the outputs (times ``head_grads``)."""
        grads = self.program.backward_raw(saved, head_grads, [True] * len(values))
        return [np.zeros_like(v) if g is None else np.asarray(g, dtype=np.asarray(v).dtype)
                for g, v in zip(grads, values)]


_PASS_THROUGH = {"elemwise_add", "_plus", "_Plus", "_add"}
_CACHED_OP_GRADIENT_CHECK = ("../src/imperative/cached_op.cc:1188: Check failed: outputs.size() == "
                             "num_forward_outputs + out_attrs->size() ({} vs. {}) : ")
_ASSIGNED_IN_GRAPH = ("Check failed: AGInfo: :IsNone(*output): Assigning to NDArrays that are already in a "
                      "computational graph will cause undefined behavior when evaluating gradients. Please call "
                      "backward first to clear the graph or do this out side of a record section. Also note that you "
                      "cannot use inplace operations like +=, *=, relu(x, out=x), y[idx]=x, etc inside a record "
                      "section.")


def _node(kind, inputs, attrs, num_outputs, forward, backward, subgraphs, opaque_shapes=False, name=None,
          user=None, shape_rule=None, type_rule=None):
    """A Symbol of one node running ``forward``/``backward`` (numpy) over ``inputs`` (outer entries)."""
    op = Op("_" + kind, forward, 0)
    op.grad(backward)
    op.subgraphs = subgraphs
    op.opaque_shapes = opaque_shapes           # MXNet 1.x cannot infer these outputs before running
    op.infer_shapes, op.infer_types = shape_rule, type_rule
    op.partial_shapes = True           # shape_rule is given shapes with unknown (0) dimensions as they are
    name = name or _name.active_manager().get(None, "_" + kind)
    user = _scope_attrs() if user is None else user
    node = Node(op, "_" + kind, name, dict(attrs, num_args=len(inputs) + len(subgraphs)), list(inputs), user,
                num_outputs)
    return Symbol([(node, i) for i in range(num_outputs)])


def _scope_attrs():
    """The attribute scope's attributes as MXNet gives them to a control-flow node, a variadic operator: hidden
    keys (``ctx_group``) as ``__ctx_group__``, inserted after the node's parameters and before its num_args."""
    from .symbol import _PRIVATE, _hide_keys
    scoped = attribute.active_scope().get(None)
    user = _hide_keys({k: v if isinstance(v, str) else str(v) for k, v in scoped.items()})
    user["__late__"] = ",".join([k for k in user if k not in _PRIVATE] + ["num_args"])
    return user


def _step(array, t):
    """Step ``t`` of a data array (a view): a row, or a one-element slice of a 1-D array as MXNet gives."""
    return array[t] if array.ndim > 1 else array[t:t + 1]


def _truth(predicate, problems):
    """A predicate's value: MXNet's kernel reads it as a scalar, so one of another size fails (its message is
    added to ``problems``, when given, for the forward to raise with its results)."""
    predicate = np.asarray(predicate)
    if predicate.size != 1 and problems is not None:
        problems.append(f"Check failed: a.shape().Size() == 1U ({predicate.size} vs. 1) : ")
    return bool(predicate.size and predicate.ravel()[0])


def _as_array_list(dy, count):
    return list(dy) if isinstance(dy, (tuple, list)) else [dy] + [None] * (count - 1)


def foreach_node(graph, locs, nd, ns, no, inputs, attrs, **naming):
    """The ``_foreach`` node: ``locs`` gives, per body variable, the node input feeding it (data slices,
    then states, then values read from outside)."""

    def steps(arrays):
        """Yield, per step, the body's program values; the states advance as the body returns them."""
        current = list(arrays)
        for t in range(arrays[0].shape[0] if nd else 0):
            values = [current[i] if i >= nd else _step(arrays[i], t) for i in locs]
            outs, saved = graph.run(values)
            yield t, values, outs, saved
            current[nd:nd + ns] = outs[no:]

    def forward(*arrays):
        per_step = [outs for _, _, outs, _ in steps(arrays)]
        linked = BODY_RECORDS.inputs_of(naming["name"])
        if linked is not None:
            BODY_RECORDS.note(naming["name"], _foreach_calls(linked, locs, nd, ns, len(per_step)))
        results = [np.stack([o[k] for o in per_step]) for k in range(no)]
        states = per_step[-1][no:] if per_step else list(arrays[nd:nd + ns])
        results += [np.array(s, copy=True) for s in states]
        return tuple(results) if len(results) > 1 else results[0]

    def backward(dy, out, *arrays):
        dys = _as_array_list(dy, no + ns)
        outs_all = out if isinstance(out, tuple) else (out,)
        dys = [np.zeros_like(o) if d is None else d for d, o in zip(dys, outs_all)]
        grads = [np.zeros_like(a) if i < nd else None for i, a in enumerate(arrays)]
        d_states, written = dys[no:], graph.passed_through()
        for t, values, _, saved in reversed(list(steps(arrays))):
            g = graph.grad(saved, [d[t] for d in dys[:no]] + d_states, values)
            d_states = [None] * ns
            for j, (loc, gi) in enumerate(zip(locs, g)):
                if loc < nd:
                    _step(grads[loc], t)[...] = gi          # one body variable per slice: written once
                elif loc < nd + ns:
                    k = loc - nd
                    d_states[k] = gi if d_states[k] is None else d_states[k] + gi
                elif grads[loc] is None or j in written:      # (see Body.passed_through)
                    grads[loc] = gi.copy()
                else:
                    grads[loc] = grads[loc] + gi
            d_states = [np.zeros_like(arrays[nd + k]) if d is None else d for k, d in enumerate(d_states)]
        for k in range(ns):
            grads[nd + k] = d_states[k]
        return tuple(np.zeros_like(a) if g is None else g for g, a in zip(grads, arrays))

    naming = dict(naming, name=naming.get("name") or _name.active_manager().get(None, "_foreach"))
    return _node("foreach", inputs, attrs, no + ns, forward, backward, [graph],
                 shape_rule=_foreach_shape_rule(graph, locs, nd, ns, no, naming["name"]),
                 type_rule=_foreach_type_rule(graph, locs, nd, ns, no, naming["name"]), **naming)


def _foreach_shape_rule(graph, locs, nd, ns, no, node_name):
    """Shape inference through the body, as MXNet's foreach does: the body sees one step of each data
    input, the states and the outer values; what it infers for its variables (parameter and state shapes)
    goes back to the node's inputs, and its outputs become the node's. An output computed from a cond or
    while_loop in the body (whose shapes are known only when run) stays unknown, as in MXNet, even where an
    elementwise op could tell it. A body node's error is reported within the node ``node_name``."""
    from .infer import _propagate
    names = [v.name for v in graph.program.variables]
    if len(set(names)) != len(names):          # body variables are told apart by name
        return None
    body = Symbol(list(graph.heads))

    def body_shapes(known):
        info = _propagate(body, known, {}, partial=True)
        return info, [info.get((id(n), i), (None,))[0] for n, i in graph.heads]

    def infer(in_shapes, attrs):
        _check_output_count(node_name, graph, no + ns, "idx.outputs().size() == out_shape->size()")
        known = {}
        for name, loc in zip(names, locs):
            shape = in_shapes[loc]
            if loc < nd:        # a step of the data; MXNet's slice of an unknown (or 1-D) shape is (1,)
                known[name] = tuple(shape[1:]) if shape is not None and len(shape) > 1 else (1,)
            elif shape is not None:
                known[name] = tuple(shape)
        try:
            info, outs = body_shapes(known)
        except MXNetError as e:
            raise MXNetError(f"Error in operator {node_name}: {message_of(e)}") from e
        if nd and in_shapes[0] is None:         # MXNet then reads the step count from it, known or not
            raise MXNetError(f"Error in operator {node_name}: Check failed: i >= 0 && i < ndim(): index = 0 must "
                             "be in range [0, -1)")
        steps = in_shapes[0][0] if nd and in_shapes[0] is not None else None     # 0 when unknown
        found = [None] * len(in_shapes)
        for var, loc in zip(graph.program.variables, locs):
            shape = info.get((id(var), 0), (None,))[0]
            if loc >= nd and shape is not None:      # known, or known in part (unknown sizes 0)
                found[loc] = tuple(shape)
            elif loc < nd and in_shapes[loc] is None and shape is not None:     # the steps of the first one
                found[loc] = (steps,) + tuple(shape)
        for k, out in enumerate(outs[no:]):     # a state keeps its shape from step to step
            given = in_shapes[nd + k] if in_shapes[nd + k] is not None else found[nd + k]
            if out is not None and given is not None and 0 not in out and 0 not in given \
                    and tuple(out) != tuple(given):
                shown = ["[" + ",".join(map(str, a)) + "]" for a in (out, given)]
                raise MXNetError(f"Error in operator {node_name}: Check failed: (*out_shape)[i + params.num_out_data]"
                                 f" == (*in_shape)[i + params.in_data_locs.ndim()] ({shown[0]} vs. {shown[1]}) : ")
        full = [None if steps is None or s is None else (steps,) + tuple(s) for s in outs[:no]]
        full += [None if s is None else tuple(s) for s in outs[no:]]
        dtypes = [info.get((id(n), i), (None, np.float32))[1] for n, i in graph.heads]
        return found, list(zip(full, dtypes))

    return infer


def _foreach_type_rule(graph, locs, nd, ns, no, node_name):
    """Type inference through the foreach body (states at node inputs nd..nd+ns-1)."""
    return _body_type_rule(graph, locs, list(range(nd, nd + ns)), no, node_name)


def _body_type_rule(graph, locs, state_inputs, no, node_name):
    """Type inference through a loop body (node ``node_name``) whose variable j is fed by node input ``locs[j]``
    and whose outputs after the first ``no`` are the states fed back at ``state_inputs``: a state's dtype is its
    input's and its output's alike. Dtypes still unknown are None; a clash fails in the words of the body's node."""
    from .graph import topo_order
    from .infer import _type_pass
    order = topo_order(graph.heads)
    variables = graph.program.variables

    def infer(in_types, attrs):
        _check_output_count(node_name, graph, no + len(state_inputs), "idx_g.outputs().size() == out_types->size()")
        ins = list(in_types)
        for _ in range(2):           # a second round once the body tells the states' dtypes
            given = {(id(v), 0): ins[loc] for v, loc in zip(variables, locs)}
            preset = {(id(n), i): ins[s] for (n, i), s in zip(graph.heads[no:], state_inputs) if ins[s] is not None}
            types = {**given, **preset}
            try:
                while _type_pass(order, types):
                    pass
                _check_preset_outputs(graph, given, preset)
            except MXNetError as e:
                raise MXNetError(f"Error in operator {node_name}: {message_of(e)}") from e
            ins = [t if t is not None else types.get((id(v), 0))
                   for t, v in zip(ins, _variable_per_input(variables, locs, len(ins)))]
            outs = [types.get((id(n), i)) for n, i in graph.heads]
            for k, i in enumerate(state_inputs):
                ins[i] = ins[i] if ins[i] is not None else outs[no + k]
        if all(t is None for t in ins + outs):
            return None
        return ins, outs

    return infer


def _check_output_count(node_name, graph, count, condition):
    """A body giving another number of outputs than its node has (a Symbol of several outputs returned as one)
    fails MXNet's shape or type inference of the node."""
    if len(graph.heads) != count:
        raise MXNetError(f"Error in operator {node_name}: Check failed: {condition} ({len(graph.heads)} vs. {count}) : ")


def _check_preset_outputs(graph, given, preset):
    """Body outputs whose dtypes were told from outside (``preset``: the other cond branch's, a loop state's
    input) must be the ones the body's inputs (``given``) give: else MXNet's type check of the output's node
    fails, in its words."""
    from .graph import topo_order
    from .infer import _type_pass
    types = dict(given)
    while _type_pass(topo_order(graph.heads), types):
        pass
    for n, k in graph.heads:
        want, got = types.get((id(n), k)), preset.get((id(n), k))
        if want is None or got is None or np.dtype(want) == np.dtype(got):
            continue
        if n.op.name.endswith("_scalar") or n.op.name == "Cast":
            detail = f"Type inconsistent, Provided = {np.dtype(got).name}, inferred type = {np.dtype(want).name}"
        else:
            detail = (f"Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node {n.name} at {k}-th "
                      f"output: expected {np.dtype(want).name}, got {np.dtype(got).name}")
        raise MXNetError(f"Error in operator {n.name}: {detail}")


def _variable_per_input(variables, locs, count):
    """For each node input, a body variable it feeds (None if it feeds none)."""
    found = [None] * count
    for var, loc in zip(variables, locs):
        found[loc] = var
    return found


def _is_known(shape):
    return shape is not None and 0 not in shape


def _check_step_shapes(outs, first):
    """MXNet copies each step's outputs into rows shaped by the first step's: a step output of another shape
    fails there (a loop variable may change its shape)."""
    for now, was in zip(outs, first):
        if np.shape(now) != np.shape(was):
            shown = ["[" + ",".join(map(str, np.shape(a))) + "]" for a in (now, was)]
            raise state_refusal(f"Check failed: from.shape() == to.shape(): operands shape mismatch "
                                f"from.shape = {shown[0]} to.shape={shown[1]}")
    return first


class StepGradientRefusal(MXNetError):
    """A check failing in the backward of graph step ``step`` (its words ``text``), named by the caller as MXNet
    names that backward node."""

    def __init__(self, step, text):
        super().__init__(text)
        self.step, self.text = step, text


class _BodyRecords(threading.local):
    """What MXNet records inside the control-flow steps of a hybridized block's recorded call: each predicate or
    body it runs is a CachedOp of its own, recorded (one op number) when one of its inputs is in the autograd
    graph, its other inputs then taking a constant's number each. ``linked``: per control-flow step name,
    whether each of its inputs is in the graph as the step runs (None outside such a call); ``taken``: per step
    name, the constant count of each recorded call, in order."""

    linked, taken, on_refusal = None, None, None

    def note(self, step, calls):
        """Note the calls control-flow step ``step`` made (per call, whether each of its inputs is in the graph)."""
        if self.linked is not None and step in self.linked:
            self.taken[step] = [sum(not x for x in call) for call in calls if any(call)]

    def refuse(self, step, calls):
        """Note the calls step ``step`` made before MXNet's recording refused it; take the numbers the call's
        recording took until then."""
        self.note(step, calls)
        self.on_refusal(step)

    def inputs_of(self, step):
        return None if self.linked is None else self.linked.get(step)

    @contextlib.contextmanager
    def of_call(self, linked, on_refusal):
        outer = self.linked, self.taken, self.on_refusal
        self.linked, self.taken, self.on_refusal = linked, {}, on_refusal
        try:
            yield self.taken
        finally:
            self.linked, self.taken, self.on_refusal = outer


BODY_RECORDS = _BodyRecords()


def _while_calls(linked, cond_locs, func_locs, var_inputs, ran, max_iterations):
    """The predicate and body calls of a while_loop whose body ran ``ran`` times: per call, whether each input
    is in the graph. A loop variable is a new array after the first step; the predicate's other inputs keep the
    graph entries its recording gives them."""
    cond_in = [linked[i] for i in cond_locs]
    func_in = [linked[i] for i in func_locs]
    calls = []
    for t in range(min(ran + 1, max_iterations)):
        calls.append(cond_in)
        if any(cond_in):
            cond_in = [True] * len(cond_in)
        if t == ran:
            break
        calls.append(func_in)
        cond_in = [False if i in var_inputs else c for i, c in zip(cond_locs, cond_in)]
        func_in = [False if i in var_inputs else c for i, c in zip(func_locs, func_in)]
    return calls


def _foreach_calls(linked, locs, nd, ns, count):
    """The ``count`` body calls of a foreach: the data slices are new arrays, and so are the states after the
    first step."""
    first = [i >= nd and linked[i] for i in locs]
    later = [i >= nd + ns and linked[i] for i in locs]
    return [first] + [later] * (count - 1) if count else []


def while_loop_node(cond_graph, func_graph, inputs, attrs, **naming):
    """The ``_while_loop`` node; its attributes say which node inputs feed each body variable
    (``cond_input_locs``, ``func_input_locs``) and where the loop variables sit (``func_var_locs``)."""
    cond_locs, func_locs = list(attrs["cond_input_locs"]), list(attrs["func_input_locs"])
    var_inputs = [func_locs[p] for p in attrs["func_var_locs"]]
    var_slot = {i: k for k, i in enumerate(var_inputs)}
    max_iterations, no = int(attrs["max_iterations"]), int(attrs["num_out_data"])
    nv = len(var_inputs)
    refusal = [None]        # MXNet's words refusing this node's gradient graph, if it cannot make one

    def steps(arrays, problems=None):
        current = list(arrays)
        first = None
        for _ in range(max_iterations):
            if not _truth(cond_graph.run([current[i] for i in cond_locs])[0][0], problems):
                break
            values = [current[i] for i in func_locs]
            outs, saved = func_graph.run(values)
            first = outs[:no] if first is None else _check_step_shapes(outs[:no], first)
            yield values, outs, saved
            for k, i in enumerate(var_inputs):
                current[i] = outs[no + k]

    def forward(*arrays):
        problems, per_step = [], []
        linked = BODY_RECORDS.inputs_of(node.name)
        for _, outs, _ in steps(arrays, problems):
            per_step.append(outs)
            if len(per_step) == 1 and linked is not None and max_iterations > 1 and \
                    any(linked[i] for i in cond_locs):
                # MXNet recorded the predicate's call, whose output it writes again at the next step: refused
                BODY_RECORDS.refuse(node.name, _while_calls(linked, cond_locs, func_locs, var_slot, 1, 2)[:2])
                raise state_refusal(_ASSIGNED_IN_GRAPH)
        if linked is not None:
            BODY_RECORDS.note(node.name, _while_calls(linked, cond_locs, func_locs, var_slot, len(per_step),
                                                      max_iterations))
        if per_step:
            last = per_step[-1][no:]
            shapes = [o.shape for o in per_step[0][:no]]
        else:               # no step ran: the outputs' shapes come from one trial step
            last = [arrays[i] for i in var_inputs]
            try:
                shapes = [np.shape(o) for o in func_graph.run([arrays[i] for i in func_locs])[0][:no]]
            except MXNetError:      # (MXNet never runs the step: its outputs' shapes stay unknown)
                raise state_refusal("Check failed: ndim_is_known(this->ndim()): Shape is unknown.") from None
        results = []
        for k in range(no):
            stacked = np.zeros((max_iterations,) + tuple(shapes[k]), dtype=np.float32 if not per_step
                               else np.asarray(per_step[0][k]).dtype)
            for t, outs in enumerate(per_step):
                stacked[t] = outs[k]
            results.append(stacked)
        results += [np.array(v, copy=True) for v in last]
        results = tuple(results) if len(results) > 1 else results[0]
        if problems:
            raise KernelError(problems[0], results)
        return results

    def backward(dy, out, *arrays):
        if refusal[0] is not None:      # a recorded call of a hybridized block: MXNet's node gradient fails here
            raise StepGradientRefusal(node.name, log_time() + " " + _CACHED_OP_GRADIENT_CHECK.format(
                no + nv + len(set(func_locs)), no + nv + len(arrays)))
        outs_all = out if isinstance(out, tuple) else (out,)
        dys = [np.zeros_like(o) if d is None else d for d, o in zip(_as_array_list(dy, no + nv), outs_all)]
        grads = [np.zeros_like(a) for a in arrays]
        d_vars, written = dys[no:], func_graph.passed_through()
        recorded = list(steps(arrays))
        for t in range(len(recorded) - 1, -1, -1):
            values, _, saved = recorded[t]
            g = func_graph.grad(saved, [d[t] for d in dys[:no]] + d_vars, values)
            d_vars = [np.zeros_like(arrays[i]) for i in var_inputs]
            for j, (loc, gi) in enumerate(zip(func_locs, g)):
                if loc in var_slot:
                    d_vars[var_slot[loc]] = d_vars[var_slot[loc]] + gi
                elif j in written:          # (see Body.passed_through)
                    grads[loc] = gi.copy()
                else:
                    grads[loc] += gi
        for k, i in enumerate(var_inputs):
            grads[i] += d_vars[k]
        return tuple(grads)

    naming = dict(naming, name=naming.get("name") or _name.active_manager().get(None, "_while_loop"))
    body_types = _body_type_rule(func_graph, func_locs, var_inputs, no, naming["name"])

    def type_rule(in_types, attrs):
        if len(cond_graph.heads) != 1:      # a condition of several outputs (a Symbol of several returned as one)
            raise MXNetError(f"Error in operator {naming['name']}: Check failed: attrs.subgraphs[0]->outputs.size() "
                             f"== 1U ({len(cond_graph.heads)} vs. 1) : ")
        return body_types(in_types, attrs)

    node = _node("while_loop", inputs, attrs, no + nv, forward, backward, [cond_graph, func_graph], opaque_shapes=True,
                 type_rule=type_rule, **naming)
    if max_iterations < 1:          # checked as MXNet parses the attributes, once the node has its name
        raise MXNetError(f"value {max_iterations} for Parameter max_iterations should be greater equal to 1")
    stepped = len(set(func_locs))
    if stepped < len(inputs):       # an input only the condition reads: MXNet's gradient graph of the node fails
        n_out = no + nv
        refusal[0] = node._heads[0][0].op.gradient_refusal = (
            f"Error in operator {node.name}_backward: Check failed: outputs.size() == num_forward_outputs + "
            f"out_attrs->size() ({n_out + stepped} vs. {n_out + len(inputs)}) : ")
    return node


def cond_node(graphs, inputs, attrs, **naming):
    """The ``_cond`` node over its predicate, then and else bodies; the ``*_input_locs`` attributes say
    which node inputs feed each body's variables."""
    pred_locs, then_locs, else_locs = (list(attrs[k]) for k in ("cond_input_locs", "then_input_locs",
                                                                 "else_input_locs"))
    count = int(attrs["num_outputs"])
    pred_graph, then_graph, else_graph = graphs

    def branch(arrays, problems=None):
        value = pred_graph.run([arrays[i] for i in pred_locs])[0][0]
        return (then_graph, then_locs) if _truth(value, problems) else (else_graph, else_locs)

    def forward(*arrays):
        problems = []
        graph, locs = branch(arrays, problems)
        linked = BODY_RECORDS.inputs_of(naming["name"])
        if linked is not None:
            BODY_RECORDS.note(naming["name"], [[linked[i] for i in pred_locs], [linked[i] for i in locs]])
        outs = [np.array(o, copy=True) for o in graph.run([arrays[i] for i in locs])[0]]
        outs = tuple(outs) if len(outs) > 1 else outs[0]
        if problems:
            raise KernelError(problems[0], outs)
        return outs

    def backward(dy, out, *arrays):
        graph, locs = branch(arrays)
        values = [arrays[i] for i in locs]
        outs_all = out if isinstance(out, tuple) else (out,)
        dys = [np.zeros_like(o) if d is None else d for d, o in zip(_as_array_list(dy, count), outs_all)]
        grads = [np.zeros_like(a) for a in arrays]
        for loc, gi in zip(locs, graph.grad(graph.run(values)[1], dys, values)):
            grads[loc] += gi
        return tuple(grads)

    naming = dict(naming, name=naming.get("name") or _name.active_manager().get(None, "_cond"))
    return _node("cond", inputs, attrs, count, forward, backward, list(graphs), opaque_shapes=True,
                 type_rule=_cond_type_rule(graphs, (pred_locs, then_locs, else_locs), count, naming["name"]), **naming)


def _cond_type_rule(graphs, all_locs, count, node_name):
    """Type inference of ``_cond`` (node ``node_name``): MXNet's predicate is float32 (its inputs follow it back,
    and a predicate of another dtype fails in the words of the predicate's node); both branches share the
    outputs' dtypes, so what one branch tells reaches the other's inputs. Dtypes still unknown are None. Both
    branches must give the node's ``count`` outputs."""
    from .graph import topo_order
    from .infer import _type_pass

    def spread(graph, locs, ins, preset):
        variables = graph.program.variables
        given = {(id(v), 0): ins[loc] for v, loc in zip(variables, locs)}
        types = {**given, **preset}
        try:
            while _type_pass(topo_order(graph.heads), types):
                pass
            _check_preset_outputs(graph, given, preset)
        except MXNetError as e:
            raise MXNetError(f"Error in operator {node_name}: {message_of(e)}") from e
        for v, loc in zip(variables, locs):
            ins[loc] = ins[loc] if ins[loc] is not None else types.get((id(v), 0))
        return [types.get((id(n), i)) for n, i in graph.heads]

    def infer(in_types, attrs):
        ins = list(in_types)
        (pred, then, other), (pred_locs, then_locs, else_locs) = graphs, all_locs
        if len(then.heads) != len(other.heads):
            raise MXNetError(f"Error in operator {node_name}: Check failed: attrs.subgraphs[1]->outputs.size() == "
                             f"attrs.subgraphs[2]->outputs.size() ({len(then.heads)} vs. {len(other.heads)}) : ")
        _check_output_count(node_name, then, count, "idx_g.outputs().size() == out_types->size()")
        node, i = pred.heads[0]
        found = spread(pred, pred_locs, ins, {})[0]
        if found is not None and np.dtype(found) != np.float32:     # the predicate's node reads its input's dtype
            raise MXNetError(f"Error in operator {node_name}: Error in operator {node.name}: Check failed: assign(&dattr, "
                             f"vec.at(i)): Incompatible attr in node {node.name} at 0-th output: expected "
                             f"{np.dtype(found).name}, got float32")
        spread(pred, pred_locs, ins, {} if node.is_variable else {(id(node), i): np.float32})
        outs = spread(then, then_locs, ins, {})
        outs = spread(other, else_locs, ins, _known_heads(other, outs))
        outs = spread(then, then_locs, ins, _known_heads(then, outs))
        if all(t is None for t in ins + outs):
            return None
        return ins, outs

    def _known_heads(graph, dtypes):
        return {(id(n), i): t for (n, i), t in zip(graph.heads, dtypes) if t is not None}

    return infer


CONTROL_FLOW_OPS = ("_foreach", "_while_loop", "_cond")


def load_node(op_name, name, attrs, inputs, user, subgraphs):
    """A control-flow node read back from JSON (``subgraphs``: each body's heads)."""
    bodies = [Body.loaded(heads) for heads in subgraphs]
    naming = {"name": name, "user": user}
    if op_name == "_foreach":
        graph = bodies[0]
        data_locs, state_locs = list(attrs["in_data_locs"]), list(attrs["in_state_locs"])
        nd, ns = len(data_locs), len(state_locs)
        locs = [0] * len(graph.program.variables)
        for k, p in enumerate(data_locs + state_locs + list(attrs["remain_locs"])):
            locs[p] = k
        return foreach_node(graph, locs, nd, ns, int(attrs["num_out_data"]), inputs, attrs, **naming)
    if op_name == "_while_loop":
        return while_loop_node(bodies[0], bodies[1], inputs, attrs, **naming)
    return cond_node(bodies, inputs, attrs, **naming)
