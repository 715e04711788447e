"""Legacy unary and search operators on bool data fail at the kernel copies MXNet links for them (not mx.np's)."""
# recorded on AVX2
import mxnet as mx
nd = mx.nd
x = nd.array([[1, 0, 1], [0, 1, 1]], dtype="bool")
names = ["abs", "sign", "round", "rint", "ceil", "floor", "trunc", "fix", "square", "sqrt", "rsqrt", "cbrt",
         "rcbrt", "exp", "expm1", "log", "log10", "log2", "log1p", "sin", "cos", "tan", "arcsin", "arccos",
         "arctan", "sinh", "cosh", "tanh", "arcsinh", "arccosh", "arctanh", "degrees", "radians", "relu",
         "sigmoid", "softsign", "reciprocal", "negative", "gamma", "gammaln", "erf", "erfinv", "logical_not",
         "hard_sigmoid", "log_sigmoid", "mish", "digamma", "argmax", "argmin", "argmax_channel", "sum", "mean",
         "prod", "max", "min", "nansum", "nanprod", "norm", "softmax", "log_softmax", "softmin", "topk", "sort",
         "argsort", "cumsum", "sum_axis", "moments", "L2Normalization", "smooth_l1", "clip"]
for name in names:
    f = getattr(nd, name, None)
    if f is None:
        print(name, "missing")
        continue
    try:
        kw = {"a_min": 0, "a_max": 1} if name == "clip" else {"axes": (0,)} if name == "moments" else {}
        r = f(x, **kw)
        r = r[0] if isinstance(r, list) else r
        print(name, r.dtype, r.asnumpy().ravel().tolist())
    except mx.base.MXNetError as e:
        print(name, str(e).strip().split("\n")[1:3])
