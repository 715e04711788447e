"""mx.sym.pow is a function named pow (its TypeErrors say so); mx.sym.op and mx.nd.op lack the front-end functions maximum, minimum, power, histogram, split_v2."""
# recorded on AVX2
import mxnet as mx

x = mx.sym.var("x")
for f in (mx.sym.pow, mx.sym.power):
    print(f.__name__, (f(x, 2)).name.rstrip("0123456789"), f(2, x).name.rstrip("0123456789"), f(x, x).list_arguments())
    for call in (lambda: f(), lambda: f(x, x, x), lambda: f(x, 2, name="p")):
        try:
            call()
        except TypeError as e:
            print("  TypeError", e)
for module in (mx.sym.op, mx.nd.op):
    print([n for n in ("histogram", "maximum", "minimum", "power", "pow", "split_v2", "relu", "broadcast_power")
           if hasattr(module, n)])
