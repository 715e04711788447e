"""mx.np corner rules: copysign's comparisons, np-sum's Kahan nan, integer moments, scalar-first kernels, errors."""
from mxnet import np, npx
npx.set_np()

inf, nan = float("inf"), float("nan")
S = [0., -0., 1., -1., nan, inf, -inf, 0.5, -2.5, 1e30, -1e-30, 65504., 3.4e38, 1e-45, 2.5, -1.5, 100., 7.]


def show(label, fn):
    try:
        r = fn()
        if isinstance(r, (list, tuple)):
            text = " ".join(repr(x.asnumpy().tolist()) for x in r)
        else:
            text = "%s %s" % (r.dtype, r.asnumpy().tolist())
    except Exception as e:  # noqa: BLE001
        text = "raised " + type(e).__name__
    print(label, "->", text)


for dt in ("float16", "float32", "float64"):
    a = np.array(S, dtype=dt)
    show("copysign " + dt, lambda: np.copysign(a, np.array(S[3:] + S[:3], dtype=dt)))
    show("copysign scalar " + dt, lambda: np.copysign(a, 2))
    show("maximum(0, x) " + dt, lambda: np.maximum(0, a))
    show("minimum(0, x) " + dt, lambda: np.minimum(0, a))
    show("maximum(x, y) " + dt, lambda: np.maximum(a, np.array(S[3:] + S[:3], dtype=dt)))
    show("hypot(2, x) " + dt, lambda: np.hypot(2, a))
    for row in ([inf, 1., 2.], [1., 2., inf], [3e38, 3e38, 1.], [1., -inf, 2.], [inf, inf]):
        b = np.array(row, dtype=dt)
        show("sum %s %s" % (row, dt), lambda: np.sum(b))
        show("mean axis %s %s" % (row, dt), lambda: np.mean(b.reshape(1, -1), axis=1))
        show("var %s %s" % (row, dt), lambda: np.var(b))
        show("average w %s %s" % (row, dt), lambda: np.average(b, weights=np.ones(b.shape, dtype=dt)))

for dt in ("int8", "uint8", "int32", "int64"):
    for row in ([0, 0, 0, 20], [-6, 0, 0, 20] if dt != "uint8" else [250, 3, 9, 20], [1, 2, 3, 4, 100, 90]):
        b = np.array(row, dtype=dt)
        show("var %s %s" % (row, dt), lambda: np.var(b))
        show("var ddof=1 %s %s" % (row, dt), lambda: np.var(b, ddof=1))
        show("std %s %s" % (row, dt), lambda: np.std(b))
        show("var f64 %s %s" % (row, dt), lambda: np.var(b, dtype="float64"))
    show("arctan2(1, x) " + dt, lambda: np.arctan2(1, np.array([-7, 3, 0, 1], dtype=dt)))

x = np.arange(6, dtype="float32").reshape(2, 3)
show("equal bad shapes", lambda: np.equal(x, np.ones((4, 1))))
show("less bad shapes", lambda: x < np.ones((4, 1)))
show("empty negative", lambda: np.empty((2, -1)))
show("meshgrid bad indexing", lambda: np.meshgrid(np.ones(3), np.ones(2), indexing="bad"))
show("std dtype uint8", lambda: np.std(x, dtype="uint8"))
show("var dtype bool", lambda: np.var(x, dtype="bool"))
show("any duplicate axes", lambda: np.any(x, axis=(1, 1)))
show("all duplicate axes", lambda: np.all(x, axis=(0, 0)))
show("argmax empty bool", lambda: np.argmax(np.zeros((3, 0, 2), dtype="bool"), axis=-1))
show("argmax bool", lambda: np.argmax(np.zeros((3, 2), dtype="bool"), axis=-1))
show("nanprod uint8 axis", lambda: np.nanprod(np.ones((2, 3), dtype="uint8"), axis=0))
for dt in ("float64", "float16", "int32", "uint8"):
    show("npx.erf 0-d " + dt, lambda: npx.erf(np.array(0.75, dtype=dt)))
show("one_hot dtype bool", lambda: npx.one_hot(np.array([0, 2], dtype="int32"), 3, dtype="bool"))
show("one_hot bool indices", lambda: npx.one_hot(np.array([True, False], dtype="bool"), 3))
show("one_hot int8", lambda: npx.one_hot(np.array([0, 2], dtype="int8"), 3, dtype="int8"))
