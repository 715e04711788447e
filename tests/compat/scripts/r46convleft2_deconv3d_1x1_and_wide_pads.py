"""Float32 3-D convolutions of 16k channels and filters padded as wide as the kernel sum their data gradient (a Deconvolution its output) by oneDNN's im2col gemm, and 3-D 1x1 Deconvolutions sum their weight gradient as that gemm's chains per image and depth (channels or filters not 16k), as the convolution's where padded or strided over 8 both, as MXNet does."""
import zlib

import mxnet as mx
import numpy as np

rng = np.random.RandomState(46)


def crc(a):
    return zlib.crc32(a.asnumpy().tobytes())


for c, f, size, s, k, pad in [(32, 16, 3, 1, 1, 1), (48, 32, 4, 2, 1, 2), (16, 16, 4, 1, 2, 2), (32, 32, 3, 2, 3, 3),
                              (48, 16, 4, 2, 2, 3)]:
    kw = dict(kernel=(k,) * 3, stride=(s,) * 3, pad=(pad,) * 3)
    x = mx.nd.array(rng.normal(size=(2, c, size, size, size)))
    w = mx.nd.array(rng.normal(size=(c, f) + (k,) * 3))
    y = mx.nd.Deconvolution(x, w, no_bias=True, num_filter=f, **kw)
    data = mx.nd.array(rng.normal(size=y.shape))
    data.attach_grad()
    with mx.autograd.record():
        z = mx.nd.Convolution(data, w, no_bias=True, num_filter=c, **kw)
    z.backward(x)
    print(c, f, size, s, k, pad, y.shape, crc(y), crc(data.grad), y.asnumpy().ravel()[:2])

for c, f, size, s, adj, pad in [(16, 8, 3, 1, 0, 0), (24, 24, 3, 1, 0, 0), (24, 16, 3, 2, 1, 0), (16, 24, 4, 2, 0, 0),
                                (48, 8, 2, 1, 0, 0), (8, 8, 3, 2, 1, 0), (8, 8, 4, 2, 0, 1), (32, 48, 3, 2, 1, 1),
                                (16, 8, 4, 2, 0, 0)]:
    x = mx.nd.array(rng.normal(size=(2, c, size, size, size)))
    w = mx.nd.array(rng.normal(size=(c, f, 1, 1, 1)))
    x.attach_grad()
    w.attach_grad()
    with mx.autograd.record():
        y = mx.nd.Deconvolution(x, w, no_bias=True, kernel=(1,) * 3, stride=(s,) * 3, adj=(adj,) * 3,
                                pad=(pad,) * 3, num_filter=f)
    y.backward(mx.nd.array(rng.normal(size=y.shape)))
    print(c, f, size, s, adj, pad, y.shape, crc(y), crc(x.grad), crc(w.grad), w.grad.asnumpy().ravel()[:2])
