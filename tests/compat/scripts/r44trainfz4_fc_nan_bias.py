"""FullyConnected adds its bias after the product: where both are nan, the output keeps the product's nan (its sign bit), as MXNet's kernels do."""
import numpy as np
import mxnet as mx
from mxnet import nd

np.random.seed(0)


def bits(a):
    return np.signbit(a.asnumpy()).astype(int).ravel().tolist(), np.isnan(a.asnumpy()).astype(int).ravel().tolist()


for dtype in ('float32', 'float64'):
    for rows in (1, 3, 8):
        x = nd.array(np.random.randn(rows, 4), dtype=dtype)
        w = np.random.randn(5, 4)
        w[1] = np.nan                       # a +nan row: its outputs are +nan products
        w[3, 2] = -np.nan
        b = np.random.randn(5)
        b[1] = -np.nan                      # a -nan bias under the +nan row
        b[3] = np.nan
        b[4] = -np.nan
        y = nd.FullyConnected(x, nd.array(w, dtype=dtype), nd.array(b, dtype=dtype), num_hidden=5)
        print(dtype, rows, *bits(y))
