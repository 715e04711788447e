"""A pre-0.9 symbol JSON whose BatchNorm nodes list only their data (or part of their inputs): the upgrade creates gamma/beta arguments before the moving statistics; a legacy ResNet-like graph then infers, binds, runs forward/backward and keeps its lr/wd multipliers; other ops missing inputs (unversioned and v0.8.0 graphs)."""
# recorded on AVX2
import json
import re
import numpy as np
import mxnet as mx
np.random.seed(0)
def N(op, name, param, inputs, attr=None):
    n = {"op": op, "param": param, "name": name, "inputs": inputs, "backward_source_id": -1}
    if attr is not None: n["attr"] = attr
    return n
nodes = [N("null", "data", {}, []),
 N("BatchNorm", "bn_data", {"eps": "2e-05", "fix_gamma": "True", "momentum": "0.9", "use_global_stats": "False"}, [[0, 0]]),
 N("null", "conv0_weight", {}, [], {"lr_mult": "0.5", "wd_mult": "2"}),
 N("Convolution", "conv0", {"kernel": "(3,3)", "no_bias": "True", "num_filter": "4", "pad": "(1,1)", "stride": "(1,1)", "workspace": "512"}, [[1, 0], [2, 0]], {"ctx_group": "stage1"}),
 N("BatchNorm", "bn0", {"eps": "2e-05", "fix_gamma": "False", "momentum": "0.9"}, [[3, 0]], {"lr_mult": "0.1"}),
 N("Activation", "relu0", {"act_type": "relu"}, [[4, 0]]),
 N("ElementWiseSum", "_plus0", {"num_args": "2"}, [[5, 0], [3, 0]]),
 N("Pooling", "pool", {"global_pool": "True", "kernel": "(7,7)", "pool_type": "avg", "pooling_convention": "full"}, [[6, 0]]),
 N("Flatten", "flat", {}, [[7, 0]]),
 N("FullyConnected", "fc1", {"num_hidden": "3"}, [[8, 0]]),
 N("SoftmaxOutput", "softmax", {"grad_scale": "1"}, [[9, 0]]),
]
g = {"nodes": nodes, "arg_nodes": [0, 2], "heads": [[10, 0]]}
s = mx.sym.load_json(json.dumps(g))
print(s.list_arguments()); print(s.list_auxiliary_states())
print(s.attr_dict())
a, o, x = s.infer_shape(data=(2, 3, 5, 5)); print(a, o, x)
ex = s.simple_bind(mx.cpu(), data=(2, 3, 5, 5))
for k, v in sorted(ex.arg_dict.items()):
    v[:] = np.random.randn(*v.shape).astype('f') * 0.5
for k, v in sorted(ex.aux_dict.items()):
    v[:] = np.random.rand(*v.shape).astype('f') + (0.5 if 'var' in k else 0)
for t in (False, True):
    print(t, ex.forward(is_train=t)[0].asnumpy().tolist())
ex.backward()
for k in sorted(ex.grad_dict):
    if ex.grad_dict[k] is not None: print(k, ex.grad_dict[k].asnumpy().ravel()[:4].tolist())
print({k: v.asnumpy().tolist() for k, v in sorted(ex.aux_dict.items())})
mod = mx.mod.Module(s)
mod.bind([('data', (2, 3, 5, 5))], [('softmax_label', (2,))])
mod.init_params(mx.init.Xavier())
mod.init_optimizer(optimizer_params={'learning_rate': 0.1})
print(sorted(mod._optimizer.lr_mult.items()), sorted(mod._optimizer.wd_mult.items()))
def leg(op, param, extra_args=(), ver=None, layout='param'):
    def node(op, name, p, ins):
        n = {"op": op, "name": name, "inputs": ins}
        if layout == 'param': n["param"] = p; n["backward_source_id"] = -1
        elif p: n["attrs"] = p
        return n
    nodes = [node("null", "data", {}, [])]
    ins = [[0, 0]] if layout == 'param' else [[0, 0, 0]]
    for a in extra_args:
        nodes.append(node("null", a, {}, [])); ins.append([len(nodes)-1, 0] + ([] if layout == 'param' else [0]))
    nodes.append(node(op, "op", param, ins))
    d = {"nodes": nodes, "arg_nodes": list(range(len(nodes)-1)), "heads": [[len(nodes)-1, 0] + ([] if layout == 'param' else [0])]}
    if ver: d["attrs"] = {"mxnet_version": ["int", ver]}
    return json.dumps(d)
cases = [("BatchNorm", {"fix_gamma": "False"}, ()), ("BatchNorm", {}, ("g",)), ("BatchNorm", {"axis": "1"}, ("g", "b")),
         ("InstanceNorm", {}, ()), ("LayerNorm", {}, ()), ("GroupNorm", {"num_groups": "2"}, ()),
         ("LeakyReLU", {"act_type": "prelu"}, ()), ("FullyConnected", {"num_hidden": "2", "no_bias": "True"}, ()),
         ("Convolution", {"kernel": "(1,1)", "num_filter": "2"}, ()), ("Deconvolution", {"kernel": "(1,1)", "num_filter": "2"}, ()),
         ("SoftmaxOutput", {}, ()), ("SyncBatchNorm", {}, ()),
         ("_contrib_SyncBatchNorm", {}, ())]
for op, p, extra in cases:
    for ver, layout in ((None, "param"), (800, "param"), (800, "attrs")):
        try:
            s = mx.sym.load_json(leg(op, p, extra, ver, layout))
            print(op, extra, ver, layout, s.list_arguments(), s.list_auxiliary_states())
            print('  ', [(n['name'], n.get('attrs')) for n in json.loads(s.tojson())['nodes']][1:])
            print('  ', s.infer_shape_partial(data=(2, 4, 3, 3))[0])
        except Exception as e:
            print(op, extra, ver, layout, 'ERR', type(e).__name__, re.sub(r'\[\d\d:\d\d:\d\d\] ', '', str(e).split('\n')[-1])[:150])
