"""float64 products of a single row with up to 4096 terms (a float64 network's FullyConnected at batch size 1 after
a flatten, nd.dot of a row) as MXNet's BLAS dgemm sums them (md5 of the bits)."""
# recorded on AVX2
import hashlib
import numpy as np
import mxnet as mx
from mxnet import nd

rs = np.random.RandomState(0)
for k in (1000, 1025, 1152, 1568, 2048, 3000, 4096):
    for n in (1, 4, 10):
        x = nd.array(rs.normal(size=(1, k)), dtype='float64')
        w = nd.array(rs.normal(size=(n, k)), dtype='float64')
        y = nd.FullyConnected(x, w, num_hidden=n, no_bias=True)
        d = nd.dot(x, w, transpose_b=True)
        print(k, n, hashlib.md5(y.asnumpy().tobytes()).hexdigest()[:8], hashlib.md5(d.asnumpy().tobytes()).hexdigest()[:8])
