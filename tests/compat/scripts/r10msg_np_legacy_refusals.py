"""mx.np functions refuse legacy NDArrays (and non-arrays as out=) naming their backend operator as MXNet does."""
import mxnet as mx

np, nd = mx.np, mx.nd
a, b = np.ones((2, 2)), nd.ones((2, 2))


def show(label, fn):
    try:
        fn()
        print(label, "ran")
    except Exception as e:      # noqa: BLE001  (the exception is the output)
        message = str(e).split("\n")[0].replace("mxnet.", "").replace("distnet.", "")     # (class paths)
        print(label, type(e).__name__, message)


for name in ["abs", "absolute", "fabs", "exp", "sum", "max", "amax", "all", "mean", "argsort", "cumsum", "copy",
             "transpose", "squeeze", "ravel", "nonzero", "where", "ones_like", "zeros_like", "invert", "sort",
             "linalg.inv", "linalg.norm", "linalg.cholesky", "unique", "tril", "diff", "atleast_2d"]:
    fn = np
    for part in name.split("."):
        fn = getattr(fn, part)
    show(f"{name}(nd)", lambda: fn(b))
show("all(nd, nd)", lambda: np.all(b, b))
show("argsort(nd, nd)", lambda: np.argsort(b, b))
for name in ["stack", "concatenate", "vstack", "hstack", "dstack", "column_stack", "row_stack"]:
    show(f"{name}([np, nd])", lambda: getattr(np, name)([a, b]))
show("append(nd, nd)", lambda: np.append(b, b))
show("take(nd, nd)", lambda: np.take(b, b))
show("take(nd, np, axis=0)", lambda: np.take(b, a, axis=0))
show("full((2,), nd)", lambda: np.full((2,), b))
show("dot(nd)", lambda: np.dot(b))
show("reshape(nd, nd)", lambda: np.reshape(b, b))
for name in ["add", "subtract", "power", "maximum", "greater", "less_equal", "copysign", "bitwise_and", "lcm"]:
    fn = getattr(np, name)
    show(f"{name}(nd, 1)", lambda: fn(b, 1))
    show(f"{name}(1, nd)", lambda: fn(1, b))
    show(f"{name}(np, nd)", lambda: fn(a, b))
    show(f"{name}(nd, np)", lambda: fn(b, a))
for name in ["around", "round", "flip", "fliplr"]:
    show(f"{name}(nd)", lambda: getattr(np, name)(b))
show("fliplr(nd, nd)", lambda: np.fliplr(b, b))
show("clip([nd, nd])", lambda: np.clip([b, b]))
show("append(nd)", lambda: np.append(b))
show("all([nd, nd])", lambda: np.all([b, b]))
for out in [3, b, [3], "x"]:
    for name in ["exp", "sum", "add", "mean", "argmax", "ones_like", "cumsum", "flip", "matmul", "around"]:
        fn = getattr(np, name)
        args = (a, a) if name in ("add", "matmul") else (a,)
        show(f"{name}(out={type(out).__name__})", lambda: fn(*args, out=out))
show("zeros_like(out=nd)", lambda: np.zeros_like(a, out=b))
show("npx.relu(nd)", lambda: mx.npx.relu(b))
show("npx.relu(out=3)", lambda: mx.npx.relu(a, out=3))
