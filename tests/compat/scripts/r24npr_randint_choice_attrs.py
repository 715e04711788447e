"""mx.np.random.randint and choice refusing bad bounds, sizes, dtypes and populations in MXNet's parser words
with the operator's attributes; randint's shape inference under legacy and NumPy shape semantics."""
# recorded on AVX2
import numpy as onp
import mxnet as mx
from _words import words

np = mx.np
R = np.random
VALUES = [("str", "a"), ("float", 1.5), ("float 2.0", 2.0), ("tuple", (1, 2)), ("list", [1, 2]), ("bool", True),
          ("None", None), ("nan", float("nan")), ("2**70", 2 ** 70), ("array", np.array([1.0, 2.0])),
          ("0-d array", np.array(3.0)), ("legacy", mx.nd.array([1.0]))]
SIZES = [("str", "ab"), ("2.5", 2.5), ("(2.0,)", (2.0,)), ("True", True), ("-1", -1), ("(2,-2)", (2, -2)),
         ("array", np.array([2])), ("text", "3"), ("[2, 3]", [2, 3])]


def attempt(label, fn):
    try:
        r = fn()
        r.asnumpy()
        print(label, "->", r.dtype, r.shape)
    except Exception as e:      # noqa: BLE001
        print(label, "->", words(e))


for label, v in VALUES:
    attempt(f"randint low={label}", lambda: R.randint(v, 5, size=2))
    if v is not None:       # (randint(0, None) draws from an empty range: MXNet's kernel divides by zero)
        attempt(f"randint high={label}", lambda: R.randint(0, v, size=2))
    attempt(f"randint only={label}", lambda: R.randint(v, size=2))
    attempt(f"choice a={label}", lambda: R.choice(v, size=2))
for label, s in SIZES:
    attempt(f"randint size={label}", lambda: R.randint(0, 5, size=s))
    attempt(f"choice size={label}", lambda: R.choice(5, size=s))
    attempt(f"choice array size={label}", lambda: R.choice(np.arange(4), size=s))
for d in ("float32", "float64", "int8", "uint8", "bool", "int16", "int32", "int64", None, onp.int32):
    attempt(f"randint dtype={d}", lambda: R.randint(0, 5, size=3, dtype=d))
attempt("choice replace=x", lambda: R.choice(5, replace="x"))
attempt("randint out legacy", lambda: R.randint(0, 5, size=(2,), out=mx.nd.zeros((2,), dtype="int64")))
attempt("lognormal out legacy", lambda: R.lognormal(size=(2,), out=mx.nd.zeros((2,))))
for shape_semantics in (False, True):
    if shape_semantics:
        mx.npx.set_np()
    for s in (None, (), (0,), (2, 0), 3, -1):
        attempt(f"np_shape={shape_semantics} randint size={s}", lambda: R.randint(0, 5, size=s))
    attempt(f"np_shape={shape_semantics} randint 5 1", lambda: R.randint(5, 1))
