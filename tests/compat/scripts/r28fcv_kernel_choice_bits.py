# Float32 convolution bits where oneDNN's AVX2 kernel choice turns on the geometry: the depthwise forward
# kernel refuses padding as wide as the dilated kernel (the im2col sgemm sums then), a depthwise Deconvolution
# runs the depthwise data-gradient kernel, and the direct data-gradient kernel takes equal row and column
# strides only (others: the im2col sgemm).
# recorded on AVX2
import hashlib

import numpy as np
import mxnet as mx
from mxnet import nd, autograd


def rand(seed, shape):
    return nd.array(np.random.RandomState(seed).standard_normal(shape), dtype="float32")


def bits(a):
    a = a.asnumpy()
    return "%s %s %s" % (a.shape, hashlib.md5(a.tobytes()).hexdigest()[:12], [float(v).hex() for v in a.ravel()[:2]])


CONV = [  # x shape, kernel, stride, dilate, pad, num_filter, num_group
    ((5, 8, 9, 5), (3, 1), (1, 3), (1, 2), (3, 1), 8, 8),
    ((1, 32, 14, 7), (2, 5), (3, 2), (1, 1), (2, 3), 32, 32),
    ((3, 16, 9, 14), (3, 5), (1, 3), (1, 1), (3, 1), 16, 16),
    ((2, 8, 9, 9), (3, 3), (1, 1), (1, 1), (1, 1), 8, 8),
    ((2, 8, 7, 9), (3, 3), (2, 2), (1, 1), (1, 3), 8, 8),
    ((2, 8, 5, 12), (5, 3), (1, 3), (1, 1), (0, 0), 8, 1),
    ((1, 8, 14, 5), (4, 5), (3, 1), (1, 1), (3, 3), 32, 1),
    ((1, 8, 14, 7), (5, 4), (1, 3), (1, 1), (0, 0), 40, 1),
    ((4, 8, 9, 5), (2, 2), (1, 2), (1, 1), (0, 0), 16, 1),
    ((7, 8, 14, 7), (7, 2), (3, 1), (1, 1), (0, 0), 16, 1),
    ((16, 8, 6, 12), (1, 5), (1, 2), (1, 1), (0, 2), 8, 1),
    ((2, 8, 9, 9), (3, 3), (2, 2), (1, 1), (1, 1), 16, 1),
]
for i, (shape, k, s, d, p, f, g) in enumerate(CONV):
    x, w, b = rand(i, shape), rand(i + 50, (f, shape[1] // g) + k), rand(i + 90, (f,))
    for a in (x, w, b):
        a.attach_grad()
    with autograd.record():
        y = nd.Convolution(x, w, b, kernel=k, stride=s, dilate=d, pad=p, num_filter=f, num_group=g)
    y.backward(rand(i + 130, y.shape))
    print("conv", i, "y", bits(y), "dx", bits(x.grad), "dw", bits(w.grad))

DECONV = [  # x shape, kernel, stride, pad, adj, channels
    ((7, 8, 7, 14), (5, 5), (2, 1), (2, 0), (1, 0), 8),
    ((4, 16, 14, 5), (5, 2), (1, 3), (1, 0), (0, 0), 16),
    ((8, 16, 12, 14), (5, 3), (3, 3), (1, 1), (1, 0), 16),
    ((2, 8, 6, 6), (3, 3), (2, 2), (1, 1), (1, 1), 8),
]
for i, (shape, k, s, p, a, c) in enumerate(DECONV):
    x, w = rand(i + 200, shape), rand(i + 250, (c, 1) + k)
    y = nd.Deconvolution(x, w, kernel=k, stride=s, pad=p, adj=a, num_filter=c, num_group=c)
    print("deconv", i, "y", bits(y))
