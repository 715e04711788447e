"""mx.np.random samplers with float16 (and float64) parameter arrays: normal's half arithmetic, gamma's 1 / shape."""
# recorded on AVX2
import mxnet as mx
from mxnet import np, npx
from _words import words

npx.set_np()


def A(values, dtype):
    return np.array(values, dtype=dtype)


CALLS = [
    ("normal", lambda dt: np.random.normal(A([-0.1, 0.7, -1.7], dt), A([0.6, 1.3, 2.9], dt), size=(4, 3))),
    ("normal loc", lambda dt: np.random.normal(A([0.6, 0.7, -0.4], dt), 1.3, size=(2, 3))),
    ("normal scale", lambda dt: np.random.normal(-0.1, A([0.6, 1.5], dt), size=(3, 2))),
    ("gamma", lambda dt: np.random.gamma(A([0.7, 1.3, 2.9], dt), A([0.7, 1.3, 2.9], dt), size=(4, 3))),
    ("gamma shape", lambda dt: np.random.gamma(A([0.7, 0.3, 2.9], dt), size=(4, 3))),
    ("beta", lambda dt: np.random.beta(A([0.7, 1.3, 2.9], dt), A([2.7, 0.3, 1.9], dt), size=(4, 3))),
    ("chisquare", lambda dt: np.random.chisquare(A([0.7, 1.3, 2.9], dt), size=(4, 3))),
    ("uniform", lambda dt: np.random.uniform(A([-0.3, 0.1], dt), A([0.7, 1.3], dt), size=(3, 2))),
]
for name, call in CALLS:
    for dt in ("float16", "float64", "float32"):
        mx.random.seed(7)
        try:
            x = call(dt)
            print(name, dt, x.dtype, repr(x.asnumpy().reshape(-1).tolist()))
        except Exception as e:
            print(name, dt, words(e))
        print("  then", repr(np.random.normal(size=2).asnumpy().tolist()))
