"""mx.np's unary and binary functions take their operands by keyword (x=, x1=, x2=) as MXNet's do, with out= and NumPy's
ufunc keywords checked as before; an unknown keyword is still refused."""
import mxnet as mx

a = mx.np.array([-1.5, 2.0, 0.25])
b = mx.np.array([3.0, -4.0, 0.5])
for name in ["abs", "absolute", "sin", "exp", "negative", "sqrt", "square", "floor", "sign", "log", "tanh", "logical_not",
             "isnan", "fabs", "rint", "trunc", "degrees", "reciprocal", "cbrt", "expm1", "log1p", "arctan", "ceil"]:
    print(name, getattr(mx.np, name)(x=a))
for name in ["add", "subtract", "multiply", "power", "maximum", "minimum", "hypot", "arctan2", "equal", "not_equal",
             "greater", "less_equal", "mod", "true_divide", "copysign", "divide"]:
    f = getattr(mx.np, name)
    print(name, f(x1=a, x2=b), f(a, x2=2.0), f(x1=3.0, x2=b))
out = mx.np.zeros(3)
print(mx.np.sin(x=a, out=out) is out, out, mx.np.add(x1=a, x2=b, out=out) is out, out)
print(mx.np.exp(x=a, dtype=None, casting="same_kind"), mx.np.add(x1=a, x2=b, where=True))
for call in [lambda: mx.np.sin(x=a, y=b), lambda: mx.np.add(x1=a, x3=b), lambda: mx.np.add(x1=a),
             lambda: mx.np.sin(a, x=a), lambda: mx.np.exp(x=a, where=False), lambda: mx.np.add(x1=[1, 2], x2=b)]:
    try:
        print(call())
    except (TypeError, NotImplementedError, AssertionError) as e:
        print(type(e).__name__, e)
