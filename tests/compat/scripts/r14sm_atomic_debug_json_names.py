"""debug_str of a lone input-less op (MXNet's AtomicFunctor line), and load_json's attribute errors naming the node."""
import json
import re
import numpy as np
import mxnet as mx


def words(e):
    """The exception type and MXNet's whole message, without the C++ trace, source positions or timestamps."""
    text = str(e).split("Stack trace:")[0]
    lines = [line for line in text.splitlines()
             if not line.startswith("Traceback (most") and not line.strip().startswith("File \"")]
    lines = [line[len("MXNetError: "):] if line.startswith("MXNetError: ") else line for line in lines]
    text = re.sub(r"\[\d\d:\d\d:\d\d\] \S+:\d+: ", "", "\n".join(lines).strip())
    return f"{type(e).__name__}: {text}"


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:      # noqa: BLE001  (the error is what is compared)
        print(label, "->", words(e))


with mx.name.NameManager():
    for label, make in [("zeros", lambda: mx.sym.zeros((2, 3))), ("ones named", lambda: mx.sym.ones((1,), name="o")),
                        ("random", lambda: mx.sym.random.normal(shape=(2,))), ("arange", lambda: mx.sym.arange(4)),
                        ("zeros + 1", lambda: mx.sym.zeros((2,), name="z") + 1),
                        ("group of two", lambda: mx.sym.Group([mx.sym.zeros((2,), name="a"), mx.sym.ones((2,), name="b")])),
                        ("group of one", lambda: mx.sym.Group([mx.sym.zeros((2,), name="a")])),
                        ("reloaded", lambda: mx.sym.load_json(mx.sym.zeros((2,), name="z").tojson())),
                        ("relu without input", lambda: mx.sym.relu(name="r"))]:
        attempt(label, lambda: repr(make().debug_str()))
    attempt("executor", lambda: repr(mx.sym.zeros((2, 3)).simple_bind(mx.cpu()).debug_str()))


def graph(op, name, attrs):
    return json.dumps({"nodes": [{"op": "null", "name": "x", "inputs": []},
                                 {"op": op, "name": name, "attrs": attrs, "inputs": [[0, 0, 0]]}],
                       "arg_nodes": [0], "node_row_ptr": [0, 1, 2], "heads": [[1, 0, 0]],
                       "attrs": {"mxnet_version": ["int", 10901]}})


attempt("bad act_type", lambda: mx.sym.load_json(graph("Activation", "act", {"act_type": "nope"})))
attempt("missing num_hidden", lambda: mx.sym.load_json(graph("FullyConnected", "fc", {})))
attempt("bad pool_type", lambda: mx.sym.load_json(graph("Pooling", "p", {"kernel": "(2, 2)", "pool_type": "mean"})))
attempt("made directly", lambda: mx.sym.Activation(mx.sym.var("x"), act_type="nope", name="act"))
