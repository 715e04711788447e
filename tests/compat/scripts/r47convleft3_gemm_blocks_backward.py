"""oneDNN's im2col gemm convolution takes a large image's output positions in smaller blocks for its data and weight gradients where its window buffer outgrows 15 times its tensors (a tenth, a twentieth of what fits), sums a weight gradient over filters not 8k in its sgemm's blocks, and splits a batch's channels in cache-sized blocks on AVX-512, as MXNet does."""
import zlib

import mxnet as mx
import numpy as np

rng = np.random.RandomState(47)


def crc(a):
    return zlib.crc32(a.asnumpy().tobytes())


# (channels, filters, size, kernel, pad, images)
for c, f, size, k, pad, n in [(16, 6, 28, 5, 2, 1), (8, 4, 28, 5, 2, 1), (16, 4, 16, 5, 2, 1), (8, 3, 28, 5, 2, 1),
                              (12, 3, 28, 5, 2, 1), (24, 1, 28, 5, 2, 1), (16, 1, 28, 5, 0, 1), (4, 1, 28, 7, 2, 2),
                              (16, 20, 28, 5, 2, 1), (8, 20, 28, 5, 2, 2), (16, 6, 28, 7, 2, 2), (24, 6, 28, 7, 0, 2),
                              (32, 6, 28, 5, 2, 3), (16, 10, 28, 5, 2, 2)]:
    x = mx.nd.array(rng.normal(size=(n, c, size, size)))
    w = mx.nd.array(rng.normal(size=(f, c, k, k)))
    x.attach_grad()
    w.attach_grad()
    with mx.autograd.record():
        y = mx.nd.Convolution(x, w, no_bias=True, kernel=(k, k), pad=(pad, pad), num_filter=f)
    y.backward(mx.nd.array(rng.normal(size=y.shape)))
    print(c, f, size, k, pad, n, crc(y), crc(x.grad), crc(w.grad), w.grad.asnumpy().ravel()[:2])

# a Deconvolution's data gradient is the forward convolution of its output gradient (the reference kernel where the
# gemm refuses its windows, the gemm's channel blocks) and its output that convolution's data gradient
for c, f, size, k, pad, stride, n in [(1, 4, 24, 5, 2, 1, 1), (3, 8, 24, 7, 0, 1, 1), (6, 16, 24, 5, 2, 1, 1),
                                      (1, 16, 12, 7, 2, 1, 2), (24, 20, 28, 7, 0, 2, 1), (16, 6, 12, 5, 2, 1, 1)]:
    x = mx.nd.array(rng.normal(size=(n, c, size, size)))
    w = mx.nd.array(rng.normal(size=(c, f, k, k)))
    x.attach_grad()
    w.attach_grad()
    with mx.autograd.record():
        y = mx.nd.Deconvolution(x, w, no_bias=True, kernel=(k, k), pad=(pad, pad), stride=(stride, stride),
                                num_filter=f)
    y.backward(mx.nd.array(rng.normal(size=y.shape)))
    print(c, f, size, k, pad, stride, n, crc(y), crc(x.grad), crc(w.grad), x.grad.asnumpy().ravel()[:2])
