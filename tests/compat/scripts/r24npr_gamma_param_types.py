"""mx.np.random.gamma (and beta) with parameter arrays of integer, half, double and mixed types, and out= of
another shape than its parameters: MXNet's kernel type checks and its broadcast check."""
# recorded on AVX2
import mxnet as mx
from _words import words

np = mx.np
R = np.random
TYPES = ["int8", "uint8", "int32", "int64", "float16", "float32", "float64"]


def attempt(label, fn):
    try:
        r = fn()
        r.asnumpy()
        print(label, "->", r.dtype, r.shape)
    except Exception as e:      # noqa: BLE001
        print(label, "->", words(e))


for t in TYPES:
    a = np.array([1, 2], dtype=t)
    attempt(f"gamma shape={t}", lambda: R.gamma(a))
    attempt(f"gamma scale={t}", lambda: R.gamma(1.5, a))
    for u in ("int32", "float32", "float64"):
        b = np.array([1, 2], dtype=u)
        attempt(f"gamma shape={t} scale={u}", lambda: R.gamma(a, b))
    attempt(f"beta a=float32 b={t}", lambda: R.beta(np.ones(2), a))
for params, out in [((np.ones(3),), (4,)), ((np.ones(3), np.ones(3)), (4,)), ((np.ones(3),), (2, 3)),
                    ((np.ones((2, 1)),), (2, 5)), ((np.ones(3), np.ones(4)), (3,)), ((1.5,), (3, 2))]:
    shapes = [p.shape if hasattr(p, "shape") else p for p in params]
    attempt(f"gamma {shapes} out={out}", lambda: R.gamma(*params, out=np.zeros(out)))
attempt("gamma out float64", lambda: R.gamma(1.5, size=(2,), out=np.zeros((2,), dtype="float64")))
attempt("gamma out float64 dtype", lambda: R.gamma(1.5, size=(2,), dtype="float64", out=np.zeros((2,), "float64")))
