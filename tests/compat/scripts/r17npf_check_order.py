"""mx.np functions under NumPy semantics: which of several wrong arguments is refused first, in MXNet's words
(operand shapes before types, percentile axes as reductions check them, parsed attributes listed)."""
import mxnet as mx
from mxnet import np, npx
from _words import words

npx.set_np()


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r.dtype, r.shape, r.tolist())
    except Exception as e:
        print(label, "->", words(e))


x = np.array([[3., 1., 2.], [1., 5., 1.]])
for name in ["equal", "not_equal", "less", "greater", "less_equal", "greater_equal", "true_divide", "add", "mod"]:
    fn = getattr(np, name)
    attempt(f"{name} int32/float32 (2,)(3,)", lambda: fn(np.array([1, 2], dtype="int32"), np.array([1.5, 0., -2.])))
    attempt(f"{name} uint8/int32 (3,)(2,)", lambda: fn(np.array([5, 6, 7], dtype="uint8"),
                                                        np.array([1, 2], dtype="int32")))
for axis in [2, -3, (0, 2), (0, 5), (-3, 0), (1, -4), (2, 0), -1, (0, 1)]:
    attempt(f"percentile axis={axis}", lambda: np.percentile(x, 50, axis=axis))
    attempt(f"quantile axis={axis} keepdims", lambda: np.quantile(x, 0.5, axis=axis, keepdims=True))
for q in [50, np.array([10., 90.])]:
    attempt(f"percentile q={q} interpolation=foo", lambda: np.percentile(x, q, interpolation="foo"))
attempt("quantile q=array interpolation=foo", lambda: np.quantile(x, np.array([0.1]), interpolation="foo"))
attempt("histogram bins=2.5", lambda: np.histogram(x, bins=2.5, range=(0, 1)))
attempt("histogram bins=2.5 range ints", lambda: np.histogram(x, bins=2.5, range=(0, 10)))
attempt("ediff1d to_end list, to_begin array", lambda: np.ediff1d(x, to_end=[3], to_begin=np.array([1.])))
attempt("ediff1d to_end array, to_begin list", lambda: np.ediff1d(x, to_end=np.array([1.]), to_begin=[3]))
attempt("ediff1d both lists", lambda: np.ediff1d(x, to_end=[3], to_begin=[5, 6]))
attempt("cumsum axis=5 dtype=bool", lambda: np.cumsum(x, axis=5, dtype="bool"))
attempt("cumsum axis=2 dtype=bool", lambda: np.cumsum(x, axis=2, dtype="bool"))
for dtype in ["int32", "int8", "float16"]:
    attempt(f"cumsum {dtype} out=zeros(6)", lambda: np.cumsum(np.array([1, 2, 3], dtype=dtype), out=np.zeros(6)))
attempt("cumsum out=zeros(6)", lambda: np.cumsum(x, out=np.zeros(6)))
attempt("unravel_index int32", lambda: np.stack(np.unravel_index(np.array([1, 5, 11], dtype="int32"), (3, 4))))
attempt("unravel_index order F", lambda: np.unravel_index(np.array([1, 5], dtype="int32"), (3, 4), order="F"))
