# Convolution float32 weight gradients: the summation order of each oneDNN kernel MXNet picks (gemv for one
# filter, the im2col gemm's 16 lanes or per-image chains, the direct kernel's chains), as sha256 of the bits.
import hashlib

import numpy as np
import mxnet as mx


def values(shape, salt):
    n = int(np.prod(shape))
    return ((np.arange(n) * (37 + salt) % 101 - 50) / np.float32(17)).astype(np.float32).reshape(shape)


for n, c, f, k, h, stride, dilate, pad in [
        (2, 1, 1, 3, 9, 1, 1, 0), (3, 3, 1, 3, 8, 1, 1, 1), (2, 1, 4, 3, 9, 1, 1, 0), (3, 2, 6, 5, 12, 1, 1, 2),
        (2, 1, 8, 3, 8, 2, 1, 1), (2, 3, 6, 3, 8, 1, 2, 0), (2, 10, 3, 3, 7, 1, 1, 0), (2, 3, 16, 3, 9, 1, 1, 0),
        (2, 1, 32, 3, 8, 2, 1, 1), (2, 3, 8, 3, 8, 1, 1, 0), (2, 8, 16, 3, 7, 1, 1, 1), (2, 16, 16, 3, 6, 1, 2, 1),
        (3, 4, 16, 3, 8, 1, 1, 0), (2, 6, 32, 1, 6, 1, 1, 0), (3, 8, 8, 1, 6, 1, 1, 0), (2, 1, 20, 3, 8, 1, 1, 0),
        (2, 8, 8, 3, 8, 1, 2, 1), (2, 16, 8, 3, 6, 1, 1, 0), (4, 5, 12, 3, 6, 1, 1, 1), (1, 4, 16, 3, 22, 1, 1, 0),
        (2, 1, 20, 5, 26, 1, 1, 0), (2, 3, 24, 3, 8, 1, 1, 1), (2, 8, 24, 3, 7, 1, 1, 0), (2, 2, 24, 3, 9, 1, 2, 1)]:
    x = mx.nd.array(values((n, c, h, h), 0))
    w = mx.nd.array(values((f, c, k, k), 1))
    w.attach_grad()
    with mx.autograd.record():
        y = mx.nd.Convolution(x, w, kernel=(k, k), stride=(stride, stride), dilate=(dilate, dilate), pad=(pad, pad),
                              num_filter=f, no_bias=True)
    y.backward(mx.nd.array(values(y.shape, 2)))
    g = w.grad.asnumpy()
    print((n, c, f, k, h, stride, dilate, pad), hashlib.sha256(g.tobytes()).hexdigest()[:16], g.ravel()[:2].tolist())

# 1-D: the same kernels
for n, c, f, k, h, stride, dilate, pad in [(2, 1, 1, 3, 20, 1, 1, 0), (3, 2, 6, 5, 40, 1, 1, 2),
                                           (2, 3, 16, 3, 30, 1, 1, 0), (3, 4, 16, 3, 20, 1, 1, 0),
                                           (2, 16, 16, 1, 9, 1, 1, 0)]:
    x = mx.nd.array(values((n, c, h), 0))
    w = mx.nd.array(values((f, c, k), 1))
    w.attach_grad()
    with mx.autograd.record():
        y = mx.nd.Convolution(x, w, kernel=(k,), stride=(stride,), dilate=(dilate,), pad=(pad,), num_filter=f,
                              no_bias=True)
    y.backward(mx.nd.array(values(y.shape, 2)))
    print((n, c, f, k, h, stride, dilate, pad), hashlib.sha256(w.grad.asnumpy().tobytes()).hexdigest()[:16])
