"""mx.sym.load_json and SymbolBlock.imports of graphs whose links point past the node list: MXNet's bare checks."""
# recorded on AVX2
import json
import os
import shutil
import tempfile

import mxnet as mx
from mxnet import gluon
from _words import words

X = {"op": "null", "name": "x", "inputs": []}
version = {"mxnet_version": ["int", 10901]}
graphs = {"arg node 3": {"nodes": [X], "arg_nodes": [3], "heads": [[0, 0, 0]]},
          "arg node -1": {"nodes": [X], "arg_nodes": [-1], "heads": [[0, 0, 0]]},
          "input 5": {"nodes": [X, {"op": "relu", "name": "r", "inputs": [[5, 0, 0]]}], "arg_nodes": [0],
                      "heads": [[1, 0, 0]]},
          "input -1": {"nodes": [X, {"op": "relu", "name": "r", "inputs": [[-1, 0, 0]]}], "arg_nodes": [0],
                       "heads": [[1, 0, 0]]},
          "head 1": {"nodes": [X], "arg_nodes": [0], "heads": [[1, 0, 0]]},
          "head -1": {"nodes": [X], "arg_nodes": [0], "heads": [[-1, 0, 0]]},
          "head 0": {"nodes": [X], "arg_nodes": [0], "heads": [[0, 0, 0]]}}
folder = tempfile.mkdtemp()
for label, graph in graphs.items():
    text = json.dumps(dict(graph, attrs=version))
    try:
        print(label, "->", mx.sym.load_json(text).list_arguments())
    except Exception as e:
        print(label, "!", words(e))
    path = os.path.join(folder, "net-symbol.json")
    with open(path, "w") as f:
        f.write(text)
    try:
        print(label, "imports ->", gluon.SymbolBlock.imports(path, ["x"]).collect_params().keys())
    except Exception as e:
        print(label, "imports !", words(e))
shutil.rmtree(folder)
