"""mx.np.random.multinomial, shuffle, choice, rand and randn refusing bad arguments as MXNet does: its parser's
words with the operator's attributes, its shape and input checks, its front end's Python errors."""
# recorded on AVX2
import mxnet as mx
from _words import words

np = mx.np
R = np.random


def attempt(label, fn):
    try:
        r = fn()
        if r is not None:
            r.asnumpy()
        print(label, "->", None if r is None else (r.dtype, r.shape))
    except Exception as e:      # noqa: BLE001
        print(label, "->", words(e))


for label, n in [("str", "a"), ("float", 2.5), ("None", None), ("bool", True), ("tuple", (1, 2)),
                 ("array", np.array([2.0])), ("numpy int", np.array(2).asnumpy().item())]:
    attempt(f"multinomial n={label}", lambda: R.multinomial(n, [0.5, 0.5]))
    attempt(f"multinomial n={label} array pvals", lambda: R.multinomial(n, np.array([0.5, 0.5])))
for label, p in [("str", "ab"), ("tuple", (0.5, 0.5)), ("sum > 1", [0.7, 0.7]), ("nested", [[0.5, 0.5]]),
                 ("2-d array", np.ones((2, 2)) / 2), ("int", 3), ("None", None), ("legacy", mx.nd.array([0.5, 0.5])),
                 ("empty", [])]:
    attempt(f"multinomial pvals={label}", lambda: R.multinomial(2, p))
for label, s in [("str", "a"), ("-1", -1), ("-2", -2), ("2.5", 2.5), ("(2.0,)", (2.0,)), ("True", True),
                 ("text", "3"), ("array", np.array([2, 3])), ("(2, 0)", (2, 0))]:
    attempt(f"multinomial size={label}", lambda: R.multinomial(2, [0.5, 0.5], size=s))
for label, x in [("list", [1, 2]), ("legacy", mx.nd.array([1, 2])), ("0-d", np.array(1.0)), ("None", None)]:
    attempt(f"shuffle {label}", lambda: R.shuffle(x))
for label, size in [("-1", (-1,)), ("-2", (-2,)), ("str", ("a",)), ("float", (2.5,)), ("tuple", ((2, 3),)),
                    ("None", (None,)), ("mixed", (2, "a")), ("bool", (True,))]:
    attempt(f"rand {label}", lambda: R.rand(*size))
    attempt(f"randn {label}", lambda: R.randn(*size))
attempt("rand dtype=int32", lambda: R.rand(2, dtype="int32"))
attempt("randn dtype=int64", lambda: R.randn(2, 3, dtype="int64"))
attempt("choice p list", lambda: R.choice(5, p=[0.2] * 5))
attempt("choice p legacy", lambda: R.choice(5, p=mx.nd.array([0.2] * 5)))
attempt("choice out shape", lambda: R.choice(5, size=(2,), out=np.zeros((3,), dtype="int64")))
for d in ("float32", "int32", "float64"):
    attempt(f"choice out dtype={d}", lambda: R.choice(5, size=(2,), out=np.zeros((2,), dtype=d)))
