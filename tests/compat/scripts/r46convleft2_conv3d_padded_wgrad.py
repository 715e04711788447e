"""Float32 3-D convolutions of 16k channels and filters sum their weight gradient by oneDNN's im2col gemm (chains per image and output depth) where the depth is padded and the rows past half the kernel or the padded depth fits in the kernel, and 3-D Deconvolutions likewise over channels or filters not 16k, as MXNet does."""
import zlib

import mxnet as mx
import numpy as np

rng = np.random.RandomState(46)


def crc(a):
    return zlib.crc32(a.asnumpy().tobytes())


for c, f, size, k, pad in [(16, 16, (2, 2, 2), (3, 3, 3), (1, 1, 1)), (32, 16, (4, 4, 4), (3, 3, 3), (2, 2, 2)),
                           (16, 32, (6, 6, 6), (3, 3, 3), (1, 2, 0)), (16, 16, (6, 6, 6), (3, 3, 3), (0, 2, 1)),
                           (16, 16, (3, 6, 6), (5, 3, 3), (2, 1, 1)), (32, 32, (4, 5, 6), (5, 3, 3), (1, 1, 1)),
                           (16, 16, (3, 3, 3), (4, 4, 4), (1, 1, 1)), (16, 16, (6, 6, 6), (3, 3, 3), (2, 1, 1))]:
    x = mx.nd.array(rng.normal(size=(2, c) + size))
    w = mx.nd.array(rng.normal(size=(f, c) + k))
    x.attach_grad()
    w.attach_grad()
    with mx.autograd.record():
        y = mx.nd.Convolution(x, w, no_bias=True, kernel=k, pad=pad, num_filter=f)
    y.backward(mx.nd.array(rng.normal(size=y.shape)))
    print(c, f, size, k, pad, y.shape, crc(y), crc(x.grad), crc(w.grad), w.grad.asnumpy().ravel()[:2])

for c, f, size, k, s, pad in [(24, 16, 3, 3, 1, 0), (16, 24, 3, 2, 2, 0), (48, 24, 4, 3, 1, 0), (16, 8, 3, 3, 1, 1),
                              (8, 8, 3, 3, 2, 1), (48, 8, 4, 2, 2, 1), (16, 16, 2, 3, 1, 1), (32, 48, 2, 2, 1, 1),
                              (8, 16, 3, 3, 1, 0)]:
    x = mx.nd.array(rng.normal(size=(2, c, size, size, size)))
    w = mx.nd.array(rng.normal(size=(c, f) + (k,) * 3))
    x.attach_grad()
    w.attach_grad()
    with mx.autograd.record():
        y = mx.nd.Deconvolution(x, w, no_bias=True, kernel=(k,) * 3, stride=(s,) * 3, pad=(pad,) * 3, num_filter=f)
    y.backward(mx.nd.array(rng.normal(size=y.shape)))
    print(c, f, size, k, s, pad, y.shape, crc(y), crc(x.grad), crc(w.grad), w.grad.asnumpy().ravel()[:2])
