"""debug_str prints each auxiliary input's variable version as tojson writes it: 2 when mutated twice, 0 from a file (or a v0.8 graph) that gave 0."""
# recorded on AVX2
import json
import mxnet as mx


def versions(sym):
    return [line.strip() for line in sym.debug_str().splitlines() if "version=" in line]


x = mx.sym.Variable('x')
bn = mx.sym.BatchNorm(x, name='bn')
print(versions(bn))
inner = bn.get_internals()
twice = mx.sym.BatchNorm(bn, moving_mean=inner['bn_moving_mean'], moving_var=inner['bn_moving_var'], name='bn2')
print(versions(twice))
print([n['inputs'] for n in json.loads(twice.tojson())['nodes'] if n['op'] == 'BatchNorm'])

graph = json.loads(bn.tojson())
for node in graph['nodes']:
    if node['op'] == 'BatchNorm':
        node['inputs'] = [e[:2] + [0] for e in node['inputs']]
loaded = mx.sym.load_json(json.dumps(graph))
print(versions(loaded))
print(versions(mx.sym.load_json(loaded.tojson())))

# a graph as MXNet 0.8 saved it: the upgrade adds the moving statistics with version 0
def node(op, name, inputs, param=None):
    return {"op": op, "param": param or {}, "name": name, "inputs": inputs, "backward_source_id": -1,
            "attr": {"ctx_group": "stage2"}}
old = {"nodes": [node("null", "data", []), node("null", "bn_gamma", []), node("null", "bn_beta", []),
                 node("BatchNorm", "bn", [[0, 0], [1, 0], [2, 0]],
                      {"eps": "0.001", "fix_gamma": "True", "momentum": "0.9", "use_global_stats": "False"})],
       "arg_nodes": [0, 1, 2], "heads": [[3, 0]]}
upgraded = mx.sym.load_json(json.dumps(old))
print(upgraded.list_arguments(), upgraded.list_auxiliary_states())
print(versions(upgraded))
print([n['inputs'] for n in json.loads(upgraded.tojson())['nodes'] if n['op'] == 'BatchNorm'])
exe = upgraded.simple_bind(mx.cpu(), data=(2, 3))
print(versions(upgraded) == [line.strip() for line in exe.debug_str().splitlines() if "version=" in line][:5])
