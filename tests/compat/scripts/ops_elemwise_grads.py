# Elementwise gradients printed in full.
import mxnet as mx, numpy as np
nd = mx.nd
a = nd.array(np.sin(np.arange(6)) * 2 + 2.5)
b = nd.array(np.cos(np.arange(6)) + 1.7)
w = nd.array(np.cos(np.arange(6) * 0.7) * 1.3)
for name, f in [("div", lambda p, q: p / q), ("pow", lambda p, q: p ** q), ("hypot", nd.broadcast_hypot), ("mul", lambda p, q: p * q),
                ("mod", lambda p, q: p % q), ("max", nd.broadcast_maximum), ("rdiv s", lambda p, q: 3.3 / p + q), ("pow s", lambda p, q: p ** 1.7 + q),
                ("rpow s", lambda p, q: 1.7 ** p + q), ("hypot s", lambda p, q: q + nd.broadcast_hypot(p, nd.array([1.3]).broadcast_to(p.shape)))]:
    p = a.copy(); q = b.copy(); p.attach_grad(); q.attach_grad()
    with mx.autograd.record():
        y = f(p, q)
    y.backward(w)
    print(name, p.grad.asnumpy().tolist(), q.grad.asnumpy().tolist())
for n in ["sqrt", "rsqrt", "cbrt", "rcbrt", "exp", "expm1", "log", "log2", "log10", "log1p", "sin", "cos", "tan", "arcsin", "arccos", "arctan",
          "sinh", "cosh", "tanh", "arcsinh", "arctanh", "degrees", "radians", "sigmoid", "softsign", "erf", "erfinv", "gamma", "gammaln", "reciprocal", "square", "abs"]:
    src = a / 5 if n in ("arcsin", "arccos", "arctanh", "erfinv") else a
    p = src.copy(); p.attach_grad()
    with mx.autograd.record():
        y = getattr(nd, n)(p)
    y.backward(w)
    print(n, p.grad.asnumpy().tolist())
