"""Common-subexpression elimination, as MXNet's executor applies it to the graph it optimizes.

Two nodes of one operator with equal attributes and the same inputs compute the same outputs, so
the later is replaced by the earlier (``MXNET_ELIMINATE_COMMON_EXPR``, on by default). Operators that
draw random numbers, mutate inputs or keep state are never merged. Once something merged, an output
appearing twice among the graph's outputs is given a ``_copy`` node (a graph merging nothing keeps its
repeated outputs as they are).
"""
import os

from .graph import AUX_INPUTS, Node, attr_to_str, topo_order

# Operators MXNet 1.9.1 never merges (random draws, resources, state, copies between devices), besides those with
# auxiliary states.
_NEVER_MERGED = {"Dropout", "MakeLoss", "make_loss", "L2Normalization", "SwapAxis", "swapaxes", "split",
                 "SliceChannel", "SequenceMask", "RNN", "Custom", "BatchNorm", "BatchNorm_v1",
                 "_contrib_SyncBatchNorm", "IdentityAttachKLSparseReg", "shuffle", "_shuffle", "_CrossDeviceCopy"}


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
    """``heads`` over a graph whose duplicate computations are merged, in MXNet's rounds: each round merges
    the nodes equal as they stand (so a node whose inputs were merged waits for the next round), then gives
    each output that appears again a _copy; rounds go on until one merges nothing."""
    while True:
        heads, merged_any = _merge_round(heads)
        if not merged_any:
            return heads
        heads = _with_distinct_outputs(heads)


def _merge_round(heads):
    """(``heads`` with each node equal to an earlier one replaced by it, whether any was)."""
    kept, replaced, merged_any = {}, {}, False
    for node in topo_order(heads):
        if node.is_variable:
            replaced[id(node)] = node
            continue
        key = (node.op_name, tuple(sorted((k, attr_to_str(v)) for k, v in node.attrs.items())),
               tuple((id(src), i) for src, i in node.inputs))
        if node.inputs and _mergeable(node) and key in kept:      # (nodes without inputs are never merged)
            replaced[id(node)] = kept[key]
            merged_any = True
            continue
        twin = Node(node.op, node.op_name, node.name, node.attrs, [(replaced[id(src)], i) for src, i in node.inputs],
                    node.user_attrs, node.num_outputs)
        replaced[id(node)] = twin
        kept.setdefault(key, twin)
    return [(replaced[id(node)], i) for node, i in heads], merged_any


def _with_distinct_outputs(heads):
    """``heads`` with each repeat of an earlier output given a _copy of it, named after the output's node and
    how many copies of that output came before."""
    from .graph import lookup_op
    out, copies = [], {}
    for node, i in heads:
        entry = (node, i)
        key = (id(node), i)
        if key in copies:
            entry = (Node(lookup_op("_copy"), "_copy", f"{node.name}_{copies[key]}_copy", {}, [entry], {}), 0)
            copies[key] += 1
        else:
            copies[key] = 0
        out.append(entry)
    return out
