"""mx.np arithmetic with Python and NumPy scalars and mixed dtypes."""
import mxnet as mx
from mxnet import np, npx
import numpy as onp
npx.set_np()
def t(s):
    try:
        r = eval(s)
        print(s, '->', repr(r).replace('\n',''), type(r).__name__)
    except Exception as e:
        print(s, '!!', type(e).__name__)
x = np.array([1., 2.]); i = np.array([1, 2], dtype='int32')
for s in ["onp.float64(2.0) * x", "x * onp.float64(2.0)", "onp.float32(2) + x", "x + onp.int64(1)", "onp.int32(3) - i", "i * onp.float32(1.5)",
          "x ** onp.float64(2)", "x / onp.int64(2)", "True + x", "x * True", "x == onp.float32(1)", "onp.array(1.0) + x", "x + onp.array(1.0)",
          "x > 1.5", "1 < x", "x != x", "-i", "abs(-x)", "~i", "x @ x", "i / i", "i // 2", "divmod(x, 2)", "x.__rpow__(2)", "2 ** i", "i ** -1",
          "i % 0", "x % 0", "x / 0", "i / 0", "np.array([-1.]) ** 0.5", "np.array(2, dtype='int8') * 100", "np.array([200], dtype='uint8') + np.array([100], dtype='uint8')"]:
    t(s)
