"""np.dot with a 0-d operand checks out='s shape, then the operands' types, then out's type (its int kernel failing when read); x.transpose(()) and x.transpose([]) check the empty axes against the array; atleast_*d name bool 'unknown' in their type refusal, as MXNet does."""
from mxnet import np, npx
npx.set_np()


def show(label, fn):
    try:
        r = fn()
        print(label, "->", r.dtype, r.shape, r.tolist())
    except Exception as e:  # noqa: BLE001
        print(label, "->", type(e).__name__, str(e).strip().splitlines()[-1][:200])


for sa, sb in [((), ()), ((), (2, 3)), ((2, 3), ()), ((), (0,)), ((3,), ())]:
    for da, db in [("float32", "float32"), ("float32", "float64"), ("int32", "int32"), ("float64", "int8")]:
        for so, do in [((3, 3), "float32"), ((), "float32"), ((2, 3), "float64"), ((2, 3), "float32"), ((3,), "float32"),
                       ((0,), "float32"), ((), "float64"), ((2, 3), "int32")]:
            a, b, o = np.ones(sa, dtype=da), np.ones(sb, dtype=db), np.zeros(so, dtype=do)
            show("dot %s %s %s %s out %s %s" % (sa, da, sb, db, so, do), lambda: np.dot(a, b, out=o))
for s in [(), (3,), (2, 0), (2, 3), (2, 3, 4)]:
    for dt in ["float32", "int8"]:
        x = np.zeros(s, dtype=dt)
        for form in ["()", "[]", "None", "", "(1, 0)", "(2, 1, 0)"]:
            show("%s %s x.transpose(%s)" % (s, dt, form), lambda: eval("x.transpose(%s)" % form))
            show("%s %s np.transpose(x, %s)" % (s, dt, form), lambda: eval("np.transpose(x, %s)" % (form or "None")))
for f in [np.atleast_1d, np.atleast_2d, np.atleast_3d]:
    for da, db in [("bool", "float32"), ("int8", "bool"), ("bool", "bool"), ("float64", "uint8")]:
        show("%s %s %s" % (f.__name__, da, db), lambda: f(np.ones((2, 3), dtype=da), np.ones((3,), dtype=db))[1])
