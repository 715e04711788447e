"""mx.np.ndarray has no __pos__ (unary + is Python's TypeError), and its __hash__ is ndarray.__hash__ raising NotImplementedError."""
# recorded on AVX2
import mxnet as mx
from mxnet import np, npx
npx.set_np()

a = np.array([1., -2., 3.])
print(hasattr(a, '__pos__'), hasattr(np.ndarray, '__pos__'))
for f in [lambda: +a, lambda: a.__pos__(), lambda: hash(a), lambda: {a: 1}, lambda: a.__hash__(), lambda: {a}]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(np.ndarray.__hash__.__qualname__, np.ndarray.__hash__.__name__)
print(a.__hash__.__qualname__)
print(-a, abs(a), ~(a > 0))
