"""mx.np sum/prod/mean of float arrays with an integer dtype= accumulate in double (float32) or float (float16), then truncate."""
# recorded on AVX2
import numpy as onp
import mxnet as mx
from mxnet import np, npx
npx.set_np()

k = onp.arange(24)
x = np.array((((k * 37 % 11) - 5) / 3.0).reshape(2, 3, 4), dtype='float32')
third = np.array([3.0, 1 / 3.0])
h = np.array([2000., 47.5, 0.25], dtype='float16')
calls = ["np.sum(x, dtype='int32')", "np.sum(x, dtype='int64')", "np.sum(x, dtype='int8')", "np.sum(x, axis=0, dtype='int32')",
         "np.sum(x, axis=(0, 2), dtype='int32')", "np.sum(x, dtype='int32', keepdims=True)", "x.sum(dtype='int32')",
         "np.sum(np.array([1e8, 1, -1e8]), dtype='int32')", "np.sum(np.array([1e8, 1, -1e8]))",
         "np.sum(np.array([-0.6, -0.6, -0.6]), dtype='int32')", "np.prod(third, dtype='int32')", "np.prod(third)",
         "np.prod(third, dtype='int64')", "np.mean(third, dtype='int32')", "np.sum(third, dtype='int32')",
         "np.sum(h, dtype='int32')", "np.sum(h)", "np.mean(h, dtype='int32')", "np.sum(x.astype('float16'), dtype='int32')",
         "np.sum(x.astype('float64'), dtype='int32')", "np.cumsum(x, dtype='int32')[-3:]", "np.sum(x, axis=1, dtype='bool')"]
for call in calls:
    r = eval(call)
    print(call, '->', r.dtype, r.shape, r.asnumpy().ravel().tolist())
