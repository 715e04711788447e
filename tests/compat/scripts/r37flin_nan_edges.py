"""nd.linalg.gelqf, potrf and inverse on zeros, NaNs, infinities and tiny or huge entries: values and signs of zeros as MXNet's LAPACK steps leave them (sscal with a NaN factor writes zeros)."""
import mxnet as mx
import numpy as np


def signs(a):
    return np.where(np.isnan(a), 2, np.signbit(a)).astype(int).tolist()


for dt in ('float32', 'float64'):
    for a in ([[0., 0.], [0., 0.]], [[1., 0., 0.], [0., 1., 0.]], [[np.nan, 1.], [2., 3.]], [[np.inf, 1.], [2., 3.]],
              [[1e-30, 2e-30], [3e-30, 4e-30]], [[1e-40, 2e-40, 0.], [3e-41, 4e-40, 1e-40]], [[1e30, 2e30], [3e30, -4e30]],
              [[2., 0., 0.], [0., 0., 3.]], [[0., 0., 1.], [0., 1., 0.]], [[-0., 1.], [1., -0.]]):
        try:
            q, l = mx.nd.linalg.gelqf(mx.nd.array(a, dtype=dt))
            print(dt, q.asnumpy().tolist(), l.asnumpy().tolist(), signs(q.asnumpy()), signs(l.asnumpy()))
        except Exception as e:
            print(dt, type(e).__name__, str(e)[:200])
    for a in ([[4., 2.], [2., 3.]], [[1., 0.], [0., 0.]], [[np.nan, 0.], [0., 1.]], [[1e-30, 0], [0, 1e-30]], [[-0., 0.], [0., 1.]]):
        try:
            print(dt, 'potrf', mx.nd.linalg.potrf(mx.nd.array(a, dtype=dt)).asnumpy().tolist())
        except Exception as e:
            print(dt, type(e).__name__, str(e)[:200])
    for a in ([[0., 0.], [0., 0.]], [[np.nan, 1.], [2., 3.]], [[1., 2.], [2., 4.]], [[0., 1.], [1., 0.]], [[1e-310, 0], [0, 1.]]):
        try:
            r = mx.nd.linalg.inverse(mx.nd.array(a, dtype=dt)).asnumpy()
            print(dt, 'inv', r.tolist(), signs(r))
        except Exception as e:
            print(dt, type(e).__name__, str(e)[:200])
