# More elementwise cases: scalar types on integer arrays, float16 math, larger arrays, in-place ops, errors.
import numpy as np
from mxnet import nd
from _show_values import show


i = nd.array([-3, -1, 0, 2, 5], dtype="int32")
u = nd.array([0, 1, 2, 200, 255], dtype="uint8")
h = nd.array([-1.5, -0.25, 0.0, 0.3, 2.0], dtype="float16")
for label, a in [("i32", i), ("u8", u), ("f16", h)]:
    for s in [2, 2.7, -1.5, True, np.float32(1.5), np.int64(3)]:
        show("%s + %r" % (label, s), lambda: a + s)
        show("%s * %r" % (label, s), lambda: a * s)
        show("%s / %r" % (label, s), lambda: a / s)
        show("%s > %r" % (label, s), lambda: a > s)
        show("max %s %r" % (label, s), lambda: nd.maximum(a, s))
        show("pow %s %r" % (label, s), lambda: a ** s)
    for n in ["exp", "log", "sqrt", "sin", "tanh", "sigmoid", "erf", "gammaln", "rsqrt", "expm1", "log1p", "arctan"]:
        show("%s %s" % (n, label), lambda: getattr(nd, n)(a))
show("u8 - 1", lambda: u - 1)
show("u8 neg", lambda: -u)
show("i32 abs", lambda: nd.abs(i))
show("i32 sign", lambda: nd.sign(i))
show("i32 square big", lambda: nd.square(nd.array([50000], dtype="int32")))
show("i64 big", lambda: nd.array([2 ** 40], dtype="int64") * 3)
# in place
a = nd.array([1.0, 2.0, 3.0]); a += 1; a *= 2; a -= 0.5; a /= 2
print("inplace", a.asnumpy().tolist())
b = nd.array([1, 2, 3], dtype="int32"); b += 2.7; print("inplace int", b.dtype.__name__, b.asnumpy().tolist())
c = nd.array([5.0, 7.0]); c %= 3; print("imod", c.asnumpy().tolist())
# numpy interplay
show("np scalar radd", lambda: np.float32(2) + nd.array([1.0]))
# broadcasting errors and shapes
show("bcast 3d", lambda: nd.broadcast_add(nd.ones((2, 1, 3)), nd.ones((1, 4, 1))))
show("bcast bad", lambda: nd.ones((2, 3)) + nd.ones((3, 2)))
show("bcast rank", lambda: nd.broadcast_mul(nd.ones((2, 3)), nd.ones((3,))))
show("op dtype clash", lambda: nd.ones((2,)) + nd.ones((2,), dtype="int32"))
show("op f16 f32", lambda: nd.ones((2,), dtype="float16") * nd.ones((2,)))
# bigger arrays through the same kernels
big = nd.array(np.linspace(-20, 20, 3000))
for n in ["exp", "tanh", "sigmoid", "erf", "cbrt", "sin", "relu", "softsign", "rsqrt"]:
    r = getattr(nd, n)(big)
    v = r.asnumpy()
    print(n, "big", r.dtype.__name__, v[::499].tolist(), float(np.nansum(v[np.isfinite(v)].astype(np.float64))))
print("pow big", (big ** 2.5).asnumpy()[::499].tolist())
print("softmax big", nd.softmax(big.reshape((3, 1000))).asnumpy()[:, ::333].tolist())
print("log_softmax big", nd.log_softmax(big.reshape((3, 1000))).asnumpy()[:, ::333].tolist())
print("sum big", nd.sum(big).asnumpy().tolist(), nd.mean(big.reshape((30, 100)), axis=1).asnumpy()[:4].tolist())
print("norm big", nd.norm(big).asnumpy().tolist(), nd.norm(big.reshape((30, 100)), axis=0).asnumpy()[:4].tolist())
