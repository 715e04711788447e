"""mx.np.random samplers given several bad arguments: MXNet's parser reads (and refuses) them in its attribute
map's order; negative sizes refused at the first one; sizes beyond 32 bits refused."""
# recorded on AVX2
import mxnet as mx
from _words import words

np = mx.np
R = np.random
CASES = [
    ("uniform", dict(low="a", high=1.0, size="b")), ("uniform", dict(low="a", high="b")),
    ("uniform", dict(low="a", dtype="int32")), ("uniform", dict(size="a", dtype="int32")),
    ("normal", dict(loc="a", scale="b")), ("normal", dict(loc="a", size="b")),
    ("normal", dict(loc=1.0, scale="b", dtype="int32")), ("normal", dict(loc="a", dtype="int32")),
    ("lognormal", dict(mean="a", sigma="b")), ("lognormal", dict(mean="a", size="b")),
    ("gamma", dict(shape="a", scale="b")), ("gamma", dict(shape="a", size="b")),
    ("gamma", dict(shape=1.0, size="b", dtype="int32")), ("exponential", dict(scale="a", size="b")),
    ("rayleigh", dict(scale="a", size="b")), ("gumbel", dict(loc="a", scale="b")),
    ("gumbel", dict(loc="a", size="b")), ("logistic", dict(loc=1.0, scale="b", size="c")),
    ("weibull", dict(a="a", size="b")), ("pareto", dict(a="a", size="b")), ("power", dict(a="a", size="b")),
    ("randint", dict(low="a", high="b")), ("randint", dict(low="a", high=5, size="b")),
    ("randint", dict(low=0, high=5, size="b", dtype="float32")),
    ("multinomial", dict(n="a", pvals=[0.5, 0.5], size="b")), ("multinomial", dict(n="a", pvals="b")),
    ("choice", dict(a="x", size="b")), ("choice", dict(a=5, size="b", replace="x")),
]
SIZES = [(2, -1, -3), (2, -3, -1), (-1, 0), 2 ** 31, (2, -2 ** 31 - 1), (2 ** 31 - 1, 0)]


def attempt(label, fn):
    try:
        r = fn()
        r.asnumpy()
        print(label, "->", r.dtype, r.shape)
    except Exception as e:      # noqa: BLE001
        print(label, "->", words(e))


for name, kwargs in CASES:
    attempt(f"{name} {kwargs}", lambda: getattr(R, name)(**kwargs))
for size in SIZES:
    for name, args in [("uniform", ()), ("normal", ()), ("power", (1.0,)), ("randint", (0, 5)), ("gamma", (1.0,)),
                       ("multinomial", (2, [0.5, 0.5])), ("choice", (5,))]:
        attempt(f"{name} size={size}", lambda: getattr(R, name)(*args, size=size))
