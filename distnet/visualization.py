"""``mx.viz``: a layer table of a symbol (print_summary) and its graph in DOT (plot_network)."""
import copy  # noqa: F401  (as MXNet's module imports it)
import json
import re
import warnings

from .dot import Digraph as _Digraph
from .symbol import Symbol  # noqa: F401  (a name MXNet's module shows, as its own import)

_COLORS = ("#8dd3c7", "#fb8072", "#ffffb3", "#bebada", "#80b1d3", "#fdb462", "#b3de69", "#fccde5")
_WEIGHT_SUFFIXES = ("_weight", "_bias", "_beta", "_gamma", "_moving_var", "_moving_mean", "_running_var",
                    "_running_mean")


def _str2tuple(text):
    """The integers of a tuple attribute such as ``"(3, 3)"``, as strings."""
    return re.findall(r"\d+", text)


def _check_symbol(symbol, message):
    """Refuse a non-Symbol with ``message`` (MXNet's words differ between print_summary and plot_network)."""
    from .symbol import Symbol
    if not isinstance(symbol, Symbol):
        raise TypeError(message)


def _internal_dict(symbol, given, infer, what):
    """{internal output name: inferred shape or dtype} from the given input shapes/dtypes."""
    internals = symbol.get_internals()
    _, outs, _ = infer(internals, **given)
    if outs is None:
        raise ValueError(f"Input {what} is incomplete")
    return dict(zip(internals.list_outputs(), outs))


def _output_key(node):
    return node["name"] + "_output" if node["op"] != "null" else node["name"]


def print_summary(symbol, shape=None, line_length=120, positions=[.44, .64, .74, 1.]):  # noqa: B006  (read only)
    """Print each layer's output shape, parameter count and inputs, then the total."""
    _check_symbol(symbol, "symbol must be Symbol")
    shape_dict = _internal_dict(symbol, shape, type(symbol).infer_shape, "shape") if shape is not None else None
    conf = json.loads(symbol.tojson())
    nodes = conf["nodes"]
    heads = set(conf["heads"][0])          # the first head entry's numbers, as MXNet reads them
    if positions[-1] <= 1:
        positions = [int(line_length * p) for p in positions]

    def row(fields):
        line = ""
        for i, field in enumerate(fields):
            line = (line + str(field))[:positions[i]]
            line += " " * (positions[i] - len(line))
        print(line)

    print("_" * line_length)
    row(["Layer (type)", "Output Shape", "Param #", "Previous Layer"])
    print("=" * line_length)
    total = 0
    for i, node in enumerate(nodes):
        if node["op"] == "null" and i > 0:
            continue
        out_shape = []
        if shape_dict is not None and (node["op"] != "null" or i in heads):
            out_shape = list(shape_dict.get(_output_key(node), [None])[1:])
        params, previous = _layer_params(node, nodes, heads, shape_dict)
        total += params
        row([f"{node['name']}({node['op']})", "x".join(str(x) for x in out_shape), params,
             previous[0] if previous else ""])
        for name in previous[1:]:
            row(["", "", "", name])
        print(("=" if i == len(nodes) - 1 else "_") * line_length)
    print(f"Total params: {total}")
    print("_" * line_length)


def _layer_params(node, nodes, heads, shape_dict):
    """(parameter count, names of the layers feeding ``node``)."""
    op, attrs = node["op"], node.get("attrs", {})
    previous, pre_filter = [], 0
    if op != "null":
        for src, *_ in node["inputs"]:
            inp = nodes[src]
            if inp["op"] != "null" or src in heads:
                previous.append(inp["name"])
                key = _output_key(inp)
                if shape_dict is not None and key in shape_dict:
                    pre_filter += int(shape_dict[key][1:][0])
    bias = attrs.get("no_bias") != "True"
    params = 0
    if op == "Convolution":
        params = pre_filter * int(attrs["num_filter"]) // int(attrs.get("num_group", "1"))
        for k in _str2tuple(attrs["kernel"]):
            params *= int(k)
        params += int(attrs["num_filter"]) if bias else 0
    elif op == "FullyConnected":
        params = (pre_filter + bias) * int(attrs["num_hidden"])
    elif op == "BatchNorm" and shape_dict is not None:
        params = int(shape_dict[node["name"] + "_output"][1]) * 2
    elif op == "Embedding":
        params = int(attrs["input_dim"]) * int(attrs["output_dim"])
    return params, previous


def _node_look(node, attr):
    """A layer's label, setting its fill colour in ``attr`` as MXNet draws it."""
    op, name, attrs = node["op"], node["name"], node.get("attrs", {})
    label, color = name, _COLORS[7]
    if op == "Convolution":
        stride = "x".join(_str2tuple(attrs["stride"])) if "stride" in attrs else "1"
        label, color = f"Convolution\n{'x'.join(_str2tuple(attrs['kernel']))}/{stride}, {attrs['num_filter']}", _COLORS[1]
    elif op == "FullyConnected":
        label, color = f"FullyConnected\n{attrs['num_hidden']}", _COLORS[1]
    elif op == "BatchNorm":
        color = _COLORS[3]
    elif op == "Activation":
        label, color = f"Activation\n{attrs['act_type']}", _COLORS[2]
    elif op == "LeakyReLU":
        label, color = f"LeakyReLU\n{attrs.get('act_type', 'Leaky')}", _COLORS[2]
    elif op == "Pooling":
        kernel = "x".join(_str2tuple(attrs["kernel"])) if "kernel" in attrs else "[]"
        stride = "x".join(_str2tuple(attrs["stride"])) if "stride" in attrs else "1"
        label, color = f"Pooling\n{attrs['pool_type']}, {kernel}/{stride}", _COLORS[4]
    elif op in ("Concat", "Flatten", "Reshape"):
        color = _COLORS[5]
    elif op == "Softmax":
        color = _COLORS[6]
    elif op == "Custom":
        label = attrs["op_type"]
    attr["fillcolor"] = color
    return label


def _edge_key(node):
    key = _output_key(node)
    if node["op"] != "null" and "num_outputs" in node.get("attrs", {}):
        key += str(int(node["attrs"]["num_outputs"]) - 1)
    return key


def plot_network(symbol, title="plot", save_format="pdf", shape=None, dtype=None, node_attrs={},  # noqa: B006
                 hide_weights=True):    # (MXNet's defaults, read only)
    """The symbol's graph as a Digraph (``.source`` is the DOT text; ``render`` draws it with graphviz)."""
    _check_symbol(symbol, "symbol must be a Symbol")
    shape_dict = _internal_dict(symbol, shape, type(symbol).infer_shape, "shape") if shape is not None else None
    type_dict = _internal_dict(symbol, dtype, type(symbol).infer_type, "type") if dtype is not None else None
    nodes = json.loads(symbol.tojson())["nodes"]
    names = [n["name"] for n in nodes]
    if len(names) != len(set(names)):
        repeated = sorted({n for n in names if names.count(n) > 1})
        warnings.warn("There are multiple variables with the same name in your graph, this may result in cyclic "
                      "graph. Repeated names: " + ",".join(repeated), RuntimeWarning)
    look = {"shape": "box", "fixedsize": "true", "width": "1.3", "height": "0.8034", "style": "filled"}
    look.update(node_attrs or {})
    dot = _Digraph(name=title, format=save_format)
    hidden = set()
    for node in nodes:
        attr = dict(look)
        if node["op"] == "null":
            if node["name"].endswith(_WEIGHT_SUFFIXES):
                if hide_weights:
                    hidden.add(node["name"])
                continue              # not drawn; shown with hide_weights=False only through its edge
            attr.update(shape="oval", fillcolor=_COLORS[0])
            label = node["name"]
        else:
            label = _node_look(node, attr)
        dot.node(name=node["name"], label=label, **attr)
    for node in nodes:
        if node["op"] == "null":
            continue
        inputs = node["inputs"][:1] if node["op"] == "_contrib_BilinearResize2D" else node["inputs"]
        for src, *_ in inputs:
            inp = nodes[src]
            if inp["name"] in hidden:
                continue
            label = ""
            if shape_dict is not None:
                label = "x".join(str(x) for x in shape_dict[_edge_key(inp)][1:])
            if type_dict is not None:
                label += f"({type_dict[_edge_key(inp)].__name__})"
            dot.edge(tail_name=node["name"], head_name=inp["name"], label=label, arrowtail="open", dir="back")
    return dot
