"""The order in which MXNet's executor shows a monitor its backward graph: a depth-first walk from the
arguments' gradients, each node after its inputs. A node output read by several nodes gets its gradients
summed by a ``sum_grad`` node (the readers' contributions in reverse graph order, head gradient first); an
addition passes its output gradient on as it is, without a backward node of its own, and a gradient that
reaches several arguments is copied to each further one. A zero gradient (BlockGrad, comparisons...) is a
zeros_like node that a sum leaves out.
"""
import numpy as np

from .backward_ops import rule
from .hook_names import zero_gradient_node

# ops whose backward hands the output gradient to every input unchanged (no backward node)
_PASS_THROUGH = frozenset({"elemwise_add", "_plus", "_Plus", "_grad_add"})
# ops whose backward gives each input the output gradient through a node of its own (unnamed: "output")
_EACH_INPUT = frozenset({"add_n", "ElementWiseSum"})


def emit_in_mxnet_order(program, events, arguments_with_grad, callback, wrap, forward_value=lambda node, k: None,
                        added=None):
    """Call ``callback(label, array)`` for the collected backward ``events`` — ``(("head", i), label, array)``
    and ``(("bwd", node name, input position), label, array)`` — in MXNet's order, with its sum_grad nodes.
    ``forward_value(node, k)``: output k of a forward node in the last forward (None when unknown); ``added``:
    the gradient buffers of the 'add' arguments, which their sum_grad node adds into (shown as they end)."""
    shown, grads = {}, {}
    for key, label, array in _with_zero_nodes(program, events):
        node_key = key if key[0] == "zero" else key[:2]
        if key[0] == "bwd" and program.op_names.get(key[1]) in _PASS_THROUGH | _EACH_INPUT:
            continue
        shown.setdefault(node_key, []).append((label, array))
        grads[key if key[0] != "head" else node_key] = array
    gradient = _gradient_sources(program, shown, grads)
    emitted, visited = [], set()
    sums_into = {id(item): added[var.name] for var in program.variables if var.name in (added or {})
                 for item in [gradient.get((id(var), 0))] if item is not None and item[0] == "sum"}

    def visit(item):
        key = None if item is None else id(item) if item[0] in ("sum", "each") else \
            tuple(item[:3]) if item[0] == "zero" else tuple(item[:2])
        if key is None or key in visited:
            return
        visited.add(key)
        if item[0] == "sum":
            for part in item[1]:
                visit(part)
            into = sums_into.get(id(item))
            emitted.append(("sum_grad_output".encode(), wrap(_summed(item, grads)) if into is None else into))
            return
        if item[0] == "each":
            visit(item[3])
            emitted.append(("output".encode(), wrap(_value(item, grads))))
            return
        if item[0] == "bwd":
            sources = _backward_inputs(program, item[1], gradient)
            given = [_raw(_value(source, grads)) for source in sources if source not in (None, _UNGIVEN)]
            for k, source in enumerate(sources):
                if source is _UNGIVEN:      # an output gradient it reads that nothing gave: zeros like that output
                    like = forward_value(program.nodes[item[1]], k)     # (a workspace's are int32)
                    like = (given or [_raw(shown[key][0][1])])[0] if like is None else _raw(like)
                    emitted.append((b"zeros_without_dtype_output", wrap(np.zeros(like.shape, like.dtype))))
                else:
                    visit(source)
        emitted.extend(shown.get(key, ()))

    uses = {}       # id(item) -> the arguments that took its gradient so far
    for var in program.variables:
        if var.name in arguments_with_grad:
            item = gradient.get((id(var), 0))
            visit(item)
            if item is not None:     # a gradient given to a further argument is copied there (<node>_<k>_copy)
                copies = uses[id(item)] = uses.get(id(item), -1) + 1
                if copies:
                    emitted.append((f"{_node_name(item)}_{copies}_copy_output".encode(), wrap(_value(item, grads))))
    for label, array in emitted:
        callback(label, array)


def _with_zero_nodes(program, events):
    """The events, those of gradients MXNet makes as zeros_like nodes keyed ``("zero", node name, input
    position)`` under those nodes' names; a node with both kinds (where) numbers its other outputs alone."""
    for key, label, array in events:
        if key[0] == "bwd":
            name, position = key[1], key[2]
            node = program.nodes[name]
            zeros = [zero_gradient_node(program.op_names.get(name), node.attrs, name, p, len(node.inputs))
                     for p in range(len(node.inputs))]
            if zeros[position] is not None:
                key, label = ("zero", name, position), f"{zeros[position]}_output".encode()
            elif any(zeros):
                real = [p for p, zero in enumerate(zeros) if zero is None]
                label = f"{name}_backward_output{real.index(position) if len(real) > 1 else ''}".encode()
        yield key, label, array


def _node_name(item):
    """The name of the backward graph node standing for a walk item."""
    return {"head": lambda: f"_head_grad_{item[1]}_id", "bwd": lambda: f"{item[1]}_backward",
            "zero": lambda: item[3], "sum": lambda: "sum_grad", "each": lambda: ""}[item[0]]()


def _gradient_sources(program, shown, grads):
    """{(id(node), output): the item its gradient comes from: ("head", i), ("bwd", name, input position),
    ("each", name, input position, output gradient item) or ("sum", items)}, from the heads and the readers
    taken in reverse graph order."""
    parts = {}
    for i, (node, k) in enumerate(program.heads):
        if ("head", i) in shown:
            parts.setdefault((id(node), k), []).append(_item(("head", i)))
    gradient = {}
    for name in reversed([step[4] for step in program.steps]):
        node = program.nodes[name]
        kind = program.op_names.get(name)
        for pos, (src, k) in enumerate(node.inputs):
            if kind in _PASS_THROUGH:
                source = _collected(parts, (id(node), 0), gradient, program)
            elif kind in _EACH_INPUT:
                given = _collected(parts, (id(node), 0), gradient, program)
                source = None if given is None else _item(("each", name, pos, given))
            elif ("bwd", name, pos) in grads:
                source = _item(("bwd", name, pos))
            elif ("zero", name, pos) in grads:
                zero = zero_gradient_node(kind, node.attrs, name, pos, len(node.inputs))
                source = _item(("zero", name, pos, zero))
            else:
                source = None
            if source is not None:
                parts.setdefault((id(src), k), []).append(source)
    for entry in list(parts):
        _collected(parts, entry, gradient, program)
    return gradient


def _collected(parts, entry, gradient, program):
    """The one item standing for every gradient an entry receives (memoised in ``gradient``)."""
    if entry not in gradient:
        items = parts.get(entry, [])
        nonzero = [item for item in items if item[0] != "zero"]
        items = nonzero if nonzero else [_first_alike(items, entry, program)] if items else []
        gradient[entry] = None if not items else items[0] if len(items) == 1 else _item(("sum", tuple(items)))
    return gradient[entry]


def _first_alike(zeros, entry, program):
    """The zero gradient kept when an entry receives only zeros: the first, or, when it is a zeros_like of
    the entry itself, the one of the earliest node making such a zeros_like (MXNet merges those nodes)."""
    def reads_entry(item):
        src, k = program.nodes[item[1]].inputs[item[2]]
        return (id(src), k) == entry
    if not reads_entry(zeros[0]):
        return zeros[0]
    order = {step[4]: i for i, step in enumerate(program.steps)}
    return min((item for item in zeros if reads_entry(item)), key=lambda item: order[item[1]])


def _item(value):
    """A walk item (a list, so that equal items stay distinct nodes)."""
    return list(value)


_UNGIVEN = object()


def _backward_inputs(program, name, gradient):
    """The gradient items a node's backward reads, in output order: one per output that receives one, and
    ``_UNGIVEN`` for an output gradient (a hidden output's too, as max Pooling's workspace) that its backward
    reads but nothing gave."""
    node = program.nodes[name]
    read = _read_output_gradients(program.op_names.get(name), node)
    items = []
    for k in range(max([node.num_outputs] + [r + 1 for r in read or ()])):
        item = gradient.get((id(node), k))
        if read is not None and k not in read:         # a given gradient its backward never reads
            item = None
        items.append(_UNGIVEN if item is None and k in (read or ()) else item)
    return items


def _read_output_gradients(op_name, node):
    """The output positions whose gradients the backward rule of ``node`` reads (None for the rules that pass
    gradients on whole: zeros, clones, copies)."""
    found = rule(op_name, {k: str(v) for k, v in node.attrs.items()})
    if not isinstance(found, (list, tuple)):
        return None
    steps = found if isinstance(found, list) else [found]
    read = set()
    for step in steps:
        for term in step[1].split():
            if term == "g*":
                read.update(range(node.num_outputs))
            elif term[0] == "g":
                read.add(int(term[1:]))
    return read


def _raw(array):
    return array.asnumpy() if hasattr(array, "asnumpy") else np.asarray(array)


def _summed(item, grads):
    """The value of a sum_grad node: its inputs added in turn."""
    total = None
    for part in item[1]:
        value = _value(part, grads)
        total = value if total is None else total + value
    return total


def _value(part, grads):
    if part[0] == "sum":
        return _summed(part, grads)
    if part[0] == "each":
        return _value(part[3], grads)
    key = tuple(part[:3]) if part[0] in ("bwd", "zero") else tuple(part[:2])
    array = grads[key]
    return array.asnumpy() if hasattr(array, "asnumpy") else np.asarray(array)
