"""Symbol JSON text that is malformed or cut short: load_json fails where MXNet's JSON reader stops, naming the line
and what follows, or loads the graph that reader reads (a file cut short after its heads)."""
import json
import re

import mxnet as mx
from _words import words

S = mx.sym
net = S.SoftmaxOutput(S.FullyConnected(S.relu(S.var("data", shape=(2, 3))), num_hidden=2, name="fc"), name="sm")
TEXT = net.tojson()


def attempt(label, text):
    try:
        print(label, "->", mx.sym.load_json(text).list_outputs())
    except mx.base.MXNetError as e:
        print(label, "->", words(e))


swaps = [('"', "'"), (":", " "), (",", " "), ("[", "{"), ("]", "}"), ("{", "["), ("}", "]"), ("0", "x"), ("null", "nul"),
         ('[0, 0, 0]', '[0, 0]'), ('[0, 0, 0]', '[0, 0, 0, 1]')]
for old, new in swaps:
    places = [m.start() for m in re.finditer(re.escape(old), TEXT)]
    for at in places[::max(1, len(places) // 5)]:
        attempt(f"{old!r} -> {new!r} at {at}", TEXT[:at] + new + TEXT[at + len(old):])
for cut in [len(TEXT) - 1, len(TEXT) - 2, len(TEXT) - 40]:
    attempt(f"cut at {cut}", TEXT[:cut])
G = '{"nodes": [{"op": "null", "name": "x", "inputs": []}], "arg_nodes": [0], "heads": '
for tail in ["[[0]]}", "[[0, 0, 0, 0]]}", "[[0, 0.5, 0]]}", "[[0, 0, -1]]}", "[[0, 0, 0]], \"node_row_ptr\": [0, 1.0]}",
             '[[0,0,0]], "attrs": {"mxnet_version": ["int", 10901.5]}}', '[[0,0,0]], "attrs": {"mxnet_version": ["str", "1"]}}',
             '[[0,0,0]], "attrs": {"mxnet_version": ["list_int", [1]]}}', '[[0,0,0]], "attrs": {"v": ["float", 1.5]}}',
             '[[0,0,0]], "attrs": {"v": ["list_shape", [[1, 2]]], "w": ["size_t", 3]}}', '[[0,0,0]], "attrs": {"v": []}}',
             '[[0,0,0]], "attrs": {"v": ["int", 1, 2]}}', '[[0,0,0]], "attrs": null}']:
    attempt(f"heads {tail}", G + tail)
for node in ['{"op": "null", "name": "x\\/", "inputs": []}', '{"op": "null", "name": "x\\u0041", "inputs": []}',
             '{"op": "null", "name": "x\\"\\t\\\\", "inputs": []}', '{"op": "null", "name": "x\ny", "inputs": []}',
             '{"op": "null", "name": "x", "inputs": [], "attrs": {"a": 1}}', '{"op": "null", "name": 5, "inputs": []}',
             '{"op": "null", "name": "x", "inputs": [], "attrs": {"a": "1",}}', '{"op": "null", "name": "x", "inputs": [[0]]}',
             '{"op": "null", "name": "x", "inputs": [], "backward_source_id": "a"}', '{"op": "null", "name": "x", "inputs": [], "control_deps": [0]}']:
    attempt(f"node {node}", '{"nodes": [' + node + '], "arg_nodes": [0], "heads": [[0, 0, 0]]}')
for text in ['{"nodes": [1], "arg_nodes": [], "heads": []}', '{"nodes": [], "arg_nodes": "x", "heads": []}',
             '{"nodes": [], "arg_nodes": [], "heads": [1]}', '{"arg_nodes": [\n0,\n x]}', '{"nodes": [], "arg_nodes": [99999999999], "heads": []}',
             '{"nodes": [{"op": "null", "name": "x", "inputs": []}, {"op": "relu", "name": "r", "inputs": [[0, 0, 0]]}], "arg_nodes": [0, 1], "heads": [[9, 0, 0]]}']:
    attempt(f"graph {text!r}", text)
for value in ["-", "+", "", " ", "2x", "0x10", "1e2", "2.0", "-3", "+4", " 5", "5 ", "None", "(2)", "[2]", "True", "-0", "04"]:
    fc = {"op": "FullyConnected", "name": "fc", "attrs": {"num_hidden": value}, "inputs": [[0, 0, 0]]}
    attempt(f"num_hidden {value!r}", json.dumps({"nodes": [{"op": "null", "name": "x", "inputs": []}, fc], "arg_nodes": [0],
                                                 "heads": [[1, 0, 0]], "attrs": {"mxnet_version": ["int", 10901]}}))
