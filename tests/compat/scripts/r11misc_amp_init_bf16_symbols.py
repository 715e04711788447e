"""After amp.init("bfloat16"), symbol layers cast every input they take or create to bfloat16 or float32 as in MXNet."""
import warnings

import mxnet as mx
from mxnet.contrib import amp
from mxnet.contrib.amp.amp import bfloat16

warnings.simplefilter("ignore")
amp.init("bfloat16")
x, w = mx.sym.var("x"), mx.sym.var("w")
nets = [
    ("fc", lambda: mx.sym.FullyConnected(x, num_hidden=2, name="fc")),
    ("fc no bias", lambda: mx.sym.FullyConnected(x, num_hidden=2, no_bias=True)),
    ("fc weight", lambda: mx.sym.FullyConnected(x, w, num_hidden=2, no_bias=True, name="f2")),
    ("fc keywords", lambda: mx.sym.FullyConnected(data=x, weight=w, num_hidden=2, no_bias=True, name="f3")),
    ("conv", lambda: mx.sym.Convolution(x, kernel=(1, 1), num_filter=2, name="cv")),
    ("batchnorm", lambda: mx.sym.BatchNorm(x, name="bn")),
    ("exp", lambda: mx.sym.exp(x, name="e")),
    ("softmax", lambda: mx.sym.softmax(x, name="s")),
    ("relu", lambda: mx.sym.Activation(x, act_type="relu", name="a")),
    ("softrelu", lambda: mx.sym.Activation(x, act_type="softrelu", name="a2")),
    ("elemwise_add", lambda: mx.sym.elemwise_add(x, w, name="ad")),
    ("broadcast_add", lambda: mx.sym.broadcast_add(x, w)),
    ("rnn", lambda: mx.sym.RNN(x, w, mx.sym.var("s"), state_size=2, num_layers=1, mode="rnn_tanh", name="r")),
    ("dot", lambda: mx.sym.dot(x, w, name="d")),
    ("attr", lambda: mx.sym.FullyConnected(x, num_hidden=2, name="fa", attr={"__x__": "1"})),
]
for title, make in nets:
    net = make()
    print(title, net.name, net.get_internals().list_outputs(), net.list_auxiliary_states())
print(mx.sym.FullyConnected(x, num_hidden=2, name="fj").tojson().count("amp_cast"))
print(mx.sym.FullyConnected(x, num_hidden=2, name="fb", attr={"__x__": "1"}).attr_dict()["fb"])
atom = mx.sym.FullyConnected(x, num_hidden=2, name="fc", attr={"__y__": "2"})._gen_atomic_symbol()
print(atom.list_attr(), atom(x).list_arguments(), atom(x, w, mx.sym.var("b"), name="z").list_arguments())
print(mx.sym.amp_cast(x, dtype=bfloat16).list_attr())     # MXNet's numpy stand-in is sent as 'bfloat16'
print(mx.sym.FullyConnected(x, num_hidden=2, name="fd").get_internals()[1].list_attr())
