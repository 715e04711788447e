"""Custom of an op_type never registered (or none) fails at the custom operator's source line, as symbol and as NDArray call."""
# recorded on AVX2
import mxnet as mx

calls = [("sym", lambda: mx.sym.Custom(mx.sym.var("x"), op_type="nonexist", name="c")),
         ("nd", lambda: mx.nd.Custom(mx.nd.ones(2), op_type="nonexist")),
         ("sym no type", lambda: mx.sym.Custom(mx.sym.var("x"))),
         ("nd no type", lambda: mx.nd.Custom(mx.nd.ones(2)))]
for label, call in calls:
    try:
        call()
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__, str(e))
