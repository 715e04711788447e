"""PearsonCorrelation over batches longer than 256 values, and an empty one (macro and micro, float32 and float64), gives MXNet's bits."""
import numpy as np
import mxnet as mx

for dtype in ("float64", "float32"):
    for average in ("macro", "micro"):
        m = mx.metric.PearsonCorrelation(average=average)
        for n in (260, 347, 509, 333, 700, 0):
            rs = np.random.RandomState(n)
            label = rs.uniform(-3, 3, n)
            pred = 0.7 * label + rs.normal(0, 0.5, n)
            m.update([mx.nd.array(label, dtype=dtype)], [mx.nd.array(pred, dtype=dtype)])
            print(dtype, average, n, repr(m.get()[1]), repr(m.get_global()[1]))
