"""get_backend_symbol / optimize_for('MKLDNN'): fused node names, subgraph JSON, argument lists, outputs."""
import json

import mxnet as mx
import numpy as np


def show(sym):
    for n in json.loads(sym.tojson())["nodes"]:
        print(n["op"], n["name"], n["inputs"], n.get("attrs"))
        for sub in n.get("subgraphs", []):
            print("   ", [(m["op"], m["name"], m["inputs"], m.get("attrs")) for m in sub["nodes"]],
                  sub["arg_nodes"], sub["node_row_ptr"], sub["heads"])
    print(sym.list_arguments(), sym.list_outputs(), sym.list_auxiliary_states())
    print(sorted(sym.attr_dict().items()))
    print(sym.get_internals().list_outputs())


def run(sym, fused, shapes, seed=0):
    rng = np.random.RandomState(seed)
    arg_shapes, _, aux_shapes = sym.infer_shape(**shapes)
    args = {n: mx.nd.array(rng.uniform(-1, 1, s)) for n, s in zip(sym.list_arguments(), arg_shapes)}
    aux = {n: mx.nd.array(rng.uniform(0.5, 1, s)) for n, s in zip(sym.list_auxiliary_states(), aux_shapes)}
    print(fused.infer_shape(**shapes))
    plain = sym.bind(mx.cpu(), args=args, aux_states=aux).forward()[0].asnumpy()
    got = fused.bind(mx.cpu(), args=args, aux_states=aux).forward()[0].asnumpy()
    print(got.shape, np.allclose(plain, got, rtol=1e-5, atol=1e-5), np.round(got.ravel()[:6], 3))


with mx.name.NameManager():
    x = mx.sym.var("data")
    c = mx.sym.Convolution(x, num_filter=4, kernel=(3, 3), pad=(1, 1), name="conv0")
    r = mx.sym.Activation(mx.sym.BatchNorm(c, name="bn0"), act_type="relu", name="relu0")
    c2 = mx.sym.Convolution(r, num_filter=4, kernel=(3, 3), pad=(1, 1), name="conv1")
    r2 = mx.sym.Activation(mx.sym.elemwise_add(c2, r, name="add0"), act_type="relu", name="relu1")
    net = mx.sym.Activation(mx.sym.FullyConnected(r2, num_hidden=5, name="fc0"), act_type="relu", name="relu2")
fused = net.get_backend_symbol("MKLDNN")
show(fused)
run(net, fused, {"data": (2, 3, 5, 5)})
print(fused.tojson() == net.optimize_for("MKLDNN").tojson())

# the sum's other operand first, a Dropout (dropped), a lone FullyConnected, a conv without bias
with mx.name.NameManager():
    x = mx.sym.var("data")
    r = mx.sym.Activation(mx.sym.Convolution(x, num_filter=3, kernel=(1, 1), name="conv0"), act_type="relu",
                          name="relu0")
    c2 = mx.sym.Convolution(r, num_filter=3, kernel=(1, 1), no_bias=True, name="conv1")
    d = mx.sym.Dropout(mx.sym.elemwise_add(r, c2, name="add0"), p=0.5, name="drop0")
    net = mx.sym.FullyConnected(mx.sym.FullyConnected(d, num_hidden=5, name="fc0"), num_hidden=4, name="fc1")
fused = net.get_backend_symbol("MKLDNN")
show(fused)
run(net, fused, {"data": (2, 3, 4, 4)}, seed=1)

try:
    net.get_backend_symbol("FOO")
except mx.base.MXNetError:
    print("get_backend_symbol FOO: MXNetError")
print(net.optimize_for("FOO").list_outputs())

# a model_zoo resnet18_v1 graph: names of the stand-ins of groups made later, a JSON round trip
from mxnet.gluon.model_zoo import vision

mx.random.seed(0)
resnet = vision.resnet18_v1(classes=10)
resnet.initialize(mx.init.Xavier())
resnet.hybridize()
x = mx.nd.array(np.random.RandomState(0).uniform(size=(1, 3, 32, 32)))
y = resnet(x)
fused = resnet._cached_graph[1].get_backend_symbol("MKLDNN")
for n in json.loads(fused.tojson())["nodes"]:
    if n["op"] != "null":
        print(n["op"], n["name"], n["inputs"], n.get("attrs"), [[m["name"] for m in s["nodes"]] for s in n.get("subgraphs", [])])
print(len(fused.list_arguments()), fused.list_outputs(), len(fused.list_auxiliary_states()))
params = {p.name: p.data() for p in resnet.collect_params().values()}
args = dict({k: v for k, v in params.items() if k in fused.list_arguments()}, data=x)
aux = {k: v for k, v in params.items() if k in fused.list_auxiliary_states()}
loaded = mx.sym.load_json(fused.tojson())
print(loaded.tojson() == fused.tojson(), loaded.list_auxiliary_states() == fused.list_auxiliary_states())
got = loaded.bind(mx.cpu(), args=args, aux_states=aux).forward()[0].asnumpy()
print(np.allclose(got, y.asnumpy(), rtol=1e-4, atol=1e-4))

# which op after a FullyConnected / Convolution each backend fuses
for backend in ["MKLDNN", "MKLDNN_QUANTIZE"]:
    found = []
    for base in ["fc", "conv"]:
        for follower in ["relu", "sigmoid", "tanh", "softrelu", "leaky", "gelu", "square", "sqrt", "exp", "abs",
                         "clip", "clip2", "bn", "bnrelu"]:
            with mx.name.NameManager():
                x = mx.sym.var("data")
                if base == "fc":
                    b = mx.sym.FullyConnected(x, num_hidden=3, name="f")
                else:
                    b = mx.sym.Convolution(x, kernel=(1, 1), num_filter=2, name="c")
                if follower in ("relu", "sigmoid", "tanh", "softrelu"):
                    n = mx.sym.Activation(b, act_type=follower, name="a")
                elif follower in ("leaky", "gelu"):
                    n = mx.sym.LeakyReLU(b, act_type=follower, name="a")
                elif follower in ("clip", "clip2"):
                    n = mx.sym.clip(b, 0 if follower == "clip" else -1, 6, name="a")
                elif follower == "bn":
                    n = mx.sym.BatchNorm(b, name="a")
                elif follower == "bnrelu":
                    n = mx.sym.Activation(mx.sym.BatchNorm(b, name="bb"), act_type="relu", name="a")
                else:
                    n = getattr(mx.sym, follower)(b, name="a")
            found.append((base, follower, n.get_backend_symbol(backend).list_outputs()[0]))
    print(backend, found)
