"""mx.np.ndarray methods: their parameters, Python's refusals naming them, copyto's targets and take's raise mode."""
import numpy as onp
import mxnet as mx
from mxnet import np, npx
from _words import words

npx.set_np()
a = np.arange(6, dtype="float32").reshape(2, 3)


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", type(r).__name__, r.dtype, r.shape, r.tolist() if r.size else "empty")
    except Exception as e:
        print(label, "->", words(e))


for method in ["sum", "prod", "mean", "max", "min", "all", "any", "std", "var", "argmax", "argmin", "cumsum",
               "sort", "argsort", "clip", "transpose", "repeat", "squeeze", "astype", "copy", "flatten"]:
    attempt(f"{method}(foo=1)", lambda: getattr(a, method)(foo=1))
attempt("cumsum(keepdims=True)", lambda: a.cumsum(keepdims=True))
attempt("cumsum(1, None, out)", lambda: a.cumsum(1, None, np.zeros((2, 3))))
attempt("argmax(keepdims=True)", lambda: a.argmax(keepdims=True))
attempt("nonzero(1)", lambda: a.nonzero(1))
attempt("tolist(1)", lambda: a.tolist(1))
attempt("flatten('F')", lambda: a.flatten("F"))
attempt("item(1, 2, 3)", lambda: a.item(1, 2, 3))
for target in [mx.nd.ones((2, 3)), onp.ones((2, 3)), 1, None, "cpu(0)", np.ones((2, 3), dtype="float64"),
               np.ones((3, 2)), mx.cpu(0)]:
    attempt(f"copyto({type(target).__name__})", lambda: a.copyto(target))
for shape in [(0,), (2, 0, 3)]:
    for axis in [None, 0, 1, 2]:
        for idx in [[0, 1], [5], []]:
            attempt(f"zeros{shape}.take({idx}, axis={axis})",
                    lambda: np.zeros(shape).take(np.array(idx, dtype="int64"), axis=axis))
for label, call in [("dot(None)", lambda: a.dot(None)), ("take(None)", lambda: a.take(None)),
                    ("take(None, axis=0)", lambda: a.take(None, axis=0)), ("take(nd)", lambda: a.take(mx.nd.array([1]))),
                    ("take(nd, axis=0)", lambda: a.take(mx.nd.array([1]), axis=0)),
                    ("dot(nd)", lambda: a.dot(mx.nd.ones((3,)))), ("dot(list)", lambda: a.dot([1, 2, 3]))]:
    attempt(label, call)
try:
    mx.nd.waitall()     # (the failed takes above are left behind, unread)
except mx.base.MXNetError:
    pass
OUTS = [("float32", lambda s: np.zeros(s)), ("int64", lambda s: np.zeros(s, dtype="int64")),
        ("legacy", lambda s: mx.nd.zeros(s or (1,))), ("numpy", lambda s: onp.zeros(s, dtype="float32")),
        ("list", lambda s: [np.zeros(s)])]
for label, call, shape in [("sum(0)", lambda o: a.sum(0, out=o), (3,)), ("std(0)", lambda o: a.std(0, out=o), (3,)),
                           ("argmax(0)", lambda o: a.argmax(0, out=o), (3,)), ("round()", lambda o: a.round(out=o), (2, 3)),
                           ("clip(2, 4)", lambda o: a.clip(2, 4, out=o), (2, 3)), ("dot(a.T)", lambda o: a.dot(a.T, out=o), (2, 2)),
                           ("any()", lambda o: a.any(out=o), ()), ("take([0])", lambda o: a.take(np.array([0]), out=o), (1,))]:
    for kind, made in OUTS:
        def written():
            target = made(shape)
            res = call(target)
            return target[0] if res is target and isinstance(target, list) else res
        attempt(f"{label} out={kind}", written)
attempt("astype(subok=False)", lambda: a.astype("int32", subok=False))
