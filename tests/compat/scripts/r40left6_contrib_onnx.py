"""mx.contrib.onnx has MXNet's underscore entry points (export_model_ is mx.onnx.export_model; import_model_,
get_model_metadata_, import_to_gluon_ fail without onnx as MXNet's do, without the deprecation notice)."""
import inspect

import mxnet as mx

C = mx.contrib.onnx
print([n for n in dir(C) if not n.startswith("_") and n != "onnx2mx"], C.export_model_ is mx.onnx.export_model)
for f, args in [(C.import_model_, ("x.onnx",)), (C.get_model_metadata_, ("x.onnx",)),
                (C.import_to_gluon_, ("x.onnx", mx.cpu())), (C.import_model, ("x.onnx",))]:
    print(f.__name__, inspect.signature(f))
    try:
        f(*args)
    except ImportError as e:
        print("ImportError", e)
