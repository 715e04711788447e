"""Grouped float32 3-D convolutions with 4k or 8k channels and filters a group sum their data gradient in blocks of 4 or 8 filters and their weight gradient (8k of both) in the direct kernel's order, as MXNet does."""
import hashlib

import mxnet as mx
from mxnet import autograd, nd


def digest(a):
    return hashlib.md5(a.asnumpy().tobytes()).hexdigest()[:12] + ' ' + repr(float(a.asnumpy().sum()))


for C, F, g, N, H, k in [(8, 16, 2, 2, 6, 3), (16, 16, 2, 2, 6, 3), (32, 16, 2, 2, 6, 3), (8, 8, 2, 2, 6, 3),
                         (16, 48, 2, 2, 5, 3), (24, 24, 3, 1, 6, 2), (16, 32, 2, 2, 6, 3), (12, 24, 3, 2, 6, 3)]:
    mx.random.seed(4)
    x = nd.random.normal(shape=(N, C, H, H, H))
    w = nd.random.normal(shape=(F, C // g, k, k, k))
    x.attach_grad()
    w.attach_grad()
    with autograd.record():
        z = nd.Convolution(x, w, kernel=(k, k, k), num_filter=F, num_group=g, no_bias=True)
    z.backward(nd.random.normal(shape=z.shape))
    print((C, F, g, N, H, k), 'out', digest(z), 'data', digest(x.grad), 'weight', digest(w.grad))
