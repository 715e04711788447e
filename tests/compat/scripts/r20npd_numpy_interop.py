"""mx.np arrays in NumPy functions and ufuncs, and in Python's number protocol (int, float, index, bool, len, in)."""
import math
import operator
import numpy as onp
import mxnet as mx
from mxnet import np, npx
from _words import words

npx.set_np()


def show(r):
    if isinstance(r, np.ndarray):
        return f"mx {r.dtype} {r.shape} {r.tolist()}"
    if isinstance(r, (list, tuple)):
        return type(r).__name__ + "(" + ", ".join(show(v) for v in r) + ")"
    return f"{type(r).__name__} {r}"


def attempt(label, fn):
    try:
        print(label, "->", show(fn()))
    except Exception as e:
        print(label, "->", words(e))


for dt in ["bool", "int8", "uint8", "int32", "int64", "float16", "float32", "float64"]:
    for shape in [(), (1,), (2,)]:
        x = np.array(onp.arange(1, 1 + int(onp.prod(shape))).reshape(shape).astype(dt), dtype=dt)
        t = f"{dt}{shape}"
        for name, fn in [("index", operator.index), ("int", int), ("float", float), ("complex", complex),
                         ("bool", bool), ("len", len), ("floor", math.floor), ("round", round),
                         ("list index", lambda v: [10, 20, 30][v]), ("contains", lambda v: (1 in v, 9 in v)),
                         ("iterate", list), ("builtin sum", sum)]:
            attempt(f"{t} {name}", lambda: fn(x))
        for name, fn in [("sum", onp.sum), ("mean", onp.mean), ("exp", onp.exp), ("result_type", onp.result_type),
                         ("maximum", lambda v: onp.maximum(v, onp.ones(shape))), ("add", lambda v: onp.add(v, 1)),
                         ("isnan", onp.isnan), ("stack", lambda v: onp.stack([v, v])), ("shape", onp.shape),
                         ("where", lambda v: onp.where(v > 1, v, 0)), ("unique", onp.unique),
                         ("cumsum", onp.cumsum), ("norm", onp.linalg.norm), ("allclose", lambda v: onp.allclose(v, v)),
                         ("sort", onp.sort), ("clip", lambda v: onp.clip(v, 1, 2)), ("isscalar", onp.isscalar),
                         ("add out", lambda v: onp.add(v, v, out=v)), ("ndarray + x", lambda v: onp.ones(shape) + v),
                         ("x + ndarray", lambda v: v + onp.ones(shape)), ("scalar * x", lambda v: onp.float32(2) * v)]:
            attempt(f"{t} onp.{name}", lambda: fn(x))
a, o = np.array([[1., 5., 2.], [4., 3., 6.]]), onp.ones((2, 3))
for name, fn in [("where", lambda: onp.where(a > 2, o, a)), ("dot", lambda: onp.dot(a, onp.ones((3,)))),
                 ("stack", lambda: onp.stack([a, o])), ("concatenate", lambda: onp.concatenate([o, a])),
                 ("sum out", lambda: onp.sum(a, axis=0, out=onp.zeros(3))), ("clip", lambda: onp.clip(a, o, 4)),
                 ("linalg.solve", lambda: onp.linalg.solve(a[:, :2], onp.ones(2))),
                 ("tensordot", lambda: onp.tensordot(a, o.T, 1)), ("insert", lambda: onp.insert(a, 1, o[0], axis=0)),
                 ("median", lambda: onp.median(a)), ("histogram", lambda: onp.histogram(a, bins=3)),
                 ("einsum", lambda: onp.einsum("ij->j", a)), ("unique counts", lambda: onp.unique(a, return_counts=True))]:
    attempt(f"mixed onp.{name}", fn)
