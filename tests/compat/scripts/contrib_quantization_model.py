"""mx.contrib.quantization.quantize_model on the CPU: quantized graphs, offline parameters, naive
calibration (as the default MKLDNN executor reports layer outputs), and the quantized graph's outputs."""
import json

import numpy as np

import mxnet as mx
from mxnet.contrib import quantization as q


def show_graph(sym):
    nodes = json.loads(sym.tojson())["nodes"]
    for n in nodes:
        if n["op"] != "null":
            ins = ",".join("%s:%d" % (nodes[a]["name"], b) for a, b, _ in n["inputs"])
            print("  %s %s %s (%s)" % (n["op"], n["name"], sorted(n.get("attrs", {}).items()), ins))
    print("  arguments", sym.list_arguments())


def show_params(params):
    for k in sorted(params):
        v = params[k].asnumpy()
        print("  %s %s %s %s" % (k, v.dtype, v.shape, np.round(v.ravel()[:5], 6).tolist()))


def params_of(sym, shape, seed):
    np.random.seed(seed)
    arg_shapes, _, _ = sym.infer_shape(data=shape)
    return {n: mx.nd.array(np.random.uniform(-1, 1, s)) for n, s in zip(sym.list_arguments(), arg_shapes)
            if n not in ("data", "softmax_label")}


with mx.name.NameManager():
    data = mx.sym.var("data")
    conv = mx.sym.Convolution(data, kernel=(3, 3), num_filter=4, name="conv0")
    relu = mx.sym.Activation(conv, act_type="relu", name="relu0")
    pool = mx.sym.Pooling(relu, kernel=(2, 2), stride=(2, 2), pool_type="max", name="pool0")
    flat = mx.sym.Flatten(pool, name="flat0")
    fc = mx.sym.FullyConnected(flat, num_hidden=3, name="fc0")
    convnet = mx.sym.SoftmaxOutput(fc, name="softmax")

    fc0 = mx.sym.FullyConnected(data, num_hidden=6, name="fc0")
    act = mx.sym.Activation(fc0, act_type="relu", name="relu0")
    fc1 = mx.sym.FullyConnected(act, num_hidden=5, name="fc1")
    fc2 = mx.sym.FullyConnected(fc1, num_hidden=4, name="fc2")
    fcnet = mx.sym.FullyConnected(mx.sym.Flatten(fc2, name="flat0"), num_hidden=3, name="fc3")

args = params_of(convnet, (2, 1, 6, 6), 0)
X = np.random.uniform(0, 1, (4, 1, 6, 6)).astype("f")

print("== conv net, no calibration, int8")
qsym, qarg, qaux = q.quantize_model(convnet, args, {}, ctx=mx.cpu(), calib_mode="none")
show_graph(qsym)
show_params(qarg)
print("  aux is the same dict:", qaux == {})

for dtype in ("int8", "uint8", "auto"):
    print("== conv net, naive calibration,", dtype)
    it = mx.io.NDArrayIter(X, np.zeros(4), batch_size=2)
    qsym, qarg, _ = q.quantize_model(convnet, args, {}, calib_mode="naive", calib_data=it, quantized_dtype=dtype)
    show_graph(qsym)
    if dtype == "auto":
        ex = qsym.bind(mx.cpu(), dict(qarg, data=mx.nd.array(X[:2]), softmax_label=mx.nd.zeros(2)))
        print("  output", ex.forward()[0].asnumpy().round(6).tolist())

fargs = params_of(fcnet, (2, 8), 1)
XF = np.random.uniform(-1, 1, (6, 8)).astype("f")
for mode in ("smart", "full"):
    for excluded in ([], ["fc1"]):
        print("== fc net", mode, "excluded", excluded)
        it = mx.io.NDArrayIter(XF, batch_size=3)
        qsym, qarg, _ = q.quantize_model(fcnet, fargs, {}, label_names=None, excluded_sym_names=excluded,
                                         calib_mode="naive", calib_data=it, num_calib_examples=3,
                                         quantize_mode=mode, quantized_dtype="auto")
        show_graph(qsym)
        print("  params", sorted(qarg))
        ex = qsym.bind(mx.cpu(), dict(qarg, data=mx.nd.array(XF[:3])))
        print("  output", ex.forward()[0].asnumpy().round(5).tolist())

print("== excluded operators")
qsym, qarg, _ = q.quantize_model(fcnet, fargs, {}, excluded_op_names=["FullyConnected"], calib_mode="none")
show_graph(qsym)
print("  params", sorted(qarg))
