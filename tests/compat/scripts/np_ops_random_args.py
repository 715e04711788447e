"""mx.np.random argument checks as MXNet 1.9.1: float dtypes only for uniform/normal, randint needs low < high
(MXNet crashes on low == high, so that case is left out)."""
import mxnet as mx
from mxnet import np, npx

npx.set_np()
mx.random.seed(5)
for e in ["np.random.uniform(size=3, dtype='int32')", "np.random.normal(size=3, dtype='int64')", "np.random.randint(5, 2)",
          "np.random.uniform(size=3, dtype='float16')", "np.random.randint(2, 4, size=3)"]:
    try:
        print(e, '->', repr(eval(e)))
    except Exception as ex:  # noqa: BLE001
        print(e, '!!', type(ex).__name__)
