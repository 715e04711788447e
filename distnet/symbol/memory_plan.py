"""The bytes MXNet's graph executor pools for node outputs (its ``debug_str`` memory line): of the forward
graph, of the graph the subgraph backend fused (mkldnn_fusion), or of a training graph (backward_graph).

MXNet plans one storage block per node output, in topological order: an output may take over an input's
block in place when the op allows it and nothing else still reads that input (or always, for an op whose
output is its input unchanged), else it reuses a released block within a factor of 16 of its size (growing
it if smaller), else it gets a new block. Arguments, auxiliary states and the gradients written to the
gradient arrays live outside the pool; the graph's outputs stay alive to the end.
"""
import numpy as np

from .backward_ops import keeps_pooling_workspace
from .graph import topo_order
from .infer import infer_shape

_MATCH_RANGE = 16
# Ops whose output may overwrite an input (beyond the registry's elementwise ops): (input, output) pairs.
_IN_PLACE = {"Reshape": ((0, 0),), "reshape": ((0, 0),), "Flatten": ((0, 0),), "flatten": ((0, 0),),
             "expand_dims": ((0, 0),), "_copy": ((0, 0),), "identity": ((0, 0),), "BlockGrad": ((0, 0),),
             "stop_gradient": ((0, 0),), "softmax": ((0, 0),), "log_softmax": ((0, 0),),
             "make_loss": ((0, 0),), "MakeLoss": ((0, 0),), "squeeze": ((0, 0),), "Dropout": ((0, 0),),
             "LayerNorm": ((0, 0),), "GroupNorm": ((0, 0),), "LeakyReLU": ((0, 0),), "SequenceMask": ((0, 0),),
             "SoftmaxOutput": ((0, 0),), "SVMOutput": ((0, 0),), "LinearRegressionOutput": ((0, 0),),
             "LogisticRegressionOutput": ((0, 0),), "MAERegressionOutput": ((0, 0),), "reshape_like": ((0, 0),),
             **dict.fromkeys(("broadcast_like", "broadcast_to", "broadcast_axis", "broadcast_axes"), ())}
_BINARY_IN_PLACE = ((0, 0), (1, 0))
# Backward ops whose output may overwrite an input.
_BACKWARD_IN_PLACE = {"_backward_Activation": ((0, 0),), "add_n": ((0, 0),), "_grad_add": _BINARY_IN_PLACE,
                      "elemwise_mul": _BINARY_IN_PLACE, "negative": ((0, 0),), "_backward_mul_scalar": ((0, 0),),
                      "_backward_div_scalar": ((0, 0),), "_backward_copy": ((0, 0),),
                      "_backward_reshape": ((0, 0),), "_identity_with_attr_like_rhs": ((0, 0),),
                      "_backward_SoftmaxOutput": ((0, 0),), "_backward_add": ((0, 0), (0, 1)),
                      "_backward_sub": ((0, 0), (0, 1)), "_backward_mul": ((0, 1),),
                      "_backward_FullyConnected": ((1, 0),), "_backward_Dropout": ((0, 0),),
                      "_backward_LeakyReLU": ((0, 0),), "_backward_broadcast_add": ((0, 0), (0, 1)),
                      "_backward_broadcast_sub": ((0, 0), (0, 1)), "_backward_broadcast_mul": ((0, 1),),
                      "_backward_clip": (), "_backward_SequenceMask": ((0, 0),), "_backward_L2Normalization": ((0, 0),),
                      **dict.fromkeys((f"_backward_{kind}_reg_out" for kind in ("linear", "logistic", "mae")),
                                      ((1, 0),)),
                      **dict.fromkeys((f"_backward_{broadcast}{op}" for broadcast in ("", "broadcast_")
                                       for op in ("div", "mod", "power", "maximum", "minimum", "hypot")), ((0, 1),))}
# Ops whose output is an input unchanged: it may share that input's block even while others read it.
_IDENTITY = {"Reshape", "reshape", "Flatten", "flatten", "expand_dims", "_copy", "identity", "BlockGrad",
             "stop_gradient", "_backward_copy", "_backward_reshape", "_identity_with_attr_like_rhs"}
# Inputs an op never reads (only their shape): they do not keep a block alive.
IGNORED_INPUTS = {"zeros_like": (0,), "ones_like": (0,), "_identity_with_attr_like_rhs": (1,),
                   "shape_array": (0,), "size_array": (0,)}


def output_count(node):
    """Outputs MXNet's executor allocates for ``node``: its hidden ones too (a max Pooling's oneDNN workspace,
    a Dropout's mask, sort's indices...)."""
    from .backward_graph import mx_output_count
    return node.num_outputs if node.op is None else mx_output_count(node)


def _in_place_pairs(node):
    """(the (input, output) pairs whose storage node's output may share, whether it is an identity)."""
    identity = node.op_name in _IDENTITY
    if node.op_name == "_backward_Pooling":      # oneDNN's max pooling gradient (the one with a workspace)
        return ((0, 0),) if keeps_pooling_workspace(node.attrs) else (), identity
    pairs = _IN_PLACE.get(node.op_name, _BACKWARD_IN_PLACE.get(node.op_name, getattr(node.op, "in_place", None)))
    if pairs is not None:
        return pairs, identity
    if node.op_name.startswith("_backward_") and len(node.inputs) == 2 and node.num_outputs == 1:
        return _BINARY_IN_PLACE, identity          # an elementwise op's backward: (gradient, input or output)
    if getattr(node.op, "elementwise", False) or node.op_name.startswith("broadcast_"):
        return (_BINARY_IN_PLACE if len(node.inputs) == 2 else ((0, 0),)), identity
    return (), identity


class _Pool:
    """Storage blocks: sizes, and the released ones by size (MXNet's GraphAllocator)."""

    def __init__(self):
        self.sizes, self.free = [], []        # free: [(size when released, block)]

    def request(self, size):
        fits = [(s, b) for s, b in self.free if size <= s <= size * _MATCH_RANGE]
        if fits:        # the smallest block at least as large (the first released among equals)
            chosen = min(fits, key=lambda f: f[0])
        else:           # else the largest smaller one (the last released among equals), grown
            smaller = [(s, b) for s, b in reversed(self.free) if size // _MATCH_RANGE <= s < size]
            if not smaller:
                self.sizes.append(size)
                return len(self.sizes) - 1
            chosen = max(smaller, key=lambda f: f[0])
        self.free.remove(chosen)
        self.sizes[chosen[1]] = max(self.sizes[chosen[1]], size)
        return chosen[1]

    def release(self, block):
        self.free.append((self.sizes[block], block))


def planned_bytes(heads, entry_bytes, order=None, external=(), outputs=None, device=None):
    """The pooled bytes for the graph ending at ``heads`` (nodes in ``order``, by default the forward
    order); ``entry_bytes[(id(node), i)]`` sizes each output; ``external`` outputs live outside the pool;
    ``device``: {id(node): its device}, each device pooling its own blocks."""
    pools, _ = planned_storage(heads, entry_bytes, order, external, outputs, device)
    return sum(sum(pool.sizes) for pool in pools.values())


def planned_storage(heads, entry_bytes, order=None, external=(), outputs=None, device=None):
    """(the pools by device, {(id(node), output): its block (device, index) or None outside the pools}) of
    planned_bytes' plan."""
    order = [n for n in (topo_order(heads) if order is None else order) if not n.is_variable]
    outputs = outputs or output_count
    device = device or {}
    refs = {}
    for node in order:
        ignored = IGNORED_INPUTS.get(node.op_name, ())
        for i, (src, k) in enumerate(node.inputs):
            if i not in ignored:
                refs[(id(src), k)] = refs.get((id(src), k), 0) + 1
    for src, k in heads:
        refs[(id(src), k)] = refs.get((id(src), k), 0) + 1
    pools, block_refs = {}, {}      # blocks: (device, index in its pool)
    storage = {entry: None for entry in external}       # None: not pooled (variables too)
    for node in order:
        _share_in_place(node, storage, block_refs, refs, entry_bytes)
        fresh = [(id(node), o) for o in range(outputs(node)) if (id(node), o) not in storage]
        where = device.get(id(node))
        pool = pools.setdefault(where, _Pool())
        for out in sorted(reversed(fresh), key=lambda e: -entry_bytes[e]):
            storage[out] = (where, pool.request(entry_bytes[out]))
            block_refs[storage[out]] = refs.get(out, 0)
        ignored = IGNORED_INPUTS.get(node.op_name, ())
        for i, (src, k) in enumerate(node.inputs):
            block = storage.get((id(src), k))
            if block is None or i in ignored:
                continue
            block_refs[block] -= 1
            if block_refs[block] == 0:
                pools[block[0]].release(block[1])
        for o in range(outputs(node)):
            block = storage[(id(node), o)]
            if block is not None and block_refs[block] == 0:
                pools[block[0]].release(block[1])
    return pools, storage


def _share_in_place(node, storage, block_refs, refs, entry_bytes):
    """Give ``node``'s outputs the blocks of the inputs they may overwrite: an input no one else still
    reads, or any input of an op whose output is that input unchanged."""
    pairs, identity = _in_place_pairs(node)
    ignores_all = len(IGNORED_INPUTS.get(node.op_name, ())) == len(node.inputs) > 0
    taken = set()
    for i, o in pairs:
        if i >= len(node.inputs) or i in taken:
            continue
        src = (id(node.inputs[i][0]), node.inputs[i][1])
        out = (id(node), o)
        block = storage.get(src)
        if block is None or out in storage or refs.get(out, 0) == 0 or entry_bytes[src] != entry_bytes[out]:
            continue
        if (block_refs[block] == 1 and not ignores_all) or identity:
            taken.add(i)
            storage[out] = block
            block_refs[block] += refs[out]


def memory_lines(symbol, arg_shapes, training=None, device=None):
    """MXNet's two memory lines of an executor's debug_str, for the forward graph of ``symbol`` (or the
    ``training`` graph built on it); ``device``: {id(node): its device} where a group2ctx placed the graph."""
    entry_bytes, shapes = _entry_sizes(symbol, arg_shapes)
    if training is None:
        _size_hidden_outputs(symbol._heads, entry_bytes, shapes)
        total = planned_bytes(symbol._heads, entry_bytes, device=device)
    else:
        total = _training_bytes(training, entry_bytes, shapes, device)
    return f"Total {total >> 20} MB allocated\nTotal 11 TempSpace resource requested\n"


def fused_memory_lines(symbol, arg_shapes, heads, origin, device=None):
    """The memory lines for ``heads``, a graph mkldnn_fusion made of ``symbol``'s (``origin``: the node each
    new node stands for; ``device``: as memory_lines')."""
    internals = symbol.get_internals()
    _, shapes, _ = infer_shape(internals, (), arg_shapes, partial=True)
    original = {}
    for (node, k), shape in zip(internals._heads, shapes):
        original[(id(node), k)] = 4 * (int(np.prod(shape)) if shape else 0)
    _size_hidden_outputs(symbol._heads, original, dict(zip(((id(n), k) for n, k in internals._heads), shapes)))
    entry_bytes = {}
    for node in topo_order(heads):
        source = origin.get(id(node))
        for k in range(output_count(node)):
            size = original.get((id(source), k), original.get((id(source), 0), 0)) if source is not None else 0
            entry_bytes[(id(node), k)] = size
    total = planned_bytes(heads, entry_bytes, device=device)
    return f"Total {total >> 20} MB allocated\nTotal 11 TempSpace resource requested\n"


def _size_hidden_outputs(heads, entry_bytes, shapes):
    """Add to ``entry_bytes`` the sizes of the hidden outputs of the graph's nodes (output_count)."""
    for node in topo_order(heads):
        for k in range(node.num_outputs, 0 if node.is_variable else output_count(node)):
            entry_bytes[(id(node), k)] = 4 * _hidden_size(node, k, shapes)


def _training_bytes(graph, entry_bytes, shapes, device=None):
    """The pooled bytes of a backward_graph.TrainingGraph: its gradients go straight to the gradient arrays."""
    pools, _ = _training_storage(graph, entry_bytes, shapes, device)
    return sum(sum(pool.sizes) for pool in pools.values())


def training_storage(graph, shapes):
    """planned_storage's (pools, blocks) of a backward_graph.TrainingGraph whose forward entries have
    ``shapes`` ({(id(node), output): its shape}), and the bytes of each entry."""
    entry_bytes = {entry: 4 * int(np.prod(shape)) for entry, shape in shapes.items()}
    return _training_storage(graph, entry_bytes, shapes) + (entry_bytes,)


def _entry_sizes(symbol, arg_shapes):
    """({(id(node), output): its bytes, as MXNet counts them}, {(id(node), output): its shape}) of ``symbol``."""
    internals = symbol.get_internals()
    _, shapes, _ = infer_shape(internals, (), arg_shapes, partial=True)
    entry_bytes = {}
    for (node, k), shape in zip(internals._heads, shapes):
        entry_bytes[(id(node), k)] = 4 * (int(np.prod(shape)) if shape else 0)     # MXNet counts 4 bytes each
    return entry_bytes, dict(zip(((id(n), k) for n, k in internals._heads), shapes))


def _training_storage(graph, entry_bytes, shapes, device=None):
    """planned_storage's plan of a TrainingGraph (``entry_bytes`` gets its hidden and gradient entries' bytes)."""
    from .backward_graph import mx_output_count
    forward = topo_order(graph.forward_heads)
    for node in forward:
        for k in range(node.num_outputs, mx_output_count(node)):
            entry_bytes[(id(node), k)] = 4 * _hidden_size(node, k, shapes)
    backward = graph.backward_order()
    for node in backward:
        for j, (src, k) in enumerate(node.like):
            entry_bytes[(id(node), j)] = entry_bytes[(id(src), k)]
    external = [(id(n), k) for n, k in graph.grad_heads]
    return planned_storage(graph.heads, entry_bytes, forward + backward, external,
                           lambda n: n.num_outputs if n.op is None else mx_output_count(n), device)


def _hidden_size(node, k, shapes):
    """Elements of MXNet's hidden output ``k`` of ``node`` (statistics per channel, else the output's size)."""
    def size(entry):
        shape = shapes.get((id(entry[0]), entry[1]))
        return int(np.prod(shape)) if shape else 0
    out = size((node, 0))
    if node.op_name in ("BatchNorm", "BatchNorm_v1", "_contrib_BatchNormWithReLU") and k < 3:
        return size(node.inputs[1])
    data = shapes.get((id(node.inputs[0][0]), node.inputs[0][1])) if node.inputs else None
    if node.op_name == "InstanceNorm" and data:
        return int(data[0] * data[1])
    if node.op_name == "LayerNorm" and data:
        axis = int(str(node.attrs.get("axis", -1)))
        return out // data[axis]
    if node.op_name == "GroupNorm" and data:
        return int(data[0]) * int(str(node.attrs.get("num_groups", 1)))
    if node.op_name == "L2Normalization" and data:
        return int(data[0])
    if node.op_name == "CTCLoss" and data:           # the gradient it keeps for its backward
        return int(np.prod(data))
    return out
