"""log, log2, log10, log1p, the inverse trigonometric and hyperbolic functions, sin, cos, tan, sinh, cosh,
cbrt, rcbrt, exp, power, erf, gamma and gammaln of float32 arrays past 2048 elements (up to 200k) keep the C
library's float bits, NaNs included (float64 tanh its double bits); each array is summarised by the sum of its
bit patterns."""
import numpy as np
import mxnet as mx


def bits(a):
    return int(a.asnumpy().view(np.uint32).astype(np.int64).sum())


rs = np.random.RandomState(11)
ranges = {
    "positive": lambda n: rs.uniform(0.001, 50, n),
    "near_one": lambda n: 1 + rs.uniform(-0.02, 0.02, n),
    "unit": lambda n: rs.uniform(-1, 1, n),
    "wide": lambda n: np.exp(rs.uniform(-40, 4.4, n)) * rs.choice([-1, 1], n),
    "bits": lambda n: rs.randint(0, 2 ** 32, n, dtype=np.uint64).astype(np.uint32).view(np.float32),
}
names = ("log", "log2", "log10", "log1p", "arctan", "arcsin", "arccos", "sinh", "cosh", "cbrt", "rcbrt", "exp", "erf",
         "tan", "arcsinh", "arccosh", "arctanh", "sin", "cos", "gamma",
         "gammaln")
for n in (3000, 70000):
    for kind, make in ranges.items():
        x = mx.nd.array(make(n))
        print(n, kind, *(bits(getattr(mx.nd, name)(x)) for name in names))
big = mx.nd.array(rs.uniform(0.001, 50, 200000))
print("200000", *(bits(getattr(mx.nd, name)(big)) for name in ("log", "log2", "log10", "log1p", "cbrt", "exp")))
print("power", bits(mx.nd.power(big, mx.nd.array(rs.uniform(-3, 3, 200000)))))
wide = mx.nd.array(rs.uniform(-25, 25, 70000), dtype="float64")
print("tanh float64", int(mx.nd.tanh(wide).asnumpy().view(np.uint64).astype(object).sum()))
