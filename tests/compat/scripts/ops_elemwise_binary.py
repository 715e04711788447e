# Binary arithmetic/comparison operators: nd.* names, scalar variants, dtypes, gradients.
import numpy as np
import mxnet as mx
from mxnet import nd, autograd


def show(label, f):
    try:
        r = f()
        print(label, r.dtype.__name__ if hasattr(r.dtype, "__name__") else r.dtype, r.shape, r.asnumpy().tolist())
    except Exception as e:
        print(label, "ERR", type(e).__name__)


a = nd.array([[1.5, -2.25, 3.0], [0.5, 4.0, -1.0]])
b = nd.array([[2.0], [-3.0]])
c = nd.array([[1.0, 2.0, -0.5], [3.0, -4.0, 2.0]])
for name in ["broadcast_add", "broadcast_sub", "broadcast_mul", "broadcast_div", "broadcast_mod",
             "broadcast_power", "broadcast_maximum", "broadcast_minimum", "broadcast_hypot",
             "broadcast_equal", "broadcast_not_equal", "broadcast_greater", "broadcast_greater_equal",
             "broadcast_lesser", "broadcast_lesser_equal", "broadcast_logical_and", "broadcast_logical_or",
             "broadcast_logical_xor", "broadcast_plus", "broadcast_minus"]:
    show(name, lambda: getattr(nd, name)(a, b))
for name in ["elemwise_add", "elemwise_sub", "elemwise_mul", "elemwise_div", "add", "subtract", "multiply",
             "divide", "modulo", "power", "maximum", "minimum", "hypot", "equal", "not_equal", "greater",
             "greater_equal", "lesser", "lesser_equal", "logical_and", "logical_or", "logical_xor"]:
    show(name, lambda: getattr(nd, name)(a, c))
show("elemwise_add bcast", lambda: nd.elemwise_add(a, b))
show("elemwise_mul shape", lambda: nd.elemwise_mul(a, nd.ones((3, 2))))
show("broadcast bad", lambda: nd.broadcast_add(a, nd.ones((3, 2))))
for name in ["add", "sub", "mul", "div", "mod", "power", "maximum", "minimum", "hypot", "equal", "not_equal",
             "greater", "greater_equal", "lesser", "lesser_equal", "logical_and", "logical_or", "logical_xor"]:
    show(name + " (1,)", lambda: getattr(nd, "broadcast_" + name)(a, nd.array([2.5])))
    show(name + " int (1,)", lambda: getattr(nd, "broadcast_" + name)(nd.array([1, 2, -3, 7], dtype="int32"),
                                                                      nd.array([2], dtype="int32")))
for s in [2, 2.5, -1, 0]:
    show("max s %s" % s, lambda: nd.maximum(a, s))
    show("min s %s" % s, lambda: nd.minimum(s, a))
    show("pow s %s" % s, lambda: nd.power(a, s))
    show("rpow s %s" % s, lambda: nd.power(s, a))
    show("mod s %s" % s, lambda: nd.modulo(a, s) if s else a % 3)
    show("rmod s %s" % s, lambda: s % a)
    show("rsub %s" % s, lambda: s - a)
    show("rdiv %s" % s, lambda: s / a)
    show("pow op %s" % s, lambda: a ** s)
    show("rpow op %s" % s, lambda: s ** a)
# integer and other dtypes
for dt in ["int32", "int64", "uint8", "float16", "float64", "int8"]:
    x = nd.array([[7, 2, 9], [4, 5, 6]], dtype=dt)
    y = nd.array([[2, 3, 4], [1, 2, 5]], dtype=dt)
    show(dt + " add", lambda: x + y)
    show(dt + " sub", lambda: x - y)
    show(dt + " div", lambda: x / y)
    show(dt + " mod", lambda: x % y)
    show(dt + " pow", lambda: x ** y)
    show(dt + " div s", lambda: x / 2)
    show(dt + " div sf", lambda: x / 2.5)
    show(dt + " mul sf", lambda: x * 1.5)
    show(dt + " add sf", lambda: x + 0.7)
    show(dt + " rdiv s", lambda: 10 / x)
    show(dt + " pow s", lambda: x ** 2)
    show(dt + " pow sf", lambda: x ** 0.5)
    show(dt + " rpow s", lambda: 2 ** x)
    show(dt + " mod s", lambda: x % 4)
    show(dt + " rmod s", lambda: 20 % x)
    show(dt + " mod sf", lambda: x % 2.5)
    show(dt + " gt", lambda: x > y)
    show(dt + " eq s", lambda: x == 2)
    show(dt + " max s", lambda: nd.maximum(x, 5))
    show(dt + " hypot", lambda: nd.hypot(x, y))
    show(dt + " neg", lambda: -x)
    show(dt + " logical_and", lambda: nd.logical_and(x, y))
    show(dt + " sub s", lambda: x - 3)
    show(dt + " rsub s", lambda: 3 - x)
# mixed dtypes
show("mixed f32 f64", lambda: nd.ones((2,)) + nd.ones((2,), dtype="float64"))
show("mixed i32 f32", lambda: nd.ones((2,), dtype="int32") + nd.ones((2,)))
show("mixed bcast i32 f32", lambda: nd.broadcast_mul(nd.ones((2,), dtype="int32"), nd.ones((2,))))
# special values
z = nd.array([0.0, -0.0, 1.0, -1.0, np.inf, np.nan])
show("div zero", lambda: z / 0)
show("mod zero", lambda: z % 0)
show("mod neg", lambda: nd.array([-7.0, 7.0, -7.5, 7.5]) % nd.array([3.0, -3.0, 2.0, -2.0]))
show("int mod neg", lambda: nd.array([-7, 7, -8, 8], dtype="int32") % nd.array([3, -3, 3, -3], dtype="int32"))
show("int div neg", lambda: nd.array([-7, 7, -8, 8], dtype="int32") / nd.array([2, -2, 3, -3], dtype="int32"))
show("pow neg frac", lambda: nd.array([-8.0, 8.0]) ** (1.0 / 3))
show("max nan", lambda: nd.maximum(z, nd.array([1.0] * 6)))
show("min nan", lambda: nd.minimum(z, 0.5))
# gradients
for name, f in [("add", lambda p, q: p + q), ("sub", lambda p, q: p - q), ("mul", lambda p, q: p * q),
                ("div", lambda p, q: p / q), ("mod", lambda p, q: p % q), ("pow", lambda p, q: nd.abs(p) ** q),
                ("maximum", nd.broadcast_maximum), ("minimum", nd.broadcast_minimum), ("hypot", nd.broadcast_hypot),
                ("equal", nd.broadcast_equal)]:
    p = a.copy(); q = b.copy()
    p.attach_grad(); q.attach_grad()
    with autograd.record():
        out = f(p, q)
    out.backward()
    print(name, "grad", np.round(p.grad.asnumpy(), 5).tolist(), np.round(q.grad.asnumpy(), 5).tolist())
for name, f in [("rsub", lambda p: 3 - p), ("rdiv", lambda p: 3 / p), ("rpow", lambda p: 2 ** p), ("pows", lambda p: p ** 2),
                ("rmod", lambda p: 5 % p), ("mods", lambda p: p % 2), ("maxs", lambda p: nd.maximum(p, 1.5)),
                ("mins", lambda p: nd.minimum(p, 1.5)), ("hyps", lambda p: nd.broadcast_hypot(p, nd.array([2.0]))),
                ("gts", lambda p: p > 1)]:
    p = a.copy()
    p.attach_grad()
    with autograd.record():
        out = f(p)
    out.backward()
    print(name, "grad", np.round(p.grad.asnumpy(), 5).tolist())
# tie gradients
p = nd.array([1.0, 2.0, 3.0]); q = nd.array([1.0, 3.0, 3.0])
p.attach_grad(); q.attach_grad()
with autograd.record():
    out = nd.maximum(p, q) + nd.minimum(p, q) * 2
out.backward()
print("tie", p.grad.asnumpy().tolist(), q.grad.asnumpy().tolist())
p = nd.array([1.0, 2.0, 3.0]); p.attach_grad()
with autograd.record():
    out = nd.maximum(p, 2) + nd.minimum(p, 2) * 3
out.backward()
print("tie s", p.grad.asnumpy().tolist())
