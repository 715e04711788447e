# Symbol copies are whole-graph copies; _set_attr(name=) renames; atomic symbols; JSON written by MXNet 0.8.
import copy
import json
import os
import tempfile
import mxnet as mx

a = mx.sym.Variable('a')
b = copy.copy(a)
b._set_attr(name='b')
print(a.name, b.name)
fc = mx.sym.FullyConnected(a, num_hidden=3, name='fc')
f2 = copy.copy(fc)
f2._set_attr(name='g', __x__='1')
print(fc.name, f2.name, f2.list_attr(), fc.list_attr(), f2.get_internals().list_outputs())
g = fc + 1
h = copy.deepcopy(g)
h.get_children()._set_attr(name='zz')
print(g.get_internals().list_outputs(), h.get_internals().list_outputs(), copy.copy(g).tojson() == g.tojson())

rnn = mx.sym.RNN(mx.sym.var('data'), mx.sym.var('p'), mx.sym.var('h0'), mx.sym.var('h1'), state_size=10,
                 num_layers=2, bidirectional=True, state_outputs=True, mode='lstm', name='rnn')
atom = rnn._gen_atomic_symbol()
print(atom.list_arguments(), atom.list_outputs())
print(atom.tojson())
print(mx.sym.FullyConnected(mx.sym.relu(a), num_hidden=2, name='fc')._gen_atomic_symbol().list_outputs())

w = mx.sym.var('w', shape=1)
print(w.list_attr(), (w + 1).infer_shape())
print(mx.sym.contrib.hawkesll(*[mx.sym.var(n) for n in 'abcdefgh'], name='hk').list_outputs())


def var(name, attr):
    return {"op": "null", "param": {}, "name": name, "inputs": [], "backward_source_id": -1, "attr": attr}


def op(kind, name, param, inputs, attr):
    return {"op": kind, "param": param, "name": name, "inputs": inputs, "backward_source_id": -1, "attr": attr}


s1, s2 = {"ctx_group": "stage1"}, {"ctx_group": "stage2"}
w1, l2 = dict(s1, wd_mult="0.3", weight_lr_mult="1.2"), dict(s2, lr_mult="0.01")
legacy = {"nodes": [
    var("data", dict(s1, lr_mult="0.2")), var("fc1_weight", w1), var("fc1_bias", w1),
    op("FullyConnected", "fc1", {"no_bias": "False", "num_hidden": "8"}, [[0, 0], [1, 0], [2, 0]], w1),
    op("Activation", "relu1", {"act_type": "relu"}, [[3, 0]], s1),
    var("fc2_weight", l2), var("fc2_bias", l2),
    op("FullyConnected", "fc2", {"no_bias": "False", "num_hidden": "4"}, [[4, 0], [5, 0], [6, 0]], l2),
    var("bn_gamma", s2), var("bn_beta", s2),
    op("BatchNorm", "bn", {"eps": "0.001", "fix_gamma": "True", "momentum": "0.9", "use_global_stats": "False"},
       [[7, 0], [8, 0], [9, 0]], s2),
    var("softmax_label", s2),
    op("SoftmaxOutput", "softmax", {"grad_scale": "1", "normalization": "null"}, [[10, 0], [11, 0]], s2)],
    "arg_nodes": [0, 1, 2, 5, 6, 8, 9, 11], "heads": [[12, 0]]}
path = os.path.join(tempfile.mkdtemp(), 'legacy.json')
with open(path, 'w') as f:
    json.dump(legacy, f)
old = mx.sym.load(path)
for key, value in sorted(old.attr_dict().items()):
    print(key, sorted(value.items()))
print(old.list_arguments(), old.list_auxiliary_states(), old.list_outputs())
print(old.tojson())
print(mx.sym.load_json(old.tojson()).tojson() == old.tojson())
print(old.infer_shape(data=(2, 5)))
