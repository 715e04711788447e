"""nd.random.uniform with bounds whose float range rounds: float64 and float16 samples, scalar and array forms."""
# recorded on AVX2
import mxnet as mx
from _words import words

BOUNDS = [(-0.4, 1.7), (-0.55, 1.9), (-1.0, 1.1), (-2.6, 1.85), (-0.3, 1.73), (0.1, 0.7), (-1.56, 0.39), (3.3, 3.3)]
CALLS = [
    ("random.uniform", lambda lo, hi, dt: mx.nd.random.uniform(lo, hi, shape=(3,), dtype=dt)),
    ("random_uniform", lambda lo, hi, dt: mx.nd.random_uniform(low=lo, high=hi, shape=(2, 2), dtype=dt)),
    ("nd.uniform", lambda lo, hi, dt: mx.nd.uniform(low=lo, high=hi, shape=(70,), dtype=dt)[-3:]),
    ("uniform_like", lambda lo, hi, dt: mx.nd.random.uniform_like(mx.nd.zeros((3,), dtype=dt), low=lo, high=hi)),
    ("array bounds", lambda lo, hi, dt: mx.nd.random.uniform(mx.nd.array([lo, lo / 2]), mx.nd.array([hi, hi * 2]),
                                                             shape=2, dtype=dt)),
]
mx.random.seed(11)
for lo, hi in BOUNDS:
    for dt in ("float64", "float16", "float32"):
        for name, call in CALLS:
            try:
                x = call(lo, hi, dt)
                print(lo, hi, dt, name, x.dtype.__name__, repr(x.asnumpy().reshape(-1).tolist()))
            except Exception as e:
                print(lo, hi, dt, name, words(e))
mx.random.seed(3, ctx=mx.cpu())
print(repr(mx.nd.random.uniform(-0.4, 1.7, shape=(4,), dtype="float64").asnumpy().tolist()))
print(repr(mx.nd.random.normal(shape=(2,), dtype="float64").asnumpy().tolist()))
