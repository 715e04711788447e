"""sym.var takes every storage type name MXNet knows, 'undefined' (-1) too, and writes its number; an unknown name is a KeyError."""
# recorded on AVX2
import mxnet as mx

for stype in ("default", "row_sparse", "csr", "undefined", None, "bad", "dense"):
    try:
        v = mx.sym.var("v", stype=stype)
        print(stype, v.list_attr(), v.attr("__storage_type__"), mx.sym.load_json(v.tojson()).list_attr())
    except Exception as e:
        print(stype, type(e).__name__, e)
