"""A float32 2-D convolution over channels or filters not both 16k, its rows padded over fewer input rows than the kernel spans, sums its weight gradient by oneDNN's im2col gemm (lanes under 16 filters, else chains per image), as MXNet does."""
import zlib

import mxnet as mx
import numpy as np

rng = np.random.RandomState(46)
for channels, filters, size, k, pad in [(8, 8, (2, 2), (3, 3), (1, 1)), (16, 8, (2, 2), (3, 3), (1, 1)),
                                        (24, 16, (4, 4), (5, 5), (1, 1)), (8, 32, (4, 4), (5, 5), (1, 1)),
                                        (24, 32, (2, 5), (3, 3), (1, 0)), (8, 16, (1, 4), (2, 3), (1, 1)),
                                        (16, 16, (2, 2), (3, 3), (1, 1)), (3, 24, (2, 6), (3, 3), (1, 1))]:
    x = mx.nd.array(rng.normal(size=(2, channels) + size))
    w = mx.nd.array(rng.normal(size=(filters, channels) + k))
    x.attach_grad()
    w.attach_grad()
    with mx.autograd.record():
        y = mx.nd.Convolution(x, w, no_bias=True, kernel=k, pad=pad, num_filter=filters)
    y.backward(mx.nd.array(rng.normal(size=y.shape)))
    print(channels, filters, size, k, pad, y.shape, zlib.crc32(y.asnumpy().tobytes()),
          zlib.crc32(x.grad.asnumpy().tobytes()), zlib.crc32(w.grad.asnumpy().tobytes()), w.grad.asnumpy().ravel()[:2])
