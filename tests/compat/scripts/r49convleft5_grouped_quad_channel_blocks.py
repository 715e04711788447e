"""A grouped float32 convolution of 8 channels and 4k (not 8k) filters a group runs AVX-512 oneDNN's direct kernel in blocks of 4 channels (aBcd4b), each block's sum apart, in training and inference."""
import zlib

import numpy as np
import mxnet as mx
from mxnet import autograd


def crc(a):
    return zlib.crc32(a.asnumpy().tobytes())


rng = np.random.RandomState(19)
for per_c, per_f, groups, hw, k, s, p in ((8, 12, 2, 12, 5, 2, 2), (8, 12, 2, 9, 5, 2, 0), (8, 20, 3, 9, 3, 1, 1),
                                          (8, 4, 2, 9, 3, 1, 1), (8, 8, 2, 9, 3, 1, 1), (4, 12, 2, 9, 3, 2, 0)):
    x = mx.nd.array(rng.normal(size=(2, per_c * groups, hw, hw)))
    w = mx.nd.array(rng.normal(size=(per_f * groups, per_c, k, k)))
    b = mx.nd.array(rng.normal(size=(per_f * groups,)))
    x.attach_grad()
    attrs = dict(kernel=(k, k), stride=(s, s), pad=(p, p), num_filter=per_f * groups, num_group=groups)
    with autograd.record():
        y = mx.nd.Convolution(x, w, b, **attrs)
    y.backward(mx.nd.array(rng.normal(size=y.shape)))
    inference = mx.nd.Convolution(x, w, b, **attrs)
    print((per_c, per_f, groups, hw, k, s, p), crc(y), crc(inference), crc(x.grad), y.asnumpy()[0, -3:, 0, 0])
