"""Convolutions whose images have 9 output positions, over batches of 2 to 16 images, as MXNet runs them on an
AVX2 CPU: oneDNN's im2col kernel splits the positions 8 + 1 only for a few images (md5 of each result's bits)."""
# recorded on AVX2
import hashlib
import numpy as np
import mxnet as mx

rs = np.random.RandomState(3)


def h(a):
    return hashlib.md5(a.asnumpy().tobytes()).hexdigest()[:8]


for n in (2, 4, 5, 6, 7, 8, 16):
    for (c, f) in ((2, 4), (1, 3), (4, 3)):
        for (size, k, p, s) in ((3, 3, 1, 1), (5, 3, 0, 1), (5, 3, 1, 2), (4, 2, 0, 1)):
            x = mx.nd.array(rs.uniform(-1, 1, (n, c, size, size)))
            w = mx.nd.array(rs.uniform(-1, 1, (f, c, k, k)))
            b = mx.nd.array(rs.uniform(-1, 1, (f,)))
            x.attach_grad()
            with mx.autograd.record():
                y = mx.nd.Convolution(x, w, b, kernel=(k, k), pad=(p, p), stride=(s, s), num_filter=f)
            y.backward(mx.nd.array(rs.uniform(-1, 1, y.shape)))
            print(n, c, f, size, k, p, s, y.shape, h(y), h(x.grad))
