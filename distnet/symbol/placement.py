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


# operators whose input gradient is their output gradient itself (no backward node of their own to name)
_PASSED_THROUGH = {"elemwise_add", "_plus", "_Plus", "ElementWiseSum", "add_n", "_copy", "identity"}


def gradient_conflict(symbol, placed, default, reqs, group2ctx=None):
    """MXNet's refusal of a gradient written on another device than its source computes it: the message for the
    first argument with a gradient whose first reader runs elsewhere (``placed`` from group_contexts), else None;
    checked after its refusal of gradients one backward node computes on several devices."""
    split = _split_gradients(symbol, placed, default, reqs, group2ctx or {})
    if split is not None:
        return split
    reader = {}
    for node in topo_order(symbol._heads):
        for src, _ in node.inputs:
            if src.is_variable:
                reader.setdefault(src.name, node)
    for name in symbol.list_arguments():
        node = reader.get(name)
        if reqs.get(name, "null") == "null" or node is None or node.op_name in _PASSED_THROUGH:
            continue
        have, source = placed.get(name, default), placed.get(node.name, default)
        if have != source:
            return (f"Check failed: ctx == vcontext[nid]: Trying to save gradient to {have} while its source node "
                    f'"{node.name}_backward" computes it on {source}. Check your ctx in NDArray allocation.')
    return None


def _split_gradients(symbol, placed, default, reqs, group2ctx):
    """MXNet's check, before it places the graph, that the gradients one backward node computes (those of the
    arguments an operator alone reads, once each) are kept on one device; devices are numbered as MXNet numbers
    them: group2ctx's (by group name), then the inputs', in order."""
    ids = {}
    for where in [group2ctx[k] for k in sorted(group2ctx)] + [placed.get(n, default) for n in symbol.list_inputs()]:
        ids.setdefault(where, len(ids))
    readers = {}
    for node in topo_order(symbol._heads):
        for src, _ in node.inputs:
            if src.is_variable:
                readers.setdefault(src.name, []).append(node)
    outputs = {node.name for node, _ in symbol._heads}
    device = {}
    for name in symbol.list_arguments():
        nodes = readers.get(name, [])
        if reqs.get(name, "null") == "null" or len(nodes) != 1 or name in outputs \
                or nodes[0].op_name in _PASSED_THROUGH:
            continue
        devid = ids[placed.get(name, default)]
        first = device.setdefault(id(nodes[0]), devid)
        if first != devid:
            return (f"Check failed: device[nid] == devid ({first} vs. {devid}) : device of same output not equal to "
                    "each other")
    return None
