"""mx.np reductions, rounding and a few shape functions at their edges as MXNet 1.9.1 has them: the axes a 0-d
array takes, keepdims before out in the functions (out before keepdims in the methods), ddof beyond the count
(an unsigned divisor), a narrower float dtype (reduced in the input's type, then rounded), half-precision
products (in float), empty results refused, around's signed zeros and integer truncation, flip's non-negative
axes, take's 'raise' mode, array_split into 0 sections and einsum's boolean optimize."""
import numpy as onp

import mxnet as mx
from mxnet import np, npx

npx.set_np()


def show(label, f):
    try:
        r = f()
        mx.nd.waitall()
        if isinstance(r, np.ndarray):
            a = r.asnumpy()
            text = "%s %s %s signs=%s" % (a.dtype, a.shape, a.tolist(), onp.signbit(a).astype(int).tolist()
                                          if a.dtype.kind == "f" else "")
        else:
            text = repr(r)
    except Exception as e:  # noqa: BLE001
        text = "raised %s" % type(e).__name__
    print(label, text)


s = np.array(1.5)
for name in ["sum", "prod", "mean", "std", "var", "max", "min", "all", "any", "average"]:
    for axis in [0, -1, (0,), (-1,), (0, -1), 1, -2]:
        show("0-d %s axis=%s" % (name, axis), lambda: getattr(np, name)(s, axis=axis))
    if name != "average":
        show("0-d %s keepdims" % name, lambda: getattr(np, name)(s, axis=-1, keepdims=True))

x = np.array([[1.25, -2.5, 3.75], [0.5, 6.0, -1.0]])
show("sum positional keepdims", lambda: np.sum(x, 1, None, True))
show("max positional keepdims", lambda: np.max(x, 0, True))
show("min positional keepdims", lambda: np.min(x, 0, True))
show("any positional keepdims", lambda: np.any(x, 0, True))
show("all positional keepdims", lambda: np.all(x, 1, True))
o = np.zeros((1, 3))
show("max method positional out", lambda: x.max(0, o, True) is o)
show("sum method positional out", lambda: x.sum(0, None, o, True) is o)
show("any method keepdims", lambda: x.any(1, None, True))

rs = onp.random.RandomState(3)
for dt in ["float16", "float32", "float64"]:
    a = np.array(rs.uniform(-3, 3, (3, 4)).astype(dt))
    for ddof in [2, 3, 5]:
        show("var %s ddof=%d" % (dt, ddof), lambda: np.var(a, axis=0, ddof=ddof))
        show("std %s ddof=%d" % (dt, ddof), lambda: np.std(a, axis=0, ddof=ddof))
    for odt in ["float16", "float32", "float64"]:
        show("sum %s dtype=%s" % (dt, odt), lambda: np.sum(a, dtype=odt))
        show("prod %s dtype=%s" % (dt, odt), lambda: np.prod(a, dtype=odt))
        show("mean %s dtype=%s" % (dt, odt), lambda: np.mean(a, dtype=odt))
    show("prod %s axis=0" % dt, lambda: np.prod(a, axis=0))
show("var empty ddof=1", lambda: np.var(np.zeros((0,)), ddof=1))
show("prod int zero to float", lambda: np.prod(np.array([-3, 0, 2], dtype="int32"), dtype="float32"))

z2, z3 = np.zeros((2, 0)), np.zeros((2, 0, 3))
for name in ["sum", "mean", "prod", "std", "var"]:
    for z in (z2, z3):
        for axis in [None, 0, 1, -1, (0, 1)]:
            show("%s %s axis=%s" % (name, z.shape, axis), lambda: getattr(np, name)(z, axis=axis))

f = np.array([-0.5, 0.5, -1.5, -0.3, -0.0, 0.0, -20., -49., 35., -35., 149., 1234.5678, -0.05])
for dt in ["float32", "float64"]:
    for d in [-2, -1, 0, 1, 2]:
        show("around %s %d" % (dt, d), lambda: np.around(f.astype(dt), d))
i = np.array([35, -35, 111, 150, -150, 250, 45, -149, 7], dtype="int32")
for d in [-2, -1, 0, 1]:
    show("around int32 %d" % d, lambda: np.around(i, d))
    show("around int8 %d" % d, lambda: np.around(i.astype("int8"), d))

y = np.arange(24).reshape(2, 3, 4)
for axis in [None, 0, 2, -1, -3, (0, -1), (0, 2), 3]:
    show("flip %s" % (axis,), lambda: np.flip(y, axis))
v = np.arange(5.)
for mode in ["raise", "clip", "wrap"]:
    for idx in [[0, 4], [-1, 1], [5, 1]]:
        show("take %s %s" % (mode, idx), lambda: np.take(v, np.array(idx), mode=mode))
show("take default negative", lambda: np.take(v, np.array([-1])))
show("take axis raise", lambda: np.take(x, np.array([0, 2]), axis=1))
show("take axis raise out of range", lambda: np.take(x, np.array([0, 3]), axis=1))
for k in [0, 1, 3]:
    show("array_split %d" % k, lambda: [p.shape for p in np.array_split(v, k)])
    show("hsplit %d" % k, lambda: [p.shape for p in np.hsplit(v, k)])
m = np.array([[1., 2.], [3., 4.]])
for opt in [False, True, "greedy", "optimal"]:
    show("einsum optimize=%s" % opt, lambda: np.einsum("ij,jk->ik", m, m, optimize=opt))
rs = onp.random.RandomState(5)
for sub, shapes in [("ij,jk->ik", [(2, 3), (3, 4)]), ("ij,jk,kl->il", [(2, 3), (3, 4), (4, 2)]),
                    ("bij,bjk->bik", [(2, 2, 3), (2, 3, 2)]), ("ij,ij->i", [(3, 5), (3, 5)])]:
    ops = [np.array(rs.uniform(-3, 3, s).astype("float32")) for s in shapes]
    for opt in [False, True]:
        show("einsum %s optimize=%s" % (sub, opt), lambda: np.einsum(sub, *ops, optimize=opt))
big = np.array(rs.uniform(-2, 2, (50, 37)))
for name in ["std", "var", "mean", "average", "sum"]:
    for axis in [None, 0, 1]:
        show("%s float64 (50, 37) axis=%s" % (name, axis), lambda: getattr(np, name)(big, axis=axis))
half = np.array(rs.uniform(-2, 2, (1000,)).astype("float16"))
show("sum float16 dtype=float64", lambda: np.sum(half, dtype="float64"))
show("sum float16 dtype=float32", lambda: np.sum(half, dtype="float32"))
for name in ["std", "var"]:
    show("%s dtype=bool" % name, lambda: getattr(np, name)(big, dtype="bool"))
show("sum empty axis=(0, 1)", lambda: np.sum(np.zeros((0,)), axis=(0, 1)))
for label, f in [("sum where", lambda: np.sum(x, where=x > 0)), ("sum initial", lambda: np.sum(x, initial=1.)),
                 ("prod initial", lambda: np.prod(x, initial=1.)), ("prod where", lambda: np.prod(x, where=x > 0)),
                 ("max dtype", lambda: np.max(x, dtype="float64")), ("min initial", lambda: np.min(x, initial=0.)),
                 ("all dtype", lambda: np.all(x, dtype="bool")), ("cumsum keepdims", lambda: np.cumsum(x, keepdims=True)),
                 ("mean initial", lambda: np.mean(x, initial=1.)), ("max out keyword", lambda: np.max(x, out=None))]:
    show(label, f)
