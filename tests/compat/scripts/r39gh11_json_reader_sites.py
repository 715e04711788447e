"""Malformed symbol JSON refused by the JSON reader: a node entry or head with too few/many fields, a graph attribute that is no [type, value] pair or of another type than int: each check printed at its MXNet source line."""
import copy
import json
import mxnet as mx
def tr(f):
    try: r = f(); print('OK', r)
    except Exception as e: print('ERR', type(e).__name__, repr(str(e))[-260:])
base = json.loads((mx.sym.FullyConnected(mx.sym.var('x'), num_hidden=2, name='fc') * 2).tojson())
def v(mod):
    g = copy.deepcopy(base); mod(g); return json.dumps(g)
muts = {
 'in_empty': lambda g: g['nodes'][3].update(inputs=[[], [1, 0], [2, 0]]),
 'in_one': lambda g: g['nodes'][3].update(inputs=[[0], [1, 0], [2, 0]]),
 'in_four': lambda g: g['nodes'][3].update(inputs=[[0, 0, 0, 0], [1, 0], [2, 0]]),
 'head_one': lambda g: g.update(heads=[[4]]),
 'head_four': lambda g: g.update(heads=[[4, 0, 0, 1]]),
 'ver_str': lambda g: g.update(attrs={'mxnet_version': ['str', '10901']}),
 'ver_list': lambda g: g.update(attrs={'mxnet_version': ['list_int', [1]]}),
 'ver_bad': lambda g: g.update(attrs={'mxnet_version': 10901}),
 'ver_one': lambda g: g.update(attrs={'mxnet_version': ['int']}),
 'ver_three': lambda g: g.update(attrs={'mxnet_version': ['int', 1, 2]}),
 'ver_empty': lambda g: g.update(attrs={'mxnet_version': []}),
 'ver_type': lambda g: g.update(attrs={'mxnet_version': ['float', 1.0]}),
 'other_attr_bad': lambda g: g.update(attrs={'mxnet_version': ['int', 10901], 'x': 5}),
 'other_attr_str': lambda g: g.update(attrs={'mxnet_version': ['int', 10901], 'x': ['str', 'a']}),
 'attrs_list': lambda g: g.update(attrs=[1]),
 'nodes_obj': lambda g: g.update(nodes={}),
 'arg_nodes_str': lambda g: g.update(arg_nodes='x'),
 'node_attrs_list': lambda g: g['nodes'][3].update(attrs=['a']),
 'node_attr_num': lambda g: g['nodes'][3].update(attrs={'num_hidden': 2}),
}
for k, m in muts.items():
    print(k, end=' ')
    tr(lambda: mx.sym.load_json(v(m)).list_outputs())
