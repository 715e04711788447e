"""``mx.viz``: a layer table of a symbol (print_summary) and its graph in DOT (plot_network)."""
import json
import re

from .base import MXNetError

_COLORS = ("#8dd3c7", "#fb8072", "#ffffb3", "#bebada", "#80b1d3", "#fdb462", "#b3de69", "#fccde5")
_HIDDEN_SUFFIXES = ("_weight", "_bias", "_beta", "_gamma", "_moving_var", "_moving_mean", "_running_var",
                    "_running_mean")


def _tuple_str(text):
    return [s for s in re.split(r"[(),\s]+", str(text)) if s]


def _internal_shapes(symbol, shape):
    if not shape:
        return None
    internals = symbol.get_internals()
    _, out_shapes, _ = internals.infer_shape(**shape)
    return dict(zip(internals.list_outputs(), out_shapes))


def print_summary(symbol, shape=None, line_length=120, positions=(.44, .64, .74, 1.)):
    """Print each layer's output shape, parameter count and inputs, then the total."""
    from .symbol import Symbol
    if not isinstance(symbol, Symbol):
        raise TypeError("print_summary expects a Symbol")
    shape_dict = _internal_shapes(symbol, shape)
    show_shape = shape_dict is not None
    conf = json.loads(symbol.tojson())
    nodes = conf["nodes"]
    heads = set(conf["heads"][0])     # as MXNet does: the first head entry's numbers
    positions = [int(line_length * p) if p <= 1 else p for p in positions]

    def row(fields):
        line = ""
        for field, pos in zip(fields, positions):
            line = (line + str(field))[:pos]
            line += " " * (pos - len(line))
        print(line)

    print("_" * line_length)
    row(["Layer (type)", "Output Shape", "Param #", "Previous Layer"])
    print("=" * line_length)
    total = 0
    for i, node in enumerate(nodes):
        if node["op"] == "null" and i > 0:
            continue
        if node["op"] != "null" or i in heads:
            out_shape = []
            if show_shape:
                key = node["name"] + ("_output" if node["op"] != "null" else "")
                out_shape = list(shape_dict[key][1:]) if key in shape_dict else []
            params, previous = _layer_params(node, nodes, heads, shape_dict)
            total += params
            first = [f"{node['name']}({node['op']})", "x".join(str(x) for x in out_shape), params,
                     previous[0] if previous else ""]
            row(first)
            for name in previous[1:]:
                row(["", "", "", name])
        print(("=" if i == len(nodes) - 1 else "_") * line_length)
    print(f"Total params: {total}")
    print("_" * line_length)


def _layer_params(node, nodes, heads, shape_dict):
    op, attrs = node["op"], node.get("attrs", {})
    previous, pre_filter = [], 0
    for src, *_ in node.get("inputs", []):
        inp = nodes[src]
        if inp["op"] != "null" or src in heads:
            previous.append(inp["name"])
            if shape_dict is not None:
                key = inp["name"] + ("_output" if inp["op"] != "null" else "")
                if key in shape_dict and len(shape_dict[key]) > 1:
                    pre_filter += int(shape_dict[key][1])
    bias = attrs.get("no_bias", "False") not in ("True", "true", "1")
    params = 0
    if op == "Convolution":
        filters, groups = int(attrs["num_filter"]), int(attrs.get("num_group", 1))
        params = pre_filter * filters // groups
        for k in _tuple_str(attrs["kernel"]):
            params *= int(k)
        params += filters if bias else 0
    elif op == "FullyConnected":
        hidden = int(attrs["num_hidden"])
        params = pre_filter * hidden + (hidden if bias else 0)
    elif op == "BatchNorm" and shape_dict is not None:
        params = int(shape_dict[node["name"] + "_output"][1]) * 2
    elif op == "Embedding":
        params = int(attrs["input_dim"]) * int(attrs["output_dim"])
    return params, previous


class DotGraph:
    """A graph in the DOT language; ``source`` is the text, ``render`` writes (and draws) it."""

    def __init__(self, name="plot", graph_attr=None):
        self.name, self.graph_attr, self.body = name, graph_attr or {}, []

    @property
    def source(self):
        head = [f"digraph {self.name} {{"]
        if self.graph_attr:
            head.append(f"\tgraph [{_attr_list(self.graph_attr)}]")
        return "\n".join(head + self.body) + "\n}\n"

    def node(self, name, label, **attrs):
        self.body.append(f"\t{_quote(name)} [{_attr_list(dict(label=label, **dict(sorted(attrs.items()))))}]")

    def edge(self, tail, head, label, **attrs):
        self.body.append(f"\t{_quote(tail)} -> {_quote(head)} "
                         f"[{_attr_list(dict(label=label, **dict(sorted(attrs.items()))))}]")

    def render(self, filename=None, directory=None, view=False, cleanup=False, format=None):
        """Write ``filename``.gv; draw it with the optional graphviz package when installed."""
        import os
        path = os.path.join(directory or "", (filename or self.name) + ".gv")
        with open(path, "w") as f:
            f.write(self.source)
        try:
            import graphviz
        except ImportError:
            return path
        return graphviz.Source(self.source).render(path, format=format or "pdf", cleanup=cleanup)

    def __str__(self):
        return self.source


def _quote(text):
    text = str(text)
    if re.fullmatch(r"[a-zA-Z_\x80-\xff][a-zA-Z0-9_\x80-\xff]*", text) and text.lower() not in (
            "node", "edge", "graph", "digraph", "subgraph", "strict"):
        return text
    if re.fullmatch(r"-?(\.[0-9]+|[0-9]+(\.[0-9]*)?)", text):
        return text
    return '"' + text.replace('"', '\\"') + '"'


def _attr_list(attrs):
    return " ".join(f"{k}={_quote(v)}" for k, v in attrs.items() if v is not None)


def _node_look(op, name, attrs):
    """(label, fill colour) of a layer, as MXNet draws it."""
    if op == "Convolution":
        stride = "x".join(_tuple_str(attrs.get("stride", "1")))
        return f"Convolution\n{'x'.join(_tuple_str(attrs['kernel']))}/{stride}, {attrs['num_filter']}", _COLORS[1]
    if op == "FullyConnected":
        return f"FullyConnected\n{attrs['num_hidden']}", _COLORS[1]
    if op == "BatchNorm":
        return name, _COLORS[3]
    if op in ("Activation", "LeakyReLU"):
        return f"{op}\n{attrs.get('act_type', 'leaky' if op == 'LeakyReLU' else '')}", _COLORS[2]
    if op == "Pooling":
        pool = attrs.get("pool_type", "max")
        if attrs.get("global_pool") in ("True", "true", "1"):
            return f"Pooling\n{pool}, global", _COLORS[4]
        kernel, stride = "x".join(_tuple_str(attrs["kernel"])), "x".join(_tuple_str(attrs.get("stride", "1")))
        return f"Pooling\n{pool}, {kernel}/{stride}", _COLORS[4]
    if op in ("Concat", "Flatten", "Reshape", "concat", "flatten", "reshape"):
        return name, _COLORS[5]
    if op == "Softmax":
        return name, _COLORS[6]
    return name, _COLORS[7]


def plot_network(symbol, title="plot", save_format="pdf", shape=None, dtype=None, node_attrs=None,
                 hide_weights=True):
    """The symbol's graph as a DotGraph (DOT text; drawn by ``render`` when graphviz is installed)."""
    from .symbol import Symbol
    if not isinstance(symbol, Symbol):
        raise MXNetError("plot_network expects a Symbol")
    shape_dict = _internal_shapes(symbol, shape)
    conf = json.loads(symbol.tojson())
    nodes = conf["nodes"]
    look = {"shape": "box", "fixedsize": "true", "width": "1.3", "height": "0.8034", "style": "filled"}
    look.update(node_attrs or {})
    dot = DotGraph(title)
    hidden = set()
    for node in nodes:
        name, op = node["name"], node["op"]
        if op == "null":
            if hide_weights and name.endswith(_HIDDEN_SUFFIXES):
                hidden.add(name)
                continue
            dot.node(name, name, **dict(look, shape="oval", fillcolor=_COLORS[0]))
            continue
        label, color = _node_look(op, name, node.get("attrs", {}))
        dot.node(name, label, **dict(look, fillcolor=color))
    for node in nodes:
        if node["op"] == "null":
            continue
        for src, *_ in node["inputs"]:
            inp = nodes[src]
            if inp["name"] in hidden:
                continue
            label = ""
            if shape_dict is not None:
                key = inp["name"] + ("_output" if inp["op"] != "null" else "")
                label = "x".join(str(x) for x in shape_dict.get(key, ())[1:])
            dot.edge(node["name"], inp["name"], label, arrowtail="open", dir="back")
    return dot
