"""The graph MXNet 1.9.1's default subgraph backend (MKLDNN, oneDNN) makes of an inference executor's graph.

An executor bound without gradients runs two fusing passes, which its ``debug_str`` shows: a Convolution
(2-D or 3-D) takes the BatchNorm, then the ``elemwise_add``, then the activation that follow it, each the
only reader of the output before it (``_sg_mkldnn_conv``); a FullyConnected takes one such elementwise op
(``_sg_mkldnn_fully_connected``). Each pass numbers its fused nodes in graph order. Setting
MXNET_SUBGRAPH_BACKEND to NONE turns the passes off, as in MXNet. ``Symbol.get_backend_symbol`` uses the
same rules (mkldnn_subgraph builds the nodes that compute).
"""
import os
import sys

from .graph import Node, topo_order
from ..base import log_time

_ACTIVATIONS = ("relu", "sigmoid", "tanh", "softrelu")
_FC_ELTWISE = ("square", "sqrt", "exp", "abs")
_FC_QUANTIZE_ELTWISE = ("abs",)


class FusedOp:
    """The op of a fused node: its name, and the (input, output) pair its output may overwrite."""

    def __init__(self, name, in_place=()):
        self.name, self.in_place = name, in_place


def _backend():
    return os.environ.get("MXNET_SUBGRAPH_BACKEND") or "MKLDNN"


def enabled():
    """Whether MXNet would partition the graph (MXNET_SUBGRAPH_BACKEND, MKLDNN by default)."""
    return _backend().upper() == "MKLDNN"


def _first_cpu(ctx):
    """Whether ``ctx`` is cpu(0), the only context MXNet's subgraph backend partitions graphs for."""
    return ctx.device_typeid == 1 and ctx.device_id == 0


def partitions(ctx):
    """Whether MXNet's subgraph backend partitions a graph bound on ``ctx``."""
    return enabled() and _first_cpu(ctx)


def announce(line, ctx):
    """The note MXNet's graph executor logs on stderr as it binds on ``ctx`` (at ``line`` of its source): the
    subgraph backend in use (on cpu(0), the only context it partitions for), or that none is."""
    backend = _backend()
    if backend != "NONE" and not _first_cpu(ctx):
        return
    note = ("MXNET_SUBGRAPH_BACKEND=NONE is detected, subgraph backend is not in use" if backend == "NONE" else
            f"Subgraph backend {backend} is activated.")
    line = 60 if backend == "NONE" else line
    print(f"{log_time()} ../src/executor/graph_executor.cc:{line}: {note}", file=sys.stderr,
          flush=True)


def repeat_shape_logs(heads, times=4):
    """The lines shape functions log (reshape without a shape, batch_take), once per node for each of ``times``
    inferences more: the four partitioning passes MXNet's subgraph backend makes of an inference graph each
    infer the shapes again."""
    from ..ndarray.ops_misc import note_batch_take_deprecated
    from ..ndarray.ops_shape import _note_target_shape_deprecated
    notes = []
    for node in topo_order(heads):
        if node.is_variable:
            continue
        if node.op.name == "reshape" and not node.attrs.get("shape"):
            notes.append(_note_target_shape_deprecated)
        elif node.op.name == "batch_take":
            notes.append(note_batch_take_deprecated)
    for note in notes * times:
        note()


def inference_text(symbol, arg_shapes, ctx):
    """An inference executor's debug_str on ``ctx``: ``symbol``, the graph as the subgraph backend leaves it
    (the executor's get_optimized_symbol), and its memory."""
    from .memory_plan import fused_memory_lines, memory_lines
    if not partitions(ctx):
        return symbol.debug_str() + memory_lines(symbol, arg_shapes)
    origin = {id(node): node for node in topo_order(symbol._heads)}
    return symbol.debug_str() + fused_memory_lines(symbol, arg_shapes, symbol._heads, origin)


def fuse(heads, make_node=None, quantize=False):
    """(the fused graph's heads, {id(new node): the original node whose outputs it stands for});
    ``make_node(group, inputs, naming)`` builds each fused node (default: an opaque one, enough to print);
    ``naming`` holds, per input, the entry as the pass saw it when it made the node: a group made later
    still shows its original nodes. ``quantize``: the narrower rules of MXNet's MKLDNN_QUANTIZE backend."""
    heads, order, copied = without_merged_identities(heads)
    readers = _readers(order, heads)
    groups = _conv_groups(order, readers, quantize) + _fc_groups(order, readers, quantize)
    grouped = {id(m): g for g in groups for m in g["members"]}
    rank = {id(g["members"][-1]): i for i, g in enumerate(groups)}
    made, origin = {}, {}

    def entry(src, k):
        return made[id(src)], k

    for node in order:
        if node.is_variable:
            made[id(node)] = node
            continue
        group = grouped.get(id(node))
        if group is None:
            made[id(node)] = Node(node.op, node.op_name, node.name, node.attrs,
                                  [entry(s, k) for s, k in node.inputs], node.user_attrs, node.num_outputs)
            origin[id(made[id(node)])] = copied.get(id(node), node)
        elif node is group["members"][-1]:
            inputs = [entry(s, k) for s, k in group["inputs"]]
            earlier = [grouped.get(id(s)) is not None and rank[id(grouped[id(s)]["members"][-1])] < rank[id(node)]
                       for s, _ in group["inputs"]]
            naming = [entry(s, k) if made_before else (s, k) for (s, k), made_before in zip(group["inputs"], earlier)]
            fused = make_node(group, inputs, naming) if make_node else \
                Node(FusedOp(group["op"], group["in_place"]), group["op"], group["name"], group["attrs"], inputs)
            for member in group["members"]:
                made[id(member)] = fused
            origin[id(fused)] = copied.get(id(node), node)
    return [entry(n, k) for n, k in heads], origin


class MonitorView:
    """What an executor's monitor sees of the fused graph: ``shown`` {node name: the name its outputs show
    under, None for the nodes a fused node takes in but the last and for the removed Dropouts}; ``inputs``
    {name of a fused node's last member: [(member name, input position, the names that input shows under)]}."""

    def __init__(self, original):
        heads, order, _ = without_merged_identities(original)
        readers = _readers(order, heads)
        groups = _conv_groups(order, readers) + _fc_groups(order, readers)
        grouped = {id(m): g for g in groups for m in g["members"]}
        self.shown = {n.name: None for n in topo_order(list(original)) if not n.is_variable}
        self.shown.update({n.name: n.name for n in order if not n.is_variable})
        self.inputs = {}
        for g in groups:
            for m in g["members"]:
                self.shown[m.name] = g["name"] if m is g["members"][-1] else None
            self.inputs[g["members"][-1].name] = [
                (m.name, pos, ([src.name] if src.is_variable else []) + [f"{g['name']}_{label}"])
                for (m, pos, src, k), label in zip(_outside_entries(g["members"]), _input_labels(g, grouped))]


def _outside_entries(members):
    """(member, input position, source, output index) of the inputs the members read from outside the group."""
    inside = {id(m) for m in members}
    return [(m, pos, src, k) for m in members for pos, (src, k) in enumerate(m.inputs) if id(src) not in inside]


def _input_labels(group, grouped):
    """The names a fused node gives its inputs: the fused convolution's by role, the fully connected one's
    the input's name in the fused graph with a 0."""
    if group["op"] == "_sg_mkldnn_fully_connected":
        from .symbol import _output_name
        labels = []
        for _, _, src, k in _outside_entries(group["members"]):
            source = grouped.get(id(src))
            labels.append((f"{source['name']}_output" if source else _output_name(src, k)) + "0")
        return labels
    labels = []
    for m in group["members"]:
        if m.op_name == "Convolution":
            labels += ["data", "weight"] + ([] if _flag(m.attrs.get("no_bias")) else ["bias"])
        elif m.op_name == "BatchNorm":
            labels += ["gamma", "beta", "mean", "var"]
        elif m.op_name == "elemwise_add":
            labels.append("sum")
    return labels


def _flag(value):
    return str(value).lower() in ("true", "1")


def removable_identity(node):
    """A _copy, or a Dropout acting in training only: what MXNet's subgraph pass merges into the node before."""
    return not node.is_variable and (node.op_name == "_copy" or node.op_name == "Dropout"
                                     and str(node.attrs.get("mode")) != "always")


def identity_op(node):
    """A _copy or Dropout of any mode: merging an identity into one fails the bind (_dropped_identity_reads)."""
    return not node.is_variable and node.op_name in ("_copy", "Dropout")


def identity_merges(order):
    """{id(identity): the node it is merged into} for the identities (removable_identity) MXNet's subgraph pass
    takes out: in graph order, each identity takes the operator it reads unless a merge took that one already,
    so of two identities reading one node (or one reading another) only the first goes. An identity_op read
    is never taken: each identity reading it merges (probed)."""
    merges, taken = {}, set()
    for node in order:
        if not removable_identity(node):
            continue
        src = node.inputs[0][0]
        if not src.is_variable and id(src) not in taken:
            merges[id(node)] = src
            taken.update((id(node),) if identity_op(src) else (id(node), id(src)))
    return merges


def without_merged_identities(heads):
    """(heads, graph order, {id(copy): original node}) with the identities MXNet's subgraph pass merges into
    an operator skipped (identity_merges; one merged into an identity_op fails the bind instead)."""
    order = topo_order(heads)
    removed = {i for i, src in identity_merges(order).items() if not identity_op(src)}

    def source(entry):
        node, k = entry
        return node.inputs[0] if id(node) in removed else (node, k)

    if not removed:
        return heads, order, {}
    made, copied = {}, {}
    for node in order:
        if not node.is_variable and source((node, 0))[0] is node:
            made[id(node)] = Node(node.op, node.op_name, node.name, node.attrs,
                                  [(made.get(id(s), s), k) for s, k in map(source, node.inputs)],
                                  node.user_attrs, node.num_outputs)
            copied[id(made[id(node)])] = node
    heads = [(made.get(id(s), s), k) for s, k in map(source, heads)]
    return heads, topo_order(heads), copied


def _readers(order, heads):
    """{(id(node), output): [the nodes reading it, once per read]}, a graph output reading it as None."""
    found = {}
    for node in order:
        for src, k in node.inputs:
            found.setdefault((id(src), k), []).append(node)
    for src, k in heads:
        found.setdefault((id(src), k), []).append(None)
    return found


def _op_readers(node, readers, skipped=()):
    """The nodes reading ``node``'s first output, each once, the latest in graph order first (the order MXNet's
    partitioner visits them in); graph outputs, which do not keep a node out of a fused one, and ``skipped``
    left out."""
    found = [r for r in dict.fromkeys(reversed(readers.get((id(node), 0), []))) if r is not None]
    return [r for r in found if id(r) not in skipped]


def _only_reader(node, readers, taken):
    """The node that alone reads ``node``'s first output (None if several, or none, or already fused)."""
    found = _op_readers(node, readers)
    if len(found) != 1 or id(found[0]) in taken:
        return None
    return found[0]


def _consumers(order):
    """{id(node): the nodes reading any of its outputs}."""
    found = {}
    for node in order:
        for src, _ in node.inputs:
            found.setdefault(id(src), []).append(node)
    return found


def _closes_cycle(candidate, members, consumers):
    """Whether ``candidate`` (a reader of the last member) also depends on a member through a node outside
    them: fusing it would make a cycle, so MXNet's partitioner leaves it out and selects again."""
    inside = {id(m) for m in members} | {id(candidate)}
    stack = [r for m in members for r in consumers.get(id(m), []) if id(r) not in inside]
    seen = set()
    while stack:
        node = stack.pop()
        if node is candidate:
            return True
        if id(node) in seen:
            continue
        seen.add(id(node))
        stack.extend(consumers.get(id(node), []))
    return False


def _is_activation(node, quantize=False, leaky=("leaky", "gelu")):
    if node.op_name == "Activation":
        return str(node.attrs.get("act_type")) in (("relu",) if quantize else _ACTIVATIONS)
    if node.op_name == "LeakyReLU":
        return str(node.attrs.get("act_type", "leaky")) in leaky
    if node.op_name == "clip":
        return float(node.attrs.get("a_min", 1)) == 0.0
    return False


def _conv_groups(order, readers, quantize=False):
    """Convolution + BatchNorm? + elemwise_add? + activation?, in graph order."""
    groups, taken, consumers = [], set(), _consumers(order)
    for node in order:
        if node.is_variable or node.op_name != "Convolution" or id(node) in taken:
            continue
        if len(_tuple(node.attrs.get("kernel"))) not in (2, 3):
            continue
        members = _conv_members(node, readers, consumers, taken, quantize)
        taken.update(id(m) for m in members)
        groups.append(_conv_group(members, len(groups)))
    return groups


def _conv_members(conv, readers, consumers, taken, quantize):
    """The nodes fused with ``conv``: MXNet's selector looks at the last member's readers, latest first; the
    first one, if it may follow (BatchNorm, elemwise_add, then an activation), joins when it is the only one,
    and is left out when it would close a cycle (its other readers then decide); else the group ends."""
    members, stage, excluded = [conv], "start", set()
    while stage != "done":
        found = _op_readers(members[-1], readers, taken | excluded | {id(m) for m in members})
        after = _stage_after(stage, found[0], members[-1], quantize) if found else None
        if after is None:
            break
        if _closes_cycle(found[0], members, consumers):
            excluded.add(id(found[0]))
            continue
        if len(found) > 1:
            break
        members.append(found[0])
        stage = after
    return members


def _stage_after(stage, node, last, quantize):
    """The stage a convolution's group reaches taking ``node`` after ``last`` in ``stage``, None if it cannot."""
    if stage == "start" and node.op_name == "BatchNorm":
        return "bn"
    if stage in ("start", "bn") and node.op_name == "elemwise_add" and \
            sum(src is last for src, _ in node.inputs) == 1:
        return "sum"
    return "done" if _is_activation(node, quantize) else None


def _conv_group(members, number):
    kinds, attrs, summed = [], {}, False
    for m in members:
        if m.op_name == "Convolution":
            kinds.append("conv")
        elif m.op_name == "BatchNorm":
            kinds.append("bn")
            attrs["with_bn"] = "true"
        elif m.op_name == "elemwise_add":
            kinds.append("add")
            attrs["with_sum"] = "true"
            summed = True
        else:
            kinds.append("act")
            attrs["with_postsum_act" if summed else "with_act"] = "true"
    inputs = _outside_inputs(members)
    in_place = ()
    if summed:                              # the sum's other operand is overwritten by the result
        in_place = ((len(inputs) - 1, 0),)
    return {"members": members, "op": "_sg_mkldnn_conv", "name": "sg_mkldnn_" + "_".join(kinds) + f"_{number}",
            "attrs": attrs, "inputs": inputs, "in_place": in_place}


def _fc_groups(order, readers, quantize=False):
    """FullyConnected + one elementwise op, in graph order."""
    groups = []
    for node in order:
        if node.is_variable or node.op_name != "FullyConnected":
            continue
        members = [node]
        nxt = _only_reader(node, readers, set())
        leaky = ("leaky", "gelu") if quantize else ("leaky", "gelu", "elu")     # (a convolution takes no elu)
        if nxt is not None and (_is_activation(nxt, quantize, leaky) or
                                nxt.op_name in (_FC_QUANTIZE_ELTWISE if quantize else _FC_ELTWISE)):
            members.append(nxt)
        eltwise = len(members) > 1
        name = "sg_mkldnn_fully_connected" + ("_eltwise" if eltwise else "") + f"_{len(groups)}"
        groups.append({"members": members, "op": "_sg_mkldnn_fully_connected", "name": name,
                       "attrs": {"with_eltwise": "True"} if eltwise else {},
                       "inputs": _outside_inputs(members), "in_place": ()})
    return groups


def _outside_inputs(members):
    """The inputs the members read from outside the group, member by member in graph order."""
    return [(src, k) for _, _, src, k in _outside_entries(members)]


def _tuple(value):
    if value is None:
        return ()
    if isinstance(value, (tuple, list)):
        return tuple(value)
    text = str(value).strip("()[] ")
    return tuple(t for t in text.split(",") if t.strip())
