"""mx.np.random samplers given NumPy values, complex numbers, bytes, dicts and numbers beyond float32 as
distribution parameters: what MXNet's front end hands on and its parser reads or refuses."""
# recorded on AVX2
import numpy as onp
import mxnet as mx
from _words import words

np = mx.np
R = np.random
VALUES = [("onp array", onp.array([1.0, 2.0])), ("onp 0-d", onp.array(1.5)), ("onp float64", onp.float64(1.5)),
          ("onp int32", onp.int32(2)), ("onp bool", onp.bool_(True)), ("complex", 1j), ("text", "2.5"),
          ("bytes", b"1"), ("dict", {}), ("1e40", 1e40), ("-3.5e38", -3.5e38), ("2**70", 2 ** 70),
          ("2**127", 2 ** 127), ("2**200", 2 ** 200)]
SAMPLERS = [("uniform", 2), ("normal", 2), ("gamma", 2), ("exponential", 1), ("weibull", 1), ("power", 1),
            ("gumbel", 2), ("beta", 2), ("lognormal", 2), ("rayleigh", 1), ("pareto", 1), ("logistic", 2)]

ZERO_TAKEN = ("uniform", "normal", "exponential", "gumbel", "logistic", "rayleigh", "lognormal")


def attempt(label, fn):
    try:
        r = fn()
        r.asnumpy()
        print(label, "->", r.dtype, r.shape)
    except Exception as e:      # noqa: BLE001
        print(label, "->", words(e))


for name, count in SAMPLERS:
    for label, v in VALUES + ([("-0.0", -0.0), ("1e-50", 1e-50)] if name in ZERO_TAKEN else []):
        attempt(f"{name} {label}", lambda: getattr(R, name)(*([v] + [1.0] * (count - 1)), size=2))
        if count == 2:
            attempt(f"{name} second {label}", lambda: getattr(R, name)(0.5, v, size=2))
