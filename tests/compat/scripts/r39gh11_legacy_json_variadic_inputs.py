"""Pre-0.9 symbol JSON (unversioned and v0.8.0) whose variadic nodes list fewer inputs than num_args (bilinear UpSampling: its weight): the upgrade creates <node>_arg<i> / <node>_weight variables carrying the op attributes, the second UpSampling input the bilinear initializer."""
import json
import re
import mxnet as mx
def leg(op, param, extra_args=(), ver=None):
    nodes = [{"op": "null", "param": {}, "name": "data", "inputs": [], "backward_source_id": -1}]
    ins = [[0, 0]]
    for a in extra_args:
        nodes.append({"op": "null", "param": {}, "name": a, "inputs": [], "backward_source_id": -1}); ins.append([len(nodes)-1, 0])
    nodes.append({"op": op, "param": param, "name": "op", "inputs": ins, "backward_source_id": -1})
    d = {"nodes": nodes, "arg_nodes": list(range(len(nodes)-1)), "heads": [[len(nodes)-1, 0]]}
    if ver: d["attrs"] = {"mxnet_version": ["int", ver]}
    return json.dumps(d)
cases = [
 ("UpSampling", {"scale": "2", "sample_type": "bilinear", "num_args": "2", "num_filter": "4"}, ()),
 ("UpSampling", {"scale": "2", "sample_type": "bilinear", "num_args": "1", "num_filter": "4"}, ()),
 ("UpSampling", {"scale": "2", "sample_type": "nearest", "num_args": "2"}, ()),
 ("UpSampling", {"scale": "2", "sample_type": "nearest", "num_args": "3"}, ("b",)),
 ("Concat", {"num_args": "3", "dim": "1"}, ()),
 ("ElementWiseSum", {"num_args": "2"}, ()),
 ("add_n", {"num_args": "3"}, ("b",)),
 ("Crop", {"num_args": "2"}, ()),
 ("Custom", {"op_type": "x"}, ()),
]
for op, param, extra in cases:
    for ver in (None, 800):
        print(op, param, extra, ver)
        try:
            s = mx.sym.load_json(leg(op, param, extra_args=extra, ver=ver))
            print(' ', s.list_arguments(), s.list_auxiliary_states(), s.list_outputs())
            js = json.loads(s.tojson()); print(' ', [(n['name'], n.get('attrs')) for n in js['nodes']], [n['inputs'] for n in js['nodes']][-1])
            print(' ', s.infer_shape_partial(data=(2,4,6,6))[0])
        except Exception as e:
            print('  ERR', type(e).__name__, re.sub(r'\[\d\d:\d\d:\d\d\] ', '', str(e)).replace('\n', ' | ')[-200:])
