"""A grouped float32 3-D Deconvolution sums each group as AVX-512 oneDNN's convolution data gradient does (the direct kernel in blocks of 16, 8 or 4 where the group's channels and filters fill them, else the im2col gemm), its data gradient as the grouped Convolution of its output gradient, and a depth-padded one's weight gradient as that convolution's."""
import zlib

import numpy as np
import mxnet as mx
from mxnet import autograd


def crc(a):
    return zlib.crc32(a.asnumpy().tobytes())


rng = np.random.RandomState(23)
for c, f, groups, k, s, p in ((8, 8, 2, 3, 2, 0), (16, 16, 4, 3, 1, 1), (4, 6, 2, 3, 2, 0), (32, 32, 2, 2, 2, 0),
                              (16, 32, 2, 3, 2, 0), (12, 12, 3, 2, 2, 0), (32, 16, 2, 3, 1, 1),
                              (24, 24, 3, 3, 1, 1), (16, 32, 2, 3, 2, 1)):
    x = mx.nd.array(rng.normal(size=(2, c, 3, 3, 3)))
    w = mx.nd.array(rng.normal(size=(c, f // groups, k, k, k)))
    b = mx.nd.array(rng.normal(size=(f,)))
    x.attach_grad()
    w.attach_grad()
    attrs = dict(kernel=(k,) * 3, stride=(s,) * 3, pad=(p,) * 3, num_filter=f, num_group=groups, no_bias=False)
    with autograd.record():
        y = mx.nd.Deconvolution(x, w, b, **attrs)
    y.backward(mx.nd.array(rng.normal(size=y.shape)))
    inference = mx.nd.Deconvolution(x, w, b, **attrs)
    print((c, f, groups, k, s, p), crc(y), crc(inference), crc(x.grad), crc(w.grad), y.asnumpy()[0, -3:, 1, 1, 1])
