"""A symbol JSON naming an MXNet version before 0.9, or none whatever its layout, takes the upgrade from 0.8: its auxiliary states are made with their operator's attributes in its map's order, as MXNet's loader does."""
import json
import re
import sys

import mxnet as mx


def show(label, call):
    try:
        r = call()
        print(label, r)
    except Exception as e:
        print(label, type(e).__name__, re.sub(r'\[\d\d:\d\d:\d\d\] ', '', str(e)).strip().split('\n')[-1][:250])
    sys.stdout.flush()


old = {"nodes": [{"op": "null", "param": {}, "name": "data", "inputs": [], "backward_source_id": -1},
                 {"op": "null", "param": {}, "name": "fc1_weight", "inputs": [], "backward_source_id": -1},
                 {"op": "null", "param": {}, "name": "fc1_bias", "inputs": [], "backward_source_id": -1},
                 {"op": "FullyConnected", "param": {"no_bias": "False", "num_hidden": "4"}, "name": "fc1", "inputs": [[0, 0], [1, 0], [2, 0]], "backward_source_id": -1},
                 {"op": "Activation", "param": {"act_type": "relu"}, "name": "relu1", "inputs": [[3, 0]], "backward_source_id": -1},
                 {"op": "null", "param": {}, "name": "bn_gamma", "inputs": [], "backward_source_id": -1},
                 {"op": "null", "param": {}, "name": "bn_beta", "inputs": [], "backward_source_id": -1},
                 {"op": "BatchNorm", "param": {"eps": "0.001", "fix_gamma": "True", "momentum": "0.9", "use_global_stats": "False"}, "name": "bn", "inputs": [[4, 0], [5, 0], [6, 0]], "backward_source_id": -1},
                 {"op": "null", "param": {}, "name": "sm_label", "inputs": [], "backward_source_id": -1},
                 {"op": "SoftmaxOutput", "param": {"grad_scale": "1", "multi_output": "False"}, "name": "sm", "inputs": [[7, 0], [8, 0]], "backward_source_id": -1}],
       "arg_nodes": [0, 1, 2, 5, 6, 8], "heads": [[9, 0]]}
new_layout = {"nodes": [{"op": "null", "name": "data", "inputs": []},
                        {"op": "null", "name": "bn_gamma", "inputs": []}, {"op": "null", "name": "bn_beta", "inputs": []},
                        {"op": "BatchNorm", "attrs": {"fix_gamma": "False", "eps": "0.01"}, "name": "bn",
                         "inputs": [[0, 0, 0], [1, 0, 0], [2, 0, 0]]},
                        {"op": "null", "name": "w", "attrs": {"lr_mult": "2"}, "inputs": []},
                        {"op": "FullyConnected", "attrs": {"num_hidden": "3", "no_bias": "True", "weight_lr_mult": "3"},
                         "name": "fc", "inputs": [[3, 0, 0], [4, 0, 0]]}],
              "arg_nodes": [0, 1, 2, 4], "heads": [[5, 0, 0]]}
variants = {'old none': old, 'new none': new_layout}
for v in (800, 899, 900, 904, 10901):
    variants[f'old {v}'] = dict(old, attrs={'mxnet_version': ['int', v]})
    variants[f'new {v}'] = dict(new_layout, attrs={'mxnet_version': ['int', v]})
for name, j in variants.items():
    def load():
        s = mx.sym.load_json(json.dumps(j))
        return s.list_arguments(), s.list_auxiliary_states(), s.list_outputs(), s.attr_dict()
    show(name, load)
    show(name + ' json', lambda: mx.sym.load_json(json.dumps(j)).tojson().replace('\n', ' '))
    show(name + ' infer', lambda: mx.sym.load_json(json.dumps(j)).infer_shape(data=(2, 3)))
