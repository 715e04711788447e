"""mx.contrib.nd and mx.contrib.sym are MXNet's own modules of the contrib operator functions: the operators of
nd/sym.contrib without their control flow and helpers (foreach, cond, isfinite... are refused), with an __all__."""
import mxnet as mx

for module in [mx.contrib.nd, mx.contrib.sym]:
    names = [n for n in dir(module) if not n.startswith("_")]
    print(module is (mx.contrib.ndarray if module is mx.contrib.nd else mx.contrib.symbol), len(names), names)
    print("   ", sorted(module.__all__) == names)
for expr in ["mx.contrib.nd.foreach", "mx.contrib.nd.isfinite", "mx.contrib.sym.cond", "mx.contrib.sym.Symbol"]:
    try:
        eval(expr)
        print(expr, "found")
    except AttributeError as e:
        print(expr, "AttributeError", e)
print(mx.contrib.nd.box_iou(mx.nd.array([[0, 0, 2, 2]]), mx.nd.array([[1, 1, 3, 3]])))
print(mx.contrib.sym.box_iou(mx.sym.var("a"), mx.sym.var("b")).list_arguments())
