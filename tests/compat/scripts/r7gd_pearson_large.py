"""PearsonCorrelation ('macro') over vectors long enough that the covariance's BLAS summation order shows."""
import numpy as np
import mxnet as mx

rs = np.random.RandomState(8)
for n in [3, 33, 100, 257, 400]:
    for dtype in ['float32', 'float64']:
        pred = mx.nd.array(rs.normal(0, 3, n), dtype=dtype)
        label = mx.nd.array(rs.uniform(-2, 2, n) + pred.asnumpy(), dtype=dtype)
        metric = mx.metric.PearsonCorrelation()
        metric.update([label], [pred])
        metric.update([label.reshape((1, -1)) * 2], [pred.reshape((1, -1))])
        print(n, dtype, repr(metric.get()[1]), repr(metric.sum_metric))
