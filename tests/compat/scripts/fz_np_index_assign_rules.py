"""mx.np setitem/getitem corner rules (masks, bool slices, NaN into integers, 0-d keys), ddof and norm axes."""
from mxnet import np, npx
npx.set_np()


def show(label, fn):
    try:
        r = fn()
        text = "%s %s %s" % (r.dtype, r.shape, r.asnumpy().ravel().tolist()[:12])
    except Exception as e:  # noqa: BLE001
        text = "raised " + type(e).__name__
    print(label, "->", text)


def assign(shape, dtype, key, value):
    def run():
        x = np.arange(int(onp_prod(shape)), dtype="float64").reshape(shape).astype(dtype)
        x[key() if callable(key) else key] = value() if callable(value) else value
        return x
    return run


def onp_prod(shape):
    n = 1
    for s in shape:
        n *= s
    return n


mask3 = lambda: np.array([[[True, False, True]] * 2] * 2, dtype="bool")      # noqa: E731
mask1 = lambda: np.array([True, False], dtype="bool")                        # noqa: E731
for dt in ("float32", "int32"):
    show("mask full = list " + dt, assign((2, 2, 3), dt, mask3, [1, 2, 3]))
    show("mask full = 2-d " + dt, assign((2, 2, 3), dt, mask3, lambda: np.ones((1, 1), dtype=dt)))
    show("mask full = other dtype " + dt, assign((2, 2, 3), dt, mask3, lambda: np.ones(1, dtype="float64")))
    show("mask full = 1-d " + dt, assign((2, 2, 3), dt, mask3, lambda: np.ones(1, dtype=dt)))
    show("mask lead = rest shape " + dt, assign((2, 2, 3), dt, mask1, lambda: np.ones((2, 3), dtype=dt)))
    show("mask lead = last axis " + dt, assign((2, 2, 3), dt, mask1, lambda: np.ones(3, dtype=dt)))
    show("mask lead = tuple " + dt, assign((2, 2, 3), dt, mask1, (1, 2, 3)))
    show("mask lead = scalar " + dt, assign((2, 2, 3), dt, mask1, 7))
for dt in ("int8", "int32", "int64", "uint8"):
    for v in (float("nan"), float("inf"), -1.5, 1e10):
        show("int = %r %s" % (v, dt), assign((4,), dt, 0, v))
show("bool slice = array", assign((4,), "bool", slice(1, 3), lambda: np.ones(2, dtype="bool")))
show("bool row = array", assign((2, 4), "bool", 0, lambda: np.ones(4, dtype="bool")))
show("bool whole = array", assign((4,), "bool", slice(None), lambda: np.ones(4, dtype="bool")))
show("bool index array = array", assign((4,), "bool", [1, 2], lambda: np.ones(2, dtype="bool")))
show("bool row = scalar", assign((2, 4), "bool", 0, True))

s = np.array(2.5)
show("0-d [...]", lambda: s[...])
show("0-d [None]", lambda: s[None])
show("0-d [0]", lambda: s[0])
show("0-d [()]", lambda: s[()])
show("0-d [True]", lambda: s[True])

m = np.arange(12, dtype="float32").reshape(3, 4) / 7
show("var ddof=0.5", lambda: np.var(m, ddof=0.5))
show("std ddof=True", lambda: np.std(m, ddof=True))
show("std ddof=1", lambda: np.std(m, ddof=1))
show("norm axis (1, 0)", lambda: np.linalg.norm(m * 3.3, axis=(1, 0)))
show("norm axis (2, 0)", lambda: np.linalg.norm((m * 3.3).reshape(3, 2, 2), axis=(2, 0)))
show("bool [None] = array", assign((2, 3), "bool", None, lambda: np.ones(1, dtype="float32")))
show("bool [5] = array", assign((2, 3), "bool", 5, lambda: np.ones(1, dtype="float32")))
for shapes in (((0, 3), (3, 2)), ((2, 0), (0, 3))):
    show("outer empty float16 %s" % (shapes,), lambda: np.outer(np.ones(shapes[0], dtype="float16"),
                                                                np.ones(shapes[1], dtype="float16")))
    show("dot empty float16 %s" % (shapes,), lambda: np.dot(np.ones(shapes[0], dtype="float16"),
                                                            np.ones(shapes[1], dtype="float16")))
