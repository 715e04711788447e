"""mx.contrib.onnx is a package whose onnx2mx subpackage holds import_model, import_onnx and import_to_gluon, and mx.onnx one whose mx2onnx holds export_model and get_operator_support (in its _export_model module); without onnx each entry point raises MXNet's ImportError, contrib's printing its deprecation notice first and passing its arguments on as given, and _export_helper.load_module loads a checkpoint by the prefix of its symbol file and the epoch of its params file."""
# recorded on AMD AVX2
import importlib
import inspect
import os
import tempfile

import mxnet as mx

MODULES = ["contrib.onnx", "contrib.onnx.onnx2mx", "contrib.onnx.onnx2mx.import_model",
           "contrib.onnx.onnx2mx.import_onnx", "contrib.onnx.onnx2mx.import_to_gluon", "onnx", "onnx.mx2onnx",
           "onnx.mx2onnx._export_model", "onnx.mx2onnx._export_onnx", "onnx.mx2onnx._export_helper"]
SKIP = {"convert_map"}          # import_onnx's table of ONNX operator translations


def describe(value):
    if value is mx:
        return "module mxnet"
    if inspect.ismodule(value):
        return "module " + value.__name__.split(".", 1)[-1]
    if inspect.isclass(value):
        return "class"
    if callable(value):
        return f"{value.__name__}{inspect.signature(value)}"
    return type(value).__name__


for path in MODULES:
    module = importlib.import_module("mxnet." + path)
    print(path, hasattr(module, "__path__"))
    for name in sorted(n for n in dir(module) if not n.startswith("_") and n not in SKIP):
        print("   ", name, describe(getattr(module, name)))


def show(label, call):
    try:
        print(label, "->", call())
    except Exception as e:      # noqa: BLE001 - the point is to print it
        print(label, type(e).__name__, str(e).splitlines()[0])


sym = mx.sym.FullyConnected(mx.sym.var("x"), num_hidden=2, name="fc")
C, IM = mx.contrib.onnx, mx.contrib.onnx.onnx2mx.import_model
G = mx.contrib.onnx.onnx2mx.import_onnx.GraphProto
show("onnx.export_model", lambda: mx.onnx.export_model(sym, {}, [(1, 3)]))
show("onnx.get_operator_support", lambda: mx.onnx.get_operator_support(13))
show("mx2onnx.export_model", lambda: mx.onnx.mx2onnx.export_model(sym, {}, [(1, 3)]))
show("contrib.export_model", lambda: C.export_model(sym, {}, [(1, 3)]))
show("contrib.export_model()", lambda: C.export_model())
show("contrib.import_model()", lambda: C.import_model())
show("contrib.import_to_gluon", lambda: C.import_to_gluon("m.onnx", ctx=mx.cpu()))
show("contrib.get_model_metadata", lambda: C.get_model_metadata(model_file="m.onnx"))
show("onnx2mx.import_model", lambda: IM.import_model("m.onnx"))
show("onnx2mx.get_model_metadata", lambda: IM.get_model_metadata("m.onnx"))
show("onnx2mx.import_to_gluon", lambda: mx.contrib.onnx.onnx2mx.import_to_gluon.import_to_gluon("m.onnx", mx.cpu()))
show("onnx2mx.import_to_gluon()", lambda: mx.contrib.onnx.onnx2mx.import_to_gluon.import_to_gluon())
g = G()
print(sorted(vars(g).items()), G is IM.GraphProto)
show("GraphProto._parse_array", lambda: g._parse_array(None))

Graph = mx.onnx.mx2onnx._export_onnx.MXNetGraph
m = Graph()
print(vars(m), Graph.registry_, Graph.input_output_maps_, Graph is mx.onnx.mx2onnx._export_model.MXNetGraph)
show("MXNetGraph.register", lambda: Graph.register("Foo")(len) is len and Graph.registry_)
show("MXNetGraph.convert_layer", lambda: Graph.convert_layer({"op": "Activation"}))
show("MXNetGraph.create_onnx_graph_proto", lambda: m.create_onnx_graph_proto(sym, {}, [(1, 3)], [None]))
args, aux = Graph.split_params(mx.sym.BatchNorm(sym, name="bn"), {"fc_weight": [[1, 2, 3]], "bn_moving_mean": [0.5],
                                                                   "other": [1]})
print({k: v.asnumpy().tolist() for k, v in args.items()}, {k: v.asnumpy().tolist() for k, v in aux.items()})
print(Graph.convert_weights_to_numpy({"arg:w": mx.nd.ones((2,)), "aux:m": mx.nd.zeros((1,), dtype="int32")}))

load_module = mx.onnx.mx2onnx._export_helper.load_module
with tempfile.TemporaryDirectory() as tmp:
    prefix = os.path.join(tmp, "net")
    mx.model.save_checkpoint(prefix, 3, sym, {"fc_weight": mx.nd.ones((2, 3)), "fc_bias": mx.nd.zeros((2,))},
                             {"extra": mx.nd.ones((1,))})
    os.rename(prefix + "-0003.params", prefix + "-0000.params")
    open(os.path.join(tmp, "plain.params"), "wb").close()
    for sym_file, params_file in [("net-symbol.json", "net-0000.params"), ("net-symbol.json", "plain.params"),
                                  ("net-symbol.json", "missing-0000.params"), ("net-symbol.json", "net-symbol.json")]:
        def load(sym_file=sym_file, params_file=params_file):
            loaded, params = load_module(os.path.join(tmp, sym_file), os.path.join(tmp, params_file))
            return loaded.list_outputs(), {k: v.shape for k, v in sorted(params.items())}
        show(f"load_module({sym_file}, {params_file})", load)
