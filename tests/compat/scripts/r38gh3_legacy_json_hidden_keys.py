"""Symbol JSON from older MXNet versions: user keys (lr_mult, <input>_lr_mult, ctx_group...) put back as __key__ at any older version, and attribute maps listed in the order MXNet's loader leaves them (param inserted after attr, the keys taken out and put back)."""
import json

import mxnet as mx

CONV = {"cudnn_off": "False", "cudnn_tune": "off", "dilate": "(1,1)", "kernel": "(7,7)", "no_bias": "True",
        "num_filter": "8", "num_group": "1", "pad": "(3,3)", "stride": "(2,2)", "workspace": "1024"}
BN = {"eps": "2e-05", "fix_gamma": "False", "momentum": "0.9", "use_global_stats": "False"}


def old_net(version, field, conv_attr, bn_attr, weight_attr):
    def node(op, name, inputs, params=None, attr=None):
        entry = {"op": op, "name": name, "inputs": inputs}
        if params is not None:
            entry["param"] = params
        if attr is not None:
            entry[field] = attr
        return entry
    nodes = [node("null", "data", [], {}), node("null", "conv0_weight", [], {}, weight_attr),
             node("Convolution", "conv0", [[0, 0], [1, 0]], CONV, conv_attr),
             node("null", "bn0_gamma", [], {}), node("null", "bn0_beta", [], {}),
             node("BatchNorm", "bn0", [[2, 0], [3, 0], [4, 0]], BN, bn_attr),
             node("Activation", "relu0", [[5, 0]], {"act_type": "relu"}, {"force_mirroring": "True"})]
    graph = {"nodes": nodes, "arg_nodes": [0, 1, 3, 4], "heads": [[6, 0]]}
    if version is not None:
        graph["attrs"] = {"mxnet_version": ["int", version]}
        for n in nodes:
            n["inputs"] = [i + [0] for i in n["inputs"]]
    return json.dumps(graph)


cases = [({"ctx_group": "stage1", "weight_lr_mult": "2"}, {"ctx_group": "stage1", "lr_mult": "3", "mirror_stage": "True"},
          {"lr_mult": "1.0", "wd_mult": "0.5"}),
         ({"weight_wd_mult": "4", "xlr_mult": "1"}, {"lr_multx": "2", "gamma_lr_mult": "5"}, {"ctx_group": "g"}),
         ({}, {"__lr_mult__": "2"}, {"__wd_mult__": "3", "lr_mult": "1"})]
for version in [None, 904, 10200, 10901]:
    for field in ["attr", "attrs"]:
        for conv_attr, bn_attr, weight_attr in cases:
            try:
                s = mx.sym.load_json(old_net(version, field, conv_attr, bn_attr, weight_attr))
            except Exception as e:
                print(version, field, type(e).__name__, str(e).split("\n")[0][:120])
                continue
            print(version, field, s.list_arguments(), s.list_auxiliary_states())
            for name, attrs in s.attr_dict().items():
                print("  ", name, attrs)
            print("  ", [n.get("attrs") for n in json.loads(s.tojson())["nodes"]])


def one_var(version, attrs):
    graph = {"nodes": [{"op": "null", "name": "w", "inputs": [], "attrs": attrs}], "arg_nodes": [0],
             "heads": [[0, 0, 0]], "attrs": {"mxnet_version": ["int", version]}}
    return mx.sym.load_json(json.dumps(graph))


for version in [10800, 10901]:
    print(version, one_var(version, {"profiler_scope": "s", "lr_mult": "1", "xlr_mult": "2", "lr_multx": "3"}).attr_dict())
    print(version, one_var(version, {"lr_mult": "2", "__wd_mult__": "3", "ctx_group": "g"}).attr_dict())
    print(version, one_var(version, {"ctx_group": "a", "__ctx_group__": "b"}).attr_dict())


def one_op(version, attrs, params=None):
    node = {"op": "Activation", "name": "r", "inputs": [[0, 0, 0]], "attrs": attrs}
    if params is not None:
        node["param"] = params
    graph = {"nodes": [{"op": "null", "name": "data", "inputs": []}, node], "arg_nodes": [0], "heads": [[1, 0, 0]]}
    if version is not None:
        graph["attrs"] = {"mxnet_version": ["int", version]}
    try:
        return mx.sym.load_json(json.dumps(graph)).attr_dict()
    except Exception as e:
        return type(e).__name__ + " " + str(e).split("\n")[-1][:160]


for version in [None, 10200, 10901]:
    for attrs, params in [({"force_mirroring": "True", "act_type": "relu", "foo": "bar"}, None),
                          ({"act_type": "relu", "xlr_mult": "1"}, None),
                          ({"act_type": "nope", "lr_mult": "1", "data_lr_mult": "2"}, None),
                          ({"ctx_group": "g", "zz": "1"}, {"act_type": "tanh"}),
                          ({"lr_mult_x": "3"}, {"act_type": "relu"})]:
        print(version, attrs, params, one_op(version, attrs, params))
