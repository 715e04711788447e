"""load_json/load/save argument and graph errors as MXNet reports them: non-text input, the first missing graph
field in the reader's order, an unregistered operator."""
import json
import re

import mxnet as mx


def essential(error):
    """The message's first line of text, without a C++ traceback, source position or repeated type name."""
    lines = [line for line in str(error).split("\n") if line and not line.startswith((" ", "Traceback"))]
    text = re.sub(r"^MXNetError: ", "", lines[0] if lines else "")
    return re.sub(r"\[[\d:]+\] \S+:\d+: ", "", text)


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:          # noqa: BLE001 - the exception type and message are compared
        print(label, "raised", type(e).__name__, essential(e))


A = {"op": "null", "name": "a", "inputs": []}
attempt("int", lambda: mx.sym.load_json(3))
attempt("bytes", lambda: mx.sym.load_json(json.dumps({"nodes": [A], "arg_nodes": [0], "heads": [[0, 0, 0]]}).encode()))
attempt("save to an int", lambda: mx.sym.var("a").save(3))
for fields in (("nodes", "heads"), ("arg_nodes", "nodes"), ("arg_nodes", "heads"), ()):
    graph = {"nodes": [A], "arg_nodes": [0], "heads": [[0, 0, 0]]}
    attempt(f"only {fields}", lambda: mx.sym.load_json(json.dumps({k: graph[k] for k in fields})))
attempt("unknown op", lambda: mx.sym.load_json(json.dumps(
    {"nodes": [A, {"op": "no_such_op", "name": "n", "inputs": [[0, 0, 0]]}], "arg_nodes": [0], "heads": [[1, 0, 0]]})))
attempt("fine", lambda: mx.sym.load_json(json.dumps({"nodes": [A], "arg_nodes": [0], "heads": [[0, 0, 0]]})).tojson())
