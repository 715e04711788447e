"""Symbolic control flow (``sym.contrib.foreach``, ``while_loop``, ``cond``), built as MXNet builds it.

Each body function is called on placeholder variables inside an ``AttrScope(__subgraph_name__=...)``;
the symbols it returns are cut into a body subgraph (see control_flow_nodes), and what the body
reads from outside becomes an input of the control-flow node.
"""
from .. import attribute
from ..ndarray.contrib import as_max_iterations
from .control_flow_nodes import Body, cond_node, foreach_node, while_loop_node
from .numpy._symbol import refuse_np_symbol
from .symbol import Symbol, _refuse_tuple_input, create, var
from . import _any_np_symbol

def _scope_name(kind):
    """MXNet's unique subgraph name: ``foreach0``, nested as ``outer$foreach0``."""
    outer = attribute.active_scope().get(None).get("__subgraph_name__", "")
    key = f"{outer}${kind}" if outer else kind
    counts = attribute.AttrScope._subgraph_names      # a class attribute: tests reset it, as in MXNet
    counts[key] += 1
    return f"{key}{counts[key] - 1}"


def _flatten(value, what, none_ok=False):
    """A Symbol or a (nested) list of Symbols as a flat list plus its format (for ``_regroup``);
    ``None`` counts as [] where ``none_ok`` (a while_loop step without outputs). As in MXNet, a Symbol of
    several outputs is one item (its format: its output count), though its body gives all its outputs."""
    if isinstance(value, Symbol):
        count = len(value.list_outputs())       # (an mx.np symbol has no len())
        return [value], count if count > 1 else 0
    if value is None and none_ok:
        value = []
    if not isinstance(value, (list, tuple)):
        raise AssertionError(f"{what} must be (nested) list of Symbol, but got {value} of type {type(value)}")
    flat, fmt = [], []
    for item in value:
        items, item_fmt = _flatten(item, what, none_ok)
        flat.extend(items)
        fmt.append(item_fmt)
    return flat, fmt


def _regroup(flat, fmt):
    """Rebuild ``_flatten``'s nesting from a flat list."""
    if fmt == 0:
        return flat[0], flat[1:]
    if isinstance(fmt, int):        # a Symbol of ``fmt`` outputs: that many items (those there are)
        return flat[:fmt], flat[fmt:]
    out = []
    for item_fmt in fmt:
        item, flat = _regroup(flat, item_fmt)
        out.append(item)
    return out, flat


class _Inputs:
    """The control-flow node's inputs: placeholder-fed ones first, then outer entries in order of use. As in
    MXNet, each body gets its own inputs (one per name for variables made outside it), except that a ``cond``
    branch's variables take an earlier branch's input of their name."""

    def __init__(self, leading, share_variables=False):
        self.entries = list(leading)
        self._index = {}
        self._by_name = {} if share_variables else None     # a variable's name -> its last input

    def _add(self, source, body, earlier, outer_names):
        node = source[0]
        if earlier is not None and node.is_variable and node.name in earlier:
            return earlier[node.name]       # an input of an earlier branch of that name
        key = (id(body), id(node), source[1])
        if node.is_variable and node.name in outer_names:
            key = (id(body), node.name)     # a name a variable from outside the body has: one input
        if key not in self._index:
            self._index[key] = len(self.entries)
            self.entries.append(source)
            if self._by_name is not None and node.is_variable:
                self._by_name[node.name] = self._index[key]
        return self._index[key]

    def locate(self, body, placeholder_inputs):
        """Per program variable of ``body``, the node input that feeds it."""
        earlier = None if self._by_name is None else dict(self._by_name)
        outer_names = {s[0].name for s in body.sources if not isinstance(s, int) and s[0].is_variable
                       and s[0].user_attrs.get("__subgraph_name__") != body.scope}
        return [placeholder_inputs[s] if isinstance(s, int) else self._add(s, body, earlier, outer_names)
                for s in body.sources]


class _FirstRead:
    """The node input of each loop variable, which joins the inputs where a body first reads it: MXNet's
    while_loop takes its inputs in the order the condition, then the step, read them."""

    def __init__(self, inputs, sources):
        self.inputs, self.sources, self.locs = inputs, sources, {}

    def __getitem__(self, k):
        if k not in self.locs:
            self.locs[k] = len(self.inputs.entries)
            self.inputs.entries.append(self.sources[k])
        return self.locs[k]


def _in_scope(sym, scope):
    node = sym._heads[0][0]
    return not node.is_variable and node.user_attrs.get("__subgraph_name__") == scope


def _own_outputs(symbols, scope, taken=()):
    """MXNet's body outputs: a variable, an outside symbol or a name in ``taken`` is passed through
    ``identity`` (made inside the scope), so that every body output is a node of its own."""
    own = []
    for s in symbols:
        if not _in_scope(s, scope) or s.name in taken:
            _refuse_np("identity", [s])
            s = create("identity", s, hint="identity")
        own.append(s)
    return own


def _refuse_np(op_name, symbols):
    """Legacy operator ``op_name`` refuses mx.np symbols (a body's own variables are legacy ones, so only what
    the user hands over, or what a body returns from outside, can be one)."""
    if _any_np_symbol(symbols, {}):
        refuse_np_symbol(op_name)


def _heads(symbols):
    """A body's outputs: every output of each symbol."""
    return [head for s in symbols for head in s._heads]


def _placeholders(symbols, scope):
    with attribute.AttrScope(__subgraph_name__=scope):
        return [var(f"{s.name}-{s._heads[0][1]}") for s in symbols]


def _check_unique_inputs(graph):
    """MXNet tells a body's inputs apart by name (a nested loop reading the outer loop's placeholder of the same
    data, say, is refused)."""
    names = [v.name for v in graph.program.variables]
    if len(set(names)) != len(names):
        raise AssertionError(f"The inputs of the subgraph don't have unique names: {names}")


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
        if not flat_outs and not flat_states:       # MXNet groups the body's outputs: none is no group
            raise TypeError("Expected a list of symbols as input")
        names = {o.name for o in flat_outs}
        flat_outs, flat_states = _own_outputs(flat_outs, scope), _own_outputs(flat_states, scope, names)
    graph = Body(_heads(flat_outs + flat_states), [v._heads[0][0] for v in data_vars + state_vars], scope)
    _check_unique_inputs(graph)
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
    _refuse_np("_foreach", flat_data + flat_init)
    node = foreach_node(graph, locs, nd, ns, no, inputs.entries, attrs)
    results = list(node)
    return _regroup(results[:no], out_fmt)[0] if no else [], _regroup(results[no:], state_fmt)[0]


def while_loop(cond, func, loop_vars, max_iterations=None, name="while_loop"):
    """Run ``func(*loop_vars) -> (outputs, loop_vars)`` while ``cond(*loop_vars)``, at most ``max_iterations`` times.

    The outputs are stacked along a new first axis of length ``max_iterations`` (zeros past the last step).
    """
    flat_vars, var_fmt = _flatten(loop_vars, "while loop_vars")
    if max_iterations is None:
        raise ValueError("max_iterations should be specified")
    max_iterations = as_max_iterations(max_iterations)
    if len(loop_vars) == 0:       # (an mx.np symbol has no len(): MXNet's TypeError)
        raise ValueError("loop_vars should contain at least one element")
    cond_scope = _scope_name(name + "_cond")
    cond_vars = _placeholders(flat_vars, cond_scope)
    with attribute.AttrScope(__subgraph_name__=cond_scope):
        pred = cond(*_regroup(cond_vars, var_fmt)[0])
        if not isinstance(pred, Symbol):
            raise ValueError("Return of cond must be a Symbol")
        pred = _own_outputs([pred], cond_scope)[0]
    cond_graph = Body(_heads([pred]), [v._heads[0][0] for v in cond_vars], cond_scope)
    func_scope = _scope_name(name + "_func")
    func_vars = _placeholders(flat_vars, func_scope)
    with attribute.AttrScope(__subgraph_name__=func_scope):
        step_outs, new_vars = func(*_regroup(func_vars, var_fmt)[0])
        flat_outs, out_fmt = _flatten(list(step_outs) if isinstance(step_outs, tuple) else step_outs,
                                      "while output", none_ok=True)
        flat_new, _ = _flatten(list(new_vars) if isinstance(new_vars, tuple) else new_vars, "while loop_vars")
        # MXNet counts the loop_vars given at their top level, the new ones flattened (so nested loop_vars
        # fail unless each nested list holds one symbol), before any body output is copied
        if len(flat_new) != (len(var_fmt) if isinstance(var_fmt, list) else 1):
            raise ValueError("The number of loop_vars should be consistent during the loop")
        both = _own_outputs(flat_outs + flat_new, func_scope)
        flat_outs, flat_new = both[:len(flat_outs)], both[len(flat_outs):]
    func_graph = Body(_heads(flat_outs + flat_new), [v._heads[0][0] for v in func_vars], func_scope)
    _check_unique_inputs(cond_graph)
    _check_unique_inputs(func_graph)
    used = {s for s in func_graph.sources if isinstance(s, int)}
    for k in range(len(flat_vars)):
        if k not in used:
            raise ValueError(f"The {k + 1}-th loop_var doesn't involve into the computation")
    inputs = _Inputs([])
    var_inputs = _FirstRead(inputs, [v._heads[0] for v in flat_vars])
    cond_locs, func_locs = inputs.locate(cond_graph, var_inputs), inputs.locate(func_graph, var_inputs)
    nv, no = len(flat_vars), len(flat_outs)
    attrs = {"max_iterations": max_iterations, "cond_input_locs": cond_locs, "func_input_locs": func_locs,
             "func_var_locs": [func_locs.index(var_inputs[k]) for k in range(nv)], "num_out_data": no,
             "num_outputs": no + nv}
    _refuse_np("_while_loop", flat_vars)
    node = list(while_loop_node(cond_graph, func_graph, inputs.entries, attrs))
    for k, v in enumerate(flat_vars):       # the named node is composed of the loop variables as given
        _refuse_tuple_input(v, 2 + var_inputs[k])
    return _regroup(node[:no], out_fmt)[0] if no else [], _regroup(node[no:], var_fmt)[0]


def cond(pred, then_func, else_func, name="cond"):
    """``then_func()`` if ``pred`` (a one-element symbol) is nonzero, else ``else_func()``."""
    graphs, fmt = [], None
    for kind, branch in (("_pred", None), ("_then", then_func), ("_else", else_func)):
        scope = _scope_name(name + kind)
        with attribute.AttrScope(__subgraph_name__=scope):
            result = pred if branch is None else branch()
            flat, result_fmt = _flatten(result, "cond outputs")
            if not flat:        # MXNet groups the outputs to copy those read from outside: none is no group
                raise TypeError("Expected a list of symbols as input")
            flat = _own_outputs(flat, scope)
        if branch is None and len(flat) != 1:
            raise ValueError("pred should always be a single output")
        if branch is then_func:
            fmt, count = result_fmt, len(flat)
        elif branch is else_func and len(flat) != count:
            raise ValueError("Number of outputs differs between then-branch and else-branch")
        graphs.append(Body(_heads(flat), [], scope))
    inputs = _Inputs([], share_variables=True)      # (MXNet's cond takes two variables of one name in a branch)
    pred_locs, then_locs, else_locs = (inputs.locate(g, []) for g in graphs)
    attrs = {"cond_input_locs": pred_locs, "then_input_locs": then_locs, "else_input_locs": else_locs,
             "num_outputs": count}
    node = list(cond_node(graphs, inputs.entries, attrs))
    return _regroup(node, fmt)[0]
