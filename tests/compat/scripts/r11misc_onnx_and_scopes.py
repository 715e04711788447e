"""Without onnx, mx.onnx and mx.contrib.onnx fail with MXNet's ImportError (contrib printing its notice); a name or attribute scope never entered refuses to exit."""
import mxnet as mx
from mxnet.contrib import onnx as onnx_mxnet


def show(name, f):
    try:
        print(name, f())
    except Exception as e:      # noqa: BLE001 - the point is to print it
        print(name, type(e).__name__, repr(str(e).splitlines()[0] if str(e) else ""))


show("export", lambda: mx.onnx.export_model(mx.sym.var("x"), {}, [(1,)]))
show("support", lambda: mx.onnx.get_operator_support())
show("contrib export", lambda: onnx_mxnet.export_model(mx.sym.var("x"), {}, [(1,)]))
show("contrib import", lambda: onnx_mxnet.import_model("none.onnx"))
show("contrib metadata", lambda: onnx_mxnet.get_model_metadata("none.onnx"))
show("contrib gluon", lambda: onnx_mxnet.import_to_gluon("none.onnx", mx.cpu()))
show("name exit", lambda: mx.name.NameManager().__exit__(None, None, None))
show("prefix exit", lambda: mx.name.Prefix("p_").__exit__(None, None, None))
show("attr exit", lambda: mx.AttrScope(a="1").__exit__(None, None, None))
with mx.name.Prefix("p_") as p:
    with mx.AttrScope(__a__="1") as s:
        print(mx.sym.FullyConnected(mx.sym.var("x", attr={"__b__": "2"}), num_hidden=2).attr_dict())
print(mx.sym.var("y").list_attr(), p.get(None, "fc"), s.get(None))
