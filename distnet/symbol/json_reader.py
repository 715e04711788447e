"""MXNet's own reading of a JSON graph, for the text Python's ``json`` refuses or reads into values of another kind.

MXNet reads a graph with dmlc's JSONReader, field by field against nnvm's schema (node ids are unsigned
numbers, attributes strings, the graph's ``attrs`` typed ``[type name, value]`` pairs), and stops at the first
character it does not expect with words naming the line and what follows; the end of the text closes every open
array and object. ``read_graph`` reads the same way: it fails where and as MXNet fails, or returns the graph
MXNet reads (one cut short after its heads loads). ``well_typed`` tells, cheaply, whether a graph Python's
``json`` read is one MXNet reads alike, so ordinary files never come here.
"""
import re

from ..base import MXNetError, located

_EOF = -1
_SPACES = b" \t\n\v\f\r"        # C's isspace
_ESCAPES = {ord("r"): 13, ord("n"): 10, ord("\\"): 92, ord("t"): 9, ord('"'): 34}
_UNSUPPORTED_ESCAPE = re.compile(r'\\[^rnt"\\]')    # escapes Python's json decodes but dmlc's reader refuses
_UINT32, _INT32, _UINT64, _INT64 = (False, 32), (True, 32), (False, 64), (True, 64)
# the types the graph's "attrs" may name, with their C++ type's mangled name (MXNet names it on a mismatch)
_ANY_TYPES = {"int": "i", "str": "Ss", "size_t": "m", "list_int": "St6vectorIiSaIiEE",
              "list_str": "St6vectorISsSaISsEE", "list_shape": "St6vectorIN4nnvm6TShapeESaIS1_EE"}
_GRAPH_REQUIRED, _NODE_REQUIRED = ("arg_nodes", "heads", "nodes"), ("inputs", "name", "op")


def unknown_field(key, known):
    """dmlc's JSONReader refusal of a field it does not know, with the candidates it lists (its message ends in a
    blank line)."""
    return located(MXNetError(f"JSONReader: Unknown field {key}, candidates are: \n"
                              + "".join(f'"{k}"\n' for k in known) + "\n"), ("../include/dmlc/././json.h", 947))


def missing_field(name, at):
    """dmlc's JSONReader refusal of an object without the required field ``name`` (``at``: its position words; its
    message ends in a line break)."""
    return located(MXNetError(f'JSONReader: Check failed: visited.count(it->first) != 0U (0 vs. 0) : Missing field '
                              f'"{name}"\n At {at}\n'), ("../include/dmlc/././json.h", 957))


def _char(ch):
    return "EOF" if ch == _EOF else chr(ch)      # (MXNet prints the char -1 there, which Python cannot decode)


class _Reader:
    """dmlc's JSONReader over the bytes of one text: the same steps, line counts and failure words."""

    def __init__(self, data):
        self.data, self.pos, self.lines_n, self.lines_r, self.stream_failed = data, 0, 0, 0, False
        self.scopes = []

    def _peek(self):
        return self.data[self.pos] if self.pos < len(self.data) else _EOF

    def _next_char(self):
        ch = self._peek()
        if ch != _EOF:
            self.pos += 1
        return ch

    def _next_non_space(self):
        """The next character not a space; only this and ``_peek_non_space`` count the lines they pass."""
        while True:
            ch = self._next_char()
            self.lines_n += ch == 10
            self.lines_r += ch == 13
            if ch == _EOF or ch not in _SPACES:
                return ch

    def _peek_non_space(self):
        while True:
            ch = self._peek()
            self.lines_n += ch == 10
            self.lines_r += ch == 13
            if ch == _EOF or ch not in _SPACES:
                return ch
            self.pos += 1

    def line_info(self):
        """The reader's position words: the line and at most 63 bytes of what follows on it."""
        rest = b"" if self.stream_failed else self.data[self.pos:].split(b"\n", 1)[0][:63].split(b"\0", 1)[0]
        return f" Line {max(self.lines_n, self.lines_r)}, around ^`{rest.decode('utf-8', 'replace')}`"

    def _expect(self, ch, want, expr, what):
        if ch != ord(want):
            raise MXNetError(f"Check failed: ch == {expr} ({ch} vs. {want}) : Error at{self.line_info()}, "
                             + what.format(_char(ch)))

    def begin_object(self):
        self._expect(self._next_non_space(), "{", "'{'", "Expect '{{' but get '{}'")
        self.scopes.append(0)

    def begin_array(self):
        self._expect(self._next_non_space(), "[", "'['", "Expect '[' but get '{}'")
        self.scopes.append(0)

    def _next_item(self, close, kind):
        if self.scopes[-1]:
            ch = self._next_non_space()
            more = ch not in (_EOF, ord(close))
            if more:
                self._expect(ch, ",", "','", kind)
        else:
            more = self._peek_non_space() != ord(close)
            if not more:
                self.pos += 1
        if not more:
            self.scopes.pop()
            return False
        self.scopes[-1] += 1
        return True

    def next_array_item(self):
        return self._next_item("]", "JSON array expect ']' or ','. Get '{}' instead")

    def next_object_key(self):
        """The next key of the open object, or None at its end."""
        if not self._next_item("}", "JSON object expect '}}' or ',' '{}'"):
            return None
        key = self.read_string()
        self._expect(self._next_non_space(), ":", "': '", "Expect ':' but get '{}'")
        return key

    def read_string(self):
        self._expect(self._next_non_space(), '"', "'\\\"'", "Expect '\"' but get '{}'")
        out = bytearray()
        while True:
            ch = self._next_char()
            if ch == 92:
                escaped = self._next_char()
                if escaped not in _ESCAPES:
                    raise MXNetError(f"unknown string escape \\{_char(escaped)}")
                out.append(_ESCAPES[escaped])
            elif ch == 34:
                return out.decode("utf-8", "replace")
            else:
                out.append(ch & 0xFF)
            if ch in (_EOF, 10, 13):
                raise MXNetError(f"Error at{self.line_info()}, Expect '\"' but reach end of line ")

    def read_number(self, kind):
        """An integer as C++'s ``stream >> value`` reads it: spaces skipped uncounted, a sign, the digits."""
        signed, bits = kind
        while self._peek() != _EOF and self._peek() in _SPACES:
            self.pos += 1
        match = re.compile(rb"[+-]?\d+").match(self.data, self.pos)
        value = int(match.group()) if match else None
        if value is not None and not signed:         # an unsigned read takes a minus sign as C's strtoul does
            value = value % (1 << bits) if -(1 << bits) < value < (1 << bits) else None
        elif value is not None and not -(1 << bits - 1) <= value < (1 << bits - 1):
            value = None
        if value is None:
            self.stream_failed = True
            raise MXNetError(f"Check failed: !is_->fail(): Error at{self.line_info()}, Expect number")
        self.pos = match.end()
        return value

    # ---- nnvm's graph schema -----------------------------------------------------------------

    def array(self, read_item):
        self.begin_array()
        out = []
        while self.next_array_item():
            out.append(read_item())
        return out

    def fields(self, readers, required):
        """An object of the named fields (each read by its reader), checked as dmlc's JSONObjectReadHelper does."""
        self.begin_object()
        out = {}
        key = self.next_object_key()
        while key is not None:
            if key not in readers:
                raise unknown_field(key, sorted(readers))
            out[key] = readers[key]()
            key = self.next_object_key()
        for name in sorted(required):
            if name not in out:
                raise missing_field(name, self.line_info())
        return out

    def string_map(self):
        self.begin_object()
        out = {}
        key = self.next_object_key()
        while key is not None:
            out[key] = self.read_string()
            key = self.next_object_key()
        return out

    def entry(self):
        """A link ``[node, output(, version)]``."""
        self.begin_array()
        if not self.next_array_item():
            raise _at_entry("Check failed: reader->NextArrayItem(): invalid json format", 75)
        out = [self.read_number(_UINT32)]
        if not self.next_array_item():
            raise _at_entry("Check failed: reader->NextArrayItem(): invalid json format", 77)
        out.append(self.read_number(_UINT32))
        if self.next_array_item():
            out.append(self.read_number(_UINT32))
            if self.next_array_item():
                raise _at_entry("Check failed: !reader->NextArrayItem(): invalid json format", 81)
        return out

    def typed_value(self):
        """One of the graph's ``attrs``: ``[type name, value]`` (read by dmlc's any reader)."""
        try:
            self.begin_array()
        except MXNetError as e:
            raise located(e, (_ANY_READER, 740)) from None
        if not self.next_array_item():
            raise located(MXNetError("Check failed: reader->NextArrayItem(): invalid any json format"),
                          (_ANY_READER, 603))
        kind = self.read_string()
        if kind not in _ANY_TYPES:
            raise located(MXNetError(f"Check failed: it != tmap.end() && it->first == type_name: Typename {kind} has "
                                     "not been registered via DMLC_JSON_ENABLE_ANY"), (_ANY_READER, 608))
        if not self.next_array_item():
            raise located(MXNetError("Check failed: reader->NextArrayItem(): invalid any json format"),
                          (_ANY_READER, 611))
        read = {"int": lambda: self.read_number(_INT32), "str": self.read_string,
                "size_t": lambda: self.read_number(_UINT64),
                "list_int": lambda: self.array(lambda: self.read_number(_INT32)),
                "list_str": lambda: self.array(self.read_string),
                "list_shape": lambda: self.array(lambda: self.array(lambda: self.read_number(_INT64)))}[kind]
        out = [kind, read()]
        if self.next_array_item():
            raise located(MXNetError("Check failed: !reader->NextArrayItem(): invalid any json format"),
                          (_ANY_READER, 613))
        return out

    def node(self):
        uints = lambda: self.array(lambda: self.read_number(_UINT32))    # noqa: E731
        return self.fields({"op": self.read_string, "name": self.read_string, "inputs": lambda: self.array(self.entry),
                            "attrs": self.string_map, "attr": self.string_map, "param": self.string_map,
                            "control_deps": uints, "subgraphs": lambda: self.array(self.graph),
                            "backward_source_id": lambda: self.read_number(_INT32)}, _NODE_REQUIRED)

    def graph(self):
        uints = lambda: self.array(lambda: self.read_number(_UINT32))    # noqa: E731
        return self.fields({"nodes": lambda: self.array(self.node), "arg_nodes": uints, "heads": lambda: self.array(self.entry),
                            "node_row_ptr": uints, "attrs": self.graph_attrs}, _GRAPH_REQUIRED)

    def graph_attrs(self):
        self.begin_object()
        out = {}
        key = self.next_object_key()
        while key is not None:
            out[key] = self.typed_value()
            key = self.next_object_key()
        return out


_ANY_READER = "../include/dmlc/./json.h"       # dmlc's reader of a typed value, as MXNet's build includes it


def _at_entry(message, line):
    """A node entry's refusal, at its check in nnvm's JSON loader."""
    return located(MXNetError(message), ("../3rdparty/tvm/nnvm/src/pass/saveload_json.cc", line))


def read_graph(text):
    """The graph in ``text`` as MXNet reads it, or MXNet's words where its reader stops."""
    return _Reader(text.encode("utf-8", "surrogateescape")).graph()


def check_version_type(graph):
    """MXNet reads the graph's ``mxnet_version`` as an int once the graph is linked; another type is refused."""
    version = (graph.get("attrs") or {}).get("mxnet_version")
    if isinstance(version, list) and version and version[0] != "int" and version[0] in _ANY_TYPES:
        raise located(MXNetError("Check failed: *(type_->ptype_info) == typeid(T): The stored type mismatch "
                                 f"stored={_ANY_TYPES[version[0]]} requested=i"), ("../include/dmlc/././any.h", 322))


# ---- the cheap check of a graph Python's json read -------------------------------------------

def _uint(value, bits=32):
    return type(value) is int and 0 <= value < (1 << bits)


def _text(value):
    return type(value) is str and "\n" not in value and "\r" not in value   # raw line ends: read again


def _entry(value):
    return type(value) is list and 2 <= len(value) <= 3 and all(_uint(v) for v in value)


def _typed(value):
    if type(value) is not list or len(value) != 2 or value[0] not in _ANY_TYPES:
        return False
    kind, item = value
    if kind in ("int", "size_t"):
        return type(item) is int
    if kind == "str":
        return _text(item)
    return type(item) is list


def _node(node):
    if type(node) is not dict or not all(k in node for k in _NODE_REQUIRED):
        return False
    checks = {"op": _text, "name": _text, "backward_source_id": lambda v: type(v) is int,
              "inputs": lambda v: type(v) is list and all(_entry(e) for e in v),
              "control_deps": lambda v: type(v) is list and all(_uint(e) for e in v),
              "subgraphs": lambda v: type(v) is list and all(well_typed(g) for g in v)}
    for key, value in node.items():
        if key in ("attrs", "attr", "param"):
            if type(value) is not dict or not all(_text(k) and _text(v) for k, v in value.items()):
                return False
        elif key not in checks or not checks[key](value):
            return False
    return True


def well_typed(graph):
    """Whether MXNet reads the parsed ``graph`` as Python's json did (else ``read_graph`` says how it differs)."""
    if type(graph) is not dict or not all(k in graph for k in _GRAPH_REQUIRED):
        return False
    for key, value in graph.items():
        if key in ("arg_nodes", "node_row_ptr"):
            ok = type(value) is list and all(_uint(v) for v in value)
        elif key == "heads":
            ok = type(value) is list and all(_entry(v) for v in value)
        elif key == "nodes":
            ok = type(value) is list and all(_node(v) for v in value)
        elif key == "attrs":
            ok = type(value) is dict and all(_text(k) and _typed(v) for k, v in value.items())
        else:
            ok = False
        if not ok:
            return False
    return True


def needs_reading(text):
    """Whether ``text`` holds a string escape MXNet's reader refuses (Python's json decodes it)."""
    return "\\" in text and _UNSUPPORTED_ESCAPE.search(text.replace("\\\\", "")) is not None
