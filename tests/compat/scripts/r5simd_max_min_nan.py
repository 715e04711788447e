# max / min reductions over lanes holding NaN: MXNet's reducer keeps the first NaN it meets, sign included
import mxnet as mx
import numpy as np

nan = float('nan')
rows = np.array([[-nan, 1.0, 2.0, 0.5], [1.0, -nan, 3.0, nan], [nan, -nan, 2, 3], [1, 2, 3, 4], [0.0, -0.0, -1, -2]])
for dt in ['float32', 'float64', 'float16']:
    x = mx.nd.array(rows, dtype=dt)
    for r in [mx.nd.max(x, axis=1), mx.nd.min(x, axis=1), mx.nd.max(x), mx.nd.min(x, axis=0), mx.nd.max(x, axis=1, keepdims=True)]:
        print(dt, r.shape, r.asnumpy().tobytes().hex())
    y = x.as_np_ndarray()
    for r in [mx.np.max(y, axis=1), mx.np.min(y, axis=1), mx.np.amax(y), mx.np.amin(y, axis=0), y.max(axis=1)]:
        print(dt, r.shape, r.asnumpy().tobytes().hex())
