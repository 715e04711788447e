"""Grouped float32 convolutions with more than 8 channels a group (not 16k channels and filters) sum each output in blocks of 8 channels (8k channels and filters) or 4, each block's sum apart, in training and inference, as MXNet does."""
import hashlib

import mxnet as mx
from mxnet import autograd, nd


def digest(a):
    return hashlib.md5(a.asnumpy().tobytes()).hexdigest()[:12] + ' ' + repr(float(a.asnumpy().sum()))


for C, F, g, N, H, k, s, d, p in [(32, 16, 2, 2, 8, 3, 1, 1, 1), (48, 16, 2, 2, 8, 3, 1, 1, 0), (24, 24, 2, 2, 8, 3, 1, 1, 1),
                                  (32, 8, 2, 2, 8, 3, 1, 1, 1), (40, 16, 2, 2, 8, 3, 1, 1, 1), (32, 48, 2, 2, 8, 3, 1, 1, 1),
                                  (48, 48, 2, 2, 8, 3, 1, 1, 1), (32, 16, 2, 2, 9, 3, 2, 1, 1), (32, 16, 2, 2, 10, 3, 1, 2, 2),
                                  (32, 16, 2, 2, 8, 1, 1, 1, 0), (24, 24, 3, 2, 8, 3, 1, 1, 1)]:
    mx.random.seed(4)
    x = nd.random.normal(shape=(N, C, H, H))
    w = nd.random.normal(shape=(F, C // g, k, k))
    b = nd.random.normal(shape=(F,))
    for train in (False, True):
        with autograd.record(train_mode=train):
            y = nd.Convolution(x, w, b, kernel=(k, k), stride=(s, s), dilate=(d, d), pad=(p, p), num_filter=F,
                               num_group=g)
        print((C, F, g, N, H, k, s, d, p), train, digest(y))
