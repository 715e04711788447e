"""Symbolic control flow (``sym.contrib.foreach``, ``while_loop``, ``cond``): a node running body subgraphs.

Each body is cut out of the symbols the user's function returned (its nodes carry the
``__subgraph_name__`` attribute, as in MXNet); what it reads from outside becomes an input of the
control-flow node. Forward runs the compiled body on numpy arrays; backward re-runs it, then walks
the steps in reverse through the body's own gradient program.
"""
import collections

import numpy as np

from .. import attribute, name as _name
from ..ndarray.registry import Op
from .graph import Node, Program, topo_order
from .symbol import Symbol, _output_name, create, var

_SCOPE_COUNTS = collections.Counter()


def _scope_name(kind):
    """MXNet's unique subgraph name: ``foreach0``, nested as ``outer$foreach0``."""
    outer = attribute.current().get(None).get("__subgraph_name__", "")
    key = f"{outer}${kind}" if outer else kind
    _SCOPE_COUNTS[key] += 1
    return f"{key}{_SCOPE_COUNTS[key] - 1}"


def _flatten(value, what):
    """A Symbol or a (nested) list of Symbols as a flat list plus its format (for ``_regroup``)."""
    if isinstance(value, Symbol):
        if len(value) != 1:
            raise ValueError(f"{what}: each Symbol must have one output; pick one with sym[i]")
        return [value], 0
    if value is None:
        value = []
    if not isinstance(value, (list, tuple)):
        raise ValueError(f"{what} should be a Symbol or a nested list of Symbols")
    flat, fmt = [], []
    for item in value:
        items, item_fmt = _flatten(item, what)
        flat.extend(items)
        fmt.append(item_fmt)
    return flat, fmt


def _regroup(flat, fmt):
    """Rebuild ``_flatten``'s nesting from a flat list."""
    if fmt == 0:
        return flat[0], flat[1:]
    out = []
    for item_fmt in fmt:
        item, flat = _regroup(flat, item_fmt)
        out.append(item)
    return out, flat


class Body:
    """One body subgraph: its program and, per program variable, a placeholder index or an outer entry."""

    def __init__(self, heads, placeholders, scope):
        place = {id(p): k for k, p in enumerate(placeholders)}
        stand_ins, copies = {}, {}

        def entry(src, index):
            if id(src) in place:
                return src, 0
            if not src.is_variable and src.user_attrs.get("__subgraph_name__") == scope:
                return copy(src), index
            key = (id(src), index)
            if key not in stand_ins:          # read from the outer graph: a variable of the body
                stand = src if src.is_variable else Node(None, "null", _output_name(src, index), {}, [])
                stand_ins[key] = (stand, (src, index))
            return stand_ins[key][0], 0

        def copy(node):
            if id(node) not in copies:
                copies[id(node)] = Node(node.op, node.op_name, node.name, node.attrs,
                                        [entry(s, i) for s, i in node.inputs], node.user_attrs, node.num_outputs)
            return copies[id(node)]

        self.heads = [entry(n, i) for n, i in heads]
        self.program = Program(self.heads)
        outer = {id(stand): source for stand, source in stand_ins.values()}
        self.sources = [place[id(n)] if id(n) in place else outer[id(n)] for n in self.program.variables]

    @classmethod
    def loaded(cls, heads):
        """A body read back from JSON: its variables are its inputs, in graph order."""
        body = cls.__new__(cls)
        body.heads, body.program, body.sources = list(heads), Program(list(heads)), None
        return body

    def run(self, values):
        """Outputs for ``values`` (one per program variable), and what ``grad`` needs."""
        slots, saved = self.program.forward_raw(values)
        return [slots[i] for i in self.program.out_slots], saved

    def grad(self, saved, head_grads, values):
        """Per program variable, the gradient of the outputs (times ``head_grads``)."""
        grads = self.program.backward_raw(saved, head_grads, [True] * len(values))
        return [np.zeros_like(v) if g is None else np.asarray(g, dtype=np.asarray(v).dtype)
                for g, v in zip(grads, values)]


class _Inputs:
    """The control-flow node's inputs: placeholder-fed ones first, then outer entries in order of use."""

    def __init__(self, leading):
        self.entries = list(leading)
        self._index = {}

    def add(self, source):
        key = (id(source[0]), source[1])
        if key not in self._index:
            self._index[key] = len(self.entries)
            self.entries.append(source)
        return self._index[key]

    def locate(self, body, placeholder_inputs):
        """Per program variable of ``body``, the node input that feeds it."""
        return [placeholder_inputs[s] if isinstance(s, int) else self.add(s) for s in body.sources]


def _node(kind, inputs, attrs, num_outputs, forward, backward, subgraphs, opaque_shapes=False, name=None,
          user=None):
    """A Symbol of one node running ``forward``/``backward`` (numpy) over ``inputs`` (outer entries)."""
    op = Op("_" + kind, forward, 0)
    op.grad(backward)
    op.subgraphs = subgraphs
    op.opaque_shapes = opaque_shapes           # MXNet 1.x cannot infer these outputs before running
    name = name or _name.current().get(None, "_" + kind)
    user = dict(attribute.current().get(None)) if user is None else user
    node = Node(op, "_" + kind, name, dict(attrs, num_args=len(inputs) + len(subgraphs)), list(inputs), user,
                num_outputs)
    return Symbol([(node, i) for i in range(num_outputs)])


def _in_scope(sym, scope):
    node = sym._heads[0][0]
    return not node.is_variable and node.user_attrs.get("__subgraph_name__") == scope


def _own_outputs(symbols, scope, taken=()):
    """MXNet's body outputs: a variable, an outside symbol or a name in ``taken`` is passed through
    ``identity`` (made inside the scope), so that every body output is a node of its own."""
    return [s if _in_scope(s, scope) and s.name not in taken else create("identity", s, hint="identity")
            for s in symbols]


def _placeholders(symbols, scope):
    with attribute.AttrScope(__subgraph_name__=scope):
        return [var(f"{s.name}-{s._heads[0][1]}") for s in symbols]


def _step(array, t):
    """Step ``t`` of a data array (a view): a row, or a one-element slice of a 1-D array as MXNet gives."""
    return array[t] if array.ndim > 1 else array[t:t + 1]


def _as_array_list(dy, count):
    return list(dy) if isinstance(dy, (tuple, list)) else [dy] + [None] * (count - 1)


def foreach(body, data, init_states, name="foreach"):
    """Run ``body(data[i], states) -> (outputs, states)`` over the first axis of ``data``."""
    flat_data, data_fmt = _flatten(data, "foreach input")
    flat_init, init_fmt = _flatten(init_states, "foreach states")
    scope = _scope_name(name)
    data_vars, state_vars = _placeholders(flat_data, scope), _placeholders(flat_init, scope)
    with attribute.AttrScope(__subgraph_name__=scope):
        outs, states = body(_regroup(data_vars, data_fmt)[0], _regroup(state_vars, init_fmt)[0])
        flat_outs, out_fmt = _flatten(outs, "foreach output")
        flat_states, state_fmt = _flatten(states, "foreach loop_vars")
        if state_fmt != init_fmt:
            raise AssertionError("The input and output loop_vars have different format")
        names = {o.name for o in flat_outs}
        flat_outs, flat_states = _own_outputs(flat_outs, scope), _own_outputs(flat_states, scope, names)
    graph = Body([s._heads[0] for s in flat_outs + flat_states],
                 [v._heads[0][0] for v in data_vars + state_vars], scope)
    used = set(s for s in graph.sources if isinstance(s, int))
    if any(k not in used for k in range(len(flat_data))):
        raise AssertionError("the data arrays have to be used in the loop body")
    if any(len(flat_data) + k not in used for k in range(len(flat_init))):
        raise AssertionError("the state arrays have to be used in the loop body")
    inputs = _Inputs([s._heads[0] for s in flat_data + flat_init])
    locs = inputs.locate(graph, list(range(len(flat_data) + len(flat_init))))
    nd, ns, no = len(flat_data), len(flat_init), len(flat_outs)
    position = {id(n): i for i, n in enumerate(graph.program.variables)}
    program_inputs = [v._heads[0][0] for v in data_vars + state_vars]
    attrs = {"num_outputs": no + ns, "num_out_data": no,
             "in_state_locs": [position[id(n)] for n in program_inputs[nd:]],
             "in_data_locs": [position[id(n)] for n in program_inputs[:nd]],
             "remain_locs": [i for i, src in enumerate(graph.sources) if not isinstance(src, int)]}
    node = foreach_node(graph, locs, nd, ns, no, inputs.entries, attrs)
    results = list(node)
    return _regroup(results[:no], out_fmt)[0] if no else [], _regroup(results[no:], state_fmt)[0]


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
        results = [np.stack([o[k] for o in per_step]) for k in range(no)]
        states = per_step[-1][no:] if per_step else list(arrays[nd:nd + ns])
        results += [np.array(s, copy=True) for s in states]
        return tuple(results) if len(results) > 1 else results[0]

    def backward(dy, out, *arrays):
        dys = _as_array_list(dy, no + ns)
        outs_all = out if isinstance(out, tuple) else (out,)
        dys = [np.zeros_like(o) if d is None else d for d, o in zip(dys, outs_all)]
        grads = [np.zeros_like(a) if i < nd else None for i, a in enumerate(arrays)]
        d_states = dys[no:]
        for t, values, _, saved in reversed(list(steps(arrays))):
            g = graph.grad(saved, [d[t] for d in dys[:no]] + d_states, values)
            d_states = [None] * ns
            for loc, gi in zip(locs, g):
                if loc < nd:
                    _step(grads[loc], t)[...] = gi          # one body variable per slice: written once
                elif loc < nd + ns:
                    k = loc - nd
                    d_states[k] = gi if d_states[k] is None else d_states[k] + gi
                else:
                    grads[loc] = gi.copy() if grads[loc] is None else grads[loc] + gi   # the first one written
            d_states = [np.zeros_like(arrays[nd + k]) if d is None else d for k, d in enumerate(d_states)]
        for k in range(ns):
            grads[nd + k] = d_states[k]
        return tuple(np.zeros_like(a) if g is None else g for g, a in zip(grads, arrays))

    return _node("foreach", inputs, attrs, no + ns, forward, backward, [graph], **naming)


def while_loop(cond, func, loop_vars, max_iterations=None, name="while_loop"):
    """Run ``func(*loop_vars) -> (outputs, loop_vars)`` while ``cond(*loop_vars)``, at most ``max_iterations`` times.

    The outputs are stacked along a new first axis of length ``max_iterations`` (zeros past the last step).
    """
    flat_vars, var_fmt = _flatten(loop_vars, "while loop_vars")
    if max_iterations is None:
        raise ValueError("max_iterations should be specified")
    max_iterations = int(max_iterations.asscalar() if hasattr(max_iterations, "asscalar") else max_iterations)
    if not flat_vars:
        raise ValueError("loop_vars should contain at least one element")
    cond_scope = _scope_name(name + "_cond")
    cond_vars = _placeholders(flat_vars, cond_scope)
    with attribute.AttrScope(__subgraph_name__=cond_scope):
        pred = cond(*_regroup(cond_vars, var_fmt)[0])
        if not isinstance(pred, Symbol):
            raise ValueError("Return of cond must be a Symbol")
        pred = _own_outputs([pred], cond_scope)[0]
    cond_graph = Body([pred._heads[0]], [v._heads[0][0] for v in cond_vars], cond_scope)
    func_scope = _scope_name(name + "_func")
    func_vars = _placeholders(flat_vars, func_scope)
    with attribute.AttrScope(__subgraph_name__=func_scope):
        step_outs, new_vars = func(*_regroup(func_vars, var_fmt)[0])
        flat_outs, out_fmt = _flatten(list(step_outs) if isinstance(step_outs, tuple) else step_outs,
                                      "while output")
        flat_new, _ = _flatten(list(new_vars) if isinstance(new_vars, tuple) else new_vars, "while loop_vars")
        both = _own_outputs(flat_outs + flat_new, func_scope)
        flat_outs, flat_new = both[:len(flat_outs)], both[len(flat_outs):]
    if len(flat_new) != len(flat_vars):
        raise ValueError("The number of loop_vars should be consistent during the loop")
    func_graph = Body([s._heads[0] for s in flat_outs + flat_new], [v._heads[0][0] for v in func_vars],
                      func_scope)
    used = {s for s in func_graph.sources if isinstance(s, int)}
    for k in range(len(flat_vars)):
        if k not in used:
            raise ValueError(f"The {k + 1}-th loop_var doesn't involve into the computation")
    inputs = _Inputs([v._heads[0] for v in flat_vars])
    var_inputs = list(range(len(flat_vars)))
    cond_locs, func_locs = inputs.locate(cond_graph, var_inputs), inputs.locate(func_graph, var_inputs)
    nv, no = len(flat_vars), len(flat_outs)
    attrs = {"max_iterations": max_iterations, "cond_input_locs": cond_locs, "func_input_locs": func_locs,
             "func_var_locs": [func_locs.index(k) for k in var_inputs], "num_out_data": no, "num_outputs": no + nv}
    node = list(while_loop_node(cond_graph, func_graph, inputs.entries, attrs))
    return _regroup(node[:no], out_fmt)[0] if no else [], _regroup(node[no:], var_fmt)[0]


def while_loop_node(cond_graph, func_graph, inputs, attrs, **naming):
    """The ``_while_loop`` node; its attributes say which node inputs feed each body variable
    (``cond_input_locs``, ``func_input_locs``) and where the loop variables sit (``func_var_locs``)."""
    cond_locs, func_locs = list(attrs["cond_input_locs"]), list(attrs["func_input_locs"])
    var_inputs = [func_locs[p] for p in attrs["func_var_locs"]]
    var_slot = {i: k for k, i in enumerate(var_inputs)}
    max_iterations, no = int(attrs["max_iterations"]), int(attrs["num_out_data"])
    nv = len(var_inputs)

    def steps(arrays):
        current = list(arrays)
        for _ in range(max_iterations):
            pred_value = cond_graph.run([current[i] for i in cond_locs])[0][0]
            if not np.asarray(pred_value).ravel()[0]:
                break
            values = [current[i] for i in func_locs]
            outs, saved = func_graph.run(values)
            yield values, outs, saved
            for k, i in enumerate(var_inputs):
                current[i] = outs[no + k]

    def forward(*arrays):
        per_step = [outs for _, outs, _ in steps(arrays)]
        if per_step:
            last = per_step[-1][no:]
            shapes = [o.shape for o in per_step[0][:no]]
        else:               # no step ran: the outputs' shapes come from one trial step
            last = [arrays[i] for i in var_inputs]
            shapes = [np.shape(o) for o in func_graph.run([arrays[i] for i in func_locs])[0][:no]]
        results = []
        for k in range(no):
            stacked = np.zeros((max_iterations,) + tuple(shapes[k]), dtype=np.float32 if not per_step
                               else np.asarray(per_step[0][k]).dtype)
            for t, outs in enumerate(per_step):
                stacked[t] = outs[k]
            results.append(stacked)
        results += [np.array(v, copy=True) for v in last]
        return tuple(results) if len(results) > 1 else results[0]

    def backward(dy, out, *arrays):
        outs_all = out if isinstance(out, tuple) else (out,)
        dys = [np.zeros_like(o) if d is None else d for d, o in zip(_as_array_list(dy, no + nv), outs_all)]
        grads = [np.zeros_like(a) for a in arrays]
        d_vars = dys[no:]
        recorded = list(steps(arrays))
        for t in range(len(recorded) - 1, -1, -1):
            values, _, saved = recorded[t]
            g = func_graph.grad(saved, [d[t] for d in dys[:no]] + d_vars, values)
            d_vars = [np.zeros_like(arrays[i]) for i in var_inputs]
            for loc, gi in zip(func_locs, g):
                if loc in var_slot:
                    d_vars[var_slot[loc]] = d_vars[var_slot[loc]] + gi
                else:
                    grads[loc] += gi
        for k, i in enumerate(var_inputs):
            grads[i] += d_vars[k]
        return tuple(grads)

    return _node("while_loop", inputs, attrs, no + nv, forward, backward, [cond_graph, func_graph],
                 opaque_shapes=True, **naming)


def cond(pred, then_func, else_func, name="cond"):
    """``then_func()`` if ``pred`` (a one-element symbol) is nonzero, else ``else_func()``."""
    graphs, fmt = [], None
    for kind, branch in (("_pred", None), ("_then", then_func), ("_else", else_func)):
        scope = _scope_name(name + kind)
        with attribute.AttrScope(__subgraph_name__=scope):
            result = pred if branch is None else branch()
            flat, result_fmt = _flatten(result, "cond output")
            flat = _own_outputs(flat, scope)
        if branch is then_func:
            fmt, count = result_fmt, len(flat)
        elif branch is else_func and len(flat) != count:
            raise ValueError("The number of outputs of then_func and else_func should be the same")
        graphs.append(Body([s._heads[0] for s in flat], [], scope))
    inputs = _Inputs([])
    pred_locs, then_locs, else_locs = (inputs.locate(g, []) for g in graphs)
    attrs = {"num_outputs": count, "cond_input_locs": pred_locs, "then_input_locs": then_locs,
             "else_input_locs": else_locs}
    node = list(cond_node(graphs, inputs.entries, attrs))
    return _regroup(node, fmt)[0]


def cond_node(graphs, inputs, attrs, **naming):
    """The ``_cond`` node over its predicate, then and else bodies; the ``*_input_locs`` attributes say
    which node inputs feed each body's variables."""
    pred_locs, then_locs, else_locs = (list(attrs[k]) for k in ("cond_input_locs", "then_input_locs",
                                                                 "else_input_locs"))
    count = int(attrs["num_outputs"])
    pred_graph, then_graph, else_graph = graphs

    def branch(arrays):
        value = pred_graph.run([arrays[i] for i in pred_locs])[0][0]
        return (then_graph, then_locs) if np.asarray(value).ravel()[0] else (else_graph, else_locs)

    def forward(*arrays):
        graph, locs = branch(arrays)
        outs = [np.array(o, copy=True) for o in graph.run([arrays[i] for i in locs])[0]]
        return tuple(outs) if len(outs) > 1 else outs[0]

    def backward(dy, out, *arrays):
        graph, locs = branch(arrays)
        values = [arrays[i] for i in locs]
        outs_all = out if isinstance(out, tuple) else (out,)
        dys = [np.zeros_like(o) if d is None else d for d, o in zip(_as_array_list(dy, count), outs_all)]
        grads = [np.zeros_like(a) for a in arrays]
        for loc, gi in zip(locs, graph.grad(graph.run(values)[1], dys, values)):
            grads[loc] += gi
        return tuple(grads)

    return _node("cond", inputs, attrs, count, forward, backward, list(graphs), opaque_shapes=True, **naming)


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
