"""Legacy symbol JSON (pre-0.9 param/backward_source_id layout and versioned 0.8-1.9 graphs): each op upgraded, its arguments, aux states, shapes, and the JSON it saves again (created aux inputs carry version 0)."""
import json
import mxnet as mx
def tr(f):
    try: r = f(); print('OK', r)
    except Exception as e: print('ERR', type(e).__name__, str(e).replace('\n', ' | ')[-300:])
def leg(op, param, n_in=1, extra_args=(), ver=None):
    nodes = [{"op": "null", "param": {}, "name": "data", "inputs": [], "backward_source_id": -1}]
    ins = [[0, 0]]
    for a in extra_args:
        nodes.append({"op": "null", "param": {}, "name": a, "inputs": [], "backward_source_id": -1}); ins.append([len(nodes)-1, 0])
    nodes.append({"op": op, "param": param, "name": "op", "inputs": ins, "backward_source_id": -1})
    d = {"nodes": nodes, "arg_nodes": list(range(len(nodes)-1)), "heads": [[len(nodes)-1, 0]]}
    if ver: d["attrs"] = {"mxnet_version": ["int", ver]}
    return json.dumps(d)
cases = [
 ("SoftmaxActivation", {"mode": "instance"}, ()),
 ("Softmax", {}, ("op_label",)),
 ("_Plus", {}, ("b",)),
 ("ElementWiseSum", {"num_args": "2"}, ("b",)),
 ("BatchNorm", {"eps": "0.001", "fix_gamma": "True", "momentum": "0.9"}, ("op_gamma", "op_beta")),
 ("BatchNorm", {"eps": "0.001"}, ("op_gamma", "op_beta", "op_moving_mean", "op_moving_var")),
 ("Convolution", {"kernel": "(3,3)", "num_filter": "2", "workspace": "512", "cudnn_tune": "off"}, ("w", "b")),
 ("Pooling", {"kernel": "(2,2)", "pool_type": "max", "pooling_convention": "valid"}, ()),
 ("Pooling", {"kernel": "(2,2)", "pool_type": "avg", "global_pool": "True"}, ()),
 ("LeakyReLU", {"act_type": "leaky", "slope": "0.1"}, ()),
 ("Flatten", {}, ()),
 ("Dropout", {"p": "0.5"}, ()),
 ("FullyConnected", {"num_hidden": "3", "no_bias": "True"}, ("w",)),
 ("Cast", {"dtype": "float16"}, ()),
 ("Activation", {"act_type": "tanh"}, ()),
 ("Reshape", {"shape": "(0,-1)"}, ()),
 ("SliceChannel", {"num_outputs": "2"}, ()),
 ("Concat", {"num_args": "1", "dim": "1"}, ()),
 ("Embedding", {"input_dim": "5", "output_dim": "2"}, ("w",)),
 ("_MulScalar", {"scalar": "2"}, ()),
 ("_mul_scalar", {"scalar": "2"}, ()),
 ("Crop", {"num_args": "1", "h_w": "(2,2)"}, ()),
 ("LRN", {"nsize": "3"}, ()),
 ("UpSampling", {"scale": "2", "sample_type": "nearest", "num_args": "1"}, ()),
]
for op, param, extra in cases:
    for ver in (None, 800):
        s = tr(lambda: mx.sym.load_json(leg(op, param, extra_args=extra, ver=ver)))
        try:
            s = mx.sym.load_json(leg(op, param, extra_args=extra, ver=ver))
            print(' ', s.list_arguments(), s.list_auxiliary_states(), s.list_outputs(), s.attr_dict().get('op'))
            print(' ', s.infer_shape_partial(data=(2,4,6,6))[1:])
            js = json.loads(s.tojson()); print(' ', js['nodes'][-1], js['attrs'])
        except Exception as e:
            print('  ERR', type(e).__name__, str(e).replace('\n',' | ')[-200:])
def leg(ver, with_aux, inver=None):
    nodes = [{"op": "null", "name": n, "inputs": []} for n in ["data", "bn_gamma", "bn_beta"] + (["bn_moving_mean", "bn_moving_var"] if with_aux else [])]
    k = len(nodes)
    ins = [[i, 0, 0 if inver is None else inver[i]] for i in range(k)]
    nodes.append({"op": "BatchNorm", "name": "bn", "attrs": {"fix_gamma": "False"}, "inputs": ins})
    nodes.append({"op": "FullyConnected", "name": "fc", "attrs": {"num_hidden": "2"}, "inputs": [[k, 0, 0]]})
    d = {"nodes": nodes, "arg_nodes": list(range(k)), "heads": [[k+1, 0, 0]], "attrs": {"mxnet_version": ["int", ver]}}
    return json.dumps(d)
for ver in (800, 899, 900, 903, 904, 10000, 10901):
    for aux in (False, True):
        try:
            s = mx.sym.load_json(leg(ver, aux))
        except Exception as e:
            print(ver, aux, 'ERR', type(e).__name__, str(e).split('\n')[-1][:150]); continue
        js = json.loads(s.tojson())
        print(ver, aux, s.list_arguments(), s.list_auxiliary_states(), [n['inputs'] for n in js['nodes'] if n['op'] != 'null'])
        print([ (n['name'], n.get('attrs')) for n in js['nodes'] if n['op'] == 'null'])
        print(s.debug_str())
s = mx.sym.load_json(leg(10901, True, [0, 0, 0, 2, 2]))
print(json.loads(s.tojson())['nodes'][5]['inputs'])
g = mx.sym.Group([s, mx.sym.BatchNorm(s, name='bn2')])
print([n['inputs'] for n in json.loads(g.tojson())['nodes'] if n['op'] != 'null'])
