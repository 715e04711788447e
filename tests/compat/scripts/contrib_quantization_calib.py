"""mx.contrib.quantization's calibration pieces: quantize_graph + a user-filled collector + calib_graph,
the histogram and min/max collectors, KL-divergence thresholds, and the errors of bad arguments."""
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


def attempt(what, fn):
    try:
        fn()
        print(what, "ok")
    except Exception as e:          # the class and message are what MXNet shows
        print(what, type(e).__name__, str(e).split("\n")[0][:160])


np.random.seed(3)
with mx.name.NameManager():
    data = mx.sym.var("data")
    fc0 = mx.sym.FullyConnected(data, num_hidden=6, name="fc0")
    act = mx.sym.Activation(fc0, act_type="relu", name="relu0")
    net = mx.sym.FullyConnected(act, num_hidden=3, name="fc1")
arg_shapes, _, _ = net.infer_shape(data=(4, 5))
args = {n: mx.nd.array(np.random.uniform(-1, 1, s)) for n, s in zip(net.list_arguments(), arg_shapes) if n != "data"}
X = np.random.uniform(-1, 1, (8, 5)).astype("f")

print("== quantize_graph collectors")
for mode in ("none", "naive", "entropy"):
    qsym, qarg, qaux, collector = q.quantize_graph(net, args, {}, calib_mode=mode)
    print(mode, type(collector).__name__, getattr(collector, "include_layer", None), sorted(qarg))
show_graph(qsym)


class RangeCollector(object):
    """A custom collector: symmetric ranges of the layers it is asked about."""

    def __init__(self, include_layer):
        self.include_layer, self.min_max_dict = include_layer, {}

    def collect(self, name, arr):
        name = mx.base.py_str(name)
        if name in self.include_layer:
            low, high = self.min_max_dict.get(name, (0.0, 0.0))
            self.min_max_dict[name] = (low - 0.5, high + 1.0)


for mode in ("naive", "customize"):
    print("== quantize_graph + calib_graph,", mode)
    custom = RangeCollector(["data", "fc0_output", "fc1_output"]) if mode == "customize" else None
    qsym, qarg, qaux, collector = q.quantize_graph(net, args, {}, calib_mode=mode, quantized_dtype="auto",
                                                   LayerOutputCollector=custom)
    mod = mx.mod.Module(net, label_names=None)
    mod.bind(for_training=False, data_shapes=[("data", (4, 5))])
    mod.set_params(args, {})
    n = q._collect_layer_statistics(mod, mx.io.NDArrayIter(X, batch_size=4), collector)
    print("examples", n, "collected", sorted((k, [round(float(x), 5) for x in v])
                                            for k, v in collector.min_max_dict.items()))
    cqsym, cqarg, _ = q.calib_graph(qsym, args, {}, collector, calib_mode=mode, quantized_dtype="auto", logger=None)
    show_graph(cqsym)
    ex = cqsym.bind(mx.cpu(), dict(cqarg, data=mx.nd.array(X[:4])))
    print("  output", ex.forward()[0].asnumpy().round(5).tolist())

print("== hand-written thresholds")
calibrated = q._calibrate_quantized_sym(qsym, {"data": (-1.5, 1.5), "fc0_output": (-0.25, 2.0), "fc1_output": (0, 3)})
show_graph(calibrated)
print(q._quantize_params(calibrated, args, {"fc0_output": (-0.25, 2.0)}).keys())

print("== histogram collector and entropy thresholds")


def feed(collector, arrays):
    """Run a Flatten (``x``) over each array with the collector as the executor's monitor."""
    x = mx.sym.Flatten(mx.sym.var("data"), name="x")
    ex = x.simple_bind(mx.cpu(), data=arrays[0].shape, grad_req="null")
    for a in arrays:
        ex = ex.reshape(allow_up_sizing=True, data=a.shape)
        ex.set_monitor_callback(collector.collect, monitor_all=True)
        ex.forward(data=mx.nd.array(a))


hc = q._LayerHistogramCollector(num_bins=201, include_layer=["x_output"])
feed(hc, [np.random.normal(0, 1, (2, 25)), np.random.normal(0, 3, (5, 10)), np.random.normal(0, 0.1, (1, 10))])
hd = q._LayerHistogramCollector(num_bins=201, include_layer=["data"])
feed(hd, [np.random.uniform(0, 2, (4, 20))])
hc.hist_dict.update(hd.hist_dict)
mm = q._LayerOutputMinMaxCollector("int8", include_layer=["x_output"])
feed(mm, [np.random.normal(0, 1, (2, 5)), np.random.normal(0, 2, (2, 5))])
print("min/max", {k: [round(float(x), 5) for x in v] for k, v in mm.min_max_dict.items()})
for name in sorted(hc.hist_dict):
    hist, edges, low, high, th = hc.hist_dict[name]
    print(name, len(hist), int(hist.sum()), round(float(edges[0]), 5), round(float(low), 5), round(float(high), 5))
    for dtype in ("int8", "uint8"):
        mn, mx_, t, d = q._get_optimal_threshold(hc.hist_dict[name], dtype, num_quantized_bins=31)
        print("  ", dtype, t.tolist(), d.round(5).tolist())
print(q._smooth_distribution(np.array([0, 3, 0, 1.0])).tolist())
attempt("smooth all zeros", lambda: q._smooth_distribution(np.zeros(3)))
attempt("entropy thresholds", lambda: q._get_optimal_thresholds(dict(hc.hist_dict), "int8"))

print("== errors")
it = mx.io.NDArrayIter(X, batch_size=4)
attempt("dtype", lambda: q.quantize_model(net, args, {}, quantized_dtype="int4", calib_mode="none"))
attempt("granularity", lambda: q.quantize_model(net, args, {}, quantize_granularity="x", calib_mode="none"))
attempt("excluded not list", lambda: q.quantize_model(net, args, {}, excluded_sym_names="fc0"))
attempt("excluded ops not list", lambda: q.quantize_model(net, args, {}, excluded_op_names=("FullyConnected",)))
attempt("no calib data", lambda: q.quantize_model(net, args, {}, calib_mode="naive"))
attempt("calib data not iter", lambda: q.quantize_model(net, args, {}, calib_mode="naive", calib_data=[X]))
attempt("unknown calib", lambda: q.quantize_model(net, args, {}, calib_mode="best", calib_data=it, label_names=None))
attempt("entropy model", lambda: q.quantize_model(net, args, {}, calib_mode="entropy", calib_data=it,
                                                  label_names=None))
attempt("graph unknown calib", lambda: q.quantize_graph(net, args, {}, calib_mode="customize"))
attempt("calib_graph none", lambda: q.calib_graph(qsym, args, {}, None, calib_mode="none"))
attempt("statistics of a list", lambda: q._collect_layer_statistics(mod, [X], None))
attempt("load_params", lambda: q._load_params(3))
attempt("load_sym", lambda: q._load_sym(3))
print(q._load_params((args, {}))[0] is args, q._load_sym(net) is net)

print("== calibration data from a DataLoader")
X = mx.nd.array(np.arange(24).reshape(6, 4))
loader = mx.gluon.data.DataLoader(mx.gluon.data.ArrayDataset(X, mx.nd.arange(6)), batch_size=4)
wrapped, shapes = q._as_data_iter(loader)
print(type(wrapped).__name__, shapes, wrapped.batch_size)
print([[d.shape for d in b.data] for b in wrapped])
wrapped.reset()
print(len(list(wrapped)))
attempt("wrap an int", lambda: q._DataIterWrapper(3))
five_d = mx.gluon.data.DataLoader(mx.gluon.data.ArrayDataset(mx.nd.ones((4, 2, 1, 3, 3)), mx.nd.ones((4, 1)),
                                                             mx.nd.ones((4,))), batch_size=2)
print(q._as_data_iter(five_d)[1])
