"""The fused nodes ``get_backend_symbol('MKLDNN')`` / ``optimize_for('MKLDNN')`` leave in a symbol.

Each fused group (the rules live in mkldnn_fusion) becomes one ``_sg_mkldnn_conv`` or
``_sg_mkldnn_fully_connected`` node holding its subgraph, as MXNet 1.9.1 writes it: the subgraph reads
one fresh variable per outside input, named after the entry it stands for plus a count, and a fused sum
reads the convolution chain first. The node computes by running its subgraph, so a fused symbol binds,
infers and differentiates like the graph it came from.
"""
import numpy as np

from .graph import Node


def partition(heads):
    """``heads`` over the graph the MKLDNN subgraph backend makes: fused groups as subgraph nodes."""
    from .mkldnn_fusion import fuse
    return fuse(heads, make_node=fused_node)[0]


def fused_node(group, inputs):
    """The node of one fused ``group`` reading ``inputs`` (outer entries, in the node's input order)."""
    from .control_flow_nodes import Body
    outer = {(id(s), k): new for (s, k), new in zip(group["inputs"], inputs)}
    inner_heads, stand_ins = _subgraph(group, outer)
    body = Body.loaded(inner_heads)
    position = {id(var): k for k, var in enumerate(stand_ins)}
    order = [position[id(var)] for var in body.program.variables]

    def forward(*arrays, **attrs):
        outs, _ = body.run([arrays[k] for k in order])
        return outs[0]

    def backward(dy, out, *arrays, **attrs):
        values = [arrays[k] for k in order]
        grads = body.grad(body.run(values)[1], [dy], values)
        found = [np.zeros_like(a) for a in arrays]
        for k, g in zip(order, grads):
            found[k] = found[k] + g
        return tuple(found)

    from ..ndarray.registry import Op
    op = Op(group["op"], forward, 0)
    op.grad(backward)
    op.subgraphs = [body]
    op.in_place = group["in_place"]
    op.infer_shapes = _shape_rule(body, stand_ins)
    op.infer_types = _type_rule(body, stand_ins)
    op.partial_shapes = True
    return Node(op, group["op"], group["name"], dict(group["attrs"]), list(inputs))


def _subgraph(group, outer):
    """(the subgraph's heads, its stand-in variables in the order of the group's outside inputs);
    ``outer``: {(id(node), output) read from outside: the entry of the fused graph standing for it}."""
    from .symbol import _output_name
    members = group["members"]
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
        copies[id(m)] = Node(m.op, m.op_name, m.name, m.attrs, ins, m.user_attrs, m.num_outputs)
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
        if shape is None or 0 in shape:
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

