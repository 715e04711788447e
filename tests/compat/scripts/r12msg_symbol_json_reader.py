"""load_json of text that is no JSON object, or a graph missing a field, fails with MXNet's JSON reader's words
and position; text after the graph is not read."""
import json
import re

import mxnet as mx


def essential(error):
    """The message without a C++ traceback or repeated type name, on one line."""
    lines = [x for x in str(error).strip().split("\n") if not x.startswith(("Traceback", "  File"))]
    return re.sub(r"\[[\d:]+\] \S+:\d+: ", "", " | ".join(lines).replace("MXNetError: ", ""))


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:          # noqa: BLE001 - the exception type and message are compared
        print(label, "raised", type(e).__name__, essential(e))


A = {"op": "null", "name": "a", "inputs": []}
graph = json.dumps({"nodes": [A], "arg_nodes": [0], "heads": [[0, 0, 0]]})
for text in ["}", "[]", "null", "1", '"a"', "abc", "[1, 2]", "true", "  \n\n  [1]", "\r\n(", "x" * 100, "-1e5 tail"]:
    attempt(f"load_json {text!r}", lambda: mx.sym.load_json(text))
for text in ["{}", '{"nodes": []}', "{\n}\n  rest of the line", '{"nodes": [], "heads": []}  trailing',
             '{"arg_nodes": [], "heads": []}\n{}']:
    attempt(f"load_json {text!r}", lambda: mx.sym.load_json(text))
for node in [{"op": "null"}, {"op": "null", "name": "x"}, {"name": "x", "inputs": []}, {"inputs": []}]:
    text = json.dumps({"nodes": [A, node], "arg_nodes": [0], "heads": [[0, 0, 0]]}, indent=1)
    attempt(f"node {node}", lambda: mx.sym.load_json(text))
    attempt(f"node {node} no heads", lambda: mx.sym.load_json(json.dumps({"nodes": [node]})))
attempt("graph and trailing text", lambda: mx.sym.load_json(graph + " and more").list_arguments())
attempt("graph and a second object", lambda: mx.sym.load_json(graph + graph).list_arguments())
