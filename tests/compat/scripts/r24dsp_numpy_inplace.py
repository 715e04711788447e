"""A NumPy array's in-place operators (+=, -=, ..., @=) with an mx.nd or mx.np array on the right, and an mx
array's in-place operators with NumPy arrays, NumPy scalars and lists on the right."""
# recorded on AVX2
import operator
import warnings
import numpy as onp
import mxnet as mx
from mxnet import np, npx
from _words import words

warnings.simplefilter("ignore")


def show(r):
    if isinstance(r, mx.nd.NDArray):
        return f"{type(r).__name__} {onp.dtype(r.dtype).name} {r.shape} {r.asnumpy().tolist()}"
    if isinstance(r, onp.ndarray):
        return f"numpy {r.dtype} {r.shape} {r.tolist()}"
    return f"{type(r).__name__} {r}"


def attempt(label, fn):
    try:
        print(label, "->", show(fn()))
    except Exception as e:
        print(label, "->", words(e))


ops = [("+=", operator.iadd), ("-=", operator.isub), ("*=", operator.imul), ("/=", operator.itruediv),
       ("//=", operator.ifloordiv), ("%=", operator.imod), ("**=", operator.ipow), ("@=", operator.imatmul),
       ("&=", operator.iand), ("|=", operator.ior), ("^=", operator.ixor)]
for shape_semantics in (False, True):
    npx.set_np(shape=shape_semantics, array=shape_semantics)
    for mod in ([mx.nd, np] if shape_semantics else [mx.nd]):
        for dt in ("float32", "int32"):
            for symbol, op in ops:
                for label, make in [("onp", lambda: onp.ones((2, 2))), ("onp same", lambda: onp.ones((2, 2), dt)),
                                    ("onp row", lambda: onp.ones(2, dt)), ("onp 0-d", lambda: onp.array(2., dt)),
                                    ("float64", lambda: onp.float64(2)), ("list", lambda: [[1, 2], [3, 4]])]:
                    def numpy_left():
                        target, x = make(), mod.array(onp.array([[1, 2], [3, 4]]).astype(dt), dtype=dt)
                        return op(target, x), target
                    def mx_left():
                        x = mod.array(onp.array([[1, 2], [3, 4]]).astype(dt), dtype=dt)
                        return op(x, make())
                    name = f"np{shape_semantics} {mod.__name__.split('.')[-1]} {dt}"
                    if label.startswith("onp"):
                        attempt(f"{name} {label} {symbol} x", numpy_left)
                    if symbol != "@=" or mod is np:
                        attempt(f"{name} x {symbol} {label}", mx_left)
