"""Graphs in the JSON forms of older MXNet versions (param/attr keys, two-element links, renamed operators) and
malformed ones, loaded as MXNet 1.9.1 loads them: names, upgraded attributes, written-back JSON and refusals."""
import json
import warnings

import mxnet as mx
from _words import words


def node(op, name, inputs=(), **kw):
    d = {"op": op, "name": name, "inputs": [list(i) for i in inputs]}
    d.update(kw)
    return d

cases = {
 "v08 param attr": {"nodes": [node("null", "data", param={}, backward_source_id=-1),
                              node("null", "fc_weight", param={}, backward_source_id=-1, attr={"lr_mult": "2"}),
                              node("null", "fc_bias", param={}, backward_source_id=-1),
                              node("FullyConnected", "fc", [[0, 0], [1, 0], [2, 0]], param={"num_hidden": "3", "no_bias": "False"}, backward_source_id=-1, attr={"ctx_group": "g"}),
                              node("null", "bn_gamma", param={}), node("null", "bn_beta", param={}),
                              node("BatchNorm", "bn", [[3, 0], [4, 0], [5, 0]], param={"eps": "0.001", "fix_gamma": "True"}, backward_source_id=-1)],
                    "arg_nodes": [0, 1, 2, 4, 5], "heads": [[6, 0]]},
 "v09 attr only": {"nodes": [node("null", "x"), node("Activation", "act", [[0, 0, 0]], attr={"act_type": "relu", "__lr_mult__": "3"})],
                   "arg_nodes": [0], "node_row_ptr": [0, 1, 2], "heads": [[1, 0, 0]], "attrs": {"mxnet_version": ["int", 904]}},
 "missing weight var": {"nodes": [node("null", "x"), node("FullyConnected", "f", [[0, 0, 0]], attrs={"num_hidden": "2"})],
                        "arg_nodes": [0], "heads": [[1, 0, 0]]},
 "aux bn old": {"nodes": [node("null", "x"), node("null", "bn_gamma"), node("null", "bn_beta"), node("null", "bn_moving_mean"), node("null", "bn_moving_var"),
                          node("BatchNorm", "bn", [[0, 0], [1, 0], [2, 0], [3, 0], [4, 0]], param={})],
                "arg_nodes": [0, 1, 2, 3, 4], "heads": [[5, 0]], "attrs": {"mxnet_version": ["int", 900]}},
 "bool attr forms": {"nodes": [node("null", "x"), node("FullyConnected", "f", [[0, 0, 0]], attrs={"num_hidden": "2", "no_bias": "true", "flatten": "0"})],
                     "arg_nodes": [0], "heads": [[1, 0, 0]]},
 "heads two": {"nodes": [node("null", "x"), node("split", "s", [[0, 0, 0]], attrs={"num_outputs": "2"})],
               "arg_nodes": [0], "heads": [[1, 0, 0], [1, 1, 0]]},
 "unknown attr": {"nodes": [node("null", "x"), node("relu", "r", [[0, 0, 0]], attrs={"foo": "1"})], "arg_nodes": [0], "heads": [[1, 0, 0]]},
 "var with __shape__": {"nodes": [node("null", "x", attrs={"__shape__": "(2, 3)", "__dtype__": "1"}), node("relu", "r", [[0, 0, 0]])], "arg_nodes": [0], "heads": [[1, 0, 0]]},
 "arg_nodes wrong": {"nodes": [node("null", "x"), node("relu", "r", [[0, 0, 0]])], "arg_nodes": [1], "heads": [[1, 0, 0]]},
 "scalar op old": {"nodes": [node("null", "x"), node("_plus_scalar", "p", [[0, 0]], param={"scalar": "2"})], "arg_nodes": [0], "heads": [[1, 0]]},
 "old op name": {"nodes": [node("null", "x"), node("_Plus", "p", [[0, 0], [0, 0]], param={})], "arg_nodes": [0], "heads": [[1, 0]]},
 "old op alias": {"nodes": [node("null", "x"), node("SoftmaxActivation", "p", [[0, 0]], param={"mode": "channel"})], "arg_nodes": [0], "heads": [[1, 0]]},
 "Softmax old": {"nodes": [node("null", "x"), node("null", "l"), node("Softmax", "sm", [[0, 0], [1, 0]], param={"multi_output": "True"})], "arg_nodes": [0, 1], "heads": [[2, 0]]},
 "subgraphs key": {"nodes": [node("null", "x"), node("relu", "r", [[0, 0, 0]], subgraphs=[])], "arg_nodes": [0], "heads": [[1, 0, 0]]},
 "no inputs key": {"nodes": [{"op": "null", "name": "x"}, node("relu", "r", [[0, 0, 0]])], "arg_nodes": [0], "heads": [[1, 0, 0]]},
 "no name": {"nodes": [{"op": "null", "inputs": []}], "arg_nodes": [0], "heads": [[0, 0, 0]]},
}
for label, g in cases.items():
    try:
        s = mx.sym.load_json(json.dumps(g))
    except mx.base.MXNetError as e:
        print(label, "->", words(e))
        continue
    print(label, s.list_arguments(), s.list_auxiliary_states(), s.list_outputs())
    print(s.tojson())
    print(sorted((k, sorted(v.items())) for k, v in s.attr_dict().items()))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            print(s.infer_shape_partial(**{n: (2, 3) for n in s.list_arguments() if n in ("x", "data")}))
        except mx.base.MXNetError as e:
            print(words(e))
