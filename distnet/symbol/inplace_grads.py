"""The forward buffers MXNet's memory plan hands to a gradient in a training executor's backward pass.

FullyConnected's backward may write its data's gradient in place of the data (its in-place option) when that
data is an op's output nothing reads afterwards: not a graph output, read by no other backward step, its own
op's backward reading no output. A second backward without a forward between then reads, as the data, the
gradient the first one wrote there (its weight gradient changes once the weights are updated).
"""
import numpy as np

from ..ndarray.ndarray import NDArray
from .backward_ops import rule
from .graph import attr_to_str


def data_taking_gradients(heads):
    """The recorded FullyConnected nodes (reached from the output arrays ``heads``) whose data buffer takes
    their data's gradient (the last backward step reading it: the sweep runs the nodes last recorded first),
    and the ids of the arrays one node alone reads."""
    nodes = _recorded(heads)
    outputs = {id(head._data) for head in heads}
    candidates = {}         # id(data) -> the FullyConnected reading it whose backward runs last
    for node in sorted(nodes, key=lambda n: -n.seq):
        if node.op.name == "FullyConnected" and _takes_gradient(node, outputs):
            candidates[id(node.inputs[0])] = node
    reads = {}
    for node in nodes:
        for j, raw in enumerate(node.inputs):
            reads[id(raw)] = reads.get(id(raw), 0) + 1
            fc = candidates.get(id(raw))
            if fc is not None and node.seq < fc.seq and _backward_reads(node.op.name, node.attrs, f"i{j}"):
                del candidates[id(raw)]     # a backward step after the FullyConnected's reads the data
    return set(candidates.values()), {key for key, count in reads.items() if count == 1}


def _takes_gradient(node, outputs):
    parent = node.parents[0] if node.parents else None
    data = node.inputs[0]
    if parent is None or parent[0].is_leaf or not isinstance(data, np.ndarray) or data.base is not None:
        return False        # (a variable's array is the user's; a view shares another entry's buffer)
    return id(data) not in outputs and not _backward_reads(parent[0].op.name, parent[0].attrs, f"o{parent[1]}")


def _backward_reads(op_name, attrs, entry):
    """Whether MXNet's backward of ``op_name`` reads ``entry`` of its node (``i0``: its first input, ``o0``:
    its first output)."""
    found = rule(op_name, {key: attr_to_str(value) for key, value in (attrs or {}).items()})
    steps = found if isinstance(found, list) else [found] if isinstance(found, tuple) else []
    tokens = {token for step in steps for token in step[1].split()}
    return entry in tokens or entry[0] + "*" in tokens


# Elementwise ops of one input whose MXNet backward writes the input's gradient in place of the output's.
_IN_PLACE_BACKWARD = frozenset((
    "_mul_scalar", "_div_scalar", "_plus_scalar", "_minus_scalar", "_rminus_scalar", "negative", "identity", "_copy",
    "_rdiv_scalar", "_power_scalar", "Dropout", "Activation", "relu", "sigmoid", "tanh", "softsign", "exp", "log",
    "sqrt", "square", "abs", "sin", "cos", "softmax", "log_softmax", "softmin", "Cast"))


def _passes_gradient_in_place(node):
    """Whether recorded ``node``'s backward writes its input's gradient in place of its output's (which the
    one node reading that output made)."""
    if node.is_leaf or node.op.name not in _IN_PLACE_BACKWARD or len(node.inputs) != 1:
        return False
    parent = node.parents[0] if node.parents else None
    return parent is not None and not parent[0].is_leaf


def _recorded(heads):
    """Every recorded node the arrays ``heads`` were computed through."""
    seen, stack = {}, [h._node[0] for h in heads if h._node is not None]
    while stack:
        node = stack.pop()
        if id(node) in seen or node.is_leaf:
            continue
        seen[id(node)] = node
        stack.extend(parent[0] for parent in node.parents or () if parent is not None)
    return list(seen.values())


def writing_data_gradients(hook, taking, read_once):
    """A backward hook that, after ``hook`` (if any), writes each node in ``taking``'s data gradient over its
    data, then, along a chain of elementwise ops behind it, each op's input gradient, which MXNet's backward
    writes in place of the output gradient it reads."""
    holding = {}        # id(recorded node) -> the buffer its output's gradient was written to

    def hook_writing(node, grads):
        if hook is not None:
            hook(node, grads)
        buffer = node.inputs[0] if node in taking else holding.pop(id(node), None)
        grad = grads[0] if buffer is not None and grads else None
        if type(grad) not in (np.ndarray, NDArray) or np.shape(grad) != buffer.shape:
            return          # (not a gradient carrying a failed kernel's error)
        np.copyto(buffer, np.asarray(grad), casting="unsafe")
        parent = node.parents[0] if node.parents else None
        if parent is not None and parent[1] == 0 and id(node.inputs[0]) in read_once and \
                _passes_gradient_in_place(parent[0]):
            holding[id(parent[0])] = buffer
    return hook_writing
