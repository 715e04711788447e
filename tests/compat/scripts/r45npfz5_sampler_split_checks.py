"""Samplers' checks of a negative number parameter beside an array one (the kernel's own check, at its line), percentile's refusal of a bool q, array_split's and hsplit's of bool sections (and every split's of bools among indices), and npx functions taking out= and name by position, as MXNet words them."""
import mxnet as mx
from _words import words

mx.npx.set_np()
np = mx.np


def show(label, fn):
    try:
        r = fn()
        if isinstance(r, list):
            print(label, "->", [p.shape for p in r])
        else:
            print(label, "->", r.dtype, r.shape, r.asnumpy().ravel().tolist()[:6])
    except Exception as e:
        print(label, "->", repr(str(e)[-160:]))
    try:
        mx.nd.waitall()
    except Exception as e:
        print("   waitall ->", repr(str(e)[-160:]))


z = np.zeros((3,))
mx.random.seed(1)
for name in ["normal", "gumbel", "logistic", "lognormal"]:
    show(f"{name}(array, -1)", lambda: getattr(np.random, name)(z, -1))
    show(f"{name}(array, -1, size)", lambda: getattr(np.random, name)(z, -1, size=(2, 3)))
    show(f"{name}(0, -1)", lambda: getattr(np.random, name)(0, -1))
    show(f"{name}(array, array)", lambda: getattr(np.random, name)(z, z - 1))
show("gamma(array, -1)", lambda: np.random.gamma(z, -1))
show("gamma(-1, array)", lambda: np.random.gamma(-1, z + 1))
show("gamma(1, -1)", lambda: np.random.gamma(1, -1))
show("gamma(array, array)", lambda: np.random.gamma(z - 1, z + 1))
x = np.arange(6.)
for q in [True, False, 1, 50.0]:
    for fn in ["percentile", "quantile"]:
        for kw in [{}, {"axis": 0}, {"interpolation": "lower", "keepdims": True}]:
            show(f"{fn}(x, {q!r}, {kw})", lambda: getattr(np, fn)(x, q, **kw))
for fn in ["split", "array_split", "hsplit"]:
    for s in [True, False, 2, (True,), [1, True], [1, 2.5], 3.0, (2.0,)]:
        show(f"{fn}(x, {s!r})", lambda: getattr(np, fn)(x, s))
        show(f"{fn}(ones((2, 6)), {s!r})", lambda: getattr(np, fn)(np.ones((2, 6)), s))
y = np.array([1., 2., -3.])
for op in ["relu", "erf", "sigmoid"]:
    for odt in ["float32", "float64", "int32"]:
        show(f"npx.{op}(y, out {odt})", lambda: getattr(mx.npx, op)(y, np.zeros((3,), dtype=odt)))
        show(f"npx.{op}(y, out {odt}, name)", lambda: getattr(mx.npx, op)(y, np.zeros((3,), dtype=odt), "nm"))
