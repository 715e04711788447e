"""Legacy NDArray operators on zeros, negatives, inf, nan and huge values give inf and nan silently, as MXNet's
kernels do: no numpy RuntimeWarning, whatever the warning filters."""
# recorded on AVX2
import warnings

import numpy as onp
import mxnet as mx

VALUES = [0.0, -1.0, 1.0, float("inf"), float("-inf"), float("nan"), 1e38, -1e38, 65504.0, 2.0]
UNARY = ["sqrt", "reciprocal", "square", "round", "rint", "degrees", "cumsum", "rsqrt", "rcbrt", "gammaln", "prod",
         "sum"]
BINARY = ["subtract", "add", "multiply", "divide"]
for dt in ["float16", "float32", "float64"]:
    with onp.errstate(all="ignore"):
        a = onp.array(VALUES).astype(dt)
    x, y = mx.nd.array(a, dtype=dt), mx.nd.array(a[::-1], dtype=dt)
    calls = [(name, lambda f=getattr(mx.nd, name): f(x)) for name in UNARY]
    calls += [(name, lambda f=getattr(mx.nd, name): f(x, y)) for name in BINARY]
    calls += [("x - y", lambda: x - y), ("x * 1e30", lambda: x * 1e30), ("x -= y", lambda: x.copy().__isub__(y)),
              ("1e30 * x", lambda: 1e30 * x), ("x / 0", lambda: x / 0), ("1 / x", lambda: 1 / x),
              ("x ** 40", lambda: x ** 40),
              ("x *= 1e30", lambda: x.copy().__imul__(1e30)), ("x % 0", lambda: x % 0), ("-x", lambda: -x)]
    for name, call in calls:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            res = call().asnumpy().tolist()
        print(dt, name, res, [f"{w.category.__name__}: {w.message}" for w in caught])
x = mx.np.array([0.0, -1.0, float("inf"), float("nan"), 1e38, 2.0])
for obj in [[0.0, 0.0, float("inf"), 1.0, 1e38, -3.0], [float("nan"), 2.0], [1, 2]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        res = mx.np.delete(x, mx.np.array(obj)).tolist()
    print("np.delete", obj, res, [f"{w.category.__name__}: {w.message}" for w in caught])
