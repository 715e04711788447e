"""The fused nodes ``get_backend_symbol('MKLDNN')`` / ``optimize_for('MKLDNN')`` leave in a symbol.

Each fused group (the rules live in mkldnn_fusion) becomes one ``_sg_mkldnn_conv`` or
``_sg_mkldnn_fully_connected`` node holding its subgraph, as MXNet 1.9.1 writes it: the subgraph reads
one fresh variable per outside input, named after the entry it stands for plus a count, and a fused sum
reads the convolution chain first. The node computes by running its subgraph in inference mode (as MXNet's
fused ops, even when training), and passes zero gradients back (MXNet's fused ops register none).
"""
import numpy as np

from .. import autograd
from ..base import MXNetError
from .graph import Node, topo_order


def partition(heads, quantize=False):
    """``heads`` over the graph the MKLDNN subgraph backend makes: fused groups as subgraph nodes
    (``quantize``: with the MKLDNN_QUANTIZE backend's rules)."""
    from .mkldnn_fusion import fuse
    return fuse(heads, make_node=fused_node, quantize=quantize)[0]


FUSED_OPS = ("_sg_mkldnn_conv", "_sg_mkldnn_fully_connected")


def fused_node(group, inputs, naming):
    """The node of one fused ``group`` reading ``inputs`` (outer entries, in the node's input order);
    ``naming``: per input, the entry its stand-in variable is named after."""
    inner_heads, stand_ins = _subgraph(group, naming)
    versions = _outer_versions(group)
    user = {"__inver__": ",".join(map(str, versions))} if max(versions, default=0) > 1 else None
    return subgraph_node(group["op"], group["name"], group["attrs"], inputs, inner_heads, stand_ins, user)


def _outer_versions(group):
    """The version at which the group's first reader of each outside entry read it (an auxiliary variable of a
    block traced twice is at version 2): MXNet's partitioner keeps those entries on the fused node."""
    from .symbol import _is_aux
    versions = []
    for src, k in group["inputs"]:
        reader = next(m for m in group["members"] if (src, k) in m.inputs)
        position = reader.inputs.index((src, k))
        recorded = reader.user_attrs.get("__inver__")
        default = 1 if src.is_variable and _is_aux(src) else 0
        versions.append(int(recorded.split(",")[position]) if recorded else default)
    return versions


def load_node(op_name, name, attrs, inputs, user, inner_heads):
    """A fused node read back from JSON: its subgraph's variables are its inputs, in graph order."""
    stand_ins = [n for n in topo_order(inner_heads) if n.is_variable]
    if len(stand_ins) != len(inputs):
        raise MXNetError(f"{op_name} {name!r}: its subgraph reads {len(stand_ins)} variables but the node has "
                         f"{len(inputs)} inputs; the JSON graph is inconsistent")
    for (src, _), var in zip(inputs, stand_ins):
        if src.is_variable and var.user_attrs.get("__aux__") == "1":
            src.user_attrs["__aux__"] = "1"
    return subgraph_node(op_name, name, attrs, inputs, inner_heads, stand_ins, user)


def subgraph_node(op_name, name, attrs, inputs, inner_heads, stand_ins, user=None):
    """A node computing ``inner_heads`` with ``stand_ins`` (its subgraph's variables) set to ``inputs``."""
    from ..ndarray.registry import Op
    from .control_flow_nodes import Body
    from .mkldnn_inference import fuse_for_inference
    body = Body.loaded(inner_heads)
    fuse_for_inference(body.program, keep_first=False)     # computes as MXNet's fused kernel, not its members
    position = {id(var): k for k, var in enumerate(stand_ins)}
    order = [position[id(var)] for var in body.program.variables]

    def forward(*arrays, **attrs):
        with autograd.pause(train_mode=False):      # fused for inference: BatchNorm uses its moving stats
            outs, _ = body.run([arrays[k] for k in order])
        return outs[0]

    def backward(dy, out, *arrays, **attrs):
        return tuple(np.zeros_like(a) for a in arrays)      # MXNet's fused ops have no gradient: zeros

    op = Op(op_name, forward, 0)
    op.grad(backward)
    op.subgraphs = [body]
    op.input_labels = _input_labels(op_name, inner_heads, stand_ins)
    summed = op_name == "_sg_mkldnn_conv" and str(attrs.get("with_sum", "")).lower() == "true"
    op.in_place = ((len(inputs) - 1, 0),) if summed else ()     # the sum's operand is overwritten
    op.infer_shapes = _shape_rule(body, stand_ins)
    op.infer_types = _type_rule(body, stand_ins)
    op.partial_shapes = True
    return Node(op, op_name, name, dict(attrs), list(inputs), user)


def _input_labels(op_name, inner_heads, stand_ins):
    """The names MXNet's fused node gives its inputs (a monitor shows them): the fused convolution's by their
    roles, the fully connected one's its subgraph's variables'."""
    if op_name != "_sg_mkldnn_conv":
        return [var.name for var in stand_ins]
    labels = []
    for node in topo_order(inner_heads):
        if node.op_name == "Convolution":
            no_bias = str(node.attrs.get("no_bias", False)).lower() in ("true", "1")
            labels += ["data", "weight"] + ([] if no_bias else ["bias"])
        elif node.op_name == "BatchNorm":
            labels += ["gamma", "beta", "mean", "var"]
        elif node.op_name == "elemwise_add":
            labels.append("sum")
    return labels


def _subgraph(group, naming):
    """(the subgraph's heads, its stand-in variables in the order of the group's outside inputs)."""
    from .symbol import _output_name
    members = group["members"]
    outer = {(id(s), k): entry for (s, k), entry in zip(group["inputs"], naming)}
    inside = {id(m) for m in members}
    counts, named = {}, {}

    def name_inputs(node):             # MXNet counts the outside entries in the order a walk meets them
        for src, k in node.inputs:
            if id(src) in inside:
                name_inputs(src)
            elif (id(src), k, id(node)) not in named:
                base = _output_name(*outer[(id(src), k)])
                counts[base] = counts.get(base, -1) + 1
                named[(id(src), k, id(node))] = Node(None, "null", f"{base}{counts[base]}", {}, [])

    name_inputs(members[-1])
    copies = {}
    for m in members:
        ins = [(copies[id(s)], k) if id(s) in inside else (named[(id(s), k, id(m))], 0) for s, k in m.inputs]
        if m.op_name == "elemwise_add" and id(m.inputs[1][0]) in inside:
            ins = ins[::-1]            # the sum reads the fused chain first, its other operand second
        user = {key: value for key, value in m.user_attrs.items() if key != "__inver__"}   # fresh variables
        copies[id(m)] = Node(m.op, m.op_name, m.name, m.attrs, ins, user, m.num_outputs)
    stand_ins = [named[(id(s), k, id(m))] for m in members for s, k in m.inputs if id(s) not in inside]
    return [(copies[id(members[-1])], 0)], stand_ins


def _shape_rule(body, stand_ins):
    """Shape inference through the subgraph: input shapes in, (input shapes, [(output shape, dtype)]) out."""
    from .infer import _propagate
    from .symbol import Symbol
    inner = Symbol(list(body.heads))

    def infer(in_shapes, attrs):
        known = {v.name: tuple(s) for v, s in zip(stand_ins, in_shapes) if s is not None}
        info = _propagate(inner, known, {}, partial=True)
        found = [info.get((id(v), 0), (None,))[0] for v in stand_ins]
        found = [None if s is None else tuple(s) for s in found]
        head, k = body.heads[0]
        shape, dtype = info.get((id(head), k), (None, np.float32))
        if shape is None:
            return found, []
        return found, [(tuple(shape), dtype)]

    return infer


def _type_rule(body, stand_ins):
    """Type inference through the subgraph: every input and the output dtype once one input's is known."""
    from .symbol import Symbol
    inner = Symbol(list(body.heads))

    def infer(in_types, attrs):
        known = {v.name: t for v, t in zip(stand_ins, in_types) if t is not None}
        if not known:
            return None
        arg_types, out_types, aux_types = inner.infer_type_partial(**known)
        by_name = dict(zip(inner.list_arguments() + inner.list_auxiliary_states(), arg_types + aux_types))
        return [by_name.get(v.name) for v in stand_ins], list(out_types)

    return infer

