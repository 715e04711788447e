"""contrib.amp.convert_symbol / convert_model mark every parameter (an input outside data_names) with the type
MXNet's conversion infers for it from float32 data (its declared type set aside), or the target type where
cast_optional_params stores it so: the marks, and the types infer_type then finds, for float16 and bfloat16."""
# recorded on AVX2
import json
import warnings

import mxnet as mx
from mxnet import nd, sym
from mxnet.contrib import amp
from _words import words

warnings.simplefilter("ignore")
d = sym.var("data")
shared = sym.var("shared")
nets = {
    "fc": sym.FullyConnected(d, num_hidden=2, name="fc1"),
    "fc_relu_fc": sym.FullyConnected(sym.relu(sym.FullyConnected(d, num_hidden=3, name="fc1")), num_hidden=2,
                                      name="fc2"),
    "shared_two_fc": sym.FullyConnected(d, shared, no_bias=True, num_hidden=3, name="fc1")
    + sym.FullyConnected(d, shared, no_bias=True, num_hidden=3, name="fc2"),
    "w64": sym.FullyConnected(d, num_hidden=2, name="fc1") + sym.sum(sym.var("w64", dtype="float64")),
    "wf16": sym.FullyConnected(d, num_hidden=2, name="fc1") * sym.sum(sym.var("wf16", dtype="float16")),
    "bn": sym.BatchNorm(d, name="bn"),
    "emb": sym.Embedding(d, input_dim=4, output_dim=3, name="emb"),
    "add_param": sym.elemwise_add(sym.FullyConnected(d, num_hidden=2, name="fc1"), sym.var("p")),
}
typed_in_bf16 = ("fc", "fc_relu_fc", "shared_two_fc", "w64", "wf16", "emb")


def marks(s):
    return sorted((k, v["__dtype__"]) for k, v in s.attr_dict().items() if "__dtype__" in v)


for target in ["float16", "bfloat16"]:
    for name, net in nets.items():
        for data_names in [None, ["data"], ["data", "fc1_weight"]]:
            for optional in [False, True]:
                label = f"{target} {name} data_names={data_names} optional={optional}:"
                try:
                    c = amp.convert_symbol(net, target_dtype=target, data_names=data_names,
                                           cast_optional_params=optional)
                except Exception as e:
                    print(label, words(e))
                    continue
                print(label, marks(c))
                if target == "float16" or name in typed_in_bf16:
                    try:
                        print("   infer_type:", c.infer_type(data="float32"))
                    except Exception as e:
                        print("   infer_type:", words(e))
print("-- convert_model")
shapes = {"fc1_weight": (2, 3), "fc1_bias": (2,), "bn_gamma": (2,), "bn_beta": (2,), "bn_moving_mean": (2,),
          "bn_moving_var": (2,), "emb_weight": (4, 3)}
for target in ["float16", "bfloat16"]:
    for name in ["fc", "bn", "emb"]:
        net = nets[name]
        args = {k: nd.ones(shapes[k]) * 0.5 for k in net.list_arguments() if k in shapes}
        auxs = {k: nd.ones(shapes[k]) for k in net.list_auxiliary_states()}
        for optional in [False, True] if target == "float16" else [False]:
            c, new_args, new_auxs = amp.convert_model(net, args, auxs, target_dtype=target,
                                                      cast_optional_params=optional)
            nodes = [(n["name"], n.get("attrs", {}).get("__dtype__")) for n in json.loads(c.tojson())["nodes"]
                     if n["op"] == "null"]
            print(target, name, optional, nodes, sorted((k, v.dtype.__name__) for k, v in new_args.items()),
                  sorted((k, v.dtype.__name__) for k, v in new_auxs.items()))
            print("   infer_type:", c.infer_type(data="float32" if name != "emb" else "float32"))
