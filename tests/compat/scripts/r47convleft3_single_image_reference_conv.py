"""A float32 convolution whose im2col window buffer outgrows 15 times its tensors (one large image under a 5x5 or 7x7 kernel) runs oneDNN's reference kernel (rounded products, offsets outer over more channels than kernel columns, channels last for BatchNorm), and one large image's im2col gemm sums its channels in cache-sized blocks, as MXNet does."""
import zlib

import mxnet as mx
import numpy as np

rng = np.random.RandomState(47)


def crc(a):
    return zlib.crc32(a.asnumpy().tobytes())


# (channels, filters, size, kernel, pad, images): the reference kernel (offsets outer; channels outer for few
# channels), the gemm's channel blocks, and neighbours that keep the plain gemm
for c, f, size, k, pad, n in [(16, 6, 28, 5, 2, 1), (8, 1, 16, 5, 1, 1), (8, 1, 20, 5, 0, 1), (16, 6, 28, 5, 2, 2),
                              (4, 3, 39, 7, 0, 1), (2, 1, 11, 5, 3, 1), (32, 20, 32, 5, 0, 1), (32, 12, 28, 5, 1, 1),
                              (24, 9, 28, 5, 2, 1), (8, 4, 28, 5, 2, 1)]:
    x = mx.nd.array(rng.normal(size=(n, c, size, size)))
    w = mx.nd.array(rng.normal(size=(f, c, k, k)))
    b = mx.nd.array(rng.normal(size=(f,)))
    y = mx.nd.Convolution(x, w, b, kernel=(k, k), pad=(pad, pad), num_filter=f)
    with mx.autograd.record():
        y2 = mx.nd.Convolution(x, w, b, kernel=(k, k), pad=(pad, pad), num_filter=f)
    print(c, f, size, k, pad, n, y.shape, crc(y), crc(y2), y.asnumpy().ravel()[:2])

# BatchNorm in inference reads the reference kernel's channels-last output with its vector kernels
for c, f in [(8, 4), (16, 4), (16, 6), (16, 20)]:
    x = mx.nd.array(rng.normal(size=(1, c, 28, 28)))
    w = mx.nd.array(rng.normal(size=(f, c, 5, 5)))
    gamma, beta = mx.nd.array(rng.uniform(0.5, 1.5, size=(f,))), mx.nd.array(rng.normal(size=(f,)))
    mean, var = mx.nd.array(rng.normal(size=(f,))), mx.nd.array(rng.uniform(0.5, 2, size=(f,)))
    y = mx.nd.Convolution(x, w, no_bias=True, kernel=(5, 5), pad=(2, 2), num_filter=f)
    z = mx.nd.BatchNorm(y, gamma, beta, mean, var, fix_gamma=False)
    print(c, f, crc(y), crc(z), z.asnumpy().ravel()[:2])
