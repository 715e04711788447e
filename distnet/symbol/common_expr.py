"""Common-subexpression elimination, as MXNet's executor applies it to the graph it optimizes.

Two nodes of one operator with equal attributes and the same inputs compute the same outputs, so
the later is replaced by the earlier (``MXNET_ELIMINATE_COMMON_EXPR``, on by default). Operators that
draw random numbers, mutate inputs or keep state are never merged. An output left appearing twice
among the graph's outputs is given a ``_copy`` node, so every output stays a distinct entry.
"""
import os

from .graph import AUX_INPUTS, Node, attr_to_str, topo_order

# Operators MXNet 1.9.1 never merges (random draws, resources, state), besides those with auxiliary states.
_NEVER_MERGED = {"Dropout", "MakeLoss", "make_loss", "L2Normalization", "SwapAxis", "swapaxes", "split",
                 "SliceChannel", "SequenceMask", "RNN", "Custom", "BatchNorm", "BatchNorm_v1",
                 "_contrib_SyncBatchNorm", "IdentityAttachKLSparseReg", "shuffle", "_shuffle"}


def enabled():
    return os.environ.get("MXNET_ELIMINATE_COMMON_EXPR", "1") != "0"


def merged(heads):
    """``heads`` as MXNet runs them (its CachedOp, a control-flow body): merged unless the environment says not."""
    return eliminate(heads) if enabled() else heads


def _mergeable(node):
    op = node.op
    name = op.name
    if node.op_name in _NEVER_MERGED or name in _NEVER_MERGED or getattr(op, "subgraphs", None):
        return False
    if any(key in AUX_INPUTS for key in getattr(op, "arg_names", ())):
        return False
    return not any(part in name for part in ("random", "sample", "uniform", "normal", "_rnn_param"))


def eliminate(heads):
    """``heads`` over a graph whose duplicate computations are merged."""
    kept, replaced = {}, {}
    for node in topo_order(heads):
        if node.is_variable:
            replaced[id(node)] = node
            continue
        inputs = [(replaced[id(src)], i) for src, i in node.inputs]
        key = (node.op_name, tuple(sorted((k, attr_to_str(v)) for k, v in node.attrs.items())),
               tuple((id(src), i) for src, i in inputs))
        if _mergeable(node) and key in kept:
            replaced[id(node)] = kept[key]
            continue
        twin = Node(node.op, node.op_name, node.name, node.attrs, inputs, node.user_attrs, node.num_outputs)
        replaced[id(node)] = twin
        kept.setdefault(key, twin)
    out, seen = [], set()
    for node, i in heads:
        entry = (replaced[id(node)], i)
        if (id(entry[0]), i) in seen and not entry[0].is_variable:
            from .graph import lookup_op
            copy = Node(lookup_op("_copy"), "_copy", f"{entry[0].name}_{i}_copy", {}, [entry], {})
            entry = (copy, 0)
        seen.add((id(entry[0]), entry[1]))
        out.append(entry)
    return out
