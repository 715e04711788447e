"""Symbol JSON with nodes linking to later nodes loads (re-ordered inputs first); a loaded node's and a symbol's user attributes take part in MXNet's map-ordered parameter parsing (first refusal, listed attributes)."""
import json
import random

import mxnet as mx

s = mx.sym


def tr(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        m = str(e).replace('\n', ' | ')
        print(label, 'ERR', type(e).__name__, m[:110], '...', m[-150:])


# nodes linking forward: MXNet only checks the link is in the list
fwd = {"nodes": [{"op": "null", "name": "data", "inputs": []},
                 {"op": "FullyConnected", "name": "fc1", "attrs": {"num_hidden": "4"},
                  "inputs": [[0, 0, 0], [3, 0, 0], [2, 0, 0]]},
                 {"op": "null", "name": "fc1_bias", "inputs": []},
                 {"op": "null", "name": "fc1_weight", "inputs": []},
                 {"op": "Activation", "attrs": {"act_type": "relu"}, "name": "relu1", "inputs": [[1, 0, 0]]}],
       "arg_nodes": [0, 2, 3], "node_row_ptr": [0, 1, 2, 3, 4, 5], "heads": [[4, 0, 0]],
       "attrs": {"mxnet_version": ["int", 10901]}}
tr('forward links', lambda: json.loads(s.load_json(json.dumps(fwd)).tojson())['nodes'])
tr('forward links args', lambda: s.load_json(json.dumps(fwd)).list_arguments())
cyc = json.loads(json.dumps(fwd))
cyc['nodes'][4]['inputs'], cyc['heads'] = [[4, 0, 0]], [[1, 0, 0]]
tr('unreached self link', lambda: s.load_json(json.dumps(cyc)).list_outputs())
rev = json.loads(json.dumps(fwd))
rev['nodes'] = rev['nodes'][::-1]
rev['nodes'][0]['inputs'] = [[3, 0, 0]]
rev['nodes'][3]['inputs'] = [[4, 0, 0], [1, 0, 0], [2, 0, 0]]
rev['arg_nodes'], rev['heads'] = [1, 2, 4], [[0, 0, 0], [3, 0, 0]]
tr('reversed', lambda: s.load_json(json.dumps(rev)).tojson() == s.load_json(json.dumps(fwd)).tojson())
tr('reversed outputs', lambda: s.load_json(json.dumps(rev)).list_outputs())
tr('reversed internals', lambda: s.load_json(json.dumps(rev)).get_internals().list_outputs())
tr('reversed infer', lambda: s.load_json(json.dumps(rev)).infer_shape(data=(2, 3)))
old = {"nodes": [{"op": "null", "param": {}, "name": "data", "inputs": [], "backward_source_id": -1},
                 {"op": "FullyConnected", "param": {"no_bias": "False", "num_hidden": "4"}, "name": "fc1",
                  "inputs": [[0, 0], [2, 0], [3, 0]], "backward_source_id": -1},
                 {"op": "null", "param": {}, "name": "fc1_weight", "inputs": [], "backward_source_id": -1},
                 {"op": "null", "param": {}, "name": "fc1_bias", "inputs": [], "backward_source_id": -1},
                 {"op": "Activation", "param": {"act_type": "relu"}, "name": "relu1", "inputs": [[1, 0]],
                  "backward_source_id": -1}],
       "arg_nodes": [0, 2, 3], "heads": [[4, 0]]}
tr('pre-0.9 forward links', lambda: s.load_json(json.dumps(old)).tojson())


def one(op, attrs):
    return json.dumps({"nodes": [{"op": "null", "name": "data", "inputs": []},
                                 {"op": op, "attrs": attrs, "name": "r", "inputs": [[0, 0, 0]]}],
                       "arg_nodes": [0], "heads": [[1, 0, 0]]})


for op, attrs in [('Activation', {"act_type": "relu", "zzz": "1", "__lr_mult__": "2"}),
                  ('Activation', {"zzz": "1", "act_type": "relu", "__lr_mult__": "2"}),
                  ('Activation', {"__wd_mult__": "1", "act_type": "nope", "__ctx_group__": "a"}),
                  ('Convolution', {"kernel": "(2,2)", "no_bias": "True", "__a__": "1"}),
                  ('Convolution', {"kernel": "(2,2)", "num_filter": "2", "no_bias": "Maybe", "__a__": "1"}),
                  ('FullyConnected', {"num_hidden": "x", "no_bias": "True", "__a__": "1"}),
                  ('FullyConnected', {"__a__": "1", "num_hidden": "2", "no_bias": "True", "flatten": "1", "b": "2"})]:
    tr('json %s %s' % (op, attrs), lambda: s.load_json(one(op, attrs)))

x = s.var('x')
for kw in [dict(act_type='nope', zzz=1), dict(zzz=1, act_type='nope'), dict(act_type='nope', b=1)]:
    tr('sym %s' % kw, lambda: s.Activation(x, **kw))
    tr('sym attr %s' % kw, lambda: s.Activation(x, act_type=kw['act_type'],
                                                   attr={k: str(v) for k, v in kw.items() if k != 'act_type'}))
with mx.AttrScope(ctx_group='g', b='2'):
    tr('scope conv', lambda: s.Convolution(x, kernel=(2, 2), no_bias=True, name='c'))
    tr('scope fc', lambda: s.FullyConnected(x, num_hidden='x', no_bias=True, name='c'))

random.seed(3)
ops = {
    'Convolution': dict(kernel=['(2,2)', 'x'], num_filter=['2', '-1', 'q'], no_bias=['True', 'Maybe'],
                        layout=['NCHW', 'ABC'], cudnn_tune=['off', 'zzz']),
    'Pooling': dict(kernel=['(2,2)', 'y'], pool_type=['max', 'mux'], stride=['(1,1)', '(a)'],
                    global_pool=['False', 'nah']),
    'FullyConnected': dict(num_hidden=['3', 'x'], no_bias=['False', 'nah'], flatten=['True', '2x']),
    'BatchNorm': dict(eps=['0.001', 'e'], momentum=['0.9', 'm'], fix_gamma=['True', 'fg'], axis=['1', 'a']),
    'Dropout': dict(p=['0.5', 'pp'], mode=['training', 'sometimes'], axes=['(1,)', 'z']),
    'LeakyReLU': dict(act_type=['leaky', 'odd'], slope=['0.2', 's']),
}
users = ['foo', 'aaa', 'b', 'zz9', 'lr', 'data2']
for op, params in ops.items():
    for trial in range(10):
        keys = list(params)
        random.shuffle(keys)
        kw = {k: random.choice(params[k]) for k in keys[:random.randint(1, len(keys))]}
        attr = {u: str(random.randint(0, 9)) for u in random.sample(users, random.randint(0, 2))}
        if random.random() < 0.3:
            attr['__lr_mult__'] = '2'
        if random.random() < 0.3:
            kw['zzz_unknown'] = 1
        tr('%s %s %s' % (op, kw, attr), lambda: getattr(s, op)(x, attr=attr, **kw).list_attr())
        tr('  json', lambda: s.load_json(one(op, {**{k: str(v) for k, v in kw.items()}, **attr})).list_attr())
