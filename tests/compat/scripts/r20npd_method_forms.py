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
