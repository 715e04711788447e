# Unary math, rounding, clip, where, smooth_l1, cast: values, dtypes, gradients.
import numpy as np
from mxnet import nd, autograd
from _show_values import show


x = nd.array([-2.5, -1.5, -0.5, 0.0, 0.3, 0.5, 1.5, 2.5, 3.7])
pos = nd.array([0.1, 0.5, 1.0, 2.0, 3.5, 10.0])
unit = nd.array([-0.9, -0.5, 0.0, 0.25, 0.75, 0.99])
names = ["abs", "sign", "negative", "square", "floor", "ceil", "round", "rint", "fix", "trunc", "relu", "sigmoid",
         "softsign", "exp", "expm1", "tanh", "sin", "cos", "tan", "sinh", "cosh", "arctan", "arcsinh", "degrees",
         "radians", "erf", "cbrt"]
for n in names:
    show(n, lambda: getattr(nd, n)(x))
for n in ["sqrt", "rsqrt", "log", "log2", "log10", "log1p", "gamma", "gammaln", "reciprocal", "rcbrt", "arccosh"]:
    show(n, lambda: getattr(nd, n)(pos))
for n in ["arcsin", "arccos", "arctanh", "erfinv"]:
    show(n, lambda: getattr(nd, n)(unit))
show("gamma neg", lambda: nd.gamma(nd.array([-0.5, -1.5, 0.0, -1.0])))
show("gammaln neg", lambda: nd.gammaln(nd.array([-0.5, -1.5, 0.0, -1.0])))
show("log neg", lambda: nd.log(nd.array([-1.0, 0.0])))
show("sqrt neg", lambda: nd.sqrt(nd.array([-1.0, 0.0])))
show("erfinv edge", lambda: nd.erfinv(nd.array([-1.0, 1.0, 1.5])))
show("reciprocal zero", lambda: nd.reciprocal(nd.array([0.0, -0.0])))
for dt in ["int32", "int64", "uint8", "float16", "float64", "int8"]:
    xi = nd.array([1, 2, 3, 4, 9], dtype=dt)
    for n in ["abs", "sign", "negative", "square", "sqrt", "exp", "log", "floor", "round", "sigmoid", "relu",
              "reciprocal", "degrees", "gamma", "gammaln", "erf", "tanh", "rsqrt", "cbrt", "rcbrt", "log1p"]:
        show(dt + " " + n, lambda: getattr(nd, n)(xi))
# clip, where, smooth_l1, Cast
show("clip", lambda: nd.clip(x, -1, 2))
show("clip int", lambda: nd.clip(nd.array([1, 5, 9], dtype="int32"), 2.5, 7.5))
show("clip method", lambda: x.clip(0, 1))
show("clip bad", lambda: nd.clip(x, 2, 1))
show("where", lambda: nd.where(nd.array([1, 0, 2]), nd.array([1.0, 2, 3]), nd.array([4.0, 5, 6])))
show("where row cond", lambda: nd.where(nd.array([1, 0]), nd.ones((2, 3)), nd.zeros((2, 3))))
show("where bad", lambda: nd.where(nd.array([1, 0, 1]), nd.ones((2, 3)), nd.zeros((2, 3))))
show("where int", lambda: nd.where(nd.array([1, 0], dtype="int32"), nd.array([1, 2], dtype="int32"),
                                     nd.array([3, 4], dtype="int32")))
show("smooth_l1", lambda: nd.smooth_l1(x, scalar=1.5))
show("smooth_l1 default", lambda: nd.smooth_l1(x))
show("cast", lambda: nd.Cast(x, dtype="int32"))
show("cast u8", lambda: nd.cast(nd.array([-1.0, 256.0, 3.9]), dtype="uint8"))
show("cast f16", lambda: x.astype("float16"))
show("add_n", lambda: nd.add_n(x, x, x))
show("ElementWiseSum", lambda: nd.ElementWiseSum(x, x))
# gradients
for n in names + ["sqrt", "rsqrt", "log", "log2", "log10", "log1p", "reciprocal", "rcbrt", "arcsin", "arccos",
                  "arctanh", "erfinv", "gamma", "gammaln", "arccosh"]:
    src = pos if n in ("sqrt", "rsqrt", "log", "log2", "log10", "log1p", "reciprocal", "rcbrt", "gamma", "gammaln",
                       "arccosh") else unit if n in ("arcsin", "arccos", "arctanh", "erfinv") else x
    p = src.copy()
    p.attach_grad()
    try:
        with autograd.record():
            y = getattr(nd, n)(p)
        y.backward()
        print(n, "grad", np.round(p.grad.asnumpy(), 4).tolist())
    except Exception as e:
        print(n, "grad ERR", type(e).__name__)
for label, f in [("clip", lambda p: nd.clip(p, -1, 2)), ("where", lambda p: nd.where(p > 0, p * 2, p * 3)),
                 ("smooth_l1", lambda p: nd.smooth_l1(p, scalar=1.5)), ("cast", lambda p: nd.Cast(p, dtype="float64")),
                 ("add_n", lambda p: nd.add_n(p, p * 2, p)), ("BlockGrad", lambda p: nd.BlockGrad(p) * p),
                 ("stop_gradient", lambda p: nd.stop_gradient(p * p) + p), ("identity", lambda p: nd.identity(p) * 2)]:
    p = x.copy()
    p.attach_grad()
    with autograd.record():
        y = f(p)
    y.backward()
    print(label, "grad", np.round(p.grad.asnumpy(), 4).tolist())
c = nd.array([1.0, 0.0, 1.0]); c.attach_grad()
u = nd.array([1.0, 2.0, 3.0]); u.attach_grad()
with autograd.record():
    y = nd.where(c, u, u * 5)
y.backward()
print("where cond grad", c.grad.asnumpy().tolist(), u.grad.asnumpy().tolist())
