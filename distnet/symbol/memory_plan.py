"""The bytes MXNet's graph executor pools for a forward graph's node outputs (its ``debug_str`` memory line).

MXNet plans one storage block per node output, in topological order: an output may take over an input's
block in place when the op allows it and nothing else still reads that input, else it reuses a released
block within a factor of 16 of its size (growing it if smaller), else it gets a new block. Arguments and
auxiliary states live outside the pool; the graph's outputs stay alive to the end.
"""
import numpy as np

from .graph import topo_order

_MATCH_RANGE = 16
# Ops whose output may overwrite an input (beyond the registry's elementwise ops): (input, output) pairs.
_IN_PLACE = {"Reshape": ((0, 0),), "reshape": ((0, 0),), "Flatten": ((0, 0),), "flatten": ((0, 0),),
             "expand_dims": ((0, 0),), "_copy": ((0, 0),), "identity": ((0, 0),), "BlockGrad": ((0, 0),),
             "stop_gradient": ((0, 0),), "softmax": ((0, 0),), "log_softmax": ((0, 0),),
             "make_loss": ((0, 0),), "MakeLoss": ((0, 0),), "squeeze": ((0, 0),), "Dropout": ((0, 0),),
             "LayerNorm": ((0, 0),), "LeakyReLU": ((0, 0),)}
_BINARY_IN_PLACE = ((0, 0), (1, 0))


def output_count(node):
    """Outputs MXNet's executor allocates for ``node``: its max Pooling keeps a oneDNN workspace as well."""
    if node.op_name == "Pooling" and str(node.attrs.get("pool_type", "max")) == "max" \
            and node.attrs.get("layout") in (None, "None", "NCW", "NCHW", "NCDHW"):
        return node.num_outputs + 1
    return node.num_outputs


def _in_place_pairs(node):
    """The (input, output) pairs whose storage node's output may share."""
    pairs = _IN_PLACE.get(node.op_name)
    if pairs is not None:
        return pairs
    if getattr(node.op, "elementwise", False) or node.op_name.startswith("broadcast_"):
        return _BINARY_IN_PLACE if len(node.inputs) == 2 else ((0, 0),)
    return ()


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


def planned_bytes(heads, entry_bytes):
    """The pooled bytes for the graph ending at ``heads``; ``entry_bytes[(id(node), i)]`` sizes each output."""
    order = [n for n in topo_order(heads) if not n.is_variable]
    refs = {}
    for node in order:
        for src, k in node.inputs:
            refs[(id(src), k)] = refs.get((id(src), k), 0) + 1
    for src, k in heads:
        refs[(id(src), k)] = refs.get((id(src), k), 0) + 1
    pool, storage, block_refs = _Pool(), {}, {}
    for node in order:
        taken = set()
        for i, o in _in_place_pairs(node):
            if i >= len(node.inputs) or i in taken:
                continue
            src = (id(node.inputs[i][0]), node.inputs[i][1])
            out = (id(node), o)
            block = storage.get(src)
            if block is not None and out not in storage and block_refs[block] == 1 and refs.get(out, 0) > 0 \
                    and entry_bytes[src] == entry_bytes[out]:
                taken.add(i)
                storage[out] = block
                block_refs[block] += refs[out]
        fresh = [(id(node), o) for o in range(output_count(node)) if (id(node), o) not in storage]
        for out in sorted(fresh, key=lambda e: -entry_bytes[e]):
            storage[out] = pool.request(entry_bytes[out])
            block_refs[storage[out]] = refs.get(out, 0)
        for src, k in node.inputs:
            block = storage.get((id(src), k))
            if block is None:
                continue
            block_refs[block] -= 1
            if block_refs[block] == 0:
                pool.release(block)
        for o in range(output_count(node)):
            block = storage[(id(node), o)]
            if block_refs[block] == 0:
                pool.release(block)
    return sum(pool.sizes)


def memory_lines(symbol, arg_shapes, training=None):
    """MXNet's two memory lines of an executor's debug_str, for the forward graph of ``symbol`` (or the
    ``training`` graph built on it)."""
    internals = symbol.get_internals()
    _, shapes, _ = internals.infer_shape_partial(**arg_shapes)
    entry_bytes = {}
    for (node, k), shape in zip(internals._heads, shapes):
        entry_bytes[(id(node), k)] = 4 * (int(np.prod(shape)) if shape else 0)     # MXNet counts 4 bytes each
        if k == 0 and output_count(node) > node.num_outputs:                       # the pooling workspace
            entry_bytes[(id(node), node.num_outputs)] = entry_bytes[(id(node), 0)]
    total = planned_bytes(symbol._heads, entry_bytes)
    return f"Total {total >> 20} MB allocated\nTotal 11 TempSpace resource requested\n"
