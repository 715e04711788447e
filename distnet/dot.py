"""A directed graph in the DOT language, with the interface of ``graphviz.Digraph`` that ``mx.viz`` returns.

Drawing runs Graphviz's layout programs (``dot``, ...) found on the PATH; the source text needs nothing.
"""
import os
import re
import subprocess

ENGINES = frozenset({"dot", "neato", "twopi", "circo", "fdp", "sfdp", "patchwork", "osage"})
# Graphviz's output formats (graphviz.org/docs/outputs)
FORMATS = frozenset("""
    bmp canon dot gv xdot xdot1.2 xdot1.4 cgimage cmap eps exr fig gd gd2 gif gtk ico imap cmapx imap_np
    cmapx_np ismap jp2 jpg jpeg jpe json json0 dot_json xdot_json pct pict pdf pic plain plain-ext png pov ps
    ps2 psd sgi svg svgz tga tif tiff tk vml vmlz vrml wbmp webp xlib x11""".split())

_ID = re.compile(r"([a-zA-Z_][a-zA-Z0-9_]*|-?(\.\d+|\d+(\.\d*)?))$")
_KEYWORDS = {"node", "edge", "graph", "digraph", "subgraph", "strict"}


class ExecutableNotFound(RuntimeError):
    """A Graphviz layout program is needed to draw, and it is not on the PATH."""

    def __init__(self, args):
        super().__init__(f"failed to execute {args!r}, make sure the Graphviz executables are on your "
                         "systems' PATH")


def _quote(text):
    """A DOT identifier, quoted when it is not a plain name, a number or an HTML label (text only)."""
    if re.match(r"<.*>$", text):
        return text
    if not _ID.match(text) or text.lower() in _KEYWORDS:
        return '"' + text.replace('"', '\\"') + '"'
    return text


def _quote_edge(text):
    """An edge end: a node name, with an optional ``:port`` and ``:compass`` point after it."""
    node, _, rest = text.partition(":")
    parts = [_quote(node)]
    if rest:
        port, _, compass = rest.partition(":")
        parts.append(_quote(port))
        if compass:
            parts.append(compass)
    return ":".join(parts)


def _a_list(label, attrs, attributes=None):
    """``label=... key=value ...``: the keyword attributes sorted, then ``attributes`` (a dict, sorted, or
    (key, value) pairs in their order)."""
    items = ([f"label={_quote(label)}"] if label is not None else [])
    items += [f"{_quote(k)}={_quote(v)}" for k, v in sorted(attrs.items()) if v is not None]
    if attributes:
        pairs = sorted(attributes.items()) if isinstance(attributes, dict) else attributes
        items += [f"{_quote(k)}={_quote(v)}" for k, v in pairs if v is not None]
    return " ".join(items)


def _attr_list(label, attrs, attributes=None):
    text = _a_list(label, attrs, attributes)
    return f" [{text}]" if text else ""


def _choice(value, known, what):
    value = value.lower()
    if value not in known:
        raise ValueError(f"unknown {what}: {value!r}")
    return value


def _run(args, data=None):
    """The output of a Graphviz program (its input ``data`` on stdin)."""
    try:
        proc = subprocess.run(args, input=data, stdout=subprocess.PIPE, check=False)
    except FileNotFoundError:
        raise ExecutableNotFound(args) from None
    if proc.returncode:
        raise subprocess.CalledProcessError(proc.returncode, args, output=proc.stdout)
    return proc.stdout


class Digraph:
    """Nodes and edges as DOT text (``source``); ``render``/``pipe`` draw it with Graphviz's programs."""

    directed = True

    def __init__(self, name=None, comment=None, filename=None, directory=None, format=None, engine=None,
                 encoding="utf-8", graph_attr=None, node_attr=None, edge_attr=None, body=None, strict=False):
        self.name, self.comment = name, comment
        self.filename = filename or (f"{name}.gv" if name else "Digraph.gv")
        self.directory = directory or ""
        self.format = "pdf" if format is None else format
        self.engine = "dot" if engine is None else engine
        self.encoding = encoding
        self.graph_attr, self.node_attr = dict(graph_attr or {}), dict(node_attr or {})
        self.edge_attr, self.body, self.strict = dict(edge_attr or {}), list(body or []), strict

    format = property(lambda self: self._format,
                      lambda self, value: setattr(self, "_format", _choice(value, FORMATS, "format")))
    engine = property(lambda self: self._engine,
                      lambda self, value: setattr(self, "_engine", _choice(value, ENGINES, "engine")))

    def __iter__(self, subgraph=False):
        if self.comment:
            yield f"// {self.comment}"
        head = "subgraph" if subgraph else ("strict " if self.strict else "") + "digraph"
        yield f"{head} {_quote(self.name)} {{" if self.name else f"{head} {{"
        for kind, attrs in (("graph", self.graph_attr), ("node", self.node_attr), ("edge", self.edge_attr)):
            if attrs:
                yield f"\t{kind}{_attr_list(None, attrs)}"
        yield from self.body
        yield "}"

    @property
    def source(self):
        return "\n".join(self)

    def __str__(self):
        return self.source

    def node(self, name, label=None, _attributes=None, **attrs):
        self.body.append(f"\t{_quote(name)}{_attr_list(label, attrs, _attributes)}")

    def edge(self, tail_name, head_name, label=None, _attributes=None, **attrs):
        self.body.append(f"\t{_quote_edge(tail_name)} -> {_quote_edge(head_name)}"
                         f"{_attr_list(label, attrs, _attributes)}")

    def edges(self, tail_head_iter):
        """An edge for each (tail, head) pair."""
        for tail, head in tail_head_iter:
            self.body.append(f"\t{_quote_edge(tail)} -> {_quote_edge(head)}")

    def attr(self, kw=None, _attributes=None, **attrs):
        """Attributes of the graph (``kw`` None: one ``key=value`` line each), or defaults for every
        graph, node or edge after this point (``kw``)."""
        if kw is not None and kw.lower() not in ("graph", "node", "edge"):
            raise ValueError(f"attr statement must target graph, node, or edge: {kw!r}")
        if not (attrs or _attributes):
            return
        if kw is None:
            self.body.append("\t" + _a_list(None, attrs, _attributes))
        else:
            self.body.append(f"\t{kw}{_attr_list(None, attrs, _attributes)}")

    def subgraph(self, graph=None, name=None, comment=None, graph_attr=None, node_attr=None, edge_attr=None,
                 body=None):
        """Add ``graph``'s statements as a subgraph; without ``graph``, a context giving a new one to fill."""
        if graph is None:
            return _SubgraphContext(self, Digraph(name=name, comment=comment, graph_attr=graph_attr,
                                                  node_attr=node_attr, edge_attr=edge_attr, body=body))
        if graph.directed != self.directed:
            raise ValueError(f"{self!r} cannot add subgraph of different kind: {graph!r}")
        self.body.extend("\t" + line for line in graph.__iter__(subgraph=True))
        return None

    def clear(self, keep_attrs=False):
        """Remove every statement (and, unless ``keep_attrs``, the graph/node/edge defaults)."""
        if not keep_attrs:
            for attrs in (self.graph_attr, self.node_attr, self.edge_attr):
                attrs.clear()
        del self.body[:]

    def copy(self):
        """An independent graph with the same settings and statements."""
        return Digraph(name=self.name, comment=self.comment, filename=self.filename, directory=self.directory,
                       format=self.format, engine=self.engine, encoding=self.encoding, graph_attr=self.graph_attr,
                       node_attr=self.node_attr, edge_attr=self.edge_attr, body=self.body, strict=self.strict)

    @property
    def filepath(self):
        return os.path.join(self.directory, self.filename)

    def save(self, filename=None, directory=None):
        """Write the DOT source (ending with a newline) to ``directory/filename``; returns the path."""
        if filename is not None:
            self.filename = filename
        if directory is not None:
            self.directory = directory
        path = self.filepath
        if os.path.dirname(path):
            os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding=self.encoding) as f:
            f.write(self.source + "\n")
        return path

    def render(self, filename=None, directory=None, view=False, cleanup=False):
        """Save the source, draw it next to it in ``format``; returns the drawing's path."""
        path = self.save(filename, directory)
        _run([self.engine, f"-T{self.format}", "-O", path])
        if cleanup:
            os.remove(path)
        rendered = f"{path}.{self.format}"
        if view:
            subprocess.Popen(["xdg-open", rendered])
        return rendered

    def view(self, filename=None, directory=None, cleanup=False):
        """Render, then open the drawing in the desktop's viewer."""
        return self.render(filename=filename, directory=directory, view=True, cleanup=cleanup)

    def pipe(self, format=None):
        """The drawing's bytes in ``format`` (default: this graph's)."""
        format = self.format if format is None else _choice(format, FORMATS, "format")
        return _run([self.engine, f"-T{format}"], self.source.encode(self.encoding))

    def _repr_svg_(self):
        return self.pipe(format="svg").decode(self.encoding)


class _SubgraphContext:
    """``with graph.subgraph(name=...) as sub:``: statements go to ``sub``, added to ``graph`` at the end."""

    def __init__(self, parent, sub):
        self.parent, self.sub = parent, sub

    def __enter__(self):
        return self.sub

    def __exit__(self, *exc):
        self.parent.subgraph(self.sub)
