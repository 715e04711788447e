"""NumPy data meeting mx.np: copying text or object arrays, explicit equal/not_equal with NumPy scalars and arrays,
empty_like's dtype, nan_to_num's copy refusals."""
# recorded on AVX2
import numpy as onp
import mxnet as mx
from mxnet import np, npx
from _words import words


def show(r):
    if isinstance(r, np.ndarray):
        return f"mx {r.dtype} {r.shape} {r.tolist()}"
    if isinstance(r, onp.dtype):
        return f"dtype {r}"
    return f"{type(r).__name__} {r}"


def attempt(label, fn):
    try:
        print(label, "->", show(fn()))
    except Exception as e:
        print(label, "->", words(e))


sources = [("text array", onp.array(["a", "1"])), ("object array", onp.array([1, "a"], dtype=object)),
           ("text list", ["a", "1"]), ("number text array", onp.array(["1.5", "2"])), ("ragged list", [[1, 2], [3]])]
for shape_semantics in (False, True):
    npx.set_np(shape=shape_semantics, array=shape_semantics)
    for label, src in sources:
        for dt in (None, "float32", "float64", "int32", "int64", "bool", "uint8", "float16", "int8"):
            attempt(f"np{shape_semantics} np.array({label}, {dt})", lambda: np.array(src, dtype=dt))
        attempt(f"np{shape_semantics} nd.array({label})", lambda: mx.nd.array(src).asnumpy().tolist())
npx.set_np()

a = np.array([[1., 2., 3.], [4., 2., 6.]])
others = [("float64", onp.float64(2)), ("float32", onp.float32(2)), ("int64", onp.int64(2)), ("bool_", onp.bool_(True)),
          ("uint8", onp.uint8(4)), ("int", 2), ("float", 2.5)]
for label, v in others:
    for name in ("equal", "not_equal", "less", "greater_equal", "add"):
        attempt(f"onp.{name}({label}, a)", lambda: getattr(onp, name)(v, a))
        attempt(f"onp.{name}(a, {label})", lambda: getattr(onp, name)(a, v))
    attempt(f"{label} == a", lambda: v == a)
    attempt(f"{label} != a", lambda: v != a)
    attempt(f"a == {label}", lambda: a == v)

for dt in (a, onp.float32, "float64", onp.dtype("int32"), [1], None, int, float):
    attempt(f"empty_like dtype {dt!r}".replace("\n", " "), lambda: np.empty_like(a, dtype=dt).shape)
    attempt(f"onp.empty_like dtype {dt!r}".replace("\n", " "), lambda: onp.empty_like(a, dtype=dt).dtype)

x = np.array([[1., onp.nan, 3.], [onp.inf, 5., -onp.inf]])
for copy in (2, "x", "True", "false", 2.5, None, -1, 0, onp.float32(1), onp.bool_(False)):
    for kwargs in ({}, {"nan": "a"}, {"posinf": 7, "neginf": -7}, {"nan": 9.5}):
        attempt(f"nan_to_num copy={copy!r} {kwargs}", lambda: np.nan_to_num(x.copy(), copy=copy, **kwargs))
        attempt(f"onp.nan_to_num copy={copy!r} {kwargs}", lambda: onp.nan_to_num(x.copy(), copy=copy, **kwargs))
