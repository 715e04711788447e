"""An out= array refused at the call (dtype or shape) while the kernel would fail stays usable; AdaptiveAvgPooling2D and BilinearResize2D leave out='s dtype to their kernel; Embedding's and Correlation's out= refusals; Pad and Dropout check out= before refusing integer data."""
import json

import mxnet as mx


def text(e):
    return [l for l in str(e).split("\n") if l.strip() and not l.startswith(("Traceback", "  File", "Stack"))][0]


def case(name, make, shape, dtype):
    out = mx.nd.ones(shape, dtype=dtype)
    try:
        r = make(out)
        print(name, dtype, shape, "returned out" if r is out else "returned another")
    except Exception as e:
        print(name, dtype, shape, "raised", type(e).__name__, repr(str(e)))
    try:
        print("   out:", out.dtype.__name__, out.asnumpy().ravel()[:4].tolist())
    except Exception as e:
        print("   out read raised", type(e).__name__, text(e))
    try:
        mx.nd.waitall()
    except Exception as e:
        print("   waitall raised", type(e).__name__, text(e))


x = mx.nd.array([1, 2, 3])
bad_index = mx.nd.array([0, 5])
spd_not = mx.nd.array([[1, 2], [2, 1]])
for dt in ["float32", "float16", "int32", "float64"]:
    case("take raise", lambda o: mx.nd.take(x, bad_index, mode="raise", out=o), (2,), dt)
    case("potrf", lambda o: mx.nd.linalg.potrf(spd_not, out=o), (2, 2), dt)
    case("gamma alpha<0", lambda o: mx.nd.random.gamma(alpha=-1, beta=1, shape=(3,), out=o), (3,), dt)
case("gamma alpha<0", lambda o: mx.nd.random.gamma(alpha=-1, beta=1, shape=(3,), out=o), (4,), "float32")
for dt in ["float16", "int32", "float32"]:
    failed = mx.nd.take(x, bad_index, mode="raise")
    case("exp of failed", lambda o: mx.nd.exp(failed, out=o), (2,), dt)
failed = mx.nd.take(x, bad_index, mode="raise")
case("exp of failed", lambda o: mx.nd.exp(failed, out=o), (3,), "float32")
a = mx.nd.array([[1, 2], [2, 1]])
a.attach_grad()
with mx.autograd.record():
    case("recorded potrf", lambda o: mx.nd.linalg.potrf(a, out=o), (2, 2), "float64")
xn = mx.np.array([1., 2, 3])
out = mx.np.ones((2,), dtype="float64")
case("np take raise", lambda o: mx.np.take(xn, mx.np.array([0, 5], dtype="int32"), mode="raise", out=o), (2,), "float64")

img = mx.nd.arange(32).reshape((1, 2, 4, 4))
for src in ["float32", "float16", "int32"]:
    data = img.astype(src)
    for dt in ["float32", "float64", "float16", "int32", "uint8"]:
        case("AdaptiveAvgPooling2D " + src, lambda o: mx.nd.contrib.AdaptiveAvgPooling2D(data, output_size=2, out=o),
             (1, 2, 2, 2), dt)
        case("BilinearResize2D " + src, lambda o: mx.nd.contrib.BilinearResize2D(data, height=3, width=3, out=o),
             (1, 2, 3, 3), dt)
    case("AdaptiveAvgPooling2D " + src, lambda o: mx.nd.contrib.AdaptiveAvgPooling2D(data, output_size=2, out=o),
         (1, 2, 3, 2), "float16")
    case("BilinearResize2D " + src, lambda o: mx.nd.contrib.BilinearResize2D(data, height=3, width=3, out=o),
         (1, 2, 3, 2), "float16")

rows = mx.nd.array([0, 1])
for wdt, attr in [("float32", {}), ("float16", {}), ("float32", {"dtype": "float64"})]:
    for shape in [(2, 2), (2, 3)]:
        for dt in ["float64", "float32"]:
            case(f"Embedding {wdt} {attr}", lambda o: mx.nd.Embedding(rows, mx.nd.ones((3, 2), dtype=wdt), input_dim=3,
                                                                     output_dim=2, out=o, **attr), shape, dt)
for shape in [(1, 9, 4, 4), (1, 9, 2, 2)]:
    for dt in ["float64", "int32"]:
        case("Correlation", lambda o: mx.nd.Correlation(img, img, kernel_size=1, max_displacement=1, out=o), shape, dt)

# Pad and Dropout refuse integer data as they create their state, after out= is checked
ints = mx.nd.ones((1, 1, 2, 2), dtype="int32")
for shape in [(1, 1, 4, 4), (1, 1, 3, 3)]:
    for dt in ["int32", "float32", "float64"]:
        case("Pad int", lambda o: mx.nd.Pad(ints, mode="constant", pad_width=(0, 0, 0, 0, 1, 1, 1, 1), out=o), shape, dt)
        case("Pad reflect int", lambda o: mx.nd.Pad(ints, mode="reflect", pad_width=(0, 0, 0, 0, 2, 2, 2, 2), out=o),
             shape, dt)
        case("Dropout int", lambda o: mx.nd.Dropout(ints, p=0.5, out=o), (1, 1, 2, 2) if shape[2] == 4 else (3,), dt)

# an out= refused by inference under autograd.record takes no node number

v = mx.nd.array([1., 2])
v.attach_grad()
for label, make in [("exp f64 out", lambda: mx.nd.exp(v, out=mx.nd.zeros(2, dtype="float64"))),
                    ("exp shape out", lambda: mx.nd.exp(v, out=mx.nd.zeros(3))),
                    ("potrf f64 out", lambda: mx.nd.linalg.potrf(mx.nd.array([[1., 2], [2, 1]]) * v.reshape((2, 1)),
                                                                 out=mx.nd.zeros((2, 2), dtype="float64"))),
                    ("Pad int f32 out", lambda: mx.nd.Pad(v.reshape((1, 1, 1, 2)).astype("int32"), mode="constant",
                                                          pad_width=(0, 0, 0, 0, 1, 1, 1, 1), out=mx.nd.zeros((1, 1, 3, 4))))]:
    try:
        with mx.autograd.record():
            make()
        print(label, "recorded")
    except mx.base.MXNetError as e:
        print(label, "refused:", text(e)[:60])
    with mx.autograd.record():
        w = v * 2
    print("   next node", [n["name"] for n in json.loads(mx.autograd.get_symbol(w).tojson())["nodes"]])
