# mx.np sum/mean of lanes holding NaN keep the first NaN's sign; an overflow turned NaN is x86's negative NaN
import mxnet as mx, numpy as np
nan = float('nan')
rows = np.array([[-nan, 1.0, 2.0, 0.5], [1.0, -nan, 3.0, nan], [nan, -nan, 2, 3], [3e38, 3e38, 1, 1], [3e38, 3e38, -3e38, 1], [1, 2, 3, 4]])
for dt in ['float32', 'float64']:
    x = mx.np.array(rows, dtype=dt) * (1e270 if dt == 'float64' else 1)
    for r in [mx.np.sum(x, axis=1), mx.np.mean(x, axis=1), x.sum(axis=1), mx.nd.sum(x.as_nd_ndarray(), axis=1)]:
        print(dt, r.asnumpy().tobytes().hex())
