"""The inputs a ``monitor_all`` monitor is shown of each backward node, as MXNet's executor shows them: before a
node's outputs, each input as ``<node>_<input name>`` (a variable also under its own name first).

The nodes and their inputs are the training graph's (backward_graph); an input's value is the forward value
it reads or the output of a backward node already shown.
"""
import re

import numpy as np

from ..ndarray.ndarray import _wrap
from .backward_graph import GradNode, TrainingGraph
from .backward_ops import _BY_KIND, _USE_IN, _USE_OUT

_OUTPUT_LABEL = re.compile(r"_output\d*$")
_SOFTMAX = frozenset({"softmax", "log_softmax", "softmin"})     # their backward reads (ograd, output)
# elementwise ops whose backward is a binary elementwise op of (gradient, input or output): lhs and rhs
_UNARY_MATH = frozenset((_BY_KIND[_USE_IN] + " " + _BY_KIND[_USE_OUT]).split()) - _SOFTMAX - {"clip"}


def _input_names(node):
    """The names MXNet's backward op ``node`` gives its inputs."""
    count = len(node.inputs)
    forward = node.cdeps[0].op_name if node.cdeps and not isinstance(node.cdeps[0], GradNode) else None
    if node.op_name == "add_n":
        return [f"arg{k}" for k in range(count)]
    if count == 2 and forward in _SOFTMAX:
        return ["ograd", "output"]
    if count == 2 and (forward in _UNARY_MATH or node.op_name in ("elemwise_mul", "_identity_with_attr_like_rhs")):
        return ["lhs", "rhs"]
    return [f"input{k}" for k in range(count)]


def _output_label(node, k):
    """What a monitor calls output k of backward node ``node``."""
    return f"{node.name}_output" if node.num_outputs == 1 else f"{node.name}_output{k}"


def with_backward_inputs(shown, symbol, learned, forward_value, head_grads):
    """``shown`` ([(label bytes, array)] of the backward, in MXNet's order) with each node's inputs before
    its outputs. ``forward_value(node, k)``: output k of a forward node (None when unknown);
    ``head_grads``: ``_head_grad_<i>`` -> the gradient given for output i."""
    from .symbol import _HIDDEN_KEYS, _attr_items
    graph = TrainingGraph(symbol, [n for n in symbol.list_arguments() if n in learned],
                          lambda node: {k: v for k, v in _attr_items(node) if k not in _HIDDEN_KEYS})
    waiting = {}        # by name, the nodes not shown yet (several gradient sums share the name sum_grad)
    for n in graph.backward_order():
        if not n.is_variable:
            waiting.setdefault(n.name, []).append(n)
    values, labels_of_last, out = {}, {}, []
    for label, array in shown:
        text = label.decode()
        name = _OUTPUT_LABEL.sub("", text)
        if waiting.get(name) and text in labels_of_last.get(name, {text}):     # a node's first output
            labels_of_last[name] = set()
            out += _inputs(waiting[name].pop(0), values, forward_value, head_grads)
        labels_of_last.get(name, set()).add(text)
        values[text] = array
        out.append((label, array))
    return out


def _inputs(node, values, forward_value, head_grads):
    """[(label, array)] of ``node``'s inputs whose values are known, after the zero gradients it reads of
    outputs nothing else reads (MXNet makes those nodes just before)."""
    shown = []
    for src, k in node.inputs:
        label = _output_label(src, k)       # (a zero gradient the backward already showed is not made again)
        if isinstance(src, GradNode) and src.op_name == "_zeros_without_dtype" and label not in values:
            like = forward_value(*src.like[k])
            like = forward_value(src.like[k][0], 0) if like is None else like      # (a workspace: as the output)
            if like is not None:
                values[label] = _zeros(like)
                shown.append((label.encode(), values[label]))
    for arg, (src, k) in zip(_input_names(node), node.inputs):
        if isinstance(src, GradNode) and src.op_name == "_zeros_without_dtype":
            value = values.get(_output_label(src, k))
        elif isinstance(src, GradNode):
            value = head_grads.get(src.name) if src.is_variable else values.get(_output_label(src, k))
        else:
            value = forward_value(src, k)
        if value is None:
            continue
        if src.is_variable:
            shown.append((src.name.encode(), value))
        shown.append((f"{node.name}_{arg}".encode(), value))
    return shown


def _zeros(like):
    """An NDArray of zeros shaped as ``like``."""
    return _wrap(np.zeros(like.shape, like.dtype), like.context)
