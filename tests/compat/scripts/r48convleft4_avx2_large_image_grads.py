"""On AVX2 oneDNN's im2col sgemm takes a large image's positions in blocks for both gradients where its window buffer outgrows the guard (at least 8 positions a block), and one channel into one filter is no depthwise convolution."""
# recorded on AVX2
import zlib

import numpy as np
import mxnet as mx


def crc(a):
    return zlib.crc32(a.asnumpy().tobytes())


rng = np.random.RandomState(21)
for n, c, f, hw, k, s in ((1, 3, 5, 64, 7, 1), (1, 8, 4, 28, 5, 1), (1, 16, 6, 56, 5, 1), (1, 8, 12, 40, 7, 1),
                          (1, 1, 1, 12, 7, 1), (1, 1, 1, 40, 7, 1), (1, 3, 2, 64, 7, 2), (2, 4, 1, 40, 5, 1)):
    x = mx.nd.array(rng.normal(size=(n, c, hw, hw)))
    w = mx.nd.array(rng.normal(size=(f, c, k, k)))
    b = mx.nd.array(rng.normal(size=(f,)))
    for a in (x, w, b):
        a.attach_grad()
    with mx.autograd.record():
        y = mx.nd.Convolution(x, w, b, kernel=(k, k), stride=(s, s), pad=(k // 2, k // 2), num_filter=f)
    y.backward(mx.nd.array(rng.normal(size=y.shape)))
    print((n, c, f, hw, k, s), crc(y), crc(x.grad), crc(w.grad), crc(b.grad))
for c, f, width, k in ((4, 3, 1000, 9), (2, 6, 300, 5)):
    x = mx.nd.array(rng.normal(size=(1, c, width)))
    w = mx.nd.array(rng.normal(size=(f, c, k)))
    x.attach_grad()
    w.attach_grad()
    with mx.autograd.record():
        y = mx.nd.Convolution(x, w, kernel=(k,), pad=(k // 2,), num_filter=f, no_bias=True)
    y.backward(mx.nd.array(rng.normal(size=y.shape)))
    print((c, f, width, k), crc(y), crc(x.grad), crc(w.grad))
