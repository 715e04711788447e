"""mx.np ufunc keywords (where/dtype/casting/order/subok) checked before the operands; where= arrays in NumPy
fallbacks; roll, npx.reshape and npx.slice refusals as MXNet words and places them."""
import mxnet as mx
from mxnet import np, npx
npx.set_np()


def show(label, fn):
    try:
        r = fn()
        text = "%s %s %s" % (type(r).__name__, getattr(r, "dtype", ""), getattr(r, "shape", r))
    except Exception as e:  # noqa: BLE001
        text = "raised %s: %s" % (type(e).__name__, " | ".join(str(e).strip().splitlines()[:3])[:300])
    print(label, "->", text)


x = np.ones((2, 3))
operands = {"list": [1.0, 2.0], "tuple": (1.5, 2), "array": np.ones(2), "legacy": mx.nd.ones(2), "float": 2.5}
keywords = {"where=False": {"where": False}, "dtype=float64": {"dtype": "float64"}, "casting=unsafe": {"casting": "unsafe"},
            "order=C": {"order": "C"}, "order=F": {"order": "F"}, "subok=False": {"subok": False}, "bad=1": {"bad": 1},
            "dtype=np.int32": {"dtype": np.int32}, "where=True": {"where": True}}
for fname in ("add", "power", "maximum", "arctan2", "copysign", "ldexp", "lcm", "hypot", "bitwise_and", "mod",
              "true_divide", "equal", "heaviside", "float_power"):
    f = getattr(np, fname)
    for oname in ("list", "tuple", "legacy") if fname not in ("heaviside", "float_power") else ("list", "tuple"):
        for kname in ("where=False", "dtype=float64", "casting=unsafe", "bad=1"):
            show("%s(%s, array, %s)" % (fname, oname, kname),
                 lambda: f(operands[oname], np.ones(2), **keywords[kname]))
for fname in ("sin", "abs", "isnan", "logical_not", "sqrt", "negative"):
    f = getattr(np, fname)
    for oname in ("list", "tuple", "float"):
        for kname in ("where=False", "dtype=float64", "order=F", "subok=False", "bad=1", "dtype=np.int32"):
            show("%s(%s, %s)" % (fname, oname, kname), lambda: f(operands[oname], **keywords[kname]))
show("add out=list dtype", lambda: np.add(np.ones(2), np.ones(2), out=[1], dtype='int32'))
show("add out=list", lambda: np.add(np.ones(2), np.ones(2), out=[1]))
show("add legacy order=F", lambda: np.add(mx.nd.ones(2), np.ones(2), order='F'))
show("add 2 numbers dtype", lambda: np.add(2.0, 3, dtype='float32'))

# NumPy fallbacks reading an mx.np array mask
for mask in (np.array([True, False, True]), np.array([1., 0., 1.]), np.array([2, 0, 1], dtype='int32')):
    r = np.signbit(np.array([-1., -2., -3.]), where=mask)
    print("signbit where", mask.dtype, r.dtype, r.shape, bool(r[0]), bool(r[2]))
    r = np.spacing(np.array([1., 1., 4.], dtype='float64'), where=mask)
    print("spacing where", mask.dtype, r.dtype, r.shape, r[0].item(), r[2].item())
print("spacing empty where", np.spacing(np.zeros((0,), dtype='float64'), where=np.zeros((0,), dtype='bool')))

show("roll duplicate axes", lambda: np.roll(x, (1, 2), axis=(0, -2)))
for shape in ((), (2,), (2, 3)):
    for axis in ((0, -1), (-3, 0), (0, 5), -5, 3, (1, 1), (0, -2), (-1, -2)):
        show("roll %s axis=%s" % (shape, axis), lambda: np.roll(np.ones(shape, dtype='int32'), 1, axis=axis))
show("npx.reshape -6 of 0-d", lambda: npx.reshape(np.ones(()), (-6, 2, -1)))
show("npx.reshape -2 of 0-d", lambda: npx.reshape(np.ones(()), (-2,)))
show("npx.slice 0-d", lambda: npx.slice(np.ones(()), (1,), (None,), (-1,)))
show("npx.slice 0-d begin=end=()", lambda: npx.slice(np.ones(()), (), ()))
show("npx.slice 0-d uint8", lambda: npx.slice(np.ones((), dtype='uint8'), begin=(0,), end=(1,)))
show("npx.slice 1-d too many", lambda: npx.slice(np.ones((3,)), (0, 1), (1, 2)))
