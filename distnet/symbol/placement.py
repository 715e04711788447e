"""Device placement of a graph's nodes under ``group2ctx`` (``ctx_group`` attributes), as MXNet's executor."""
from ..base import no_attribute
from .graph import topo_order


def group_contexts(symbol, group2ctx):
    """{node name: context} for the nodes ``group2ctx`` places, as MXNet's device placement: a node of a mapped
    ctx_group on its context, a variable without one on the default context (None here: MXNet fixes the arguments'
    contexts first); then an operator without a group on its first placed input's; then an operator still unplaced
    (one without inputs) on the context of a node reading it. Nodes left on the default context are not listed."""
    if not group2ctx:
        return {}
    from ..context import Context
    for _, where in group2ctx.items():       # MXNet's front end reads each context's device fields
        if not isinstance(where, Context):
            raise no_attribute(where, "device_typeid")
    nodes = topo_order(symbol._heads)
    missing = next((n.user_attrs["__ctx_group__"] for n in nodes
                    if "__ctx_group__" in n.user_attrs and n.user_attrs["__ctx_group__"] not in group2ctx), None)
    if missing is not None:
        from ..base import MXNetError
        raise MXNetError("Check failed: dit != device_assign_map.end(): The device assignment not found for group "
                         f"{missing}")
    placed = {id(n): group2ctx[n.user_attrs["__ctx_group__"]] for n in nodes
              if n.user_attrs.get("__ctx_group__") in group2ctx}
    for node in nodes:
        if id(node) in placed:
            continue
        if node.is_variable:
            placed[id(node)] = None
            continue
        first = next((src for src, _ in node.inputs if id(src) in placed), None)
        if first is not None:
            placed[id(node)] = placed[id(first)]
    for node in reversed(nodes):
        for src, _ in node.inputs:
            if id(node) in placed and id(src) not in placed:
                placed[id(src)] = placed[id(node)]
    return {n.name: placed[id(n)] for n in nodes if placed.get(id(n)) is not None}


def output_contexts(symbol, ctx, group2ctx):
    """The context of each output: its node's group's (``group2ctx``), else ``ctx``."""
    placed = group_contexts(symbol, group2ctx)
    return [placed.get(node.name, ctx) for node, _ in symbol._heads]


def gradient_conflict(symbol, placed, default, reqs, group2ctx=None):
    """MXNet's refusal of a simple_bind's gradients under ``group2ctx`` (each argument and its gradient on its
    group's device: ``placed`` from group_contexts, else ``default``), else None: see placement_refusal."""
    contexts = {name: placed.get(name, default) for name in symbol.list_inputs()}
    learned = {n: contexts[n] for n in symbol.list_arguments() if reqs.get(n, "null") != "null"}
    return placement_refusal(symbol, contexts, learned, group2ctx or {})


def placement_refusal(symbol, contexts, learned, group2ctx):
    """MXNet's refusal of a training graph's placement, else None: two gradients one node computes kept on two
    devices, or a gradient kept on another device than the one its node is placed on. ``contexts``: each input's
    array's context; ``learned``: {argument: its gradient array's context}, for the arguments with gradients."""
    if not learned:
        return None
    from . import common_expr
    from .symbol import Symbol
    graph = training_graph(Symbol(common_expr.merged(symbol._heads)), list(learned))    # as the executor runs it
    ids = {}        # MXNet numbers the devices: group2ctx's (by group name), the inputs', the gradients'
    for where in [group2ctx[k] for k in sorted(group2ctx)] + [contexts[n] for n in symbol.list_inputs()] + \
            list(learned.values()):
        ids.setdefault(where, len(ids))
    device = {id(n): ids[contexts[n.name]] for n in topo_order(graph.forward_heads) if n.is_variable}
    for name, (node, _) in zip(learned, graph.grad_heads):
        first = device.setdefault(id(node), ids[learned[name]])
        if first != ids[learned[name]]:
            return (f"Check failed: device[nid] == devid ({first} vs. {ids[learned[name]]}) : device of same output "
                    "not equal to each other")
    placed = place(graph_order(graph), fixed_devices(graph, contexts, learned), group2ctx)
    for name, (node, _) in zip(learned, graph.grad_heads):
        if placed[id(node)] != learned[name]:
            return (f"Check failed: ctx == vcontext[nid]: Trying to save gradient to {learned[name]} while its source "
                    f'node "{node.name}" computes it on {placed[id(node)]}. Check your ctx in NDArray allocation.')
    return None


def training_graph(symbol, learned):
    from .backward_graph import TrainingGraph, printed_attrs
    return TrainingGraph(symbol, learned, printed_attrs)


def graph_order(graph):
    """The nodes of a training graph in MXNet's order: the forward graph's, then the added ones."""
    return topo_order(graph.forward_heads) + graph.backward_order()


def fixed_devices(graph, contexts, learned):
    """The devices MXNet's executor fixes before it places the graph: each input's array's, and each gradient's
    node that of the gradient's array (``contexts``: by input name; ``learned``: by argument with a gradient)."""
    fixed = {id(n): contexts[n.name] for n in topo_order(graph.forward_heads) if n.is_variable}
    for name, (node, _) in zip(learned, graph.grad_heads):
        fixed.setdefault(id(node), learned[name])
    return fixed


class _Graph:
    """A graph to place: its forward heads and the heads the gradient pass added (none for inference)."""

    def __init__(self, forward_heads, grad_heads=()):
        self.forward_heads, self.grad_heads = list(forward_heads), list(grad_heads)

    @property
    def heads(self):
        return self.forward_heads + self.grad_heads

    def backward_order(self):
        from .backward_graph import added_order
        return added_order(self.forward_heads, self.grad_heads)


def placed_listing(heads, learned, contexts, group2ctx, optimize=None, later_passes=0):
    """(the listing, the graph, {id(node): its device}) of the graph over ``heads`` an executor runs under
    ``group2ctx``: MXNet's placement puts a
    ``_CrossDeviceCopy`` node on every edge between devices; a subgraph backend places an inference graph again
    after it optimizes it with ``optimize``, ``later_passes`` times (each adding a copy behind each copy). ``contexts``: each
    input's array's context; ``learned``: the arguments with gradients (a training graph)."""
    from .backward_graph import listing
    from .symbol import Symbol, _is_aux
    graph = training_graph(Symbol(heads), list(learned)) if learned else _Graph(heads)
    for k in range(1 + later_passes):
        if k == 1:
            graph = _Graph(optimize(graph.forward_heads))
        order = graph_order(graph)
        device = place(order, fixed_devices(graph, contexts, learned), group2ctx)
        placed, device = with_copies(order, graph.heads, device, _copy_node, _rewired)
        graph = _Graph(placed[:len(graph.forward_heads)], placed[len(graph.forward_heads):])
    forward_text = Symbol(graph.forward_heads).debug_str()
    if not learned:
        return forward_text, graph, device
    from .backward_graph import GradNode
    return listing(graph, forward_text, lambda n: not isinstance(n, GradNode) and _is_aux(n)), graph, device


def _cross_device_copy(data):
    """A copy of ``data`` on its reader's device."""
    return data.copy()


def _copy_node(name, entry, reader):
    """MXNet's _CrossDeviceCopy node of ``entry`` for ``reader``: a forward node's, or an added one's."""
    from .backward_graph import GradNode
    from .graph import Node
    from ..ndarray.registry import Op
    if isinstance(reader, GradNode):
        return GradNode("_CrossDeviceCopy", name, [entry], [entry])
    return Node(Op("_CrossDeviceCopy", _cross_device_copy, 0), "_CrossDeviceCopy", name, {}, [entry], {}, 1)


def _rewired(node, inputs, cdeps, made):
    """``node`` over ``inputs`` and ``cdeps``; an added node's shape-giving entries follow the nodes ``made``."""
    from .backward_graph import GradNode
    from .graph import Node
    if isinstance(node, GradNode):
        like = [(made.get(id(src), src), k) for src, k in node.like]
        return GradNode(node.op_name, node.name, inputs, like, node.attrs, cdeps)
    return Node(node.op, node.op_name, node.name, node.attrs, inputs, node.user_attrs, node.num_outputs)


def place(order, fixed, group2ctx):
    """{id(node): context} for the nodes ``order`` (MXNet's node order), as nnvm's device placement gives: after
    the devices ``fixed``, a node of a ctx_group goes to its group's, a backward operator to its forward node's,
    another node to its first placed input's; then each placed node places its unplaced inputs (last node first);
    a node still unplaced goes to the device of the group first by name."""
    device = dict(fixed)
    for node in order:
        group = _group(node)
        if group is not None:
            device[id(node)] = group2ctx[group]
        elif _is_backward(node):
            if id(node.cdeps[0]) in device:
                device[id(node)] = device[id(node.cdeps[0])]
        else:
            first = next((src for src, _ in node.inputs if id(src) in device), None)
            if first is not None:
                device[id(node)] = device[id(first)]
    for node in reversed(order):
        if id(node) in device:
            for src, _ in node.inputs:
                device.setdefault(id(src), device[id(node)])
    fallback = group2ctx[min(group2ctx)]
    return {id(node): device.get(id(node), fallback) for node in order}


def _group(node):
    attrs = node.user_attrs if hasattr(node, "user_attrs") else node.attrs     # a forward node's, or an added one's
    return attrs.get("__ctx_group__")


def _is_backward(node):
    return not node.is_variable and node.op_name.startswith("_backward") and bool(getattr(node, "cdeps", ()))


def with_copies(order, heads, device, make_copy, rewire):
    """(``heads`` over the graph with a copy node on each edge between devices, {id(node): device} of the new
    graph), as MXNet's placement inserts them: one ``<input>_<index>_copy`` per entry and device.
    ``make_copy(name, entry, reader)`` makes a copy node for ``reader``; ``rewire(node, inputs, cdeps, made)`` a
    node like ``node`` over other inputs ({id(node): the node made for it})."""
    made, copies, placed = {}, {}, {}
    for node in order:
        where = device[id(node)]
        inputs = []
        for src, k in node.inputs:
            entry = (made[id(src)], k)
            if device[id(src)] != where:
                key = (id(src), k, where)
                if key not in copies:
                    copies[key] = make_copy(f"{entry[0].name}_{k}_copy", entry, node)
                    placed[id(copies[key])] = where
                entry = (copies[key], 0)
            inputs.append(entry)
        cdeps = [made[id(c)] for c in getattr(node, "cdeps", ())]
        changed = any(a[0] is not b[0] for a, b in zip(inputs, node.inputs)) or \
            any(a is not b for a, b in zip(cdeps, getattr(node, "cdeps", ()))) or \
            any(made.get(id(src), src) is not src for src, _ in getattr(node, "like", ()))
        made[id(node)] = rewire(node, inputs, cdeps, made) if changed else node
        placed[id(made[id(node)])] = where
    return [(made[id(n)], k) for n, k in heads], placed
