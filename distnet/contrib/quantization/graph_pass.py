"""The graph passes behind ``quantize_model``: the float32 graph rewritten with quantized operators, and
calibrated thresholds written into it.

The rewrite works on a symbol's JSON graph, as MXNet 1.9.1's ``QuantizeGraph`` pass does on the CPU:
convolutions and fully connected layers must be quantized; relu, max/avg pooling, flatten, concat,
elementwise add/mul, batch norm and embedding may be. In ``smart`` mode a may-node is quantized only
when it lies between must-nodes (fed by one, feeding one); in ``full`` mode every candidate is. A float
input of a quantized node goes through ``_contrib_quantize_v2`` (a parameter named in ``offline_params``
becomes the variables ``<name>_quantize``, ``_min``, ``_max``), an int32 result through
``_contrib_requantize``, and a quantized result read by a float node through ``_contrib_dequantize``.
"""
import json
from collections import deque

import numpy as np

from ...base import MXNetError
from ...symbol.graph import topo_order
from ...symbol.symbol import _PRIVATE, load_json


class _Node:
    """A node of the JSON graph being rewritten: ``inputs`` are (node, output index, version)."""

    __slots__ = ("op", "name", "attrs", "inputs")

    def __init__(self, op, name, attrs=None, inputs=None):
        self.op, self.name, self.attrs, self.inputs = op, name, dict(attrs or {}), list(inputs or [])

    @property
    def is_variable(self):
        return self.op == "null"


class _Rule:
    """How one float32 op is quantized: its quantized op, whether it must be (``must``), whether an int32
    result needs a requantize, and which inputs stay as they are."""

    def __init__(self, qop, must=False, requantize=False, keep_inputs=lambda i: False, applies=lambda a: True):
        self.qop, self.must, self.requantize = qop, must, requantize
        self.keep_inputs, self.applies = keep_inputs, applies


_RULES = {
    "Convolution": _Rule("_contrib_quantized_conv", must=True, requantize=True),
    "FullyConnected": _Rule("_contrib_quantized_fully_connected", must=True, requantize=True),
    "Activation": _Rule("_contrib_quantized_act", applies=lambda a: a.get("act_type") == "relu"),
    "Pooling": _Rule("_contrib_quantized_pooling", applies=lambda a: a.get("pool_type", "max") in ("max", "avg")),
    "Flatten": _Rule("_contrib_quantized_flatten"),
    "Concat": _Rule("_contrib_quantized_concat"),
    "elemwise_add": _Rule("_contrib_quantized_elemwise_add", requantize=True),
    "elemwise_mul": _Rule("_contrib_quantized_elemwise_mul", requantize=True),
    "BatchNorm": _Rule("_contrib_quantized_batch_norm", keep_inputs=lambda i: i > 0),
    "Embedding": _Rule("_contrib_quantized_embedding", keep_inputs=lambda i: i == 0),
}

# Ops that name their outputs (MXNet's FListOutputNames); the others number them.
_OUTPUT_NAMES = {
    "Activation": ("output",), "Convolution": ("output",), "Deconvolution": ("output",),
    "FullyConnected": ("output",), "Pooling": ("output",), "SoftmaxOutput": ("output",),
    "SoftmaxActivation": ("output",), "UpSampling": ("output",), "LeakyReLU": ("output", "mask"),
    "Dropout": ("output", "mask"), "BatchNorm": ("output", "mean", "var"), "LRN": ("output", "tmp_norm"),
    "LayerNorm": ("output", "mean", "std"), "InstanceNorm": ("output", "mean", "var"),
    "GroupNorm": ("output", "mean", "std"), "RNN": ("output", "state_output", "statecell_output"),
    "softmax": ("output",), "Concat": ("output",), "concat": ("output",), "Pad": ("output",),
    "elemwise_add": ("output",), "_plus": ("output",), "_Plus": ("output",), "_add": ("output",),
    "SequenceLast": ("output",), "SequenceMask": ("output",), "SequenceReverse": ("output",),
    "SwapAxis": ("output",), "swapaxes": ("output",), "BilinearSampler": ("output",), "Correlation": ("output",),
    "_rnn_param_concat": ("output",), "BatchNorm_v1": ("output", "mean", "var"),
}


def listed_output_name(node, index):
    """The output's name as MXNet's pass spells it: the op's own name for it, else its number."""
    if node.op == "SliceChannel":
        return f"output{index}"
    names = _OUTPUT_NAMES.get(node.op)
    return names[index] if names else str(index)


def monitored_output_name(node, index):
    """The name the executor's monitor gives an output (``<node>_output`` for a single unnamed one)."""
    names = _OUTPUT_NAMES.get(node.op)
    if names or node.op == "SliceChannel":
        return f"{node.name}_{listed_output_name(node, index)}"
    return f"{node.name}_output" if index == 0 else f"{node.name}_output{index}"


_CALIB_ATTRS = ("min_calib_range", "max_calib_range")


class _Printed(float):
    """A float attribute that prints as the text it was given (MXNet keeps "%f" strings as written)."""

    def __new__(cls, text):
        value = super().__new__(cls, text)
        value.text = text
        return value

    def __str__(self):
        return self.text

    __repr__ = __str__


# ---- JSON in and out -----------------------------------------------------------------------------------
def _insertion_order(node):
    """A distnet node's attribute keys in the order MXNet inserted them (user attributes first, the
    ``__late__`` ones last), which decides how ``attr_dict`` lists them."""
    late = [k for k in node.user_attrs.get("__late__", "").split(",") if k]
    keys = [k for k in node.user_attrs if k not in _PRIVATE and k not in late]
    return keys + [k for k in node.attrs if k not in late] + late


def _reordered(attrs, order):
    return {k: attrs[k] for k in sorted(attrs, key=lambda k: order.index(k) if k in order else len(order))}


def parse(sym):
    """(the nodes in graph order, the heads) of a symbol's JSON graph, attributes in insertion order."""
    graph = json.loads(sym.tojson(remove_amp_cast=False))
    nodes = []
    for entry, original in zip(graph["nodes"], sym._nodes()):
        inputs = [(nodes[src], idx, ver) for src, idx, ver, *_ in (e + [0] for e in entry["inputs"])]
        attrs = _reordered(entry.get("attrs") or {}, _insertion_order(original))
        nodes.append(_Node(entry["op"], entry["name"], attrs, inputs))
    return nodes, [(nodes[src], idx) for src, idx, *_ in graph["heads"]]


def graph_order(heads):
    """Every node behind ``heads``, inputs first, depth first as MXNet's DFSVisit."""
    return topo_order(heads, deps=lambda node: [src for src, _, _ in node.inputs])


def to_symbol(heads):
    """A distnet Symbol of the graph ending at ``heads``."""
    order = graph_order(heads)
    index = {id(n): i for i, n in enumerate(order)}
    nodes, printed = [], {(n.name, k): n.attrs[k] for n in order for k in _CALIB_ATTRS if k in n.attrs}
    for n in order:
        entry = {"op": n.op, "name": n.name}
        if n.attrs:
            entry["attrs"] = dict(sorted(n.attrs.items()))
        entry["inputs"] = [[index[id(src)], idx, ver] for src, idx, ver in n.inputs]
        nodes.append(entry)
    graph = {"nodes": nodes, "arg_nodes": [i for i, n in enumerate(order) if n.is_variable],
             "heads": [[index[id(n)], idx, 0] for n, idx in heads],
             "attrs": {"mxnet_version": ["int", 10901]}}
    sym = load_json(json.dumps(graph))
    for node, made in zip(sym._nodes(), order):
        for key in _CALIB_ATTRS:        # keep C's "%f" text of the calibrated ranges when written back
            if key in node.attrs and not node.is_variable:
                node.attrs[key] = _Printed(printed[(node.name, key)])
        keys = list(made.attrs)
        node.attrs = _reordered(node.attrs, keys)
        user = {k: v for k, v in node.user_attrs.items() if k not in _PRIVATE}
        kept = {k: v for k, v in node.user_attrs.items() if k in _PRIVATE and k != "__late__"}   # (the JSON's order)
        node.user_attrs = dict(_reordered(user, keys), **kept)
    return sym


# ---- which nodes are quantized ---------------------------------------------------------------------------
def _rule(node, excluded_names, excluded_ops):
    """The node's quantization rule, or None when it has none, does not apply, or is excluded."""
    rule = None if node.is_variable else _RULES.get(node.op)
    if rule is None or not rule.applies(node.attrs):
        return None
    if node.name in excluded_names or node.op in excluded_ops:
        return None
    return rule


def _marked(order, excluded_names, excluded_ops, mode):
    """{id(node): rule} of the nodes to quantize."""
    rules = {id(n): r for n in order for r in [_rule(n, excluded_names, excluded_ops)] if r is not None}
    if mode == "full":
        return rules
    if mode != "smart":
        raise MXNetError(f"unrecognized quantize mode: {mode}; use 'smart' or 'full'")
    readers = {}
    for node in order:
        for src, _, _ in node.inputs:
            readers.setdefault(id(src), []).append(node)
    must = [n for n in order if id(n) in rules and rules[id(n)].must]
    may = {id(n) for n in order if id(n) in rules and not rules[id(n)].must}
    feeds = _reach(must, lambda n: [src for src, _, _ in n.inputs], may)
    fed = _reach(must, lambda n: readers.get(id(n), []), may)
    return {k: r for k, r in rules.items() if r.must or (k in feeds and k in fed)}


def _reach(start, step, allowed):
    """Ids of the ``allowed`` nodes reached from ``start`` through allowed nodes only."""
    found, queue = set(), deque(start)
    while queue:
        for nxt in step(queue.popleft()):
            if id(nxt) in allowed and id(nxt) not in found:
                found.add(id(nxt))
                queue.append(nxt)
    return found


# ---- the rewrite ----------------------------------------------------------------------------------------
class _Rewrite:
    """One pass over the float graph in order; ``mirror`` maps each float node to what stands for it."""

    def __init__(self, rules, quantized_dtype):
        self.rules, self.dtype = rules, quantized_dtype
        self.mirror, self.quantizers = {}, {}

    def visit(self, node):
        rule = self.rules.get(id(node))
        new = self._quantized(node, rule) if rule is not None else self._copied(node)
        self.mirror[id(node)] = new

    def _quantized(self, node, rule):
        new = _Node(rule.qop, "quantized_" + node.name, node.attrs)
        ranges = []
        for i, (src, idx, ver) in enumerate(node.inputs):
            mirror = self.mirror[id(src)]
            if rule.keep_inputs(i):
                new.inputs.append((mirror, idx, ver))
                continue
            if id(src) not in self.rules:
                quantizer = self._quantizer(src, idx, ver)
                new.inputs.append((quantizer, 0, 0))
                ranges += [(quantizer, 1, 0), (quantizer, 2, 0)]
                continue
            if mirror.op == "_contrib_dequantize":
                mirror = mirror.inputs[0][0]
            new.inputs.append((mirror, idx, ver))
            ranges += [(mirror, 1 + 2 * idx, 0), (mirror, 2 + 2 * idx, 0)]     # each quantized op: data, min, max
        new.inputs += ranges
        if not rule.requantize:
            return new
        return _Node("_contrib_requantize", "requantize_" + node.name, {"out_type": self.dtype},
                     [(new, k, 0) for k in range(3)])

    def _quantizer(self, src, idx, ver):
        """The ``_contrib_quantize_v2`` of a float entry, made once and shared by its readers."""
        key = (id(src), idx)
        if key not in self.quantizers:
            suffix = "" if src.is_variable else "_" + listed_output_name(src, idx)
            self.quantizers[key] = _Node("_contrib_quantize_v2", f"{src.name}{suffix}_quantize",
                                         {"out_type": self.dtype}, [(self.mirror[id(src)], idx, ver)])
        return self.quantizers[key]

    def _copied(self, node):
        new = _Node(node.op, node.name, node.attrs)
        for src, idx, ver in node.inputs:
            mirror = self.mirror[id(src)]
            if id(src) in self.rules and mirror.op != "_contrib_dequantize":
                mirror = self.dequantized(src, mirror, idx)
                self.mirror[id(src)] = mirror
                new.inputs.append((mirror, 0, 0))
            elif (id(src), idx) in self.quantizers:
                new.inputs.append(self.quantizers[(id(src), idx)].inputs[0])
            else:
                new.inputs.append((mirror, idx, ver))
        return new

    def dequantized(self, src, mirror, idx, visible=1):
        """A ``_contrib_dequantize`` of output ``idx`` of the quantized ``mirror`` of ``src`` (whose range
        outputs MXNet looks for after ``visible`` data outputs)."""
        first = visible + 2 * idx
        return _Node("_contrib_dequantize", src.name + "_dequantize",
                     inputs=[(mirror, idx, 0), (mirror, first, 0), (mirror, first + 1, 0)])


def _offline(heads, offline_params):
    """Quantize nodes of parameters named in ``offline_params`` replaced by the variables
    ``<name>_quantize``, ``<name>_quantize_min`` and ``<name>_quantize_max``."""
    made = {}
    for node in graph_order(heads):
        for k, (src, idx, ver) in enumerate(node.inputs):
            if src.op == "_contrib_quantize_v2" and src.inputs[0][0].is_variable and \
                    src.inputs[0][0].name in offline_params:
                key = (id(src), idx)
                if key not in made:
                    made[key] = _Node("null", src.name + ("", "_min", "_max")[idx])
                node.inputs[k] = (made[key], 0, 0)


def quantize_symbol(sym, excluded_names=(), excluded_ops=(), offline_params=(), quantized_dtype="int8",
                    quantize_mode="smart"):
    """(the quantized Symbol, the names of the layer outputs calibration should measure)."""
    order, heads = parse(sym)
    rules = _marked(order, set(excluded_names), set(excluded_ops), quantize_mode)
    rewrite = _Rewrite(rules, quantized_dtype)
    for node in order:
        rewrite.visit(node)
    new_heads = []
    for src, idx in heads:
        mirror = rewrite.mirror[id(src)]
        if id(src) in rules:        # MXNet counts the float op's visible outputs here
            visible = 3 if src.op == "BatchNorm" and str(src.attrs.get("output_mean_var")) in ("1", "True") else 1
            mirror = rewrite.dequantized(src, mirror, idx, visible=visible)
            idx = 0
        new_heads.append((mirror, idx))
    _offline(new_heads, set(offline_params))
    return to_symbol(new_heads), _calib_layers(new_heads)


def _calib_layers(heads):
    """The monitored names of the float outputs whose ranges the quantized graph wants calibrated."""
    names = []
    for node in graph_order(heads):
        key = calib_key(node)
        if key is not None:
            names.append(key)
    return names


def calib_key(node):
    """The monitored float output a node's calibrated range comes from (None if it takes none)."""
    if node.op in ("_contrib_quantize_v2", "_contrib_requantize"):
        src, idx, _ = node.inputs[0]
        if node.op == "_contrib_requantize":
            return _strip(monitored_output_name(src, idx))
        return src.name if src.is_variable else monitored_output_name(src, idx)
    if node.op == "_contrib_quantized_batch_norm":
        return _strip(monitored_output_name(node, 0))
    return None


def _as_float(value):
    """A threshold (a number, or a one-element array from entropy calibration) as a C float."""
    return float(np.float32(np.asarray(value, dtype=np.float64).reshape(-1)[0]))


def _strip(name):
    return name[len("quantized_"):] if name.startswith("quantized_") else name


def set_calib_table(qsym, th_dict):
    """``qsym`` with each calibrated node's ``min_calib_range``/``max_calib_range`` set from ``th_dict``
    ({monitored output name: (min, max)}), written as C's ``%f``."""
    order, heads = parse(qsym)
    for node in order:
        key = None if node.is_variable else calib_key(node)
        if key is not None and key in th_dict:
            low, high = th_dict[key]
            node.attrs["min_calib_range"] = "%f" % _as_float(low)
            node.attrs["max_calib_range"] = "%f" % _as_float(high)
    return to_symbol(heads)
