"""mx.np.random samplers refusing bad parameters, sizes and dtypes: MXNet's parser words with the operator's
attributes, its shape checks for negative sizes, and its missing-input check for a None parameter."""
# recorded on AVX2
import mxnet as mx
from _words import words

np = mx.np
R = np.random
SAMPLERS = [("uniform", ("low", "high")), ("normal", ("loc", "scale")), ("lognormal", ("mean", "sigma")),
            ("gamma", ("shape", "scale")), ("beta", ("a", "b")), ("exponential", ("scale",)),
            ("rayleigh", ("scale",)), ("weibull", ("a",)), ("pareto", ("a",)), ("power", ("a",)),
            ("gumbel", ("loc", "scale")), ("logistic", ("loc", "scale")), ("chisquare", ("df",))]
BAD = [("str", "abc"), ("tuple", (4, 5)), ("list", [1.0, 2.0]), ("nested", [[1.0], [2.0]]), ("bool", True),
       ("nan", float("nan")), ("None", None)]
SIZES = [("str", "abc"), ("-1", -1), ("-2", -2), ("(2,-1)", (2, -1)), ("(-3,2)", (-3, 2)), ("2.5", 2.5),
         ("(2.0,)", (2.0,)), ("True", True)]


def attempt(label, fn):
    try:
        r = fn()
        r.asnumpy()
        print(label, "->", r.dtype, r.shape)
    except Exception as e:      # noqa: BLE001
        print(label, "->", words(e))


for name, params in SAMPLERS:
    f = getattr(R, name)
    base = {p: 1.5 for p in params}
    for p in params:
        for label, v in BAD:
            attempt(f"{name} {p}={label}", lambda: f(**dict(base, **{p: v})))
    attempt(f"{name} {params[0]}=array other=None", lambda: f(np.ones(2), *[None] * (len(params) - 1)))
    for label, s in SIZES:
        attempt(f"{name} size={label}", lambda: f(**base, size=s))
    attempt(f"{name} legacy array", lambda: f(mx.nd.array([1.0, 2.0]), *params[1:] and [1.0]))
    if name in ("uniform", "normal", "lognormal", "gamma", "chisquare"):
        for d in ("int32", "int64", "uint8", "bool"):
            attempt(f"{name} dtype={d}", lambda: f(**base, dtype=d))
attempt("randint size=-1", lambda: R.randint(0, 5, size=-1))
attempt("randint size=-2", lambda: R.randint(0, 5, size=(2, -2)))
attempt("uniform None None", lambda: R.uniform(None, None))
attempt("uniform size text", lambda: R.uniform(size="3"))
attempt("normal size text", lambda: R.normal(size="(2, 3)"))
