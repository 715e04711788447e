"""The forward values a training executor's second backward reads when no forward ran between.

MXNet's memory plan (memory_plan) hands a forward entry's block to a gradient once the backward steps reading
that entry have run (a FullyConnected's data gradient in place of its data, an elementwise op's input gradient
in place of its output gradient, or any block released earlier). A second backward without a forward then
reads, as that forward entry, what the first backward wrote there last. After each backward the executor
writes those gradients over the forward arrays its recorded graph reads.
"""
import numpy as np

from ..ndarray.ndarray import NDArray
from .backward_graph import TrainingGraph, mx_output_count, printed_attrs
from .graph import topo_order
from .memory_plan import IGNORED_INPUTS, training_storage

_SUMS = ("add_n", "_grad_add")
_PASSED = ("_copy", "_identity_with_attr_like_rhs")
_ZEROS = ("zeros_like", "_zeros_without_dtype")
# Where the recorded op keeps MXNet's hidden outputs: {op: {MXNet's output: index in the recorded outputs}}.
_HIDDEN_AT = {"BatchNorm": {1: -3, 2: -2}}


def _bn_variance(invstd, attrs):
    """The variance BatchNorm's backward reads from MXNet's saved 1/std (what its hidden output holds): the one
    whose 1/std, as the recorded op's backward computes it again, is that 1/std where a float near it gives it."""
    from ..ndarray.ops_norm import _invstd_to_var
    eps = float(str(attrs.get("eps", 1e-3)))
    with np.errstate(all="ignore"):
        var = _invstd_to_var(invstd, eps)
        if var.dtype != np.float32:
            return var
        found = np.zeros(var.shape, bool)
        for steps, toward in ((0, 0), (1, -np.inf), (1, np.inf), (2, -np.inf), (2, np.inf)):
            near = var
            for _ in range(steps):
                near = np.nextafter(near, np.float32(toward))
            hit = ~found & (np.float32(1) / np.sqrt(near + np.float32(eps)) == invstd)
            var = np.where(hit, near, var)
            found |= hit
    return var


# How the recorded op holds what MXNet keeps in a hidden output: {(op, output): (what MXNet holds, attributes) ->
# the recorded value}.
_HELD_AS = {("BatchNorm", 2): _bn_variance}


class ReusedBlocks:
    """The blocks of a training graph (``symbol`` trained for ``grad_names``, its entries of ``shapes``:
    {(id(node), output): shape}) that hold forward entries and take gradients in the backward pass."""

    def __init__(self, symbol, grad_names, shapes):
        graph = TrainingGraph(symbol, grad_names, printed_attrs)
        _, blocks, self.entry_bytes = training_storage(graph, shapes)
        held = {}       # block -> the forward entries in it when the forward is done
        for node in topo_order(graph.forward_heads):
            taken = {blocks.get((id(src), k)) for src, k in node.inputs}
            for k in range(0 if node.is_variable else mx_output_count(node)):
                block = blocks.get((id(node), k))
                if block is not None:       # an output in place of an input, or the block's next tenant
                    held[block] = held.get(block, []) + [(node, k)] if block in taken else [(node, k)]
        written = {}    # block -> the backward entries written there, in the order they are written
        backward = graph.backward_order()
        read = _read_entries(topo_order(graph.forward_heads) + backward, graph.heads)
        for node in backward:
            for j in range(0 if node.is_variable else node.num_outputs):
                if blocks.get((id(node), j)) in held and (id(node), j) in read:
                    written.setdefault(blocks[(id(node), j)], []).append((node, j))
        # (the forward entries no backward step reads keep their values: the recorded graph may read them)
        needed = {(id(src), k) for node in backward for src, k in node.inputs}
        self.rewrites = [(entries, writes) for entries, writes in
                         (([e for e in held[block] if (id(e[0]), e[1]) in needed], writes)
                          for block, writes in written.items()) if entries]
        self.gradient_of = graph.gradient_of
        self.needed = set()         # (id(forward node), input): the gradients the writes are made of
        for _, writes in self.rewrites:
            for entry in writes:
                self._collect(entry)

    def _collect(self, entry):
        node, j = entry
        served = self.gradient_of.get((id(node), j))
        if served is not None:
            self.needed.add((id(served[0]), served[1]))
        elif node.op_name in _SUMS or node.op_name in _PASSED:
            for src in node.inputs:
                self._collect(src)

    def pass_writing(self, program, hook, head_grads):
        """A _PassWrites for one backward over the arrays ``program`` last ran with."""
        return _PassWrites(self, program, hook, head_grads)


class _PassWrites:
    """One backward pass: its hook keeps the gradients the reused blocks take; ``write`` then writes them."""

    def __init__(self, blocks, program, hook, head_grads):
        self.blocks, self.program, self.outer = blocks, program, hook
        self.head_grads = head_grads
        self.kept = {}      # (id(forward node), input) -> its gradient
        self.forward_of = {}    # id(recorded node) -> the forward node it ran
        for node in {id(node): node for node, _ in blocks.gradient_of.values()}.values():
            recorded = self._recorded(node)
            if recorded is not None:
                self.forward_of[id(recorded)] = node

    def _array(self, node, k):
        """The NDArray the last forward made as visible output ``k`` of ``node`` (a variable's: its value)."""
        slot = self.program.slot_of.get((id(node), k))
        slots = self.program.last_slots
        return None if slot is None or slots is None else slots[slot]

    def _raw(self, node, k):
        """The numpy array the recorded graph holds as output ``k`` of ``node``, hidden ones too (None if not
        known)."""
        if k < node.num_outputs:
            return getattr(self._array(node, k), "_data", None)
        at = _HIDDEN_AT.get(node.op_name, {}).get(k)
        recorded = self._recorded(node)
        outs = recorded.outs if recorded is not None else None
        return outs[at] if type(outs) is tuple and at is not None and -len(outs) <= at < len(outs) else None

    def _recorded(self, node):
        out = self._array(node, 0)
        recorded = getattr(out, "_node", None)
        if recorded is None or recorded[0].is_leaf or len(recorded[0].inputs) != len(node.inputs):
            return None
        return recorded[0]

    def hook(self, node, grads):
        if self.outer is not None:
            self.outer(node, grads)
        forward = self.forward_of.get(id(node))
        if forward is None:
            return
        for i, grad in enumerate(grads):
            if (id(forward), i) in self.blocks.needed and type(grad) in (np.ndarray, NDArray):
                self.kept[(id(forward), i)] = np.array(grad, copy=True)

    def write(self):
        """Write each reused block's last contents over the forward arrays it held; return the (node, output,
        its contents) written."""
        memo, done = {}, []
        owners = self._memory_owners()
        for entries, writes in self.blocks.rewrites:
            values = [self._value(entry, memo) for entry in writes]
            if any(v is None for v in values):
                continue        # (a gradient this pass did not make: the block keeps what it had)
            held = {self.program.slot_of.get((id(node), k)) for node, k in entries}
            for node, k in entries:
                target = self._raw(node, k)
                if type(target) is not np.ndarray or not target.flags.writeable or \
                        not owners.get(id(_root(target)), set()) <= held or \
                        (k >= node.num_outputs and target.base is not None):
                    continue    # (memory another entry or an argument has too: written as that one's)
                state = target.reshape(-1).copy()
                for value in values:
                    if value.dtype.itemsize != state.dtype.itemsize:
                        break
                    flat = value.reshape(-1).view(state.dtype) if value.dtype != state.dtype else value.reshape(-1)
                    count = min(len(state), len(flat))
                    state[:count] = flat[:count]
                else:
                    held_as = _HELD_AS.get((node.op_name, k))
                    target.reshape(-1)[:] = state if held_as is None else held_as(state, node.attrs)
                    done.append((node, k, state.reshape(target.shape)))
        return done

    def _memory_owners(self):
        """{id(an array owning memory): the slots whose arrays are it or views of it}."""
        owners = {}
        for i, array in enumerate(self.program.last_slots):
            data = getattr(array, "_data", None)
            if type(data) is np.ndarray:
                owners.setdefault(id(_root(data)), set()).add(i)
        return owners

    def _value(self, entry, memo):
        """What the backward wrote as ``entry`` (None when not known)."""
        key = (id(entry[0]), entry[1])
        if key not in memo:
            memo[key] = self._made(entry, memo)
        return memo[key]

    def _made(self, entry, memo):
        node, j = entry
        served = self.blocks.gradient_of.get((id(node), j))
        if served is not None:
            return self.kept.get((id(served[0]), served[1]))
        if node.is_variable:        # _head_grad_<i>
            given = self.head_grads.get(int(node.name[len("_head_grad_"):]))
            return None if given is None else given.asnumpy()
        if node.op_name in _PASSED:
            return self._value(node.inputs[0], memo)
        if node.op_name in _SUMS:
            terms = [self._value(src, memo) for src in node.inputs]
            if any(t is None for t in terms):
                return None
            ordered = terms if len(terms) > 4 else terms[::-1]  # (MXNet's add_n adds up to four from the end)
            total = ordered[0]
            for term in ordered[1:]:
                total = total + term
            return total
        if node.op_name in _ZEROS:
            return self._zeros_like(node, *node.like[0])
        return None

    def _zeros_like(self, zeros, node, k):
        """What ``zeros`` (a zeros_like of output ``k`` of ``node``) wrote: of a hidden output the recorded op does
        not keep (a max Pooling's oneDNN workspace), zeros of its planned bytes."""
        like = self._raw(node, k)
        if like is not None:
            return np.zeros(like.shape, like.dtype)
        if k < node.num_outputs:
            return None
        return np.zeros(self.blocks.entry_bytes.get((id(zeros), 0), 0) // 4, np.float32)


def unwritten_gradients(symbol, grad_names, shapes):
    """{(forward node name, input): (its elements, the entries written into its block before it, those after it)}
    of the gradients a training graph's backward makes that no step reads: MXNet asks the kernel for none
    (kNullOp), yet the memory plan lends each a block, which a monitor shows as the entries written there
    before left it (in this pass, else in the last one)."""
    graph = TrainingGraph(symbol, grad_names, printed_attrs)
    _, blocks, _ = training_storage(graph, shapes)
    order = topo_order(graph.forward_heads) + graph.backward_order()
    read = _read_entries(order, graph.heads)
    tenants, found = {}, {}     # block -> the entries written there so far
    for node in order:
        for j in range(0 if node.is_variable else node.num_outputs if node.op is None else mx_output_count(node)):
            entry = (id(node), j)
            block, served = blocks.get(entry), graph.gradient_of.get(entry)
            if block is None:
                continue
            if served is not None and entry not in read and not _made_beside(node, j, served, read):
                src, k = served[0].inputs[served[1]]
                found[(served[0].name, served[1])] = (int(np.prod(shapes.get((id(src), k), ()))), block,
                                                      len(tenants.get(block, ())))
            else:
                tenants.setdefault(block, []).append((node, j))
    return {key: (size, tenants.get(block, [])[:at], tenants.get(block, [])[at:])
            for key, (size, block, at) in found.items()}, graph.gradient_of


def _made_beside(node, j, served, read):
    """Whether output ``j`` of backward ``node`` (the gradient ``served`` names) is written though no step reads
    it: oneDNN's convolution gradient makes its weight's together with its bias's."""
    return served[0].op_name == "Convolution" and served[1] == 1 and (id(node), 2) in read


def _read_entries(order, heads):
    """The entries of the graph's nodes (in ``order``) that a node reads or the graph outputs: MXNet's kernels write
    no other output (its request for one is kNullOp)."""
    read = {(id(node), k) for node, k in heads}
    for node in order:
        ignored = IGNORED_INPUTS.get(node.op_name, ())
        read.update((id(src), k) for i, (src, k) in enumerate(node.inputs) if i not in ignored)
    return read


def _root(array):
    """The array owning ``array``'s memory."""
    while isinstance(array.base, np.ndarray):
        array = array.base
    return array
