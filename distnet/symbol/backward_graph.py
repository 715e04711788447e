"""The graph a training executor runs, as MXNet's executor builds it: the forward graph, a ``_head_grad_<i>``
variable per output, and the backward nodes its gradient pass adds for the arguments that take gradients.

The pass walks the forward nodes from last to first: the gradients reaching each output are summed
(zero gradients dropped; ``add_n`` below 8 terms, else a chain of ``_grad_add``), then the op's rule
(backward_ops) makes the gradients of its inputs; an op whose output gradients are all zeros passes
zeros on instead.
"""
from .backward_ops import CLONE, COPIES, ZEROS, keeps_pooling_workspace, rule, sum_cap, zero_checked_outputs
from .graph import topo_order

_ZERO_OPS = ("zeros_like", "_zeros")
# Outputs MXNet's ops have beyond the visible ones (statistics, masks, workspaces the backward reads).
_ALL_OUTPUTS = {"BatchNorm": 3, "BatchNorm_v1": 3, "_contrib_BatchNormWithReLU": 4, "InstanceNorm": 3,
                "LayerNorm": 3, "GroupNorm": 3, "LRN": 2, "L2Normalization": 2, "Dropout": 2, "ROIPooling": 2,
                "CTCLoss": 2, "GridGenerator": 2, "Correlation": 3, "BilinearSampler": 2, "SpatialTransformer": 3,
                "_linalg_det": 3, "_linalg_slogdet": 4}


class GradNode:
    """A node the gradient pass adds (a variable when ``op_name`` is None); ``like[k]`` is the forward
    entry whose shape output k has."""

    __slots__ = ("op_name", "name", "inputs", "attrs", "cdeps", "like")
    op = None

    def __init__(self, op_name, name, inputs, like, attrs=None, cdeps=()):
        self.op_name, self.name, self.inputs = op_name, name, list(inputs)
        self.attrs, self.cdeps, self.like = attrs or {}, list(cdeps), like

    @property
    def is_variable(self):
        return self.op_name is None

    @property
    def num_outputs(self):
        return len(self.like)


def mx_output_count(node):
    """The outputs MXNet's op has (its hidden ones included)."""
    if node.op_name == "Pooling" and keeps_pooling_workspace(node.attrs):
        return 2
    if node.op_name == "LeakyReLU" and str(node.attrs.get("act_type")) == "rrelu":
        return 2
    if node.op_name == "topk" and str(node.attrs.get("ret_typ")) == "value" or node.op_name == "sort":
        return 2
    return max(node.num_outputs, _ALL_OUTPUTS.get(node.op_name, 1))


class TrainingGraph:
    """The forward graph of ``symbol`` with the backward of the arguments in ``grad_names``."""

    def __init__(self, symbol, grad_names, printed_attrs):
        self.forward_heads = list(symbol._heads)
        self.printed_attrs = printed_attrs          # node -> {key: value} as the forward listing shows them
        self._grads = {}
        self.gradient_of = {}           # (id(grad node), output) -> (forward node, the input it is the gradient of)
        self.differentiated = []        # the forward nodes whose gradient rule ran, last first
        forward = topo_order(self.forward_heads)
        for i, head in enumerate(self.forward_heads):
            var = GradNode(None, f"_head_grad_{i}", (), [head])
            ident = GradNode("_identity_with_attr_like_rhs", f"_head_grad_{i}_id", [(var, 0), head], [head])
            self._grads[(id(head[0]), head[1])] = [(ident, 0)]
        for node in reversed(forward):
            if not node.is_variable:
                self._backward(node)
        variables = {n.name: n for n in forward if n.is_variable}
        self.grad_heads = []
        for counter, name in enumerate(grad_names):
            entry = self._sum((variables[name], 0))
            if entry in self.grad_heads[:counter]:       # one array per argument: a copy of a shared gradient
                entry = (GradNode("_copy", f"{entry[0].name}_{counter}_copy", [entry], [(variables[name], 0)]), 0)
            self.grad_heads.append(entry)

    @property
    def heads(self):
        return self.forward_heads + self.grad_heads

    def _sum(self, entry):
        """The summed gradient of forward ``entry``."""
        terms = self._grads.pop((id(entry[0]), entry[1]), [])
        if not terms:
            return GradNode("_zeros_without_dtype", "zeros_without_dtype", (), [entry]), 0
        kept = [t for t in terms if t[0].op_name not in _ZERO_OPS] or terms[:1]
        if len(kept) == 1:
            return kept[0]
        if len(kept) < sum_cap():
            return GradNode("add_n", "sum_grad", kept, [entry], {"num_args": str(len(kept))}), 0
        total = kept[0]
        for i in range(1, len(kept)):
            if kept[i - 1][0] is not kept[i][0]:       # sums in the order the gradients were made
                kept[i][0].cdeps.append(total[0])
            total = GradNode("_grad_add", f"sum_grad_{i}", [total, kept[i]], [entry]), 0
        return GradNode("_copy", "sum_grad_final", [total], [entry]), 0

    def _backward(self, node):
        ograds = [self._sum((node, k)) for k in range(mx_output_count(node))]
        if not node.inputs:
            return
        checked = zero_checked_outputs(node.op_name, len(ograds))
        if checked and all(ograds[k][0].op_name in _ZERO_OPS for k in checked):
            grads = self._zeros(node)
        else:
            grads = self._apply(node, ograds)
            self.differentiated.append(node)
        for src, grad in zip(node.inputs, grads):
            if grad is not None:
                self._grads.setdefault((id(src[0]), src[1]), []).append(grad)

    def _zeros(self, node):
        one = len(node.inputs) == 1
        return [(GradNode("zeros_like", f"{node.name}_backward" if one else f"{node.name}_in{i}_backward",
                          [src], [src], cdeps=[node]), 0) for i, src in enumerate(node.inputs)]

    def _apply(self, node, ograds):
        attrs = self.printed_attrs(node)
        found = rule(node.op_name, attrs)
        if found == ZEROS:
            return self._zeros(node)
        if found == CLONE:
            return [ograds[0]] * len(node.inputs)
        if found == COPIES:
            return [(GradNode("_copy", "", [ograds[0]], [src]), 0) for src in node.inputs]
        steps = found if isinstance(found, list) else [_single_step(node, found)]
        grads = [None] * len(node.inputs)
        for op_name, reads, suffix, serves, step_attrs in steps:
            made = GradNode(op_name, node.name + suffix, _read(reads, node, ograds),
                            [node.inputs[i] for i in serves], attrs if step_attrs is None else step_attrs, [node])
            for j, i in enumerate(serves):
                grads[i] = (made, j)
        for i, grad in enumerate(grads):
            if grad is not None:
                self.gradient_of[(id(grad[0]), grad[1])] = (node, i)
        return grads

    def backward_order(self):
        return added_order(self.forward_heads, self.grad_heads)


def added_order(forward_heads, grad_heads):
    """The nodes the gradient pass added in MXNet's depth-first order (inputs, then control dependencies)."""
    seen = {id(n) for n in topo_order(forward_heads)}
    return topo_order(grad_heads, seen, lambda node: [src for src, _ in node.inputs] + list(getattr(node, "cdeps", ())))


def _single_step(node, found):
    """A ``(op, reads[, outputs])`` rule as a one-step list entry: outputs serve the first inputs."""
    count = found[2] if len(found) > 2 else len(node.inputs)
    return found[0], found[1], "_backward", tuple(range(min(count, len(node.inputs)))), None


def _read(reads, node, ograds):
    """The entries ``reads`` names (see backward_ops)."""
    entries = []
    for token in reads.split():
        kind, which = token[0], token[1:]
        pool = {"g": ograds, "i": node.inputs, "o": [(node, k) for k in range(mx_output_count(node))]}[kind]
        entries += list(pool) if which == "*" else [pool[int(which)]]
    return entries


def listing(graph, forward_text, is_aux):
    """MXNet's text of the training graph: every output, the forward listing, then the added nodes."""
    head = ["Symbol Outputs:"] + [f"\toutput[{i}]={n.name}({k})" for i, (n, k) in enumerate(graph.heads)]
    body = forward_text.split("\n")
    if body and body[0] == "Symbol Outputs:":
        body = body[1 + len(graph.forward_heads):]
    lines = head + [line for line in body if line]
    for node in graph.backward_order():
        if node.is_variable:
            lines.append(f"Variable:{node.name}")
            continue
        lines += ["--------------------", f"Op:{node.op_name}, Name={node.name}", "Inputs:"]
        lines += [f"\targ[{i}]={src.name}({k})" + (f" version={int(is_aux(src))}" if src.is_variable else "")
                  for i, (src, k) in enumerate(node.inputs)]
        if node.attrs:
            lines += ["Attrs:"] + [f"\t{k}={v}" for k, v in sorted(node.attrs.items())]
        if node.cdeps:
            lines += ["Control deps:"] + [f"\tcdep[{i}]={d.name}" for i, d in enumerate(node.cdeps)]
    return "\n".join(lines) + "\n"


def printed_attrs(node):
    """A forward node's attributes as MXNet's listing prints them."""
    from .symbol import _HIDDEN_KEYS, _attr_items
    return {k: v for k, v in _attr_items(node) if k not in _HIDDEN_KEYS}


def training_text(symbol, grad_names):
    """(the listing, the graph) of ``symbol`` trained for the arguments ``grad_names``."""
    from .symbol import _is_aux

    graph = TrainingGraph(symbol, grad_names, printed_attrs)
    return listing(graph, symbol.debug_str(), lambda n: not isinstance(n, GradNode) and _is_aux(n)), graph
