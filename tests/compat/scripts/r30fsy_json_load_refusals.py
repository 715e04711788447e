"""load_json refusals as MXNet prints them: a missing required field (json.h's source line, a closing line break), an unregistered operator (nnvm's log line inside the loader's words), and an older graph whose attributes fail before the upgrade is logged done."""
# recorded on AVX2
import json
import re

import mxnet as mx
from _stderr import stderr_of


def logged(call):
    """``call``'s error (times left out), then the loader's log lines on stderr."""
    def loaded():
        call()
        return "loaded"
    shown, lines = stderr_of(loaded)
    if isinstance(shown, Exception):
        shown = type(shown).__name__ + ": " + repr(re.sub(r"\[\d\d:\d\d:\d\d\] ", "", str(shown)))
    return shown + "".join(f"\n    {line}" for line in lines if "legacy_json_util" in line)


def graph(fc_attrs, version=None, key="attrs"):
    text = {"nodes": [{"op": "null", "name": "x", "inputs": []},
                      {"op": "FullyConnected", "name": "fc", key: fc_attrs, "inputs": [[0, 0, 0]]}],
            "arg_nodes": [0], "heads": [[1, 0, 0]]}
    if version is not None:
        text["attrs"] = {"mxnet_version": ["int", version]}
    return json.dumps(text)


cases = [
    ("no inputs", json.dumps({"nodes": [{"op": "null", "name": "x"}], "arg_nodes": [0], "heads": [[0, 0]]})),
    ("no heads", json.dumps({"nodes": [{"op": "null", "name": "x", "inputs": []}], "arg_nodes": [0]})),
    ("no nodes", json.dumps({"arg_nodes": [], "heads": []})),
    ("unknown op", json.dumps({"nodes": [{"op": "null", "name": "x", "inputs": []},
                                         {"op": "NoSuchOp", "name": "n", "inputs": [[0, 0]]}],
                               "arg_nodes": [0], "heads": [[1, 0]]})),
]
for version in (None, 800, 10500, 10901, 20000):
    for key in ("attrs", "param"):
        cases += [(f"v{version} {key} bad", graph({"num_hidden": "abc"}, version, key)),
                  (f"v{version} {key} missing", graph({}, version, key)),
                  (f"v{version} {key} fine", graph({"num_hidden": "2"}, version, key))]
for label, text in cases:
    print(label, logged(lambda: mx.sym.load_json(text)))
