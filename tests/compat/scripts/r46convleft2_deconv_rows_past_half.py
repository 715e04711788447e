"""A float32 2-D Deconvolution whose rows are padded past half the kernel sums its weight gradient as the convolution oneDNN runs for it (the im2col gemm or the direct kernel's order), as MXNet does."""
import zlib

import mxnet as mx
import numpy as np

rng = np.random.RandomState(46)
for c, f, size, s, k, pad in [(8, 16, 3, 2, 3, 2), (16, 24, 3, 2, 3, 2), (32, 16, 3, 1, 5, 3), (16, 8, 4, 2, 5, 4),
                              (8, 8, 2, 2, 5, 3), (32, 32, 2, 2, 3, 2), (16, 32, (4, 3), 1, (5, 3), (3, 1)),
                              (16, 16, 4, 1, 3, 1)]:
    size = size if isinstance(size, tuple) else (size, size)
    k = k if isinstance(k, tuple) else (k, k)
    pad = pad if isinstance(pad, tuple) else (pad, pad)
    x = mx.nd.array(rng.normal(size=(2, c) + size))
    w = mx.nd.array(rng.normal(size=(c, f) + k))
    x.attach_grad()
    w.attach_grad()
    with mx.autograd.record():
        y = mx.nd.Deconvolution(x, w, no_bias=True, kernel=k, stride=(s, s), pad=pad, num_filter=f)
    y.backward(mx.nd.array(rng.normal(size=y.shape)))
    print(c, f, size, s, k, pad, y.shape, zlib.crc32(y.asnumpy().tobytes()), zlib.crc32(x.grad.asnumpy().tobytes()),
          zlib.crc32(w.grad.asnumpy().tobytes()), w.grad.asnumpy().ravel()[:2])
