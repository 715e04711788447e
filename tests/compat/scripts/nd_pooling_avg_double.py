"""Average pooling of float64 data as MXNet's own kernel computes it (each value divided by the window's count,
then summed), in 1-D, 2-D and 3-D, valid and full conventions, with and without the padding counted."""
import numpy as np
import mxnet as mx

rs = np.random.RandomState(0)
for shape, kernel, stride, pad in (((1, 2, 9), (3,), (2,), (1,)), ((1, 1, 7, 7), (3, 3), (2, 2), (1, 1)),
                                   ((1, 1, 5, 5, 5), (3, 3, 3), (2, 2, 2), (1, 1, 1))):
    for convention in ("valid", "full"):
        for include in (True, False):
            x = mx.nd.array(rs.uniform(-1, 1, shape), dtype="float64")
            x.attach_grad()
            with mx.autograd.record():
                y = mx.nd.Pooling(x, kernel=kernel, stride=stride, pad=pad, pool_type="avg",
                                  pooling_convention=convention, count_include_pad=include)
            y.backward(mx.nd.array(rs.uniform(-1, 1, y.shape), dtype="float64"))
            print(len(kernel), convention, include, y.asnumpy().ravel().tolist(), x.grad.asnumpy().ravel()[::4].tolist())
