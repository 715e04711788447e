"""mx.np.ndarray methods read their attributes from text and refuse what MXNet's parser cannot read."""
import mxnet as mx
from mxnet import np, npx
from _words import words

npx.set_np()
a = np.arange(6, dtype="float32").reshape(2, 3)


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r.dtype, r.shape, r.tolist())
    except Exception as e:
        print(label, "->", words(e))


VALUES = [(0,), 1.5, "1", "(0,)", "a", [0], True, None, -1]
for method, params in [("sum", ["axis", "keepdims"]), ("mean", ["axis", "keepdims"]), ("max", ["axis", "keepdims"]),
                       ("all", ["axis"]), ("std", ["ddof", "keepdims"]), ("var", ["axis"]),
                       ("argmax", ["axis"]), ("argmin", ["axis"]), ("cumsum", ["axis"]), ("sort", ["axis"]),
                       ("argsort", ["axis"]), ("squeeze", ["axis"]), ("round", ["decimals"])]:
    for p in params:
        for v in VALUES:
            attempt(f"{method}({p}={v!r})", lambda: getattr(a, method)(**{p: v}))
for v in VALUES:
    attempt(f"take(axis={v!r})", lambda: a.take(np.array([1]), axis=v))
    attempt(f"repeat({v!r})", lambda: a.repeat(v))
    attempt(f"repeat(2, axis={v!r})", lambda: a.repeat(2, axis=v))
    attempt(f"swapaxes(0, {v!r})", lambda: a.swapaxes(0, v))
    attempt(f"transpose({v!r})", lambda: a.transpose(v))
    attempt(f"transpose(1, {v!r})", lambda: a.transpose(1, v))
attempt("transpose([0, 'a'])", lambda: a.transpose([0, "a"]))
attempt("transpose(array)", lambda: a.transpose(np.array(1.)))
attempt("sum dtype given", lambda: a.sum(axis=1.5, dtype="float64"))
attempt("cumsum dtype given", lambda: a.cumsum(axis="a", dtype="float64"))
attempt("std dtype given", lambda: a.std(ddof="x", dtype="float64"))
attempt("wrong keyword first", lambda: a.sum(axis=1.5, foo=1))
for dt in ["uint8", "int16", "complex64", "a", "U", object, "bool", "float64"]:
    for method in ["sum", "prod", "mean", "std", "var", "cumsum"]:
        attempt(f"{method}(dtype={dt!r})", lambda: getattr(a, method)(dtype=dt))
    attempt(f"np.cumsum(dtype={dt!r})", lambda: np.cumsum(a, dtype=dt))
    attempt(f"np.std(dtype={dt!r})", lambda: np.std(a, dtype=dt))
attempt("round(foo=1)", lambda: a.round(foo=1))
attempt("round(1, foo=1, bar=2)", lambda: a.round(1, foo=1, bar=2))
attempt("np.sum(foo=1, bar=2)", lambda: np.sum(a, foo=1, bar=2))
