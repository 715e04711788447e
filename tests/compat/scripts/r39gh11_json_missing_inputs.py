"""A current-version symbol JSON whose node lists fewer inputs than its op takes (no upgrade creates them): shape inference fails at the op's own input-count check (norms, PReLU, outputs with labels, bilinear UpSampling, and the ops behind MXNet's legacy operator interface)."""
import json
import re
import mxnet as mx


def graph(op, param, given):
    nodes = [{"op": "null", "name": "data", "inputs": []}]
    for name in given:
        nodes.append({"op": "null", "name": name, "inputs": []})
    nodes.append({"op": op, "name": "op", "attrs": param, "inputs": [[i, 0, 0] for i in range(len(given) + 1)]})
    return json.dumps({"nodes": nodes, "arg_nodes": list(range(len(given) + 1)), "heads": [[len(given) + 1, 0, 0]],
                       "attrs": {"mxnet_version": ["int", 10901]}})


cases = [("BatchNorm", {}, ()), ("BatchNorm", {}, ("g", "b")), ("BatchNorm", {"fix_gamma": "False"}, ("g", "b", "m")),
         ("LayerNorm", {}, ()), ("LayerNorm", {"axis": "1"}, ("g",)), ("GroupNorm", {"num_groups": "1"}, ()),
         ("InstanceNorm", {}, ()), ("InstanceNorm", {}, ("g",)), ("LeakyReLU", {"act_type": "prelu"}, ()),
         ("LeakyReLU", {"act_type": "leaky"}, ()), ("SoftmaxOutput", {}, ()), ("Softmax", {"multi_output": "True"}, ()),
         ("LinearRegressionOutput", {}, ()), ("LogisticRegressionOutput", {}, ()), ("MAERegressionOutput", {}, ()),
         ("UpSampling", {"scale": "2", "sample_type": "bilinear", "num_filter": "3", "num_args": "1"}, ()),
         ("SequenceMask", {"use_sequence_length": "True"}, ()), ("SequenceMask", {}, ()),
         ("SequenceLast", {"use_sequence_length": "True"}, ()), ("SequenceReverse", {"use_sequence_length": "True"}, ()),
         ("Correlation", {}, ()), ("SVMOutput", {}, ()), ("ROIPooling", {"pooled_size": "(1,1)", "spatial_scale": "1"}, ()),
         ("SpatialTransformer", {"target_shape": "(2,2)", "transform_type": "affine", "sampler_type": "bilinear"}, ()),
         ("BilinearSampler", {}, ()), ("IdentityAttachKLSparseReg", {}, ()),
         ("_contrib_DeformableConvolution", {"kernel": "(1,1)", "num_filter": "2"}, ()),
         ("_contrib_DeformableConvolution", {"kernel": "(1,1)", "num_filter": "2", "no_bias": "True"}, ("off",))]
for op, param, given in cases:
    try:
        s = mx.sym.load_json(graph(op, param, given))
        print(op, given, "OK", s.list_arguments(), s.infer_shape_partial(data=(2, 3, 4, 4))[0])
    except Exception as e:
        print(op, given, "ERR", type(e).__name__, re.sub(r"\[\d\d:\d\d:\d\d\] ", "", str(e)).replace("\n", " | ")[-260:])
