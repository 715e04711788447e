"""A float32 1x1 Deconvolution sums its data gradient as the strided 1x1 forward convolution's direct kernel in training (16k filters), its weight gradient as that convolution's own (padded, or strides dividing the output), and a 3-D one over 16k channels and filters runs, as MXNet's oneDNN does."""
import zlib

import mxnet as mx
import numpy as np

rng = np.random.RandomState(46)
cases = [(16, 32, (3, 3), 2, 0, 0), (32, 48, (5, 5), 3, 0, 1), (16, 272, (4, 4), 1, 0, 0), (64, 144, (7, 7), 2, 0, 0),
         (16, 16, (3, 3), 2, 1, 0), (32, 48, (5, 5), 3, 2, 1), (8, 8, (6, 6), 2, 1, 0), (24, 8, (5, 5), 3, 1, 1),
         (16, 8, (4, 4), 2, 0, 1), (64, 32, (7, 7), 2, 0, 1), (8, 8, (7, 7), 3, 0, 1), (32, 144, (3, 3), 3, 0, 2),
         (32, 16, (2, 2, 2), 2, 0, 1), (48, 48, (3, 3, 3), 1, 0, 0), (16, 32, (2, 3, 3), 3, 0, 0), (16, 32, (4,), 2, 0, 1)]
for c, f, spatial, stride, pad, adj in cases:
    n = len(spatial)
    x = mx.nd.array(rng.normal(size=(2, c) + spatial))
    w = mx.nd.array(rng.normal(size=(c, f) + (1,) * n))
    x.attach_grad()
    w.attach_grad()
    with mx.autograd.record():
        y = mx.nd.Deconvolution(x, w, kernel=(1,) * n, stride=(stride,) * n, pad=(pad,) * n, adj=(adj,) * n,
                                num_filter=f, no_bias=True)
    y.backward(mx.nd.array(rng.normal(size=y.shape)))
    print(c, f, spatial, stride, pad, adj, y.shape, zlib.crc32(y.asnumpy().tobytes()),
          zlib.crc32(x.grad.asnumpy().tobytes()), zlib.crc32(w.grad.asnumpy().tobytes()), w.grad.asnumpy().ravel()[:2])
