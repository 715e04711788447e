"""Grouped float32 convolutions with 8k channels and 8k filters a group (or 16k filters over a 1x1 kernel) sum their weight gradient in oneDNN's direct kernel's order (one chain for all images, undilated), as MXNet does."""
import hashlib

import mxnet as mx
from mxnet import autograd, nd


def digest(a):
    return hashlib.md5(a.asnumpy().tobytes()).hexdigest()[:12] + ' ' + repr(float(a.asnumpy().sum()))


for C, F, g, N, H, k, s, d, p in [(16, 16, 2, 4, 12, 3, 1, 1, 0), (16, 32, 2, 2, 8, 1, 1, 1, 0), (16, 16, 2, 2, 20, 5, 1, 1, 2),
                                  (32, 16, 2, 2, 8, 3, 1, 1, 1), (16, 48, 2, 2, 8, 3, 1, 1, 0), (16, 48, 2, 2, 8, 3, 1, 2, 1),
                                  (16, 16, 2, 3, 12, 3, 2, 1, 1), (32, 32, 4, 2, 8, 3, 1, 1, 1), (16, 16, 2, 2, 12, 3, 1, 2, 2),
                                  (16, 16, 2, 2, 12, 3, 2, 1, 3), (16, 16, 2, 2, 12, 1, 1, 1, 1), (16, 24, 2, 2, 8, 3, 1, 1, 0),
                                  (8, 16, 2, 2, 8, 3, 1, 1, 1)]:
    mx.random.seed(4)
    x = nd.random.normal(shape=(N, C, H, H))
    w = nd.random.normal(shape=(F, C // g, k, k))
    x.attach_grad()
    w.attach_grad()
    with autograd.record():
        z = nd.Convolution(x, w, kernel=(k, k), stride=(s, s), dilate=(d, d), pad=(p, p), num_filter=F,
                           num_group=g, no_bias=True)
    z.backward(nd.random.normal(shape=z.shape))
    print((C, F, g, N, H, k, s, d, p), 'weight', digest(w.grad), 'data', digest(x.grad))
