"""After amp.init, NDArray and Symbol operators between two arrays go through amp's widest-type casts as MXNet's functions do."""
import mxnet as mx
from mxnet.contrib import amp

amp.init()
x, w = mx.sym.var("x"), mx.sym.var("w")
low, high = mx.nd.ones((2,), dtype="float16") * 3, mx.nd.ones((2,)) * 2
for op in ["+", "-", "*", "/", "%", "==", "!=", ">", "<", ">=", "<="]:
    print("sym", op, eval("x %s w" % op).get_internals().list_outputs())
    for left, right in (("low", "high"), ("high", "low"), ("low", "low")):
        r = eval("%s %s %s" % (left, op, right))
        print("nd", left, op, right, r.dtype.__name__, r.asnumpy().tolist())
    r = eval("low %s 2" % op)
    print("nd scalar", op, r.dtype.__name__, r.asnumpy().tolist())
print((mx.nd.ones((2, 1), dtype="float16") + mx.nd.ones((1, 3))).shape)
for expr in ["x / 2", "2 / x", "x ** 2", "2 ** x", "x + 2", "2 - x", "x > 2"]:
    print("sym scalar", expr, eval(expr).get_internals().list_outputs())
