"""mx.np elementwise functions with out= and NumPy's ufunc keywords as MXNet 1.9.1 takes them: out must have the
result's dtype (integer math keeps the integer type, predicates need a bool out), comparisons and true_divide take
no ufunc keywords (Python's TypeError), the others check them."""
from mxnet import np, npx
from _show_np import show

npx.set_np()


f = np.array([[0.5, -1.25], [2.0, 3.5]])
i = np.array([[1, -2], [3, 0]], dtype="int32")
for name in ["exp", "log", "sqrt", "abs", "negative", "floor", "sign", "square", "reciprocal", "cbrt", "arctan"]:
    for label, x in [("float32", f), ("int32", i)]:
        for odt in ["float32", "float64", "int32"]:
            show("%s %s out=%s" % (name, label, odt), lambda: getattr(np, name)(x, out=np.zeros((2, 2), dtype=odt)))
for name in ["isnan", "isinf", "isfinite", "logical_not"]:
    for odt in ["bool", "float32"]:
        show("%s out=%s" % (name, odt), lambda: getattr(np, name)(f, out=np.zeros((2, 2), dtype=odt)))
for name in ["equal", "not_equal", "less", "greater_equal"]:
    show("%s out=bool" % name, lambda: getattr(np, name)(f, i.astype("float32"), out=np.zeros((2, 2), dtype="bool")))
    show("%s out=float32" % name, lambda: getattr(np, name)(f, f, out=np.zeros((2, 2))))
    show("%s where" % name, lambda: getattr(np, name)(f, f, where=True))
    show("%s dtype" % name, lambda: getattr(np, name)(f, f, dtype="float32"))
for name in ["true_divide", "divide", "add", "maximum", "fmod", "copysign"]:
    show("%s where=True" % name, lambda: getattr(np, name)(f, f, where=True))
    show("%s where=False" % name, lambda: getattr(np, name)(f, f, where=False))
    show("%s dtype" % name, lambda: getattr(np, name)(f, f, dtype="float64"))
    show("%s out=float64" % name, lambda: getattr(np, name)(f, f, out=np.zeros((2, 2), dtype="float64")))
for name in ["fmod", "copysign", "lcm", "bitwise_and"]:
    x = i if name in ("lcm", "bitwise_and") else f
    show("%s out=int64" % name, lambda: getattr(np, name)(x, x, out=np.zeros((2, 2), dtype="int64")))
show("true_divide is divide", lambda: np.true_divide is np.divide)
