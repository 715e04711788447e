"""Loading symbol JSON written by other MXNet versions: MXNet logs an upgrade (older, or no version: 0.8.0's) or a
warning (newer) on stderr for every load; its own version loads silently."""
# recorded on AVX2
import json
import os
import re
import sys
import tempfile

import mxnet as mx
from _words import words

folder = tempfile.mkdtemp()
log_path = os.path.join(folder, "stderr.txt")
saved = os.dup(2)
log = os.open(log_path, os.O_WRONLY | os.O_CREAT)
sys.stderr.flush()
os.dup2(log, 2)
X = {"op": "null", "name": "x", "inputs": []}
R = {"op": "relu", "name": "r", "inputs": [[0, 0, 0]]}
versions = [None, 10600, 10600, 10901, 10900, 10000, 905, 800, 0, 20000, 10902, 99999999]
for version in versions:
    graph = {"nodes": [X, R], "arg_nodes": [0], "heads": [[1, 0, 0]]}
    if version is not None:
        graph["attrs"] = {"mxnet_version": ["int", version]}
    try:
        s = mx.sym.load_json(json.dumps(graph))
        out = (s.list_arguments(), s.list_outputs())
    except Exception as e:
        out = words(e)
    sys.stderr.flush()
    print(version, "->", out, "| log lines:", sum(1 for _ in open(log_path)), flush=True)
path = os.path.join(folder, "net-symbol.json")
with open(path, "w") as f:
    json.dump({"nodes": [X, R], "arg_nodes": [0], "heads": [[1, 0, 0]], "attrs": {"mxnet_version": ["int", 10500]}}, f)
print("sym.load", mx.sym.load(path).list_outputs(), flush=True)
print("imports", list(mx.gluon.SymbolBlock.imports(path, ["x"]).collect_params().keys()), flush=True)
sys.stderr.flush()
os.dup2(saved, 2)
os.close(log)
with open(log_path) as f:
    for line in f:
        print("log:", re.sub(r"^\[\d\d:\d\d:\d\d\] ", "", line.rstrip()))
