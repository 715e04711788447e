"""NumPy ufuncs MXNet runs with NumPy (on host copies) given an mx.np ``out``, and its own ufuncs with one; a
scalar inserted at one place of a multi-dimensional array (the array made, the kernel's refusal on reading)."""
# recorded on AVX2
import warnings
import numpy as onp
import mxnet as mx
from mxnet import np, npx
from _words import words

npx.set_np()
warnings.simplefilter("ignore")


def show(r):
    if isinstance(r, np.ndarray):
        try:
            return f"mx {r.dtype} {r.shape} {r.tolist()}"
        except mx.base.MXNetError as e:
            return f"mx {r.dtype} {r.shape} on reading {words(e)}"
    if isinstance(r, onp.ndarray):
        return f"onp {r.dtype} {r.shape} {r.tolist()}"
    return f"{type(r).__name__} {r}"


def attempt(label, fn):
    try:
        print(label, "->", show(fn()))
    except Exception as e:
        print(label, "->", words(e))


names = ["fmax", "fmin", "logaddexp", "divide", "floor_divide", "fmod", "heaviside", "add", "multiply", "maximum",
         "equal", "less", "exp2", "log1p", "isnan", "isfinite", "signbit", "deg2rad", "sqrt", "negative", "exp"]
for dt in ("float32", "int32", "bool"):
    x = np.array(onp.array([[2, 0, 1], [3, 1, 4]]).astype(dt), dtype=dt)
    y = np.array(onp.array([[1, 2, 1], [1, 3, 2]]).astype(dt), dtype=dt)
    for name in names:
        u = getattr(onp, name)
        args = (x,) if u.nin == 1 else (x, y)
        attempt(f"{dt} onp.{name} out=mx", lambda: u(*args, out=np.zeros((2, 3), dtype=dt)))
        attempt(f"{dt} onp.{name} out=onp", lambda: u(*args, out=onp.zeros((2, 3), dtype="float64")))
        attempt(f"{dt} onp.{name} positional out", lambda: u(*args, np.zeros((2, 3), dtype=dt)))

x = np.array([[2., 0., 1.], [3., 1., 4.]])
for obj in (1, -1, 0, 3, onp.int64(2), np.array(1, dtype="int64"), np.array([1], dtype="int64"), slice(0, 2)):
    for axis in (0, 1, -1, None):
        for values in (5, 2.5, np.array([7.]), np.array([[7.], [8.]])):
            if isinstance(obj, np.ndarray) and obj.ndim == 0 and isinstance(values, np.ndarray) and values.ndim > 1:
                continue
            label = f"insert obj={obj!r} axis={axis} values={values!r}".replace("\n", "")
            attempt(label, lambda: np.insert(x, obj, values, axis=axis))
            attempt("onp." + label, lambda: onp.insert(x, obj, values, axis=axis))
for shape in ((3,), (2, 2, 2)):
    z = np.ones(shape)
    for axis in (0, -1, None):
        attempt(f"insert {shape} axis={axis}", lambda: np.insert(z, 1, 9, axis=axis))
for obj in (slice(0, 2), np.array([0, 2], dtype="int64")):
    for axis in (None, 0, 1):
        for shape in ((3,), (6,), (1, 6), (1, 1, 3), (2,), (1, 2), (2, 1), (3, 1)):
            attempt(f"insert {obj!r} axis={axis} values {shape}", lambda: np.insert(x, obj, np.ones(shape), axis=axis))
