"""float64 arrays filled or spaced from a Python float, printed: MXNet reads the float's text back as a double
(3.14159265 lands an ulp away), and repr shows it."""
# recorded on AVX2
import numpy as onp
import mxnet as mx

VALUES = [3.14159265, 1.23456789, 0.3, 7.77777777, 2.718281828459045, 123.456, onp.float32(0.1),
          onp.float64(9.87654321)]
MAKERS = [
    ("np.full", lambda v: mx.np.full((2,), v, dtype="float64")),
    ("np.full_like", lambda v: mx.np.full_like(mx.np.zeros((2,), dtype="float64"), v)),
    ("nd.full", lambda v: mx.nd.full((2,), v, dtype="float64")),
    ("np.arange", lambda v: mx.np.arange(v, v + 2, dtype="float64")),
    ("np.arange step", lambda v: mx.np.arange(0, 2, float(v) / 3, dtype="float64")),
    ("nd.arange", lambda v: mx.nd.arange(v, v + 2, dtype="float64")),
    ("nd.arange step", lambda v: mx.nd.arange(0, 2, float(v) / 3, dtype="float64")),
    ("np.linspace", lambda v: mx.np.linspace(v, 2 * v, 3, dtype="float64")),
    ("nd.linspace", lambda v: mx.nd.linspace(v, 2 * v, 3, dtype="float64")),
    ("np.full f32", lambda v: mx.np.full((1,), v)),
]
for name, make in MAKERS:
    for v in VALUES:
        x = make(v)
        print(f"{name:15} {v!r:22} {x.asnumpy().tolist()}")
print(repr(mx.np.full((2, 2), 3.14159265, dtype="float64")))
print(mx.nd.arange(1.23456789, 4, dtype="float64"))
