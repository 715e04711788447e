"""dtype= spelled as NumPy allows (Python types, codes, byte orders, NumPy types and dtypes) in mx.nd and mx.np
creation and astype, and the range creators' refusal of types MXNet lacks."""
# recorded on AVX2
import numpy as onp
import mxnet as mx
from mxnet import np, npx
from _words import words


def show(r):
    if isinstance(r, mx.nd.NDArray):
        return f"{type(r).__name__} {onp.dtype(r.dtype).name} {r.shape} {r.asnumpy().tolist()}"
    return f"{type(r).__name__} {r}"


def attempt(label, fn):
    try:
        print(label, "->", show(fn()))
    except Exception as e:
        print(label, "->", words(e))


spellings = [float, int, bool, "f", "i", "d", "f8", "<f4", ">f4", ">i8", "i8", "u1", "b", "?", onp.float64,
             onp.float16, onp.dtype("f2"), onp.dtype(">f8"), onp.bool_, onp.int8, "float", "int", "double", "uint8",
             "uint16", "uint32", "int16", "complex64", "str", object, None, onp.intc]
makers = [("zeros", lambda m, dt: m.zeros((2,), dtype=dt)), ("ones", lambda m, dt: m.ones((2,), dtype=dt)),
          ("full", lambda m, dt: m.full((2,), 3, dtype=dt)), ("array", lambda m, dt: m.array([1.5, -2], dtype=dt)),
          ("arange", lambda m, dt: m.arange(3, dtype=dt)), ("linspace", lambda m, dt: m.linspace(0, 3, 4, dtype=dt)),
          ("astype", lambda m, dt: m.array([1.5, -2, 0]).astype(dt)),
          ("astype no copy", lambda m, dt: m.array([1.5, -2, 0]).astype(dt, copy=False)),
          ("empty", lambda m, dt: m.empty((0,), dtype=dt)), ("dtype ==", lambda m, dt: m.array([1]).dtype == dt)]
for shape_semantics in (False, True):
    npx.set_np(shape=shape_semantics, array=shape_semantics)
    for mod in ([mx.nd, np] if shape_semantics else [mx.nd]):
        for dt in spellings:
            name = getattr(dt, "__name__", repr(dt))
            for label, make in makers:
                attempt(f"np{shape_semantics} {mod.__name__.split('.')[-1]} {label} {name}", lambda: make(mod, dt))
npx.set_np()
for dt in ["uint16", "int16", "uint64", "complex64", "bool", "str", object, "float16", "int8", ">f4", onp.int16]:
    attempt(f"arange 3 args {dt}", lambda: np.arange(0, 3, 1, dtype=dt))
    attempt(f"logspace {dt}", lambda: np.logspace(0, 3, 4, dtype=dt))
