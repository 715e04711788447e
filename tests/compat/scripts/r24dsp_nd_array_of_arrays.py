"""mx.nd.array and mx.np.array of lists and tuples holding mx.np and legacy arrays (0-d and not), NumPy arrays and
numbers, with and without NumPy shape semantics: NumPy reads them item by item."""
# recorded on AVX2
import warnings
import numpy as onp
import mxnet as mx
from mxnet import np, npx
from _words import words

warnings.simplefilter("ignore")


def show(r):
    if isinstance(r, mx.nd.NDArray):
        return f"{type(r).__name__} {onp.dtype(r.dtype).name} {r.shape} {r.asnumpy().tolist()}"
    return f"{type(r).__name__} {r}"


def attempt(label, fn):
    try:
        print(label, "->", show(fn()))
    except Exception as e:
        print(label, "->", words(e))


for shape_semantics in (False, True):
    npx.set_np(shape=shape_semantics, array=shape_semantics)
    a1, i1, b1 = np.array([1., 2.]), np.array([1, 2], dtype="int32"), np.array([True, False])
    z0, zi = np.array(3.), np.array(4, dtype="int64")
    n1, ni = mx.nd.array([1., 2.]), mx.nd.array([1, 2], dtype="int32")
    sources = [("[a1, a1]", [a1, a1]), ("[z0, z0]", [z0, z0]), ("[z0, zi]", [z0, zi]), ("[i1, i1]", [i1, i1]),
               ("[a1, i1]", [a1, i1]), ("[a1, onp]", [a1, onp.array([3., 4.])]), ("[z0, 1]", [z0, 1]),
               ("[zi, 2.5]", [zi, 2.5]), ("[n1, n1]", [n1, n1]), ("[ni, n1]", [ni, n1]), ("(a1, a1)", (a1, a1)),
               ("[[z0], [z0]]", [[z0], [z0]]), ("[b1, b1]", [b1, b1]), ("[a1, b1]", [a1, b1]), ("[[a1]]", [[a1]]),
               ("[n1]", [n1]), ("[float64, z0]", [onp.float64(1), z0]), ("[zi]", [zi]), ("[onp 0-d]", [onp.array(2.)])]
    for label, src in [("z0", z0), ("zi", zi), ("a1", a1), ("onp 0-d", onp.array(2.)), ("2.5", 2.5)]:
        for dt in (None, "float64", "int32"):
            attempt(f"np{shape_semantics} np.array({label}, {dt})", lambda: np.array(src, dtype=dt))
    for label, src in sources:
        for dt in (None, "float64", "int32", "bool", "uint8"):
            attempt(f"np{shape_semantics} nd.array({label}, {dt})", lambda: mx.nd.array(src, dtype=dt))
        if label != "[a1, onp]":       # (NumPy 1.23 words a ragged nesting of a NumPy array its own way)
            attempt(f"np{shape_semantics} np.array({label})", lambda: np.array(src))
            attempt(f"np{shape_semantics} np.array({label}, bool)", lambda: np.array(src, dtype="bool"))
