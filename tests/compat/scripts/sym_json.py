# tojson/fromjson/save/load round trips and the JSON text of typical networks.
import os
import tempfile
import mxnet as mx

data = mx.sym.var('data')
conv = mx.sym.Convolution(data, kernel=(3, 3), num_filter=4, pad=(1, 1), name='conv')
bn = mx.sym.BatchNorm(conv, fix_gamma=False, name='bn')
act = mx.sym.Activation(bn, act_type='relu', name='relu')
pool = mx.sym.Pooling(act, kernel=(2, 2), stride=(2, 2), pool_type='max', name='pool')
drop = mx.sym.Dropout(pool, p=0.25, name='drop')
fc = mx.sym.FullyConnected(mx.sym.flatten(drop), num_hidden=3, name='fc')
net = mx.sym.SoftmaxOutput(fc, name='softmax')
js = net.tojson()
print(js)
net2 = mx.sym.load_json(js)
print(net2.tojson() == js, net2.list_arguments(), net2.list_auxiliary_states(), net2.list_outputs())
print(net2.attr_dict())
tmp = tempfile.mkdtemp()
path = os.path.join(tmp, 'net.json')
net.save(path)
net3 = mx.sym.load(path)
print(net3.tojson() == js, open(path).read() == js)
print(net3.infer_shape(data=(2, 1, 4, 4)))
g = mx.sym.Group([fc, mx.sym.exp(fc, name='e'), bn])
print(g.tojson())
print(mx.sym.load_json(g.tojson()).list_outputs())
v = mx.sym.var('v', shape=(2, 3), dtype='float16', lr_mult=2.0, init=mx.init.Uniform(0.1))
print(v.tojson())
print(mx.sym.load_json(v.tojson()).list_attr())
s = mx.sym.split(data, num_outputs=3, axis=1, name='s')
print(s.tojson())
print(mx.sym.load_json(s.tojson()).list_outputs())
t = mx.sym.topk(data, k=2, ret_typ='both', name='t')
print(t.list_outputs(), mx.sym.load_json(t.tojson()).list_outputs())
print((data * 2 + 1).tojson())
try:
    mx.sym.load_json('{"nodes": 3}')
except Exception as e:
    print(type(e).__name__)
try:
    mx.sym.load_json('not json')
except Exception as e:
    print(type(e).__name__)
print(mx.sym.fromjson(js).list_arguments() if hasattr(mx.sym, 'fromjson') else 'no fromjson')
