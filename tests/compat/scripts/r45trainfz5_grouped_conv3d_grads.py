"""Grouped float32 3-D convolutions' gradients: a depth-padded group of 8k channels takes oneDNN's im2col gemm for its weight gradient, a group of other channel counts too, and 16k channels and filters a group keep the direct data gradient."""
import zlib

import numpy as np
import mxnet as mx
from mxnet import autograd, nd


def crc(a):
    return zlib.crc32(np.ascontiguousarray(a.asnumpy()).tobytes())


def grads(i, batch, channels, size, filters, kernel, stride, pad, groups):
    rs = np.random.RandomState(i)
    x = nd.array(rs.randn(batch, channels, *size).astype("float32"))
    w = nd.array((rs.randn(filters, channels // groups, *kernel) * 0.3).astype("float32"))
    for a in (x, w):
        a.attach_grad()
    with autograd.record():
        y = nd.Convolution(x, w, kernel=kernel, num_filter=filters, stride=stride, pad=pad, num_group=groups,
                           no_bias=True)
    y.backward(nd.array(rs.randn(*y.shape).astype("float32")))
    print(i, channels, size, filters, kernel, stride, pad, groups, y.shape, crc(y), crc(x.grad), crc(w.grad))


CASES = [
    (7, 16, (8, 8, 8), 16, (2, 2, 2), (2, 2, 2), (1, 1, 1), 2),
    (2, 16, (8, 8, 8), 16, (2, 2, 2), (1, 1, 1), (1, 1, 1), 2),
    (2, 16, (8, 8, 8), 16, (3, 3, 3), (2, 2, 2), (1, 1, 1), 2),
    (2, 16, (8, 8, 8), 16, (2, 2, 2), (2, 2, 2), (1, 0, 0), 2),
    (2, 16, (8, 8, 8), 32, (2, 2, 2), (2, 2, 2), (1, 1, 1), 2),
    (2, 16, (8, 8, 8), 16, (2, 2, 2), (2, 2, 2), (0, 1, 1), 2),
    (2, 6, (8, 8, 8), 32, (2, 2, 2), (1, 1, 1), (0, 0, 0), 2),
    (1, 6, (6, 6, 6), 32, (2, 2, 2), (1, 1, 1), (1, 1, 1), 2),
    (2, 32, (8, 8, 8), 32, (2, 2, 2), (1, 1, 1), (1, 1, 1), 2),
    (2, 32, (8, 8, 8), 32, (2, 2, 2), (2, 2, 2), (1, 1, 1), 2),
    (3, 64, (5, 5, 5), 64, (3, 3, 3), (1, 1, 1), (1, 1, 1), 4),
]
for i, case in enumerate(CASES):
    grads(i, *case)
